package news.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads bylines into reporters and correspondents:
 * {@code 本报记者 冯子建 通讯员 王晓宝}, {@code ■本报记者 刘传伏 王汝雅 / 本报通讯员 吴丛},
 * {@code 记者 李振涛 通讯员 王 世冰 和志强} (the parenthesis after {@code 本报讯}), end credits {@code （刘海娜）},
 * signed opinion pieces {@code 市委常委、组织部部长 余广庆}. Names split on spaces, a lone surname joins the next
 * piece ({@code 王 世冰}), and runs printed without separators go through {@link PersonNames}
 * ({@code 李超张培龙} → 李超, 张培龙).
 */
public final class BylineExtractor {

    static final String REPORTER_ROLE = "(?:(?:本报|本刊|特约|见习|实习|首席|驻站|新华社|人民网|融媒体|全媒体|摄影)?(?:记者|评论员)"
            + "|实习生|特约撰稿人?)";
    static final String CORRESPONDENT_ROLE = "(?:本报|特约)?通讯员";
    private static final Pattern ROLE = Pattern.compile("(" + CORRESPONDENT_ROLE + ")|(" + REPORTER_ROLE + ")");
    private static final String NAME_RUN = "\\p{IsHan}{1,6}";
    private static final String SEP = "[\\s、，,/／·]*";
    private static final Pattern BYLINE_LINE = Pattern.compile(
            "^[■●▲◆\\s]*(?:(?:" + CORRESPONDENT_ROLE + "|" + REPORTER_ROLE + ")" + SEP
                    + "(?:" + NAME_RUN + "(?:[\\s、/／·]+|$)){0,6})+$");
    private static final Pattern NAMES_ONLY = Pattern.compile("^\\p{IsHan}{2,4}(?:[\\s、]+\\p{IsHan}{2,4}){1,6}$");
    private static final Pattern AUTHOR_TITLE = Pattern.compile(
            "^([\\p{IsHan}、，·]{2,40}(?:书记|主任|部长|市长|主席|委员|政委|秘书长|董事|经理|局长|县长|区长|院长|校长|社长|会长|主编|处长|厅长|省长|司令员))\\s+(\\p{IsHan}{2,4})$");
    // （刘海娜） （李新 王芳） （通讯员 王芳 记者 李新）: names, optionally after role words. A piece may be two names
    // whose space the repair took out (（宋东伟崔宇磊）): up to 8 characters, split by surname in endCreditMatcher.
    private static final Pattern END_CREDIT = Pattern.compile("[（(]\\s*((?:(?:" + CORRESPONDENT_ROLE + "|" + REPORTER_ROLE
            + ")\\s*)?\\p{IsHan}{2,8}?(?:(?:[\\s、]+|(?=" + CORRESPONDENT_ROLE + "|" + REPORTER_ROLE + "))(?:(?:"
            + CORRESPONDENT_ROLE + "|" + REPORTER_ROLE + ")\\s*)?\\p{IsHan}{2,8}?){0,5})\\s*[）)]\\s*$");
    // A signature: □ 张三 above a commentary, or a bare name under it.
    private static final Pattern SIGNATURE = Pattern.compile("^[□◇◆■]?\\s*(\\p{IsHan}{2,4})$");
    private static final Pattern SPLIT = Pattern.compile("[\\s、，,/／]+");
    /** Marks and parentheses around a byline; compiled once (String.replaceAll compiles its pattern on every call). */
    private static final Pattern EDGES = Pattern.compile("^[■●▲◆（(\\s]+|[）)\\s]+$");
    private static final Pattern NOT_HAN = Pattern.compile("[^\\p{IsHan}]");

    private final PersonNames names = new PersonNames();

    /** True when the whole line is a byline ({@code 本报记者 王金伟 通讯员 马智科}, {@code ■本报评论员}). */
    public boolean isBylineLine(String line) {
        if (line == null || line.isBlank() || line.length() > 60) {
            return false;
        }
        String s = line.strip();
        return BYLINE_LINE.matcher(s).matches() && ROLE.matcher(s).find();
    }

    /** True when the line is a signed author's title and name ({@code 市委常委、宣传部部长 张锦印}). */
    public boolean isAuthorLine(String line) {
        return line != null && line.length() <= 50 && line.indexOf(' ') > 0
                && AUTHOR_TITLE.matcher(line.strip()).matches();
    }

    /** True when the line is only person names separated by spaces ({@code 吴计建 崔昊 周慧喆}), a byline's tail. */
    public boolean isNamesOnlyLine(String line) {
        if (line == null || line.length() > 40 || line.indexOf(' ') < 0 && line.indexOf('、') < 0
                || !NAMES_ONLY.matcher(line.strip()).matches()) {
            return false;
        }
        for (String piece : SPLIT.split(line.strip())) {
            if (!PersonNames.isPlausibleName(piece)) {
                return false;
            }
        }
        return true;
    }

    /** True when a dateline's parenthesis holds a byline: a role word or only person names. */
    static boolean looksLikeBylineContent(String inner) {
        String s = inner.strip();
        if (ROLE.matcher(s).find()) {
            return true;
        }
        for (String piece : SPLIT.split(s)) {
            if (!PersonNames.isPlausibleName(piece.replace(" ", ""))) {
                return false;
            }
        }
        return !s.isEmpty();
    }

    /** Reporters and correspondents named in {@code text}; names before any role word count as reporters. */
    public Byline parse(String text) {
        if (text == null || text.isBlank()) {
            return Byline.NONE;
        }
        String s = EDGES.matcher(text.strip()).replaceAll("");
        Matcher author = AUTHOR_TITLE.matcher(s);
        if (author.matches()) {
            return new Byline(List.of(author.group(2)), List.of());
        }
        List<String> reporters = new ArrayList<>();
        List<String> correspondents = new ArrayList<>();
        Matcher role = ROLE.matcher(s);
        int pos = 0;
        List<String> current = reporters;
        while (role.find()) {
            current.addAll(namesIn(s.substring(pos, role.start())));
            current = role.group(1) != null ? correspondents : reporters;
            pos = role.end();
        }
        current.addAll(namesIn(s.substring(pos)));
        return new Byline(dedupe(reporters), dedupe(correspondents));
    }

    /**
     * The end credit closing a paragraph ({@code …贡献新力量。 （刘海娜）}): the names, or an empty byline when the
     * paragraph ends otherwise. {@link #withoutEndCredit} gives the paragraph without it.
     */
    public Byline endCredit(String paragraph) {
        Matcher m = endCreditMatcher(paragraph);
        if (m == null) {
            return Byline.NONE;
        }
        return ROLE.matcher(m.group(1)).find() ? parse(m.group(1)) : new Byline(namesIn(m.group(1)), List.of());
    }

    /**
     * The signed name when the line is a signature — {@code □ 张三} over a commentary, or a bare name under it (2-4
     * Han characters starting with a surname) — else null.
     */
    public String signature(String line) {
        if (line == null || line.length() > 12) {
            return null;
        }
        Matcher m = SIGNATURE.matcher(line.strip());
        return m.matches() && PersonNames.isPlausibleName(m.group(1)) ? m.group(1) : null;
    }

    /**
     * The names a signature line signs with: the one of {@link #signature}, or the names of a line of bare names under
     * a text ({@code 林晨 黎超}, {@link #isNamesOnlyLine}); nothing on such a line tells a role, so all are the text's
     * people. Empty when the line is neither.
     */
    public List<String> signatureNames(String line) {
        String one = signature(line);
        if (one != null) {
            return List.of(one);
        }
        return isNamesOnlyLine(line) ? List.of(SPLIT.split(line.strip())) : List.of();
    }

    public String withoutEndCredit(String paragraph) {
        Matcher m = endCreditMatcher(paragraph);
        return m == null ? paragraph : paragraph.substring(0, m.start()).strip();
    }

    private static Matcher endCreditMatcher(String paragraph) {
        if (paragraph == null) {
            return null;
        }
        Matcher m = END_CREDIT.matcher(paragraph);
        if (!m.find() || m.start() == 0) {
            return null;
        }
        // A credit follows a finished sentence; and every piece must be a plausible name (not （试行） or （镇、街道）).
        int before = paragraph.substring(0, m.start()).strip().codePointBefore(paragraph.substring(0, m.start()).strip().length());
        if (!CharClass.isSentenceFinal(before) && !CharClass.isClosingMark(before)) {
            return null;
        }
        String names = ROLE.matcher(m.group(1)).replaceAll(" ").strip();
        if (names.isEmpty()) {
            return null;
        }
        for (String piece : SPLIT.split(names)) {
            // A repaired line may have lost the space between two names (王芳李强): the surname split tells.
            if (!PersonNames.isPlausibleName(piece) && (piece.length() < 4 || PersonNames.surnameSplit(piece) == null)) {
                return null;
            }
        }
        return m;
    }

    private List<String> namesIn(String segment) {
        List<String> out = new ArrayList<>();
        String[] pieces = SPLIT.split(segment.strip());
        for (int i = 0; i < pieces.length; i++) {
            String piece = NOT_HAN.matcher(pieces[i]).replaceAll("");
            if (piece.isEmpty()) {
                continue;
            }
            // A lone surname split off by a line wrap or letter spacing joins the next piece: 王 世冰 → 王世冰.
            if (piece.length() == 1 && i + 1 < pieces.length && pieces[i + 1].length() <= 2) {
                pieces[i + 1] = piece + pieces[i + 1];
                continue;
            }
            out.addAll(names.split(piece));
        }
        return out;
    }

    private static List<String> dedupe(List<String> names) {
        return names.stream().distinct().toList();
    }
}
