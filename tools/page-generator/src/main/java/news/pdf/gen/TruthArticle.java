package news.pdf.gen;

import java.util.List;

/**
 * What was typeset for one piece on a generated page: the exact ground truth.
 *
 * @param kind          {@code article}, {@code photo} (a picture whose text is its caption and credit) or {@code box}
 *                      (an article printed inside a frame)
 * @param kicker        the line above the main headline, or null
 * @param headline      the main headline (lines of a multi-line headline joined without a separator), or null
 * @param subheadline   the line under the main headline, or null
 * @param body          the running text as typeset, paragraph by paragraph, without the dateline opener
 *                      ({@code 本报讯（…）}), credits, signature or jump line; for a photo its caption
 * @param opener        the dateline opener printed before the first paragraph, or null
 * @param bylinePeople  reporters, interns, signed authors, brief credits
 * @param correspondents 通讯员
 * @param photographers photo credits
 * @param typeset       every string drawn for this piece, in reading order (headlines, byline, body, captions, marks)
 */
public record TruthArticle(String kind, String kicker, String headline, String subheadline, List<String> body,
                           String opener, List<String> bylinePeople, List<String> correspondents,
                           List<String> photographers, List<String> typeset) {
    static final int WORDS = 8;

    public TruthArticle {
        body = List.copyOf(body);
        bylinePeople = List.copyOf(bylinePeople);
        correspondents = List.copyOf(correspondents);
        photographers = List.copyOf(photographers);
        typeset = List.copyOf(typeset);
    }

    /** The first {@value #WORDS} Han characters of the body. */
    public String firstWords() {
        String han = hanOnly(String.join("", body));
        return han.substring(0, Math.min(WORDS, han.length()));
    }

    /** The last {@value #WORDS} Han characters of the body. */
    public String lastWords() {
        String han = hanOnly(String.join("", body));
        return han.substring(Math.max(0, han.length() - WORDS));
    }

    /** The Han characters and ASCII digits of {@code s}, in order: what the preservation properties compare. */
    public static String hanAndDigits(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().filter(c -> c >= '0' && c <= '9' || Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
                .forEach(b::appendCodePoint);
        return b.toString();
    }

    static String hanOnly(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN).forEach(b::appendCodePoint);
        return b.toString();
    }
}
