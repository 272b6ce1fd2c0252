package news.text;

/**
 * Collapses every run of whitespace — spaces, tabs, Unicode space separators, line and paragraph breaks — to one ASCII
 * space and trims both ends. This is the last step for text that must be a single line (a headline, a byline, one
 * rebuilt paragraph).
 *
 * <p>Stateless and thread-safe; linear. A {@code null} input yields {@code ""}.
 */
public final class WhitespaceCollapser {

    /**
     * The line with every whitespace character and ideographic space taken out (the page splitter compares lines of
     * Chinese this way, whatever spacing pdftotext gave them); the line itself when it has none.
     */
    static String withoutSpaces(String line) {
        int n = line.length();
        int i = 0;
        while (i < n && !isSpace(line.charAt(i))) {
            i++;
        }
        if (i == n) {
            return line;
        }
        StringBuilder b = new StringBuilder(n);
        b.append(line, 0, i);
        for (; i < n; i++) {
            char c = line.charAt(i);
            if (!isSpace(c)) {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u3000';
    }

    public String collapse(CharSequence text) {
        if (text == null) {
            return "";
        }
        int n = text.length();
        if (alreadyCollapsed(text)) {
            return text.toString();
        }
        StringBuilder out = new StringBuilder(n);
        boolean pendingSpace = false;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (isWhitespace(c)) {
                pendingSpace = out.length() > 0;
            } else {
                if (pendingSpace) {
                    out.append(' ');
                    pendingSpace = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }

    /** No whitespace but single ASCII spaces between other characters: collapsing would change nothing. */
    private static boolean alreadyCollapsed(CharSequence text) {
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (isWhitespace(c) && (c != ' ' || i == 0 || i == n - 1 || text.charAt(i + 1) == ' ')) {
                return false;
            }
        }
        return true;
    }

    /** Java whitespace plus the no-break spaces that {@link Character#isWhitespace} excludes. */
    static boolean isWhitespace(char c) {
        return CharClass.isWhitespaceOrSpaceChar(c);
    }
}
