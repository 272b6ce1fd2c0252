package news.text;

/**
 * The looser reading of a line that may hold two columns' lines, for pages that have already shown they print
 * columns with narrow gutters: pdftotext put two columns' lines on one line there, and {@link ColumnStreams} cut
 * {@value #MIN_CUT_LINES} or more of them by its strict rules (a space between two Chinese characters, every piece a
 * column line). On such a page three things the strict rules refuse are the usual case, not the exception:
 * <ul>
 *   <li><b>A column line ending on a mark or a number</b> ({@code …不太大”， 布本赛季…}, {@code …重10 到财富…}): the
 *       gap then follows a mark, a digit or a Latin letter, so any space is a cut point — except one before a mark no
 *       line begins with (a closing mark, {@code ，。、；：！？}).</li>
 *   <li><b>Punctuation set narrower than an em</b>: papers compress punctuation (标点挤压), set quotes from a Latin
 *       font and let a closing mark hang past the column edge, so a full column line holding marks carries more
 *       characters than the column has ems ({@code 他使它们人化的“感情”。}: 12 characters in a column of 10). A piece
 *       fits a column width when it is as wide as the column, counting each mark as half an em up to a full one.</li>
 *   <li><b>A column stream's width is the page's column width</b> its lines fit, not its widest line (a hanging
 *       mark would make the stream refuse the column's next plain line).</li>
 * </ul>
 * Every piece must still be a column line, so a headline, byline or credit beside a column stays whole. On other
 * pages a space after a mark or a number is a headline's or byline's separator as often as a gutter, so nothing
 * here applies there (the page flag, computed from the strict pass). Pure functions; thread-safe.
 */
final class LooseColumnCuts {
    /** Lines the strict rules cut before a page counts as printing two columns' lines on one line. */
    static final int MIN_CUT_LINES = 6;

    private LooseColumnCuts() {
    }

    /** Whether the page, on the evidence of its strictly cut lines, gets the loose reading. */
    static boolean applies(int strictlyCutLines) {
        return strictlyCutLines >= MIN_CUT_LINES;
    }

    /** A space at {@code i} that may be a column gap: text on both sides, and no mark after it that no line begins with. */
    static boolean isCutSpace(String s, int i) {
        if (i <= 0 || i + 1 >= s.length()) {
            return false;
        }
        char b = s.charAt(i + 1);
        return s.charAt(i - 1) != ' ' && b != ' ' && !CharClass.isClosingMark(b) && !opensNoLine(b);
    }

    private static boolean opensNoLine(char c) {
        return switch (c) {
            case '，', '。', '、', '；', '：', '！', '？' -> true;
            default -> false;
        };
    }

    /** The CJK marks of a piece: each may be set in half an em (in half-em units one less than its width). */
    static int compressibleMarks(String piece) {
        int n = 0;
        for (int i = 0; i < piece.length(); i++) {
            char c = piece.charAt(i);
            if (c > 0x2000 && CharClass.isCjkPunctuation(c)) {
                n++;
            }
        }
        return n;
    }

    /**
     * Prefix sums of the least width each character can take (half-ems: a Chinese character 2, a CJK mark set in half
     * an em 1, anything narrow 1, a space 0): {@code least[j] - least[i]} bounds from below the width of
     * {@code line.substring(i, j)} with its marks compressed, so a piece wider than every column is known without
     * cutting it out.
     */
    static int[] leastWidths(String line) {
        int[] least = new int[line.length() + 1];
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            int w = c == ' ' || Character.isLowSurrogate(c) ? 0
                    : CharClass.isWide(c) && !(c > 0x2000 && CharClass.isCjkPunctuation(c)) ? 2 : 1;
            least[i + 1] = least[i] + w;
        }
        return least;
    }

    /** The page's column width a line fits (as it is first, then with its marks compressed), 0 when none. */
    static int modeOf(int width, int marks, int[] modes, int tolerance) {
        for (int mode : modes) {
            if (Math.abs(width - mode) <= tolerance) {
                return mode;
            }
        }
        for (int mode : modes) {
            if (fits(width, marks, mode, tolerance)) {
                return mode;
            }
        }
        return 0;
    }

    /**
     * Whether a piece {@code width} half-ems wide with {@code marks} compressible marks is a full line of a column
     * {@code mode} half-ems wide, within {@code tolerance}.
     */
    static boolean fits(int width, int marks, int mode, int tolerance) {
        return width - marks <= mode + tolerance && width >= mode - tolerance;
    }
}
