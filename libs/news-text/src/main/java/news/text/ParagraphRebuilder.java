package news.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Rebuilds paragraphs from the hard-wrapped lines of text extracted from a printed page.
 *
 * <p>PDF extraction gives one line per printed line, and it also drops blank lines at random — between paragraphs,
 * but just as often in the middle of a sentence or of a word ({@code 为市领导提} / blank / {@code 供决策依据。}). A
 * blank line is therefore <em>not</em> a paragraph break by itself. Instead each line break (with the number of blank
 * lines it spans) is decided by the rules below, tried in order; the first that applies wins. "Width" is the printed
 * width in half-em columns (a Chinese character or full-width mark counts 2, Latin/digits 1, a space 1 unless it sits
 * between two wide characters — letter-spacing); "column" is the typical width of the neighbouring lines — of up to
 * {@value #COLUMN_WINDOW} non-blank lines on each side, the width most of them share (within
 * {@value #COLUMN_TOLERANCE}), taken from the wider half — which adapts to the several column widths of one page and
 * ignores both short paragraph ends and wide headlines.
 *
 * <ol>
 *   <li>Next line starts with a mark that Chinese typesetting never puts at a line start (，。、；：！？ or a closing
 *       quote/bracket) → <b>join</b>; so a closing mark left alone on a line ({@code ”} / {@code 。}) rejoins its
 *       sentence.</li>
 *   <li>No blank line between, and the line is a piece of a number on its own, or the next line is one and this line
 *       does not end a sentence (a piece of a number: one or two digits, or one
 *       {@code .} {@code :} {@code %}: {@code 5月} / {@code 1} / {@code 6日}, {@code 3} / {@code .} / {@code 5兆瓦}, as
 *       print PDFs may set each digit as a text run of its own) → <b>join</b>.</li>
 *   <li>Line ends a sentence — 。！？… (or an ASCII ! ? or a period not after a digit), possibly followed by closing
 *       quotes/brackets and by a parenthetical such as {@code （下转2版）} or {@code （刘海娜）} → <b>break</b>; except
 *       inside an open “quotation” when the line is full column width and no blank line follows, where the sentence
 *       end is just where the line happened to wrap → <b>join</b>.</li>
 *   <li>Next line starts with a bullet (■ ● ▲ ◆ ★ …) → <b>break</b>.</li>
 *   <li>Line ends with a comma, enumeration comma, dash or an opening quote/bracket → <b>join</b>, across blank lines
 *       too.</li>
 *   <li>Next line starts a new block: a double dash (subtitle or list item {@code ——访…}), an article opener
 *       ({@code 本报讯}, {@code 本报济宁12月3日讯}, {@code （上接第一版）}), or is a credit line (see 7) →
 *       <b>break</b>.</li>
 *   <li>Line ends with ； or ： → <b>break</b> when a blank line follows or the next line starts with a list
 *       enumerator ({@code 一、}, {@code （二）}, {@code 3、}, {@code 第四，}); otherwise <b>join</b>.</li>
 *   <li>Line is a credit line — no sentence punctuation, and ends with a space-separated group of 2–4 Han characters
 *       (or {@code 摄}) after a group of at least two: {@code 本报记者 段利梅}, {@code 市委常委、秘书长 惠康},
 *       {@code 本报记者 牛书培 摄}, or ending in {@code /摄} — or a column word alone on a paragraph's first line
 *       ({@code 简讯}) →
 *       <b>break</b>; so is a column word alone on a line under a paragraph's first line without punctuation (a
 *       headline over it); inside a sentence broken off it may be a neighbouring column's label read into the
 *       sentence, and stays.</li>
 *   <li>No blank line between the lines: <b>join</b>, unless the line is a headline — the first line of its
 *       paragraph, at least {@value #WIDE_RATIO_NO_BLANK}× the column (estimated from at least
 *       {@value #MIN_COLUMN_SAMPLE} neighbours), and without punctuation other than quotes and title marks →
 *       <b>break</b>.</li>
 *   <li>Blank line(s) between the lines: <b>break</b> if the next line is a headline across columns (at least
 *       {@value #WIDE_RATIO}× the column, no punctuation but quotes and title marks), or if the line looks like a heading or headline — at least
 *       {@value #WIDE_RATIO}× the column (a headline spanning columns), or at most {@value #SHORT_RATIO}× the column
 *       ({@code 甄选帮带主体}, {@code 清丰县}), or two parallel phrases of 3–10 Han characters of (nearly) equal length
 *       separated by a space or ， and at least two characters short of the column ({@code 强化顶层设计 选优配强队伍},
 *       {@code 坚持以上率下，确保高位推进}), or, in a bullet item ({@code ●建设内容 …}), at least {@value #NARROWER_MARGIN}
 *       columns narrower than the next line (a narrow fact box ending above a wider text column). Otherwise the blank line is an extraction artefact in mid-sentence →
 *       <b>join</b> ({@code 为市领导提} + {@code 供决策依据} → {@code 为市领导提供决策依据}).</li>
 * </ol>
 *
 * <p>A {@link InvisibleCharFilter#PARAGRAPH_SEPARATOR U+2029} (from HTML block elements) is always a break. Joined
 * lines get no separator, except a single space when both sides of the break are Latin letters ({@code Hello} /
 * {@code World}); digits join directly ({@code 2021} / {@code 年}). Lines are trimmed; spaces inside a line are kept
 * for {@link CjkSpaceRemover}, which runs after this step because the rules above read the original spacing.
 *
 * <p>Known limits of this first cut (all seen in {@code infra/samples}): a headline block of several lines without
 * blank lines between them is joined into one paragraph ({@code 以高质量党建引领全面转型高质量发展} +
 * {@code 驱动“三驾马车” 打造“四个强县”} + {@code 清丰县}); an enumerated heading followed directly by its text is
 * joined with it ({@code 一、完善市级层面解决重大问题机制} + {@code 当前，…}); the label/value lines of a fact box
 * ({@code ●项目地址} / {@code 鄢陵县产业集聚区}) are joined; a sentence that ends exactly at the end of a full line with
 * no blank line after it ends the paragraph even when the printed paragraph went on. Bylines, datelines and captions
 * are recognised only as far as the break rules need them.
 *
 * <p>Input is expected after {@link InvisibleCharFilter} ({@code '\n'} line breaks). Stateless and thread-safe;
 * linear in the input (each line looks at a fixed window of neighbours). A {@code null} input yields an empty list.
 */
public final class ParagraphRebuilder {

    /** Neighbouring lines on each side used to estimate the column width. */
    public static final int COLUMN_WINDOW = 6;
    /** Blank line after a line at least this many times the column wide: a headline → break. */
    public static final double WIDE_RATIO = 1.15;
    /** No blank line after a paragraph's first line this many times the column wide, without punctuation → break. */
    public static final double WIDE_RATIO_NO_BLANK = 1.25;
    /** Blank line after a line at most this many times the column wide: a heading or a paragraph's end → break. */
    public static final double SHORT_RATIO = 0.6;
    /** A parallel-phrase heading is at least this many columns (two Chinese characters) short of the column. */
    public static final int HEADING_MARGIN = 4;
    /** Blank line after a line of a bullet item this much narrower than the next: a fact box ends there → break. */
    public static final int NARROWER_MARGIN = 6;
    /** Inside a quotation, a line this close to the column width is "full": its sentence end is a wrap. */
    public static final int FULL_LINE_MARGIN = 2;

    /** Widths within this many columns of each other count as the same column (justification slack). */
    public static final int COLUMN_TOLERANCE = 2;
    /** Fewer neighbouring lines than this give no usable column estimate for the no-blank headline rule. */
    public static final int MIN_COLUMN_SAMPLE = 4;

    private static final int MAX_OPENER_PREFIX = 16;
    /** A column word standing over what follows ({@code 简讯} over the briefs). */
    private static final Pattern COLUMN_WORD = Pattern.compile(
            "^(?:简讯|快讯|短讯|图片新闻|新闻速览|一句话新闻|综合新闻|要闻简报|新闻简报|本地简讯|社会简讯|图说)$");
    /** Longest line that can head an article in {@link #headsArticle} (one printed headline line). */
    private static final int HEADLINE_MAX = 30;
    /** A byline or signature opening an article's text (a line without sentence punctuation). */
    private static final Pattern OPENER_START = Pattern.compile(
            "^(?:[■□◎●]?\\s*本报(?:记者|通讯员|评论员|特约)|记者\\s+\\p{IsHan}{2,4}(?:\\s|$)|[□◎■]\\s*\\p{IsHan}{2,4}$|本报讯|实习生\\s*\\p{IsHan}{2,4})");
    /** The first line of an opener wrapped before its 讯: {@code 本报新乡9月12日}, {@code 本报汝州6月21}. */
    private static final Pattern OPENER_PIECE = Pattern.compile("^本报\\p{IsHan}{0,4}(?:\\d{1,2}月(?:\\d{1,2}日?)?)?$");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u3000\\u00A0]+");

    public List<String> rebuild(CharSequence text) {
        List<String> paragraphs = new ArrayList<>();
        if (text == null) {
            return paragraphs;
        }
        eachBlock(text.toString(), block -> rebuildBlock(block, (paragraph, lines, from, to) -> paragraphs.add(paragraph)));
        return paragraphs;
    }

    /** Receives each rebuilt paragraph with the lines {@code from..to} (inclusive) of its block it was joined from. */
    private interface Sink {
        void add(String paragraph, List<Line> lines, int from, int to);
    }

    private static void eachBlock(String s, java.util.function.Consumer<String> block) {
        int start = 0;
        while (start <= s.length()) {
            int end = s.indexOf(InvisibleCharFilter.PARAGRAPH_SEPARATOR, start);
            if (end < 0) {
                end = s.length();
            }
            block.accept(s.substring(start, end));
            start = end + 1;
        }
    }

    /**
     * A rebuilt paragraph with the printed lines it was joined from (trimmed) and, per line, the number of blank
     * lines before it ({@code gaps[0]}: before the paragraph).
     */
    public record Rebuilt(String text, List<String> lines, int[] gaps) {
        public Rebuilt {
            lines = List.copyOf(lines);
            gaps = gaps.clone();
        }
    }

    /** Like {@link #rebuild}, keeping each paragraph's printed lines (the page splitter reads headline wrapping). */
    public List<Rebuilt> rebuildWithLines(CharSequence text) {
        List<Rebuilt> paragraphs = new ArrayList<>();
        if (text == null) {
            return paragraphs;
        }
        eachBlock(text.toString(), block -> rebuildBlock(block, (paragraph, lines, from, to) -> {
            List<String> texts = new ArrayList<>(to + 1 - from);
            int[] gaps = new int[to + 1 - from];
            for (int j = from; j <= to; j++) {
                texts.add(lines.get(j).text());
                gaps[j - from] = lines.get(j).gapBefore();
            }
            paragraphs.add(new Rebuilt(paragraph, texts, gaps));
        }));
        return paragraphs;
    }

    /** One printed line: trimmed text, the same without spaces, the blank lines before it, and its width. */
    private record Line(String text, String compact, int gapBefore, int width) {
    }

    /** The estimated column width around a line, and whether enough neighbours were there to estimate it. */
    private record Column(int width, boolean reliable) {
    }

    private void rebuildBlock(String block, Sink out) {
        List<Line> lines = splitLines(block);
        if (lines.isEmpty()) {
            return;
        }
        Columns columns = new Columns(lines);
        StringBuilder paragraph = new StringBuilder();
        int first = 0;
        int quoteDepth = 0;
        boolean openByline = false;
        for (int k = 0; k < lines.size(); k++) {
            Line a = lines.get(k);
            boolean firstLine = paragraph.isEmpty();
            appendJoined(paragraph, a.text());
            quoteDepth = quoteDepth(a.text(), quoteDepth);
            openByline = (openByline || a.compact().indexOf('（') >= 0) && BylineWraps.opensBylineParenthesis(paragraph);
            boolean bullet = CharClass.isBullet(lines.get(first).compact().codePointAt(0));
            Line b = k + 1 == lines.size() ? null : lines.get(k + 1);
            boolean breaks = b == null || (openByline && b.gapBefore() == 0 && !isArticleOpener(b.compact())
                    ? false // 本报讯（记者 田娟 / 刚 通讯员 贺涛倩 史辉 / 峰）据…: the byline goes on to its ）
                    : BylineWraps.isLoneEndCredit(a.text()) && k > 0 && endsSentence(lines.get(k - 1).compact())
                    || breaksAfter(a, b, columns, k, firstLine, quoteDepth > 0, bullet));
            if (breaks) {
                out.add(paragraph.toString(), lines, first, k);
                paragraph.setLength(0);
                quoteDepth = 0;
                openByline = false;
                first = k + 1;
            }
        }
    }

    private static List<Line> splitLines(String block) {
        List<Line> lines = new ArrayList<>();
        int gap = 0;
        int start = 0;
        int n = block.length();
        while (start <= n) {
            int end = block.indexOf('\n', start);
            if (end < 0) {
                end = n;
            }
            String t = trim(block, start, end);
            if (t.isEmpty()) {
                gap++;
            } else {
                lines.add(new Line(t, compact(t), lines.isEmpty() ? 0 : gap, width(t)));
                gap = 0;
            }
            start = end + 1;
        }
        return lines;
    }

    private static String trim(String s, int start, int end) {
        while (start < end && WhitespaceCollapser.isWhitespace(s.charAt(start))) {
            start++;
        }
        while (end > start && WhitespaceCollapser.isWhitespace(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(start, end);
    }

    private static String compact(String t) {
        int n = t.length();
        int i = 0;
        while (i < n && !CharClass.isHorizontalSpace(t.charAt(i))) {
            i++;
        }
        if (i == n) {
            return t; // no space to take out (the usual case)
        }
        StringBuilder b = new StringBuilder(n);
        b.append(t, 0, i);
        for (; i < n; i++) {
            char c = t.charAt(i);
            if (!CharClass.isHorizontalSpace(c)) {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** Printed width in half-em columns; see the class comment. */
    static int width(String t) {
        int width = 0;
        int pendingSpaces = 0;
        boolean previousWide = false;
        for (int i = 0; i < t.length(); ) {
            char c = t.charAt(i);
            if (c > '\u3000' && c <= '\u9FFF') {
                // CJK punctuation, kana and Han (nearly every character of a page): wide and never a space.
                if (pendingSpaces > 0 && !previousWide) {
                    width += pendingSpaces;
                }
                pendingSpaces = 0;
                width += 2;
                previousWide = true;
                i++;
                continue;
            }
            int cp = t.codePointAt(i);
            i += Character.charCount(cp);
            if (CharClass.isHorizontalSpace(cp)) {
                pendingSpaces++;
                continue;
            }
            boolean wide = CharClass.isWide(cp);
            if (pendingSpaces > 0 && !(previousWide && wide)) {
                width += pendingSpaces;
            }
            pendingSpaces = 0;
            width += wide ? 2 : 1;
            previousWide = wide;
        }
        return width;
    }

    /** Column estimates, computed for a line only when a rule needs one (most breaks are decided before). */
    private static final class Columns {
        final List<Line> lines;
        private final Column[] cache;
        private final int[] window = new int[2 * COLUMN_WINDOW];

        Columns(List<Line> lines) {
            this.lines = lines;
            this.cache = new Column[lines.size()];
        }

        Column at(int k) {
            Column c = cache[k];
            if (c == null) {
                int m = lines.size();
                int size = 0;
                for (int j = Math.max(0, k - COLUMN_WINDOW); j <= Math.min(m - 1, k + COLUMN_WINDOW); j++) {
                    if (j != k) {
                        window[size++] = lines.get(j).width();
                    }
                }
                int width = size == 0 ? lines.get(k).width() : densestWidth(window, size);
                c = new Column(width, size >= MIN_COLUMN_SAMPLE);
                cache[k] = c;
            }
            return c;
        }
    }

    /**
     * The width shared by most of the window: among the values in its upper half, the one with the most values of
     * the whole window within {@value #COLUMN_TOLERANCE} columns of it (ties go to the wider). Unlike a mean or a
     * quantile, this ignores both the short last lines of paragraphs and headlines wider than the column; looking
     * only at the upper half keeps a cluster of short lines (a fact box, a list of headings) from passing for the
     * column.
     */
    private static int densestWidth(int[] window, int size) {
        for (int i = 1; i < size; i++) { // insertion sort: a dozen values, sorted for every line
            int v = window[i];
            int j = i - 1;
            while (j >= 0 && window[j] > v) {
                window[j + 1] = window[j];
                j--;
            }
            window[j + 1] = v;
        }
        int best = window[size - 1];
        int bestSupport = -1;
        for (int i = size / 2; i < size; i++) {
            int support = 0;
            for (int j = 0; j < size; j++) {
                if (Math.abs(window[i] - window[j]) <= COLUMN_TOLERANCE) {
                    support++;
                }
            }
            if (support >= bestSupport) {
                best = window[i];
                bestSupport = support;
            }
        }
        return best;
    }

    static void appendJoined(StringBuilder paragraph, String line) {
        if (!paragraph.isEmpty()) {
            int last = paragraph.codePointBefore(paragraph.length());
            int first = line.codePointAt(0);
            if (CharClass.isAsciiLetter(last) && CharClass.isAsciiLetter(first)) {
                paragraph.append(' ');
            }
        }
        paragraph.append(line);
    }

    private static int quoteDepth(String line, int depth) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c > '』' || c < '“') {
                continue; // Han characters and ASCII: one test for nearly every character
            }
            switch (c) {
                case '“', '「', '『' -> depth++;
                case '”', '」', '』' -> depth = Math.max(0, depth - 1);
                default -> {
                }
            }
        }
        return depth;
    }

    /** Whether a paragraph ends between line {@code a} and the following line {@code b}. */
    private static boolean breaksAfter(Line a, Line b, Columns columns, int k, boolean firstLine, boolean insideQuote,
                                       boolean inBulletItem) {
        String ac = a.compact();
        String bc = b.compact();
        int aLast = ac.codePointBefore(ac.length());
        int bFirst = bc.codePointAt(0);
        boolean blank = b.gapBefore() > 0;

        if (CharClass.isLineStartForbidden(bFirst)) {
            return false;
        }
        if (firstLine && bc.length() <= 6 && COLUMN_WORD.matcher(bc).matches() && trailingHanRun(ac) >= 4
                && hasOnlyQuotePunctuation(ac)) {
            return true; // 简讯 over the briefs under a headline: never the end of that headline
        }
        if (JumpLines.endsWithJumpTo(ac)) {
            return true; // （下转第4版）: the text goes on on another page, what follows here is another's
        }
        if (!blank && (isNumberFragment(ac) || isNumberFragment(bc) && !endsSentence(ac))) {
            return false; // 5月 / 1 / 6日, 1 / 9 / 8 / 0年, 3 / . / 5兆瓦: one digit per text run
        }
        if (endsSentence(ac) || k > 0 && closesEarlierParenthesis(ac)
                && endsSentence(columns.lines.get(k - 1).compact() + ac)) {
            // …扩编。（董怡 吴凯 / 海）: a credit wrapped onto the next line still ends its sentence there
            return !(insideQuote && !blank && a.width() >= columns.at(k).width() - FULL_LINE_MARGIN)
                    || BylineWraps.isBareSignature(bc) && (k + 2 >= columns.lines.size()
                    || columns.lines.get(k + 2).gapBefore() > 0); // …召开。 / 黎涛勇 / blank: signed, whatever quote is open
        }
        if (CharClass.isBullet(bFirst)) {
            return true;
        }
        if (CharClass.isContinuationMark(aLast) || CharClass.isOpeningMark(aLast)) {
            return false;
        }
        if (startsWithDoubleDash(bc) || isArticleOpener(bc) || isCreditLine(b)) {
            return true;
        }
        if (blank && headsArticle(columns.lines, k + 1) || firstLine && headsArticle(columns.lines, k)) {
            return true; // a headline over an article's opening: apart from the text before it and from the opening
        }
        if (CharClass.isClauseFinal(aLast)) {
            return blank || startsWithEnumerator(bc);
        }
        if (isCreditLine(a) || firstLine && COLUMN_WORD.matcher(ac).matches() || isSignatureLine(ac)) {
            return true; // a byline, a column word or a signature (□ 张三) over the text: a line of its own
        }
        if (!blank) {
            if (!firstLine) {
                return false;
            }
            Column estimate = columns.at(k);
            return estimate.reliable() && a.width() >= WIDE_RATIO_NO_BLANK * estimate.width()
                    && hasOnlyQuotePunctuation(ac) && !isHeadlineTail(columns.lines, k + 1);
        }
        int column = columns.at(k).width();
        if (isWideDisplayLine(b, columns, k + 1)) {
            return true; // a headline across columns after a blank line: no column line of the text above
        }
        return a.width() >= WIDE_RATIO * column
                || a.width() <= SHORT_RATIO * column
                || a.width() <= column - HEADING_MARGIN && isParallelHeading(a)
                || inBulletItem && a.width() <= b.width() - NARROWER_MARGIN;
    }

    /**
     * Whether line {@code j}, after a blank line, is a headline over the opening of an article: a short line without
     * sentence punctuation ({@code 法国欢迎理科生}) directly followed by an article opener or a byline
     * ({@code 本报新乡9月12日} / {@code 讯（记者 …}, {@code 本报记者 X}, {@code 记者 X Y}, {@code □ X}, {@code ■本报记者}).
     * A text broken off in mid-sentence at the foot of a column does not go on there: the rest of it is printed
     * elsewhere, and joining would glue the other article's headline and opening into it.
     */
    private static boolean headsArticle(List<Line> lines, int j) {
        if (j + 1 >= lines.size()) {
            return false;
        }
        char opening = lines.get(j + 1).compact().charAt(0);
        if (opening != '本' && opening != '记' && opening != '实' && opening != '□' && opening != '■'
                && opening != '◎' && opening != '●' && opening != '（' && opening != '(') {
            return false; // the cheap gate: most lines start otherwise
        }
        Line head = lines.get(j);
        String hc = head.compact();
        if (hc.length() < 2 || hc.length() > HEADLINE_MAX || hasSentencePunctuation(hc) || isCreditLine(head)
                || isArticleOpener(hc) || CharClass.isLineStartForbidden(hc.codePointAt(0))) {
            return false;
        }
        Line next = lines.get(j + 1);
        String nc = next.compact();
        if (isArticleOpener(nc) || !hasSentencePunctuation(nc) && OPENER_START.matcher(next.text()).find()) {
            return true;
        }
        if (OPENER_PIECE.matcher(nc).matches() && j + 2 < lines.size()) {
            String after = lines.get(j + 2).compact();
            return after.startsWith("讯") || after.startsWith("日讯");
        }
        return false;
    }

    /**
     * A piece of a number the extraction put on a line of its own: one or two ASCII digits, or one decimal point,
     * colon or percent sign ({@code 5月} / {@code 1} / {@code 6日}, {@code 3} / {@code .} / {@code 5兆瓦}).
     */
    static boolean isNumberFragment(String compact) {
        int n = compact.length();
        if (n == 1) {
            char c = compact.charAt(0);
            return CharClass.isAsciiDigit(c) || c == '.' || c == ':' || c == '%';
        }
        return n == 2 && CharClass.isAsciiDigit(compact.charAt(0)) && CharClass.isAsciiDigit(compact.charAt(1));
    }

    /**
     * Whether the (space-free) line ends a sentence: skipping trailing closing marks and one trailing parenthetical,
     * the last character is sentence-final.
     */
    static boolean endsSentence(String compact) {
        int i = compact.length();
        boolean skippedParenthetical = false;
        while (i > 0) {
            int cp = compact.codePointBefore(i);
            if (CharClass.isClosingParenthesis(cp) && !skippedParenthetical) {
                int open = matchingOpenParenthesis(compact, i - Character.charCount(cp));
                if (open < 0) {
                    i -= Character.charCount(cp); // opened on an earlier line: an ordinary closing mark
                } else {
                    i = open;
                    skippedParenthetical = true;
                }
            } else if (CharClass.isClosingMark(cp)) {
                i -= Character.charCount(cp);
            } else {
                if (cp == '.') {
                    return i < 2 || !CharClass.isAsciiDigit(compact.codePointBefore(i - 1));
                }
                return CharClass.isSentenceFinal(cp);
            }
        }
        return false;
    }

    private static int matchingOpenParenthesis(String s, int closeIndex) {
        int depth = 1;
        for (int j = closeIndex - 1; j >= 0; j--) {
            char c = s.charAt(j);
            if (c == '）' || c == ')') {
                depth++;
            } else if (c == '（' || c == '(') {
                depth--;
                if (depth == 0) {
                    return j;
                }
            }
        }
        return -1;
    }

    private static boolean startsWithDoubleDash(String compact) {
        return compact.length() >= 2 && isDash(compact.charAt(0)) && isDash(compact.charAt(1));
    }

    private static boolean isDash(char c) {
        return c == '—' || c == '―' || c == '─';
    }

    /**
     * {@code 本报讯}, {@code 本报济宁讯}, {@code 本报济宁12月3日讯}, {@code （上接第一版）}: the text between 本报 and 讯 is
     * a place of at most four characters or ends with a date (日), and holds no punctuation or 的.
     */
    static boolean isArticleOpener(String compact) {
        if (compact.startsWith("（上接") || compact.startsWith("(上接")) {
            return true;
        }
        if (!compact.startsWith("本报")) {
            return false;
        }
        int limit = Math.min(compact.length(), MAX_OPENER_PREFIX);
        for (int i = 2; i < limit; i++) {
            char c = compact.charAt(i);
            if (c == '讯') {
                return i == 2 || i - 2 <= 4 || compact.charAt(i - 1) == '日';
            }
            if (c == '的' || !Character.isLetterOrDigit(c)) {
                return false;
            }
        }
        return false;
    }

    /** {@code 一、} {@code 十二、} {@code （三）} {@code (4)} {@code 5、} {@code 6.} {@code 第七，} {@code 一是}. */
    static boolean startsWithEnumerator(String compact) {
        int n = compact.length();
        int i = 0;
        boolean parenthesised = n > 0 && (compact.charAt(0) == '（' || compact.charAt(0) == '(');
        boolean ordinal = compact.startsWith("第");
        if (parenthesised || ordinal) {
            i = 1;
        }
        int digitsStart = i;
        while (i < n && i - digitsStart < 3
                && (CharClass.isChineseNumeral(compact.charAt(i)) || CharClass.isAsciiDigit(compact.charAt(i)))) {
            i++;
        }
        if (i == digitsStart || i >= n) {
            return false;
        }
        char after = compact.charAt(i);
        if (parenthesised) {
            return after == '）' || after == ')';
        }
        boolean chineseNumeral = CharClass.isChineseNumeral(compact.charAt(digitsStart));
        if (after == '、' || after == '．' || after == '是' && (ordinal || chineseNumeral)) {
            return true;
        }
        if (ordinal) {
            return after == '，' || after == ',';
        }
        return after == '.' && (i + 1 >= n || !CharClass.isAsciiDigit(compact.charAt(i + 1)));
    }

    /**
     * A byline or photo credit: no sentence punctuation, at least two space-separated groups, the last being 2–4 Han
     * characters (a name) or {@code 摄}, and the one before it ending in at least two Han characters (a title).
     */
    private static boolean isCreditLine(Line line) {
        String c = line.compact();
        if (c.endsWith("/摄") || c.endsWith("／摄")) {
            return true; // 李玉中/摄, closing a caption
        }
        if (line.text().length() == c.length() || hasSentencePunctuation(c) || hasUnclosedParenthesis(c)) {
            return false; // no space in it (most lines), a sentence, or 日讯（记者 高宇凯 / 通讯员 钟晨婷）…: goes on
        }
        // The last two space-separated groups, scanned from the end (what SPACES.split would give, without the regex:
        // this runs for every spaced line of every page).
        String t = line.text();
        int nameEnd = t.length();
        while (nameEnd > 0 && isSpaceSeparator(t.charAt(nameEnd - 1))) {
            nameEnd--;
        }
        int nameStart = nameEnd;
        while (nameStart > 0 && !isSpaceSeparator(t.charAt(nameStart - 1))) {
            nameStart--;
        }
        int titleEnd = nameStart;
        while (titleEnd > 0 && isSpaceSeparator(t.charAt(titleEnd - 1))) {
            titleEnd--;
        }
        if (nameStart == 0 || nameStart == nameEnd) {
            return false; // one group only
        }
        int titleStart = titleEnd;
        while (titleStart > 0 && !isSpaceSeparator(t.charAt(titleStart - 1))) {
            titleStart--;
        }
        String name = t.substring(nameStart, nameEnd);
        String title = t.substring(titleStart, titleEnd);
        boolean nameLike = name.equals("摄")
                || name.codePointCount(0, name.length()) >= 2 && name.codePointCount(0, name.length()) <= 4
                && name.codePoints().allMatch(CharClass::isHan);
        return nameLike && trailingHanRun(title) >= 2;
    }

    /** A character of {@link #SPACES}: {@code \s} (ASCII whitespace), the ideographic space or a no-break space. */
    private static boolean isSpaceSeparator(char c) {
        return c == ' ' || c >= '\t' && c <= '\r' || c == '\u3000' || c == '\u00A0';
    }

    /** Whether the line ends with a ） or ) it did not open (a parenthesis wrapped from the line before). */
    private static boolean closesEarlierParenthesis(String compact) {
        int n = compact.length();
        if (n == 0 || n > 8 || compact.charAt(n - 1) != '）' && compact.charAt(n - 1) != ')') {
            return false;
        }
        int depth = 0;
        for (int i = 0; i < n; i++) {
            char ch = compact.charAt(i);
            if (ch == '（' || ch == '(') {
                depth++;
            } else if (ch == '）' || ch == ')') {
                if (depth == 0) {
                    return true;
                }
                depth--;
            }
        }
        return false;
    }

    /**
     * Line {@code j} is the last one to three characters of a headline wrapped onto a line of their own
     * ({@code 6名海盗在印度洋海域攻击美国军舰被} / {@code 擒}): Han characters or digits only, and a blank line (or the
     * end) after it.
     */
    private static boolean isHeadlineTail(List<Line> lines, int j) {
        String c = lines.get(j).compact();
        if (c.isEmpty() || c.length() > 3 || j + 1 < lines.size() && lines.get(j + 1).gapBefore() == 0) {
            return false;
        }
        for (int i = 0; i < c.length(); i++) {
            if (!CharClass.isHan(c.charAt(i)) && !CharClass.isAsciiDigit(c.charAt(i)) && c.charAt(i) != '%') {
                return false;
            }
        }
        return true;
    }

    /** Whether a （ or ( of the line is not closed on it. */
    private static boolean hasUnclosedParenthesis(String compact) {
        int depth = 0;
        for (int i = 0; i < compact.length(); i++) {
            char ch = compact.charAt(i);
            if (ch == '（' || ch == '(') {
                depth++;
            } else if ((ch == '）' || ch == ')') && depth > 0) {
                depth--;
            }
        }
        return depth > 0;
    }

    /** A signature line: {@code □ 张三}, {@code ◎李四} (a mark and a name of 2-4 Han characters, nothing else). */
    private static boolean isSignatureLine(String compact) {
        int n = compact.length();
        if (n < 3 || n > 5 || compact.charAt(0) != '□' && compact.charAt(0) != '◎') {
            return false;
        }
        for (int i = 1; i < n; i++) {
            if (!CharClass.isHan(compact.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static int trailingHanRun(String s) {
        int run = 0;
        for (int i = s.length(); i > 0; ) {
            int cp = s.codePointBefore(i);
            if (!CharClass.isHan(cp)) {
                break;
            }
            run++;
            i -= Character.charCount(cp);
        }
        return run;
    }

    private static boolean hasSentencePunctuation(String compact) {
        for (int i = 0; i < compact.length(); i++) {
            switch (compact.charAt(i)) {
                case '，', '。', '！', '？', '；', '：', ',', '!', '?', ';', ':' -> {
                    return true;
                }
                default -> {
                }
            }
        }
        return false;
    }

    /**
     * A line clearly wider than its column with no punctuation but quotes and title marks: a headline set across
     * several columns ({@code 学习贯彻十九届六中全会精神以优异成绩迎} under a column of ten characters a line).
     */
    private static boolean isWideDisplayLine(Line b, Columns columns, int k) {
        if (trailingHanRun(b.compact()) < 2 || !hasOnlyQuotePunctuation(b.compact())) {
            return false; // the cheap tests first: most lines have punctuation
        }
        Column column = columns.at(k);
        return column.reliable() && b.width() >= WIDE_RATIO * column.width();
    }

    /** Whether the only punctuation in the line is quotes and title marks (as in a headline). */
    private static boolean hasOnlyQuotePunctuation(String compact) {
        for (int i = 0; i < compact.length(); ) {
            int cp = compact.codePointAt(i);
            i += Character.charCount(cp);
            if (!Character.isLetterOrDigit(cp) && !isQuoteOrTitleMark(cp)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isQuoteOrTitleMark(int cp) {
        return cp == '“' || cp == '”' || cp == '‘' || cp == '’' || cp == '《' || cp == '》';
    }

    /**
     * Two parallel phrases: split at ， (or, if there is none, at whitespace) into exactly two parts that, ignoring
     * quotes and title marks, are 3–10 Han characters each and differ in length by at most one.
     */
    private static boolean isParallelHeading(Line line) {
        String[] parts = line.compact().indexOf('，') >= 0
                ? line.compact().split("，", -1)
                : SPACES.split(line.text());
        if (parts.length != 2) {
            return false;
        }
        int first = phraseLength(parts[0]);
        int second = phraseLength(parts[1]);
        return first >= 3 && first <= 10 && second >= 3 && second <= 10 && Math.abs(first - second) <= 1;
    }

    /** Number of Han characters in a phrase of only Han characters, quotes and title marks; -1 otherwise. */
    private static int phraseLength(String part) {
        int han = 0;
        for (int i = 0; i < part.length(); ) {
            int cp = part.codePointAt(i);
            i += Character.charCount(cp);
            if (CharClass.isHan(cp)) {
                han++;
            } else if (!isQuoteOrTitleMark(cp)) {
                return -1;
            }
        }
        return han;
    }
}
