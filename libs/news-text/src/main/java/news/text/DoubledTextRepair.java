package news.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Undoes the doubling that two-layer print PDFs put into headlines: the same text extracted once from the visible layer
 * and once from the hidden one, back to back.
 *
 * <ul>
 *   <li>{@code 为乡村高质量发展注入强动力为乡村高质量发展注入强动力} → {@code 为乡村高质量发展注入强动力};</li>
 *   <li>{@code ———聚焦全市扎实开展联乡帮村工作—聚焦全市扎实开展联乡帮村工作} → {@code ——聚焦全市扎实开展联乡帮村工作}
 *       (a subtitle dash, itself mangled to 3 + 1 dashes, is printed as the standard two);</li>
 *   <li>{@code 推进制造强市建设··专题访谈专题访谈} → {@code 推进制造强市建设··专题访谈} (a doubled tail).</li>
 * </ul>
 *
 * <p>Meant for headline-like lines only: a repeated run of at least {@value #MIN_REPEAT} characters is an extraction
 * artefact there, whereas a body may repeat itself on purpose. Runs in linear time for the whole-line case and
 * quadratic in the line length for the tail case, so lines longer than {@value #MAX_LINE} are returned unchanged.
 */
public final class DoubledTextRepair {
    static final int MIN_REPEAT = 4;
    static final int MAX_LINE = 200;

    private static final Pattern DASHED_DOUBLE = Pattern.compile("^[—―\\-－]+\\s*(.+?)\\s*[—―\\-－]+\\s*\\1$");

    /** The line with its doubling removed; null stays null. */
    public String repair(String line) {
        if (line == null || line.length() < 2 * MIN_REPEAT || line.length() > MAX_LINE) {
            return line;
        }
        String s = line.strip();
        Matcher dashed = DASHED_DOUBLE.matcher(s);
        if (dashed.matches() && dashed.group(1).length() >= MIN_REPEAT) {
            return "——" + dashed.group(1);
        }
        int half = s.length() / 2;
        if (s.length() % 2 == 0 && s.regionMatches(0, s, half, half)) {
            return s.substring(0, half).strip();
        }
        return collapseRepeatedTail(s);
    }

    /** {@code XYY} → {@code XY} for the longest tail {@code YY} with {@code |Y| >= MIN_REPEAT}. */
    private static String collapseRepeatedTail(String s) {
        for (int len = s.length() / 2; len >= MIN_REPEAT; len--) {
            int start = s.length() - 2 * len;
            if (s.regionMatches(start, s, start + len, len) && hasHan(s, start, start + len)) {
                return s.substring(0, start + len);
            }
        }
        return s;
    }

    private static boolean hasHan(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (CharClass.isHan(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
