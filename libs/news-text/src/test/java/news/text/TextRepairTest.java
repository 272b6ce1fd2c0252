package news.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class TextRepairTest {

    private final TextRepair repair = TextRepair.forHtml();

    // ---- null, empty, blank -----------------------------------------------------------------------------------

    @Test
    void nullIsEmpty() {
        assertThat(repair.paragraphs(null)).isEmpty();
        assertThat(repair.line(null)).isEmpty();
        assertThat(repair.compactLine(null)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "   ", "\n\n\n", "\t \u3000\u00A0", "\u200B\uFEFF", "<p></p><br>", "&nbsp;&nbsp;",
            "\u2029", "\uFFFD\u0000"})
    void blankInputGivesNothing(String raw) {
        assertThat(repair.paragraphs(raw)).isEmpty();
        assertThat(repair.line(raw)).isEmpty();
        assertThat(repair.compactLine(raw)).isEmpty();
    }

    @Test
    void paragraphsAreImmutable() {
        List<String> paragraphs = repair.paragraphs("第一段。\n第二段。");
        assertThatThrownBy(() -> paragraphs.add("x")).isInstanceOf(UnsupportedOperationException.class);
    }

    // ---- line -------------------------------------------------------------------------------------------------

    static Stream<Arguments> lines() {
        return Stream.of(
                Arguments.of("问 题 整 改", "问题整改"),
                Arguments.of("  本 报 讯（记 者 王 金 伟）  ", "本报讯（记者王金伟）"),
                Arguments.of("本报记者 王金伟 通讯员 马智科", "本报记者 王金伟 通讯员 马智科"),
                Arguments.of("本报记者  王金伟\u3000通讯员\t马智科", "本报记者 王金伟 通讯员 马智科"),
                Arguments.of("■本报记者 刘作义 本报通讯员 谭曰鹏\n吴计建 崔昊 周慧喆",
                        "■本报记者 刘作义 本报通讯员 谭曰鹏 吴计建 崔昊 周慧喆"),
                Arguments.of("市委常委、常务副市长 赵建玲", "市委常委、常务副市长 赵建玲"),
                Arguments.of("强化顶层设计 选优配强队伍", "强化顶层设计 选优配强队伍"),
                Arguments.of("驱动“三驾马车” 打造“四个强县”", "驱动“三驾马车”打造“四个强县”"),
                Arguments.of("许昌市公共卫生\n医疗中心项目开工", "许昌市公共卫生 医疗中心项目开工"),
                Arguments.of("我市 2021年三季度改革创新实践案例评选结果出炉", "我市2021年三季度改革创新实践案例评选结果出炉"),
                Arguments.of("“ 能 力 作 风 建 设 年 ” 活 动", "“能力作风建设年”活动"),
                Arguments.of("１２月３０日", "12月30日"),
                Arguments.of("“１＋Ｎ”方案", "“1+N”方案"),
                Arguments.of("<b>标题</b>&nbsp;副题", "标题 副题"),
                Arguments.of("<b>标</b>&nbsp;题", "标题"),
                Arguments.of("<h1>改进作风</h1><h2>狠抓落实</h2>", "改进作风 狠抓落实"),
                Arguments.of("问\u200B题\uFEFF整\uFFFD改\u0007", "问题整改"),
                Arguments.of("Hello   World", "Hello World"),
                Arguments.of("5G 网络", "5G网络"));
    }

    @ParameterizedTest
    @MethodSource("lines")
    void repairsOneLine(String raw, String expected) {
        assertThat(repair.line(raw)).isEqualTo(expected);
    }

    @Test
    void compactLineRemovesGroupSeparatorsToo() {
        assertThat(repair.compactLine("本报记者 王金伟 通讯员 马智科")).isEqualTo("本报记者王金伟通讯员马智科");
        assertThat(repair.compactLine("强化顶层设计 选优配强队伍")).isEqualTo("强化顶层设计选优配强队伍");
        assertThat(repair.compactLine("问 题 整 改\n见 实 效")).isEqualTo("问题整改见实效");
        assertThat(repair.compactLine("Hello  World")).isEqualTo("Hello World");
    }

    // ---- paragraphs -------------------------------------------------------------------------------------------

    @Test
    void repairsSpacesInsideParagraphs() {
        assertThat(repair.paragraphs("本 报 讯（记 者 王 金 伟）12 月 30\n日，市委常委、宣传部部长王自合来到学校。"))
                .containsExactly("本报讯（记者王金伟）12月30日，市委常委、宣传部部长王自合来到学校。");
    }

    @Test
    void bodyRuleRemovesGroupSeparators() {
        assertThat(repair.paragraphs("本报记者 王金伟 通讯员 马智科\n\n日前，我市下发通知。"))
                .containsExactly("本报记者王金伟通讯员马智科", "日前，我市下发通知。");
    }

    @Test
    void quotationsAndNumbers() {
        assertThat(repair.paragraphs("正 所 谓 ：“ 基 础 不 牢 ， 地 动 山\n摇。”为开展好联乡帮村工作，"
                + "我市围 绕 15 大 类 50 条 联 乡 帮 村 工 作 内\n容。"))
                .containsExactly("正所谓：“基础不牢，地动山摇。”为开展好联乡帮村工作，我市围绕15大类50条联乡帮村工作内容。");
    }

    @Test
    void decimalsPercentagesAndYears() {
        assertThat(repair.paragraphs("总投资 3.5 亿元，占比 95.82%，2021 年完成，问题整改率 78.6%。"))
                .containsExactly("总投资3.5亿元，占比95.82%，2021年完成，问题整改率78.6%。");
    }

    @Test
    void fullWidthLettersDigitsAndSymbols() {
        assertThat(repair.paragraphs("形成“１＋１０＋Ｎ”的框架，产业链长＋商会会长，５Ｇ 网络覆盖８５％。"))
                .containsExactly("形成“1+10+N”的框架，产业链长+商会会长，5G网络覆盖85%。");
    }

    @Test
    void chinesePunctuationStaysFullWidth() {
        assertThat(repair.paragraphs("（一）《办法》规定：“可以！”是吗？好，行；完了……"))
                .containsExactly("（一）《办法》规定：“可以！”是吗？好，行；完了……");
    }

    @Test
    void englishSentencesAreUntouched() {
        assertThat(repair.paragraphs("The quick brown fox jumps over the lazy dog. It was 3.5 times faster."))
                .containsExactly("The quick brown fox jumps over the lazy dog. It was 3.5 times faster.");
        assertThat(repair.paragraphs("The quick brown\nfox jumps over\nthe lazy dog."))
                .containsExactly("The quick brown fox jumps over the lazy dog.");
    }

    @Test
    void mixedLatinAndChinese() {
        assertThat(repair.paragraphs("依托“钉钉”\nAPP，做好考勤 打卡，使用 Hello World 程序。"))
                .containsExactly("依托“钉钉”APP，做好考勤打卡，使用Hello World程序。");
    }

    @Test
    void midSentenceBlankLineJoins() {
        String page = String.join("\n",
                "——周工作报告机制。坚持每",
                "周完成 《联乡帮村上周工作总结及",
                "本周工作安排》，分别向市委、市政",
                "府分管领导进行报送，为市领导提",
                "",
                "供决策依据。",
                "——考核评估机制。制定 《全",
                "",
                "市联乡帮村工作成效考核办法》，围",
                "绕巩固脱贫攻坚成果、安全生产、",
                "信访稳定、基层党建、乡村治理。");
        assertThat(repair.paragraphs(page)).containsExactly(
                "——周工作报告机制。坚持每周完成《联乡帮村上周工作总结及本周工作安排》，分别向市委、市政府分管领导进行报送，为市领导提供决策依据。",
                "——考核评估机制。制定《全市联乡帮村工作成效考核办法》，围绕巩固脱贫攻坚成果、安全生产、信访稳定、基层党建、乡村治理。");
    }

    @Test
    void htmlParagraphsAreHardBreaks() {
        assertThat(repair.paragraphs("<p>第一段没有句号</p><p>第&nbsp;二&amp;段。<br>续行</p>"))
                .containsExactly("第一段没有句号", "第二&段。", "续行");
    }

    @Test
    void controlAndInvisibleCharactersDisappear() {
        assertThat(repair.paragraphs("\uFEFF问\u200B题\u0000整\uFFFD改\r\n取得实效。\u0085下一段。"))
                .containsExactly("问题整改取得实效。", "下一段。");
    }

    @Test
    void tabsAndFormFeeds() {
        assertThat(repair.paragraphs("第一页最后一行，\f第二页第一行。\tEnd.")).containsExactly("第一页最后一行，第二页第一行。End.");
    }

    @Test
    void leadingSpaceOfThePageIsIgnored() {
        assertThat(repair.paragraphs(" 要推动乡村组织振兴，\n打造千千万万个坚强的农\n\n村基层党组织。"))
                .containsExactly("要推动乡村组织振兴，打造千千万万个坚强的农村基层党组织。");
    }

    // ---- thread safety ------------------------------------------------------------------------------------------

    @Test
    void oneInstanceServesManyThreads() throws Exception {
        List<String> inputs = new ArrayList<>();
        for (int i = 0; i < 64; i++) {
            inputs.add("本 报 讯（记 者 王 金 伟）" + i + " 月 28\n日，问 题 整 改\n\n取得实效。第" + i + "段。");
        }
        List<List<String>> expected = inputs.stream().map(TextRepair.forHtml()::paragraphs).toList();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<List<String>>> futures = new ArrayList<>();
            for (int round = 0; round < 20; round++) {
                for (String input : inputs) {
                    futures.add(pool.submit(() -> repair.paragraphs(input)));
                }
            }
            for (int i = 0; i < futures.size(); i++) {
                assertThat(futures.get(i).get()).isEqualTo(expected.get(i % inputs.size()));
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
