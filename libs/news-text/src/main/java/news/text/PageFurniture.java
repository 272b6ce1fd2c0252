package news.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds the page furniture in the extracted text of a page — masthead, the paper's name in Latin letters,
 * registration and issue numbers ({@code 国内统一连续出版物号 CN 41-0024}, {@code 总第8312期}, {@code 今日8版}), the
 * editor line ({@code 责任编辑：X /版式设计：X /文字校对：X Y}), the date (also broken over several lines:
 * {@code 2022年} / {@code 1月5日} / {@code 星期三}), contact and print lines — and takes it out of the text, so that
 * none of it becomes an article or a headline. It is kept as {@link PageMetadata}.
 *
 * <p>A line is furniture when it matches one of the strong patterns below, or a weak one (a paper name such as
 * {@code 许昌日报}, a page label such as {@code 第3版} or {@code A3}, a lone date piece such as {@code 12月}) and is next
 * to other furniture (no more than one blank line between) or among the first or last {@value #EDGE_LINES} non-blank
 * lines of the page. Works line by line on text after {@link TextRepair#prepare} (digits and Latin letters already
 * half-width); lines are compared with their spaces removed.
 */
public final class PageFurniture {
    /** Lines this close to the top or bottom of the page may be weak furniture on their own. */
    static final int EDGE_LINES = 6;

    private static final String ROLE = "(?:责任编辑|本版编辑|版面编辑|编辑|美术编辑|美编|版式设计|版式|版面设计|设计|文字校对|校对|"
            + "组版|制作|审读|审校|值班编委|值班总编|值班主任|主编|签发|监制|图片编辑|视觉设计)";
    // role：names, repeated, separated by / ／ | 丨 or spaces; the names are Han (with · for minorities), at most 12.
    private static final Pattern EDITORS = Pattern.compile(
            "^(?:" + ROLE + "[：:][\\p{IsHan}·]{1,12}(?:[、,，][\\p{IsHan}·]{1,12})*[/／|丨]?)+$");
    private static final Pattern EDITOR_PAIR = Pattern.compile("(" + ROLE + ")[：:]\\s*([\\p{IsHan}·\\s、,，]{1,30}?)(?=\\s*(?:[/／|丨]|$|\\s" + ROLE + "[：:]))");
    private static final Pattern STRONG = Pattern.compile(String.join("|",
            "国内统一连续出版物号", "国内统一刊号", "统一刊号", "邮发代号", "国际标准连续出版物号",
            "CN\\d{2}-\\d{4}", "ISSN\\d{4}-?\\d{3}[\\dXx]",
            "总第\\d+期", "今日\\d+版", "本期\\d+版", "今日[一二三四五六七八九十]+版", "共\\d+版",
            "^中共\\p{IsHan}{2,12}委员?会?机关报$", "^\\p{IsHan}{2,12}(?:日报|晚报|报)社(?:出版|主办)", "^主管[：:]", "^主办[：:]",
            "^(?:https?://|www\\.)\\S+$", "^[\\w.-]+@[\\w-]+\\.[\\w.]+$"));
    // Contact and print lines: furniture at the top or bottom of the page, or next to other furniture.
    private static final Pattern CONTACT = Pattern.compile(
            "^(?:社址|地址|邮编|邮政编码|电话|传真|热线|新闻热线|广告热线|发行热线|投诉电话|广告经营许可证|印刷|零售价|定价|每份|订阅)[：:]?.{0,40}\\d");
    // A whole date line, or its pieces: 2022年1月5日 星期三, 农历壬寅年腊月初三, 2022年 / 1月5日 / 星期三.
    private static final Pattern FULL_DATE = Pattern.compile(
            "^\\d{4}年\\d{1,2}月\\d{1,2}日(?:星期[一二三四五六日天]|周[一二三四五六日])?(?:农历.{2,10})?$|^\\d{4}[.\\-/]\\d{1,2}[.\\-/]\\d{1,2}(?:星期[一二三四五六日天])?$");
    private static final Pattern DATE_PIECE = Pattern.compile(
            "^(?:\\d{4}年|\\d{1,2}月|\\d{1,2}日|\\d{1,2}月\\d{1,2}日|\\d{4}年\\d{1,2}月|星期[一二三四五六日天]|周[一二三四五六日]"
                    + "|农历\\p{IsHan}{2,10}|[甲乙丙丁戊己庚辛壬癸][子丑寅卯辰巳午未申酉戌亥]年\\p{IsHan}{0,8})$");
    private static final Pattern ISSUE = Pattern.compile("总第\\d+期");
    private static final Pattern LATIN_NAME = Pattern.compile("^[A-Za-z][A-Za-z .&'-]*$");
    private static final Pattern PAPER_NAME = Pattern.compile("^\\p{IsHan}{2,8}(?:日报|晚报|早报|周报|时报|商报|报)$");
    private static final Pattern PAGE_LABEL = Pattern.compile(
            "^(?:第?\\d{1,2}版|[A-D]\\d{1,2}版?|\\d{1,2}|第[一二三四五六七八九十]{1,3}版|(?:要闻|综合|本地|新闻|时政|评论|理论|副刊|专版|专题|经济|社会|文化|体育|国内|国际|广告)(?:\\d{1,2})?)$");

    /** The page without its furniture, and the furniture. */
    public record Result(String text, PageMetadata metadata) {}

    /**
     * The furniture of a page: every furniture line as printed (trimmed, in page order; a date broken over lines is
     * one entry), and what could be read from it.
     *
     * @param furniture lines taken out of the page
     * @param paperName the masthead or the Latin name, or null
     * @param issue     {@code 总第8312期}-like issue number, or null
     * @param date      the printed date (its pieces joined), or null
     * @param editors   {@code 责任编辑：王小明}-like role and names, one entry per role
     */
    public record PageMetadata(List<String> furniture, String paperName, String issue, String date,
                               List<String> editors) {
        public static final PageMetadata NONE = new PageMetadata(List.of(), null, null, null, List.of());

        public PageMetadata {
            furniture = List.copyOf(furniture);
            editors = List.copyOf(editors);
        }
    }

    private enum Strength { NONE, WEAK, STRONG }

    /** Takes the furniture out of {@code prepared} (text after {@link TextRepair#prepare}): its lines become blank. */
    public Result strip(String prepared) {
        if (prepared == null || prepared.isEmpty()) {
            return new Result(prepared == null ? "" : prepared, PageMetadata.NONE);
        }
        if (!anyCandidate(prepared)) {
            return new Result(prepared, PageMetadata.NONE); // the usual page body: nothing to look at twice
        }
        String[] physical = prepared.split("\n", -1);
        // Logical lines: a number split into one text run per digit (2 / 0 / 2 / 2年) is one line again.
        List<int[]> spans = new ArrayList<>();
        List<String> joined = new ArrayList<>();
        for (int i = 0; i < physical.length; ) {
            int j = i;
            StringBuilder b = new StringBuilder(physical[i].strip());
            while (j + 1 < physical.length && !physical[j].isBlank() && !physical[j + 1].isBlank()
                    && (ParagraphRebuilder.isNumberFragment(WhitespaceCollapser.withoutSpaces(physical[j]))
                    || ParagraphRebuilder.isNumberFragment(WhitespaceCollapser.withoutSpaces(physical[j + 1])))) {
                b.append(physical[++j].strip());
            }
            spans.add(new int[] {i, j});
            joined.add(b.toString());
            i = j + 1;
        }
        int n = joined.size();
        String[] lines = joined.toArray(String[]::new);
        String[] compact = new String[n];
        Strength[] strength = new Strength[n];
        int[] nonBlankIndex = new int[n];
        int nonBlank = 0;
        for (int i = 0; i < n; i++) {
            compact[i] = WhitespaceCollapser.withoutSpaces(lines[i]);
            nonBlankIndex[i] = compact[i].isEmpty() ? -1 : nonBlank++;
            strength[i] = compact[i].isEmpty() ? Strength.NONE : strength(compact[i], lines[i]);
        }
        boolean[] furniture = new boolean[n];
        boolean any = false;
        for (int i = 0; i < n; i++) {
            boolean edge = nonBlankIndex[i] >= 0 && (nonBlankIndex[i] < EDGE_LINES || nonBlankIndex[i] >= nonBlank - EDGE_LINES);
            if (strength[i] == Strength.STRONG || strength[i] == Strength.WEAK && edge && !nextToBody(compact, i)) {
                furniture[i] = true;
                any = true;
            }
        }
        if (!any) {
            return new Result(prepared, PageMetadata.NONE);
        }
        // Weak lines next to furniture are furniture too (a masthead beside the issue line, date pieces in a row).
        for (boolean grew = true; grew; ) {
            grew = false;
            for (int i = 0; i < n; i++) {
                if (!furniture[i] && strength[i] == Strength.WEAK && (near(furniture, compact, i, -1) || near(furniture, compact, i, 1))) {
                    furniture[i] = true;
                    grew = true;
                }
            }
        }
        // The page's section name in its band: a short Han line between two furniture lines (04 / 视点 / 2026年9月12日),
        // or the page's first line right above furniture (综合新闻 / 11 / …). Any name: papers name sections freely.
        for (int i = 0; i < n; i++) {
            if (!furniture[i] && nonBlankIndex[i] >= 0 && nonBlankIndex[i] < EDGE_LINES && isSectionName(compact[i])
                    && near(furniture, compact, i, 1) && (nonBlankIndex[i] == 0 || near(furniture, compact, i, -1))) {
                furniture[i] = true;
            }
        }
        List<String> found = new ArrayList<>();
        List<String> editors = new ArrayList<>();
        String paper = null;
        String issue = null;
        String date = null;
        boolean[] blankOut = new boolean[physical.length];
        for (int i = 0; i < n; i++) {
            if (!furniture[i]) {
                continue;
            }
            for (int k = spans.get(i)[0]; k <= spans.get(i)[1]; k++) {
                blankOut[k] = true;
            }
            String c = compact[i];
            if (isDateLike(c)) {
                // Consecutive date pieces (one blank line between allowed) are one date.
                StringBuilder d = new StringBuilder(c);
                int j = i;
                for (int k = nextNonBlank(compact, j); k >= 0 && k - j <= 2 && furniture[k] && isDateLike(compact[k]);
                     k = nextNonBlank(compact, j)) {
                    d.append(compact[k]);
                    for (int q = spans.get(k)[0]; q <= spans.get(k)[1]; q++) {
                        blankOut[q] = true;
                    }
                    j = k;
                }
                i = j;
                found.add(d.toString());
                date = date == null ? d.toString() : date;
                continue;
            }
            found.add(lines[i].strip());
            if (EDITORS.matcher(c).matches()) {
                var m = EDITOR_PAIR.matcher(lines[i].strip());
                while (m.find()) {
                    editors.add(m.group(1) + "：" + m.group(2).strip().replaceAll("\\s+", " "));
                }
            }
            if (paper == null && (PAPER_NAME.matcher(c).matches() || LATIN_NAME.matcher(lines[i].strip()).matches())) {
                paper = lines[i].strip();
            }
            if (issue == null) {
                var m = ISSUE.matcher(c);
                if (m.find()) {
                    issue = m.group();
                }
            }
        }
        StringBuilder text = new StringBuilder(prepared.length());
        for (int k = 0; k < physical.length; k++) {
            if (k > 0) {
                text.append('\n');
            }
            if (!blankOut[k]) {
                text.append(physical[k]);
            }
        }
        return new Result(text.toString(), new PageMetadata(found, paper, issue, date, editors));
    }

    private static Strength strength(String c, String line) {
        if (c.isEmpty() || c.length() > 80) {
            return Strength.NONE;
        }
        // Cheap gates first: the patterns only run on lines that hold what they need (this runs on every line).
        boolean colon = c.indexOf('：') > 0 || c.indexOf(':') > 0;
        if (colon && EDITORS.matcher(c).matches() || mayBeStrong(c) && STRONG.matcher(c).find()
                || c.length() <= 24 && (c.indexOf('年') > 0 || c.indexOf('.') > 0 || c.indexOf('-') > 0)
                && FULL_DATE.matcher(c).matches()) {
            return Strength.STRONG;
        }
        char first = c.charAt(0);
        String stripped = line.strip();
        if (first < 0x80 && Character.isLetter(first) && LATIN_NAME.matcher(stripped).matches()
                && stripped.chars().filter(Character::isLetter).count() >= 6
                && stripped.chars().filter(Character::isUpperCase).count() >= 2) {
            return Strength.STRONG;
        }
        if (c.length() <= 16 && (DATE_PIECE.matcher(c).matches() || c.charAt(c.length() - 1) == '报'
                && PAPER_NAME.matcher(c).matches() || c.length() <= 8 && PAGE_LABEL.matcher(c).matches())
                || c.length() <= 60 && CONTACT_START.indexOf(first) >= 0 && CONTACT.matcher(c).find()) {
            return Strength.WEAK;
        }
        return Strength.NONE;
    }

    /** Words some furniture pattern needs (as two-character keys, sorted); a line with none is rarely furniture. */
    private static final int[] TRIGGER_WORDS;
    private static final boolean[] TRIGGER_FIRST = new boolean[0x10000];
    /** Second characters of the trigger words: a cheap test before the search (本, 发, 年 … start many words). */
    private static final boolean[] TRIGGER_SECOND = new boolean[0x10000];

    static {
        String[] words = {"编辑", "校对", "设计", "审读", "审校", "签发", "监制", "组版", "版式", "出版", "刊号", "代号", "物号",
            "总第", "今日", "本期", "主管", "主办", "社址", "地址", "邮编", "电话", "传真", "热线", "广告", "发行", "印刷", "零售",
            "定价", "每份", "订阅", "星期", "农历", "关报", "报社", "年月", "主编", "值班"};
        TRIGGER_WORDS = java.util.Arrays.stream(words).mapToInt(w -> w.charAt(0) << 16 | w.charAt(1)).sorted().toArray();
        for (String w : words) {
            TRIGGER_FIRST[w.charAt(0)] = true;
            TRIGGER_SECOND[w.charAt(1)] = true;
        }
    }

    /**
     * Whether the page has furniture: a strong line anywhere, or a weak one among the first or last lines (weak lines
     * elsewhere only count next to strong ones). A cheap scan; {@link #strength} decides.
     */
    private static boolean anyCandidate(String text) {
        int n = text.length();
        int lines = 1;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            lines++;
        }
        int start = 0;
        int index = 0;
        while (start <= n) {
            boolean edge = index < 2 * EDGE_LINES || index >= lines - 2 * EDGE_LINES;
            index++;
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = n;
            }
            int chars = 0;
            int latin = 0;
            boolean trigger = false;
            char previous = 0;
            for (int i = start; i < end; i++) {
                char c = text.charAt(i);
                if (c != ' ' && c != '\t' && c != '\u3000') {
                    chars++;
                    latin += c < 0x80 && Character.isLetter(c) ? 1 : 0;
                    trigger = trigger || c == '：' || c == ':' || c == '@' || c == '年' && previous >= '0' && previous <= '9'
                            || TRIGGER_FIRST[previous] && TRIGGER_SECOND[c]
                            && java.util.Arrays.binarySearch(TRIGGER_WORDS, previous << 16 | c) >= 0;
                    previous = c;
                }
            }
            // Short lines (labels, numbers), lines with a furniture word, or mostly Latin ones (a paper's name).
            boolean candidate = chars > 0 && chars <= 80 && (trigger || edge && chars <= 8 || latin >= 6);
            if (candidate) {
                String line = text.substring(start, end);
                Strength strength = strength(WhitespaceCollapser.withoutSpaces(line), line);
                if (strength == Strength.STRONG || strength == Strength.WEAK && edge) {
                    return true;
                }
            }
            start = end + 1;
        }
        return false;
    }

    /** First characters of the contact and print line words. */
    private static final String CONTACT_START = "社地邮电传热新广发投印零定每订";

    /** Whether the line holds a piece any strong pattern needs. */
    private static boolean mayBeStrong(String c) {
        return c.contains("刊号") || c.contains("代号") || c.contains("物号") || c.contains("CN") || c.contains("ISSN")
                || c.contains("总第") || c.contains("今日") || c.contains("本期") || c.contains("版") && c.startsWith("共")
                || c.contains("机关报") || c.contains("报社") || c.startsWith("主管") || c.startsWith("主办")
                || c.contains("www") || c.contains("http") || c.contains("@");
    }

    private static boolean isDateLike(String c) {
        return FULL_DATE.matcher(c).matches() || DATE_PIECE.matcher(c).matches();
    }

    /** A weak line directly above or below a line of running text (no blank between) belongs to that text. */
    private static boolean nextToBody(String[] compact, int i) {
        boolean above = i > 0 && compact[i - 1].length() > 12;
        boolean below = i + 1 < compact.length && compact[i + 1].length() > 12;
        return above || below;
    }

    /** Whether the nearest non-blank line in direction {@code dir}, at most one blank line away, is furniture. */
    /** Two to eight Han characters and nothing else: a section name such as {@code 视点} or {@code 县域经济}. */
    static boolean isSectionName(String compact) {
        int n = compact.length();
        if (n < 2 || n > 8) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            if (!CharClass.isHan(compact.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean near(boolean[] furniture, String[] compact, int i, int dir) {
        int blanks = 0;
        for (int j = i + dir; j >= 0 && j < compact.length; j += dir) {
            if (compact[j].isEmpty()) {
                if (++blanks > 1) {
                    return false;
                }
                continue;
            }
            return furniture[j];
        }
        return false;
    }

    private static int nextNonBlank(String[] compact, int i) {
        for (int j = i + 1; j < compact.length; j++) {
            if (!compact[j].isEmpty()) {
                return j;
            }
        }
        return -1;
    }
}
