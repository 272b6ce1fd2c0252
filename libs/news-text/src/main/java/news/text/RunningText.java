package news.text;

/**
 * Whether a short line that does not end like a sentence still reads as running text, never as a headline: a
 * sentence closed inside it ({@code 。} followed by more than a closing quote or bracket), a semicolon, or
 * {@value #MAX_HEADLINE_COMMAS} or more commas — a line of a column cut off by a blank line
 * ({@code 据波兰电视台报道，飞机在空中翻了个跟头后掉在树丛后面，地面上顿时腾起滚滚}, {@code 旗下产品。目前，位}). A
 * headline may hold one comma ({@code “万人助万企”，看许昌如何助民营经济撑起“半壁江山”}, a seed page); none of the 1,899
 * headline, kicker and subtitle lines of the generated dev pages (seed 20261202), nor of the seeds, holds more, a
 * semicolon or a full stop inside. Pure; one scan of the line.
 */
final class RunningText {
    private RunningText() {
    }

    /** This many commas are more than a headline line holds. */
    static final int MAX_HEADLINE_COMMAS = 2;

    static boolean readsAsRunningText(String compact) {
        int commas = 0;
        int n = compact.length();
        for (int i = 0; i < n; i++) {
            char c = compact.charAt(i);
            if (c == '；' || c == '。' && i + 1 < n && !isClosing(compact.charAt(i + 1))) {
                return true;
            }
            if (c == '，' && ++commas >= MAX_HEADLINE_COMMAS) {
                return true;
            }
        }
        return false;
    }

    private static boolean isClosing(char c) {
        return c == '”' || c == '’' || c == '）' || c == ')' || c == '」' || c == '』';
    }
}
