package news.text;

import java.util.List;
import news.model.ArticleMetadata.Caption;

/**
 * One item found on a printed page by {@link PageSplitter}: an article, or a photo printed on its own.
 *
 * @param order         position on the page, 1-based, in reading order of the extracted text
 * @param kind          an article, or a photo whose only text is its caption or credit
 * @param headlines     every headline line in print order (kicker, main title, subtitle), repaired
 * @param kicker        the line printed above the main title ({@code 万正峰在…会议上强调}), or null
 * @param headline      the main title, or null when the page text holds none for this body
 * @param subheadline   the subtitle ({@code ——访…}, {@code 18个案例入选}), or null
 * @param byline        the byline as printed (repaired, one line), or null
 * @param names         reporters and correspondents from the byline, the dateline's parenthesis, signatures and end
 *                      credits
 * @param dateline      the opening dateline, or null
 * @param paragraphs    body paragraphs with their structural kind, in order
 * @param captions      photo captions placed with this article (for a photo: its own caption)
 * @param sectionLabel  the section or column label printed above it, or null
 * @param continuedFrom page this text continues from ({@code 第一版}), or null
 * @param continuedTo   page this text continues on ({@code 2版}), or null
 * @param confidence    how sure the splitter is that the headline belongs to this body, 0-1 (1: printed next to it
 *                      with nothing else competing; lower when it was chosen among several by the words they share)
 * @param flags         what the splitter could not tell from the text, see {@link Flag}
 */
public record PageArticle(
        int order,
        ItemKind kind,
        List<String> headlines,
        String kicker,
        String headline,
        String subheadline,
        String byline,
        Byline names,
        Dateline dateline,
        List<BodyParagraph> paragraphs,
        List<Caption> captions,
        String sectionLabel,
        String continuedFrom,
        String continuedTo,
        double confidence,
        List<Flag> flags) {

    public PageArticle {
        kind = kind == null ? ItemKind.ARTICLE : kind;
        headlines = List.copyOf(headlines);
        paragraphs = List.copyOf(paragraphs);
        captions = List.copyOf(captions);
        flags = flags == null ? List.of() : List.copyOf(flags);
    }

    /** The earlier shape (an article, no kicker, sure of its headline). */
    public PageArticle(int order, List<String> headlines, String headline, String subheadline, String byline,
                       Byline names, Dateline dateline, List<BodyParagraph> paragraphs, List<Caption> captions,
                       String sectionLabel, String continuedFrom, String continuedTo) {
        this(order, ItemKind.ARTICLE, headlines, null, headline, subheadline, byline, names, dateline, paragraphs, captions,
                sectionLabel, continuedFrom, continuedTo, 1.0, List.of());
    }

    /** The body as plain paragraphs (every kind, in order). */
    public List<String> paragraphTexts() {
        return paragraphs.stream().map(BodyParagraph::text).toList();
    }

    /** What an item of the page is. */
    public enum ItemKind {
        /** a text with a body (a report, a brief, a signed piece, an interview) */
        ARTICLE,
        /** a photo printed on its own: its caption and credit are all the text it has */
        PHOTO
    }

    /** What the splitter could not tell from the text alone. */
    public enum Flag {
        /** no headline on the page could be given to this body (it may be printed elsewhere or as an image) */
        NO_HEADLINE,
        /** several headlines competed for this body; the one with the most shared words was taken */
        HEADLINE_AMBIGUOUS,
        /**
         * the body was cut from a longer run of text at a point the text itself does not mark, or put together from
         * pieces printed apart on weak evidence ({@code BodyStitcher})
         */
        BODY_BOUNDARY_GUESSED
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
