package news.text;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;

/**
 * Whether a short headline line printed right under a long one is a subtitle of its own or the long line's wrapped
 * rest. A long headline set in one size wraps wherever its measure ends ({@code 当好建设现代化濮阳的宣传者推动者} /
 * {@code 实践者}, {@code 印度拟再添125艘舰艇欲成世界第三大} / {@code 军事强国}), most often between two words, so that no
 * word across the break tells it ({@link HeadlineWrap} catches the rest). A title with a short subtitle under it is a
 * finished statement: it closes on the event it reports ({@code …评选结果出炉} / {@code 18个案例入选}, {@code …推进会召开}
 * / {@code 明年再改八十个}) or on a verb of saying, a kicker over its main line ({@code …时强调} / {@code 守正创新}). So the
 * short line is taken apart only under a first line closing that way. On the generated dev pages (seed 20261202) the
 * long-over-short pairs inside headlines were one headline wrapped 129 times, a title and a subtitle 4 times (3 of them
 * under a first line ending in an event verb, the fourth set with a dash); none of the wrapped first lines ends so.
 * Pure and thread-safe.
 */
final class HeadlineSubtitle {
    private HeadlineSubtitle() {
    }

    /** A short line is at most this many Han characters. */
    static final int SHORT_MAX = 8;
    /** A long line is at least this many Han characters, and twice the short one. */
    static final int LONG_MIN = 14;

    /**
     * Verbs a news title closes on when it reports an event as done (a meeting held, a result out, a project started):
     * the statement is complete, what is printed under it is another headline line.
     */
    private static final String[] EVENT_ENDS = {
        "召开", "举行", "举办", "出炉", "揭晓", "开幕", "闭幕", "落幕", "启幕", "启动", "揭牌", "发布", "成立", "开工",
        "竣工", "签约", "通过", "获批", "开通", "上线", "启用", "完成", "结束", "亮相",
    };
    /** Verbs of saying a kicker closes on before the main line ({@code …会上强调}). */
    private static final String[] SAYING_ENDS = {
        "强调", "指出", "要求", "表示", "提出", "寄语", "致辞", "宣布", "说",
    };

    /** Whether {@code first} over {@code second} has the long-over-short shape this class decides on. */
    static boolean longOverShort(String first, String second) {
        int a = PageSplitter.countHan(first);
        int b = PageSplitter.countHan(second);
        return b >= 2 && b <= SHORT_MAX && a >= LONG_MIN && a >= 2 * b;
    }

    /**
     * Whether the first line is a finished title a short second line may stand under as a line of its own: it closes
     * on an event verb or a verb of saying. Spaces and closing quotes or marks at the end are ignored.
     */
    static boolean closesStatement(String first) {
        return endsWithOneOf(first, EVENT_ENDS) || endsWithOneOf(first, SAYING_ENDS);
    }

    /**
     * Whether a headline line reports an event as done ({@code …项目开工}, {@code …动员部署会议召开}): whatever headline
     * line is printed under it is a line of its own — in the seeds' pages a subtitle naming who came or spoke
     * ({@code 王志宏等出席开工仪式}, {@code 张庆一讲话}), not the rest of a wrapped title. A line with a quote still
     * open ({@code 变为“开工}) is inside a quotation, not at the end of a statement.
     */
    static boolean closesEvent(String line) {
        return endsWithOneOf(line, EVENT_ENDS) && !opensQuote(line);
    }

    /**
     * A headline's lines cut after each line that closes on an event ({@link #closesEvent}) unless the next line goes
     * on with a word broken off ({@code wraps}) or starts with a particle ({@code …连接后} / {@code 的秘密}). The lines
     * unchanged, in order; the list itself when nothing is cut.
     */
    static List<List<String>> cutAfterEvents(List<String> lines, BiPredicate<String, String> wraps) {
        if (lines.size() < 2) {
            return List.of(lines);
        }
        List<List<String>> out = null;
        int from = 0;
        for (int i = 0; i + 1 < lines.size(); i++) {
            String a = lines.get(i).replace(" ", "");
            String b = lines.get(i + 1).replace(" ", "");
            if (b.isEmpty() || PARTICLES.indexOf(b.charAt(0)) >= 0 || !closesEvent(a) || wraps.test(a, b)) {
                continue;
            }
            if (out == null) {
                out = new ArrayList<>();
            }
            out.add(lines.subList(from, i + 1));
            from = i + 1;
        }
        if (out == null) {
            return List.of(lines);
        }
        out.add(lines.subList(from, lines.size()));
        return out;
    }

    /** Characters no headline line starts with: they attach to the word before them. */
    private static final String PARTICLES = "的了着过们地得";

    private static boolean opensQuote(String line) {
        int open = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '“' || c == '《' || c == '「' || c == '『') {
                open++;
            } else if ((c == '”' || c == '》' || c == '」' || c == '』') && open > 0) {
                open--;
            }
        }
        return open > 0;
    }

    private static boolean endsWithOneOf(String line, String[] ends) {
        String s = line.strip();
        int end = s.length();
        while (end > 0 && "”’」』》）) ".indexOf(s.charAt(end - 1)) >= 0) {
            end--;
        }
        s = s.substring(0, end);
        for (String e : ends) {
            if (s.endsWith(e)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code second}, short under a long {@code first}, may be a subtitle (else it is the first's wrapped rest). */
    static boolean maySplit(String first, String second) {
        return longOverShort(first, second) && closesStatement(first);
    }
}
