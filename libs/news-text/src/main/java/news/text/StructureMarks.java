package news.text;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Page structure that is neither body nor noise: section labels ({@code ■ 改革兴豫·濮阳动态}), continuation marks
 * ({@code （上接第一版）}, {@code （下转第二版）}, {@code （下转2版）}) and interview turns ({@code 人民网记者：…},
 * {@code 史根治：…}).
 */
public final class StructureMarks {

    /** A continuation mark: {@code from} true for 上接 (continued from), false for 下转 (continued on). */
    public record Continuation(boolean from, String page, int start, int end) {}

    private static final Pattern CONTINUATION = Pattern.compile(
            "[（(]\\s*(上接|下转|接|转)\\s*(第?\\s*[一二三四五六七八九十\\d]{1,3}\\s*版)\\s*[）)]");
    private static final Pattern SECTION = Pattern.compile("^[■□◆]\\s*(\\S.{1,30})$");
    // Speaker: 2-8 Han (or 人民网记者-like), then a full-width colon, then the turn's text.
    private static final Pattern TURN = Pattern.compile("^(\\p{IsHan}{2,8})\\s*：\\s*(?=\\S)");
    private static final Pattern NOT_A_SPEAKER = Pattern.compile(
            "(?:是|说|表示|指出|强调|要求|介绍|认为|提出|如下|包括|分别|为|即|有|在|对|的)$");

    private final BylineExtractor bylines = new BylineExtractor();

    private static final Pattern BRACKETED = Pattern.compile("^[【〖［\\[]\\s*(\\S.{0,20}?)\\s*[】〗］\\]]$");
    private static final Pattern COLUMN_WORD = Pattern.compile(
            "^(?:简讯|快讯|短讯|图片新闻|新闻速览|一句话新闻|综合新闻|要闻简报|新闻简报|本地简讯|社会简讯|图说|图说新闻)$");

    /**
     * The label of a section-label line: {@code ■ 改革兴豫·濮阳动态} → {@code 改革兴豫·濮阳动态}, {@code 【聚焦两会】},
     * a column word such as {@code 简讯}. A signature ({@code □ 张三}) is not a label.
     */
    public Optional<String> sectionLabel(String line) {
        if (line == null || line.isBlank()) {
            return Optional.empty();
        }
        String t = line.strip();
        Matcher bracketed = BRACKETED.matcher(t);
        if (bracketed.matches()) {
            return Optional.of(bracketed.group(1));
        }
        if (COLUMN_WORD.matcher(t.replace(" ", "")).matches()) {
            return Optional.of(t.replace(" ", ""));
        }
        if ("■□◆".indexOf(t.charAt(0)) < 0 || bylines.signature(t) != null) {
            return Optional.empty();
        }
        Matcher m = SECTION.matcher(line.strip());
        if (!m.matches() || bylines.isBylineLine(line) || ParagraphRebuilder.endsSentence(m.group(1).replace(" ", ""))) {
            return Optional.empty();
        }
        return Optional.of(m.group(1).strip());
    }

    /** The first continuation mark in the text. */
    public Optional<Continuation> continuation(String text) {
        if (text == null || text.indexOf('版') < 0) {
            return Optional.empty();
        }
        Matcher m = CONTINUATION.matcher(text);
        if (!m.find()) {
            return Optional.empty();
        }
        boolean from = m.group(1).contains("接");
        return Optional.of(new Continuation(from, m.group(2).replaceAll("\\s+", ""), m.start(), m.end()));
    }

    /** The speaker when the paragraph is an interview turn ({@code 史根治：“万人助万企”…} → 史根治). */
    public Optional<String> speaker(String paragraph) {
        if (paragraph == null) {
            return Optional.empty();
        }
        int colon = paragraph.indexOf('：');
        if (colon < 0 || colon > 20) {
            return Optional.empty();
        }
        Matcher m = TURN.matcher(paragraph.strip());
        if (!m.find() || NOT_A_SPEAKER.matcher(m.group(1)).find()) {
            return Optional.empty();
        }
        String speaker = m.group(1);
        boolean interviewer = speaker.endsWith("记者") || speaker.equals("主持人") || speaker.equals("编者");
        return interviewer || PersonNames.isPlausibleName(speaker) ? Optional.of(speaker) : Optional.empty();
    }
}
