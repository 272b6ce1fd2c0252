package news.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Made-up pages: columns whose lines pdftotext printed alternately, and blocks that must stay as they are. */
class InterleavedColumnsTest {
    /** A small word list instead of HanLP's dictionary: common words of the two made-up texts. */
    private static final Set<String> WORDS = Set.of("水库", "蓄水", "渠道", "田头", "村民", "水稻", "合作社", "负责人",
            "果园", "游客", "青山镇", "夜市", "摊位", "石板路", "市民", "摊主", "生意", "顾客", "老街", "开张", "春天",
            "今年", "灌溉", "农民", "收成", "专门", "以前", "重新", "热闹", "小吃", "镇里", "一定", "比以前");
    private final InterleavedColumns columns = new InterleavedColumns(WORDS::contains);

    static final String RESERVOIR = "青山镇今年新修的小水库春天开始蓄水，镇里把渠道一直修到各村的田头，村民们说今年的水稻"
            + "不用再等雨了。合作社的负责人说，有了水库，青山镇的果园今年能多收两成，水库边的游客也会更多。镇里还打算在"
            + "水库下游修一条灌溉渠道，让更多农民的田地用上水库的水，今年秋天的收成一定比往年好，村民们都盼着秋天早点来。";
    static final String NIGHT_MARKET = "老街夜市昨晚重新开张，一百多个摊位沿着石板路排开，前来逛夜市的市民络绎不绝。摊主们说，"
            + "夜市关了两年，如今重新开张，生意比以前还要好，很多老顾客专门赶来吃小吃。老街的夜市从傍晚一直热闹到深夜，"
            + "摊主们说夜市的生意让老街又热闹了起来，市民们也盼着夜市以后每天都开。";

    @Test
    void twoColumnsReadLineByLineComeApartIntoTheirStreams() {
        List<String> a = wrap(RESERVOIR, 10);
        List<String> b = wrap(NIGHT_MARKET, 10);
        String page = "本地新闻\n\n" + String.join("\n", interleave(a, b)) + "\n";

        String out = columns.untangle(page);

        assertThat(out).contains(String.join("\n", a)).contains(String.join("\n", b));
        assertThat(sortedLines(out)).isEqualTo(sortedLines(page));
    }

    @Test
    void aNormalColumnStaysAsItIs() {
        String page = String.join("\n", wrap(RESERVOIR, 10)) + "\n\n" + String.join("\n", wrap(NIGHT_MARKET, 12)) + "\n";

        assertThat(columns.untangle(page)).isEqualTo(page);
    }

    @Test
    void aColumnBesideTwoOthersOfItsRowComesApart() {
        // Loose leading: pdftotext reads a row of three columns across, each line a block of its own. (HanLP's
        // dictionary here: the words across the line breaks are what tells the columns apart.)
        List<String> all = wrap(RESERVOIR + NIGHT_MARKET, 10);
        List<String> lines = all.subList(0, all.size() / 3 * 3);
        int third = lines.size() / 3;
        List<String> c1 = lines.subList(0, third);
        List<String> c2 = lines.subList(third, 2 * third);
        List<String> c3 = lines.subList(2 * third, lines.size());
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < third; i++) {
            rows.add(c1.get(i));
            rows.add(c2.get(i));
            rows.add(c3.get(i));
        }
        String page = String.join("\n\n", rows) + "\n";

        String out = new InterleavedColumns().untangle(page);

        assertThat(out).contains(String.join("\n", c1)).contains(String.join("\n", c2)).contains(String.join("\n", c3));
        assertThat(out.indexOf(c1.getFirst())).isLessThan(out.indexOf(c2.getFirst()));
        assertThat(out.indexOf(c2.getFirst())).isLessThan(out.indexOf(c3.getFirst()));
        assertThat(sortedLines(out)).isEqualTo(sortedLines(page));
    }

    @Test
    void theStreamThatGoesOnFromTheTextAboveComesFirst() {
        // The reservoir text began above the block (its first line, alone); the night market opens in the block with its
        // dateline and its first line is printed first: the reservoir's stream still goes first.
        List<String> a = wrap(RESERVOIR, 10);
        List<String> b = new ArrayList<>(wrap(NIGHT_MARKET, 10));
        b.addFirst("本报讯（记者 张");
        b.add(1, "三 通讯员 李四）");
        String page = a.getFirst() + "\n\n" + String.join("\n", interleave(b, a.subList(1, a.size()))) + "\n";

        String out = columns.untangle(page);

        assertThat(out).contains(String.join("\n", a.subList(1, a.size())));
        assertThat(out.indexOf(a.get(1))).isLessThan(out.indexOf("本报讯"));
    }

    @Test
    void aDigitPrintedOnALineOfItsOwnStaysWithTheLineBeforeIt() {
        List<String> a = wrap(RESERVOIR, 10);
        List<String> b = wrap(NIGHT_MARKET, 10);
        List<String> printed = new ArrayList<>(interleave(a, b));
        printed.add(printed.indexOf(a.get(3)) + 1, "1");
        String page = String.join("\n", printed) + "\n";

        String out = columns.untangle(page);

        assertThat(out).contains(String.join("\n", a.subList(0, 4)) + "\n1\n" + String.join("\n", a.subList(4, 8)));
        assertThat(out).contains(String.join("\n", b));
    }

    @Test
    void aColumnOfBriefsWithCreditsWrappedOntoTheNextLineStaysAsItIs() {
        // The wrapped credits are short lines of another width; the parenthesis they close says where they belong.
        String page = """
                简讯
                青山镇新修的小水库今年春天开始蓄水，镇里把
                渠道一直修到各村的田头，村民们很高兴。（张
                三 李四）
                老街夜市昨晚重新开张，一百多个摊位沿着石板
                路排开，前来逛夜市的市民络绎不绝。（王
                五）
                镇里还打算在水库下游修一条灌溉渠道，让更多
                农民的田地用上水库的水，今年的收成会更好，
                合作社的负责人说果园也能多收两成。（赵
                六 钱七）
                老街的夜市从傍晚一直热闹到深夜，摊主们说生
                意比以前还要好，很多老顾客专门赶来。（孙
                八）
                青山镇的果园今年第一次不用等雨，水库边的游
                客也比往年多了不少，镇里正在修停车场。（周
                九 吴十）
                """;

        assertThat(columns.untangle(page)).isEqualTo(page);
    }

    @Test
    void aShortBlockIsLeftAlone() {
        List<String> a = wrap(RESERVOIR, 10).subList(0, 3);
        List<String> b = wrap(NIGHT_MARKET, 10).subList(0, 3);
        String page = String.join("\n", interleave(a, b)) + "\n";

        assertThat(columns.untangle(page)).isEqualTo(page);
    }

    @Test
    void emptyAndTinyTextsComeBackUnchanged() {
        assertThat(columns.untangle("")).isEmpty();
        assertThat(columns.untangle(null)).isNull();
        assertThat(columns.untangle("青山镇\n\n水库")).isEqualTo("青山镇\n\n水库");
    }

    /** Lines of {@code width} characters, the last one shorter (a justified column). */
    static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < text.length(); i += width) {
            lines.add(text.substring(i, Math.min(text.length(), i + width)));
        }
        return lines;
    }

    /** The lines of a and b alternately, the rest of the longer one after. */
    static List<String> interleave(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
            if (i < a.size()) {
                out.add(a.get(i));
            }
            if (i < b.size()) {
                out.add(b.get(i));
            }
        }
        return out;
    }

    static List<String> sortedLines(String text) {
        return Arrays.stream(text.split("\n")).filter(l -> !l.isBlank()).sorted().toList();
    }
}
