package news.text;

/**
 * Which article a photo caption belongs to by where pdftotext printed it: a photo stands inside its article's module,
 * so its caption comes out either between the article's headline (or byline) and its text — the photo over the body
 * columns — or between two paragraphs of the same text — a photo set in the middle of the columns. A caption between
 * the end of one text and the headline of the next is a photo of its own (or of either: the words tell, not this),
 * and so is one between a text and its own headline printed after it.
 *
 * <p>Works on the page's paragraphs by index: {@code owner[i]} is the article paragraph {@code i} belongs to (-1 for
 * none: a label, furniture), {@code head[i]} whether it is that article's headline or byline, {@code skip[i]} whether
 * it is another caption or credit (looked across). Pure; linear in the distance to the nearest owned paragraphs.
 */
final class CaptionPlacement {

    private CaptionPlacement() {
    }

    /** The article the caption at paragraph {@code at} belongs to by position, or -1 when its position does not tell. */
    static int byPosition(int[] owner, boolean[] head, boolean[] skip, int at) {
        return byPosition(owner, head, skip, null, at);
    }

    static int byPosition(int[] owner, boolean[] head, boolean[] skip, boolean[] opens, int at) {
        int before = at - 1;
        while (before >= 0 && skip[before]) {
            before--;
        }
        int after = at + 1;
        while (after < owner.length && skip[after]) {
            after++;
        }
        if (after < owner.length && owner[after] >= 0 && opens != null && opens[after] && !head[after]
                && (before < 0 || owner[before] != owner[after])) {
            return owner[after]; // right over the first paragraph of a text whose headline is not printed before it
        }
        if (before < 0 || after >= owner.length || owner[before] < 0 || owner[before] != owner[after]
                || head[after] && !head[before]) {
            return -1; // between two articles, or after a text and before its headline (printed after it): unknown
        }
        // Under its headline over its text, among its headline lines, or inside its text.
        return owner[before];
    }
}
