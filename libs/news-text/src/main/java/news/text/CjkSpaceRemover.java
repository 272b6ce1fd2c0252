package news.text;

/**
 * Removes the spaces that PDF extraction inserts into Chinese text ({@code 问 题 整 改}, {@code 10 月 28 日},
 * {@code “ 基 础 不 牢 ， 地 动 山 摇 。”}) while keeping the spaces that separate Latin words.
 *
 * <p>Chinese is written without spaces between words, so a space that PDF justification or letter-spacing left next to
 * a Chinese character is noise. The rule looks at each run of horizontal spaces within a line and at the two
 * characters around it:
 *
 * <ul>
 *   <li>If either neighbour is a CJK letter ({@link CharClass#isCjk}) or CJK punctuation
 *       ({@link CharClass#isCjkPunctuation}, which includes “ ” ‘ ’ — …), the run is removed:
 *       {@code 本 报 讯（记 者 王 金 伟）} → {@code 本报讯（记者王金伟）}, {@code 2021 年} → {@code 2021年},
 *       {@code 3.5 亿元} → {@code 3.5亿元}, {@code 锚定 “两个确保 ”} → {@code 锚定“两个确保”}, and also
 *       {@code 5G 网络} → {@code 5G网络} and {@code 互联网 + 不动产} → {@code 互联网+不动产}: mainland newspaper style
 *       sets Latin and digits flush against Chinese, so a space there is an extraction artefact too.</li>
 *   <li>Otherwise (both neighbours are Latin, digits, ASCII punctuation, symbols …) the run is kept:
 *       {@code Hello World}, {@code 1 2}, {@code A + B}.</li>
 *   <li>Runs at the start or end of a line, or next to a line break, are left for the caller to trim.</li>
 * </ul>
 *
 * <p>Two variants exist. {@link #removingAll()} is the body-text rule above. {@link #keepingGroupSeparators()} also
 * keeps a run that separates two groups of at least two Han characters each — {@code 本报记者 王金伟 通讯员 马智科},
 * {@code 市委常委、常务副市长 赵建玲}, {@code 强化顶层设计 选优配强队伍} — because in bylines and headlines such a
 * space is a real separator (between names, between a title and a name, between the two halves of a headline),
 * whereas letter-spaced text has single characters between its spaces and is still joined
 * ({@code 问 题 整 改} → {@code 问题整改}). A run next to punctuation or a digit is removed in both variants.
 *
 * <p>The output keeps every non-space character in order; kept runs are not collapsed (see
 * {@link WhitespaceCollapser}). Immutable and thread-safe; linear. A {@code null} input yields {@code ""}.
 */
public final class CjkSpaceRemover {

    private static final CjkSpaceRemover REMOVING_ALL = new CjkSpaceRemover(false);
    private static final CjkSpaceRemover KEEPING_GROUP_SEPARATORS = new CjkSpaceRemover(true);

    /** Minimum number of Han characters on each side for {@link #keepingGroupSeparators()} to keep a space. */
    public static final int MIN_GROUP_LENGTH = 2;

    private final boolean keepGroupSeparators;

    private CjkSpaceRemover(boolean keepGroupSeparators) {
        this.keepGroupSeparators = keepGroupSeparators;
    }

    /** The body-text rule: every space next to CJK goes. */
    public static CjkSpaceRemover removingAll() {
        return REMOVING_ALL;
    }

    /** The one-line (headline, byline) rule: like {@link #removingAll()} but keeps spaces between Han groups. */
    public static CjkSpaceRemover keepingGroupSeparators() {
        return KEEPING_GROUP_SEPARATORS;
    }

    public String remove(CharSequence text) {
        if (text == null) {
            return "";
        }
        String s = text.toString();
        if (!hasHorizontalSpace(s)) {
            return s; // most repaired paragraphs: nothing to decide
        }
        int n = s.length();
        StringBuilder out = new StringBuilder(n);
        int i = 0;
        while (i < n) {
            if (!CharClass.isHorizontalSpace(s.charAt(i))) {
                int run = i + 1;
                while (run < n && !CharClass.isHorizontalSpace(s.charAt(run))) {
                    run++;
                }
                out.append(s, i, run); // the characters up to the next space, as one run
                i = run;
                continue;
            }
            int j = i;
            while (j < n && CharClass.isHorizontalSpace(s.charAt(j))) {
                j++;
            }
            boolean remove = false;
            if (i > 0 && j < n) {
                int left = s.codePointBefore(i);
                int right = s.codePointAt(j);
                remove = !isLineBreak(left) && !isLineBreak(right)
                        && (CharClass.isCjkOrCjkPunctuation(left) || CharClass.isCjkOrCjkPunctuation(right));
                if (remove && keepGroupSeparators && hanRunBefore(s, i) >= MIN_GROUP_LENGTH
                        && hanRunAfter(s, j) >= MIN_GROUP_LENGTH) {
                    remove = false;
                }
            }
            if (!remove) {
                out.append(s, i, j);
            }
            i = j;
        }
        return out.toString();
    }

    /** Han characters directly before index {@code i}, counted up to {@link #MIN_GROUP_LENGTH}. */
    private static int hanRunBefore(String s, int i) {
        int run = 0;
        while (i > 0 && run < MIN_GROUP_LENGTH) {
            int cp = s.codePointBefore(i);
            if (!CharClass.isHan(cp)) {
                break;
            }
            run++;
            i -= Character.charCount(cp);
        }
        return run;
    }

    /** Han characters from index {@code j} on, counted up to {@link #MIN_GROUP_LENGTH}. */
    private static int hanRunAfter(String s, int j) {
        int run = 0;
        while (j < s.length() && run < MIN_GROUP_LENGTH) {
            int cp = s.codePointAt(j);
            if (!CharClass.isHan(cp)) {
                break;
            }
            run++;
            j += Character.charCount(cp);
        }
        return run;
    }

    private static boolean hasHorizontalSpace(String s) {
        for (int i = 0, n = s.length(); i < n; i++) {
            if (CharClass.isHorizontalSpace(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isLineBreak(int cp) {
        return cp == '\n' || cp == '\r' || cp == InvisibleCharFilter.PARAGRAPH_SEPARATOR || cp == '\u2028';
    }
}
