package news.text;

import java.util.function.IntPredicate;

/**
 * A headline and the byline under it printed with no blank line between them in a narrow column
 * ({@code 新发现小} / {@code 行星可帮} / {@code 助解释彗} / {@code 星起源} / {@code 记者 朱辉 本报通讯员} / {@code 彭升升}):
 * the rebuilder joins them into one headline-like paragraph, and the byline's names would end up inside the headline.
 * The paragraph is cut before its first line that opens a byline. (Cutting also between two lines that each read as a
 * headline of their own was tried: it split more two-line headlines than it freed bunched ones, round 6.) Pure.
 */
final class HeadingLines {
    private HeadingLines() {
    }

    /**
     * @param lines  the paragraph's printed line count
     * @param byline whether line {@code k} (with the lines after it) opens a byline
     * @return the index of the first byline line after the first line, or -1
     */
    static int bylineStart(int lines, IntPredicate byline) {
        for (int k = 1; k < lines; k++) {
            if (byline.test(k)) {
                return k;
            }
        }
        return -1;
    }

    /** The cheap gate: a byline line starts with a role word ({@code 本报记者}, {@code 记者}, {@code 通讯员}, …) or a bullet. */
    static boolean mayOpenByline(String line) {
        String s = line.strip();
        return !s.isEmpty() && "本记通实特见首驻新人融全摄■●▲◆".indexOf(s.charAt(0)) >= 0;
    }
}
