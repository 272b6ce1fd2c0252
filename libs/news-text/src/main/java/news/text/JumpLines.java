package news.text;

import java.util.regex.Pattern;

/**
 * A line that ends with a jump mark to another page ({@code （下转第4版）}, {@code …记者了解（下转2版）}): the text before
 * it goes on elsewhere, so whatever is printed after it on this page belongs to another text (a headline, a column
 * label, the next module's column) and is never joined onto it.
 */
final class JumpLines {
    private static final Pattern JUMP_TO_AT_END = Pattern.compile(
            "[（(]\\s*(?:下转|转)\\s*第?\\s*[一二三四五六七八九十\\d]{1,3}\\s*版\\s*[）)]$");

    private static final Pattern JUMP_FROM_ALONE = Pattern.compile(
            "[（(]\\s*上\\s*接\\s*第?\\s*[一二三四五六七八九十\\d]{1,3}\\s*版\\s*[）)]");

    private JumpLines() {
    }

    /** Whether the (space-free) line ends with a jump mark to another page. */
    static boolean endsWithJumpTo(String compact) {
        int n = compact.length();
        if (n < 4 || compact.charAt(n - 1) != '）' && compact.charAt(n - 1) != ')' || compact.charAt(n - 2) != '版') {
            return false; // the cheap gate
        }
        return JUMP_TO_AT_END.matcher(compact.substring(Math.max(0, n - 16))).find();
    }

    /**
     * Whether the (space-free) line is a jump mark from another page and nothing else ({@code （上接第一版）},
     * {@code (上接2版)}): the first line of the continued text under it, never a headline line, even when printed
     * straight under a headline or alone between blank lines.
     */
    static boolean isJumpFromAlone(String compact) {
        int n = compact.length();
        if (n < 5 || n > 12 || compact.charAt(1) != '上') {
            return false; // the cheap gate
        }
        return JUMP_FROM_ALONE.matcher(compact).matches();
    }
}
