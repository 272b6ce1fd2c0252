package news.text;

import java.util.List;
import news.model.ArticleMetadata.Caption;

/**
 * One article found on a printed page by {@link PageSplitter}.
 *
 * @param order         position on the page, 1-based, in reading order of the extracted text
 * @param headlines     every headline line in print order (kicker, main title, subtitle), repaired
 * @param headline      the main title (the longest line that is not a {@code ——} subtitle), or null
 * @param subheadline   the other headline lines joined by a space, or null
 * @param byline        the byline as printed (repaired, one line), or null
 * @param names         reporters and correspondents from the byline, the dateline's parenthesis and end credits
 * @param dateline      the opening dateline, or null
 * @param paragraphs    body paragraphs with their structural kind, in order
 * @param captions      photo captions placed with this article
 * @param sectionLabel  the section label printed above it, or null
 * @param continuedFrom page this text continues from ({@code 第一版}), or null
 * @param continuedTo   page this text continues on ({@code 2版}), or null
 */
public record PageArticle(
        int order,
        List<String> headlines,
        String headline,
        String subheadline,
        String byline,
        Byline names,
        Dateline dateline,
        List<BodyParagraph> paragraphs,
        List<Caption> captions,
        String sectionLabel,
        String continuedFrom,
        String continuedTo) {

    public PageArticle {
        headlines = List.copyOf(headlines);
        paragraphs = List.copyOf(paragraphs);
        captions = List.copyOf(captions);
    }

    /** The body as plain paragraphs (every kind, in order). */
    public List<String> paragraphTexts() {
        return paragraphs.stream().map(BodyParagraph::text).toList();
    }

    /** A body paragraph and what it is on the page. */
    public record BodyParagraph(Kind kind, String text, String speaker) {
        public enum Kind {
            /** running text */
            TEXT,
            /** a subheading inside the article */
            SUBHEAD,
            /** a box-out ({@code ●项目地址 …}) or a quote box printed with the article */
            BOX,
            /** an interview turn; {@code speaker} names who speaks */
            TURN
        }

        static BodyParagraph text(String text) {
            return new BodyParagraph(Kind.TEXT, text, null);
        }
    }
}
