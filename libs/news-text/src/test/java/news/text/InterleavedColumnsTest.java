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

    static final String LIBRARY = "城东新建的图书馆上个月正式开放，馆里有三层阅览室和一个专门给孩子看书的绘本馆，周末来看书的"
            + "家长和孩子特别多。图书馆的工作人员介绍，开放一个月以来，每天接待读者两千多人次，借出的图书超过一万册，"
            + "最受欢迎的是历史、科普和儿童读物。不少退休老人每天一早就来排队，在阅览室里一坐就是一整天。图书馆还开设了"
            + "读书分享会、书法课和电脑培训班，报名的市民很踊跃，有的课程一开放报名就满了。馆长说，下一步还要延长开放"
            + "时间，晚上也让上班族有地方看书，并在各个社区设立图书流动点，让市民在家门口就能借到书、还上书。";

    static final String RIVER = "沿河公园改造完工以后，河边的步道从两公里延长到了六公里，步道两旁种上了柳树和桃树，每到傍晚，"
            + "散步、跑步和骑车的市民从上游一直排到下游。公园管理处的负责人说，改造时特意保留了老码头和几棵上百年的老槐树，"
            + "还在河滩上修了观鸟台，今年春天已经有二十多种水鸟在这里停留。附近小学的老师常常带着学生来上自然课，孩子们"
            + "拿着望远镜数水鸟，回到学校再把看到的画下来。住在河边的老人说，二十年前这条河又脏又臭，夏天连窗户都不敢开，"
            + "现在河水清了，鱼也多了，一早就有人在岸边钓鱼、下棋、唱戏，公园成了大家最喜欢去的地方。管理处还打算在下游"
            + "再修一座步行桥，把河两岸的步道连成一个圈，让市民绕着河走上一圈也不用走回头路。";

    @Test
    void eightColumnsOfARowReadAcrossComeApart() {
        // A broadsheet's eight loosely leaded columns, each line a block of its own, read across row by row: a column's
        // next line comes eight lines later.
        List<String> all = wrap(RESERVOIR + NIGHT_MARKET + LIBRARY + RIVER, 10);
        int per = all.size() / 8;
        List<List<String>> columns = new ArrayList<>();
        for (int c = 0; c < 8; c++) {
            columns.add(all.subList(c * per, (c + 1) * per));
        }
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < per; i++) {
            for (List<String> column : columns) {
                rows.add(column.get(i));
            }
        }
        String page = String.join("\n\n", rows) + "\n";

        String out = new InterleavedColumns().untangle(page);

        long whole = columns.stream().filter(column -> out.contains(String.join("\n", column))).count();
        assertThat(whole).isGreaterThanOrEqualTo(6);
        assertThat(out.indexOf(columns.get(0).getFirst())).isLessThan(out.indexOf(columns.get(7).getFirst()));
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
