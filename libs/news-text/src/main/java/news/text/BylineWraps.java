package news.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bylines and credits as narrow columns wrap them, for {@link ParagraphRebuilder}'s line joins:
 *
 * <ul>
 *   <li>an opener's parenthesis wrapped over several lines ({@code 本报讯（记者 田娟} / {@code 刚 通讯员 贺涛倩 史辉} /
 *       {@code 峰）据美联社…}): the middle line looks like a credit line of its own, but the byline goes on to its
 *       {@code ）} — {@link #opensBylineParenthesis};</li>
 *   <li>an end credit alone on its line after a finished sentence ({@code …年会上发布。} / {@code （丁帆）} /
 *       {@code 12月2日上午，…}): it closes the text above, and the next brief starts after it with no blank line between
 *       — {@link #isLoneEndCredit}.</li>
 * </ul>
 * Pure and thread-safe.
 */
final class BylineWraps {

    /** Longest paragraph (so far) in which an opener's byline parenthesis is looked for. */
    static final int OPENER_MAX = 80;
    /** The parenthesis opens within this many characters: {@code 本报驻马店10月24日讯（} stands at the start. */
    static final int OPEN_AT_MAX = 24;
    /** Longest byline inside an open parenthesis ({@code 记者 X Y 实习生 Z 通讯员 U V}). */
    static final int BYLINE_MAX = 40;

    private static final Pattern ROLE_START = Pattern.compile(
            "^(?:(?:本报|本刊|特约|见习|实习|首席|驻站|融媒体|全媒体)?记者|(?:本报|特约)?通讯员|实习生)");
    private static final BylineExtractor BYLINES = new BylineExtractor();
    /**
     * A jump line at the end of a line: {@code （下转第7版）}, {@code (下转5版)}, or with its page number printed apart
     * before it ({@code 10} / {@code （下转第 版）}: pdftotext puts a digit run on a line of its own).
     */
    private static final Pattern JUMP_AT_END = Pattern.compile(
            "([0-9]{1,3})?\\s*[（(]\\s*下\\s*转\\s*(第\\s*)?([0-9一二三四五六七八九十\\s]*)版\\s*[）)]\\s*$");

    private BylineWraps() {
    }

    /**
     * Whether a signature line closes the text printed above it: a bare name ({@code 王强}, {@code 林晨 黎超}) is
     * how a text is signed at its end, so a headline printed right under it starts another article; {@code □ 张三} /
     * {@code ◇ 张三} is the form printed on top of a commentary, and may stand over its headline.
     */
    static boolean signsAtTheEnd(String signatureLine) {
        String s = signatureLine.strip();
        return !s.isEmpty() && s.charAt(0) != '□' && s.charAt(0) != '◇';
    }

    /**
     * The line without the jump line a signature ran into ({@code 吴瑶海} / {@code （下转第7版）} → {@code 吴瑶海}: the
     * text goes on on another page and its jump line was printed under the signature); any other line as it is. Only
     * a line of signature shape before the jump loses it ({@code 详见（下转第7版）} stays).
     */
    static String signedPart(String line) {
        int n = line.length();
        if (n < 8 || n > 40 || line.charAt(n - 1) != '）' && line.charAt(n - 1) != ')' || line.indexOf('转') < 0) {
            return line; // the cheap gate
        }
        Matcher m = JUMP_AT_END.matcher(line);
        if (!m.find()) {
            return line;
        }
        String before = line.substring(0, m.start()).strip();
        return BYLINES.signatureNames(before).isEmpty() ? line : before;
    }

    /**
     * The page a signature's jump line sends the text on to ({@code 吴瑶海（下转第7版）} → {@code 第7版}, the number
     * printed apart too: {@code 孙凯新10（下转第 版）} → {@code 第10版}); null when {@link #signedPart} keeps the line.
     */
    static String jumpPage(String line) {
        String signed = signedPart(line);
        if (signed.equals(line)) {
            return null;
        }
        Matcher m = JUMP_AT_END.matcher(line);
        if (!m.find()) {
            return null;
        }
        String inside = m.group(3).replace(" ", "");
        String number = !inside.isEmpty() ? inside : m.group(1);
        return number == null ? null : "第" + number + "版";
    }

    /**
     * Whether the paragraph read so far ends inside a byline's parenthesis: its last {@code （} is not closed, stands
     * within the first {@value #OPEN_AT_MAX} characters, follows {@code 讯} or opens with a role word
     * ({@code 记者}, {@code 通讯员}, {@code 实习生}), and what follows it is at most {@value #BYLINE_MAX} characters
     * with no sentence punctuation.
     */
    static boolean opensBylineParenthesis(CharSequence paragraph) {
        int n = paragraph.length();
        if (n > OPENER_MAX) {
            return false;
        }
        int open = -1;
        for (int i = n - 1; i >= 0; i--) {
            char c = paragraph.charAt(i);
            if (c == '）' || c == ')') {
                return false;
            }
            if (c == '（' || c == '(') {
                open = i;
                break;
            }
            if (c == '，' || c == '。' || c == '；' || c == '：' || c == '！' || c == '？') {
                return false;
            }
        }
        if (open < 0 || open > OPEN_AT_MAX || n - open - 1 > BYLINE_MAX) {
            return false;
        }
        int before = open - 1;
        while (before >= 0 && Character.isWhitespace(paragraph.charAt(before))) {
            before--;
        }
        if (before >= 0 && paragraph.charAt(before) == '讯') {
            return true;
        }
        String inside = paragraph.subSequence(open + 1, n).toString().strip();
        return ROLE_START.matcher(inside).find();
    }

    /**
     * Whether the line is an end credit and nothing else: {@code （丁帆）}, {@code （宋东伟 崔宇磊）},
     * {@code （通讯员 孙立 记者 周涛）} — names a credit may hold, in parentheses.
     */
    static boolean isLoneEndCredit(String line) {
        int n = line.length();
        if (n < 4 || n > 30 || line.charAt(0) != '（' && line.charAt(0) != '(') {
            return false;
        }
        char last = line.charAt(n - 1);
        if (last != '）' && last != ')') {
            return false;
        }
        return !BYLINES.endCredit("。" + line).hasNoNames();
    }

    /**
     * Whether a line (without spaces) could be a signature of bare names under a text: 2–4 Han characters starting
     * with a surname ({@code 黎涛勇}), or up to four such names ({@code 林晨黎超}: the spaces are gone here).
     */
    static boolean isBareSignature(String compact) {
        int n = compact.length();
        if (n < 2 || n > 16) {
            return false;
        }
        return PersonNames.isPlausibleName(compact) || n >= 4 && PersonNames.surnameSplit(compact) != null;
    }

    /**
     * An end credit read from the repaired text ({@code （黎晓郭梅敏）}: the space between the names is gone, and the
     * surname split may cut it wrongly, 黎晓郭 梅敏) or, when it names the same characters, as printed with its spaces
     * ({@code （黎晓 郭梅敏）} → 黎晓, 郭梅敏).
     */
    static Byline asPrinted(Byline repaired, Byline printed) {
        if (printed.hasNoNames() || printed.equals(repaired)) {
            return repaired;
        }
        return String.join("", printed.reporters()).concat(String.join("", printed.correspondents()))
                .equals(String.join("", repaired.reporters()).concat(String.join("", repaired.correspondents())))
                ? printed : repaired;
    }
}
