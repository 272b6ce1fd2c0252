package news.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class CjkSpaceRemoverTest {

    private final CjkSpaceRemover body = CjkSpaceRemover.removingAll();
    private final CjkSpaceRemover line = CjkSpaceRemover.keepingGroupSeparators();

    @Test
    void nullIsEmpty() {
        assertThat(body.remove(null)).isEmpty();
        assertThat(line.remove(null)).isEmpty();
    }

    @Test
    void factoriesReturnSharedInstances() {
        assertThat(CjkSpaceRemover.removingAll()).isSameAs(body);
        assertThat(CjkSpaceRemover.keepingGroupSeparators()).isSameAs(line);
    }

    /** Cases where both variants agree. */
    static Stream<Arguments> removals() {
        return Stream.of(
                Arguments.of("问 题 整 改", "问题整改"),
                Arguments.of("本 报 讯（记 者 王 金 伟）", "本报讯（记者王金伟）"),
                Arguments.of("10 月 28 日", "10月28日"),
                Arguments.of("“ 基 础 不 牢 ， 地 动 山 摇 。”", "“基础不牢，地动山摇。”"),
                Arguments.of("锚定 “两个确保 ”", "锚定“两个确保”"),
                Arguments.of("2021 年", "2021年"),
                Arguments.of("3.5 亿元", "3.5亿元"),
                Arguments.of("占比 95.82%，", "占比95.82%，"),
                Arguments.of("5G 网络", "5G网络"),
                Arguments.of("省 A 类", "省A类"),
                Arguments.of("“N 张清单”", "“N张清单”"),
                Arguments.of("互联网 + 不动产登记 ”", "互联网+不动产登记”"),
                Arguments.of("支撑。 ”10 月", "支撑。”10月"),
                Arguments.of("《新闻联播 》", "《新闻联播》"),
                Arguments.of("公 布 了 18", "公布了18"),
                Arguments.of("1 栋国产", "1栋国产"),
                Arguments.of("■ 改革兴豫", "■改革兴豫"),
                Arguments.of("市公安局 、台", "市公安局、台"),
                Arguments.of("清单》 ]，对", "清单》]，对"),
                Arguments.of("使用 Hello World 软件", "使用Hello World软件"),
                Arguments.of("中   文", "中文"),
                Arguments.of("中\t文", "中文"),
                Arguments.of("中\u3000文", "中文"),
                Arguments.of("あ い", "あい"),
                Arguments.of("𠀀 𪚥", "𠀀𪚥"),
                Arguments.of("丰 1", "丰1"));
    }

    @ParameterizedTest
    @MethodSource("removals")
    void bodyRemovesSpacesNextToCjk(String in, String out) {
        assertThat(body.remove(in)).isEqualTo(out);
    }

    @ParameterizedTest
    @MethodSource("removals")
    void lineRemovesThemToo(String in, String out) {
        assertThat(line.remove(in)).isEqualTo(out);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Hello World", "The quick brown fox jumps over the lazy dog.", "1 2 3", "A + B",
            "x  y", "3.5 %", "(a) (b)", "", " ", "   ", "한국 사람", "Don't stop", "- item", "a, b"})
    void keepsSpacesBetweenNonCjk(String text) {
        assertThat(body.remove(text)).isEqualTo(text);
        assertThat(line.remove(text)).isEqualTo(text);
    }

    @Test
    void leavesLeadingAndTrailingSpacesToTheCaller() {
        assertThat(body.remove("  中文  ")).isEqualTo("  中文  ");
        assertThat(body.remove(" 中 文 ")).isEqualTo(" 中文 ");
    }

    @Test
    void neverRemovesAcrossLineBreaks() {
        assertThat(body.remove("中 \n 文")).isEqualTo("中 \n 文");
        assertThat(body.remove("本 报\n讯 （记者")).isEqualTo("本报\n讯（记者");
        assertThat(body.remove("中 \u2029 文")).isEqualTo("中 \u2029 文");
    }

    @Test
    void bodyRemovesSeparatorsBetweenNameGroups() {
        assertThat(body.remove("本报记者 王金伟 通讯员 马智科")).isEqualTo("本报记者王金伟通讯员马智科");
        assertThat(body.remove("强化顶层设计 选优配强队伍")).isEqualTo("强化顶层设计选优配强队伍");
    }

    static Stream<Arguments> separatorsKeptByLine() {
        return Stream.of(
                Arguments.of("本报记者 王金伟 通讯员 马智科", "本报记者 王金伟 通讯员 马智科"),
                Arguments.of("市委常委、常务副市长 赵建玲", "市委常委、常务副市长 赵建玲"),
                Arguments.of("强化顶层设计 选优配强队伍", "强化顶层设计 选优配强队伍"),
                Arguments.of("本报记者  王金伟", "本报记者  王金伟"),
                Arguments.of("本报通讯员 周洁 吴丛", "本报通讯员 周洁 吴丛"),
                Arguments.of("本报记者 牛书培 摄", "本报记者 牛书培摄"),
                Arguments.of("李玉中 摄", "李玉中摄"),
                Arguments.of("王 金伟", "王金伟"),
                Arguments.of("王金 伟", "王金伟"),
                Arguments.of("记者 （王金伟）", "记者（王金伟）"),
                Arguments.of("驱动“三驾马车” 打造“四个强县”", "驱动“三驾马车”打造“四个强县”"),
                Arguments.of("本 报 讯（记 者 王 金 伟）12 月 30", "本报讯（记者王金伟）12月30"),
                Arguments.of("■本报记者 刘作义 本报通讯员 谭曰鹏", "■本报记者 刘作义 本报通讯员 谭曰鹏"),
                Arguments.of("我市 2021年三季度", "我市2021年三季度"));
    }

    @ParameterizedTest
    @MethodSource("separatorsKeptByLine")
    void lineKeepsSeparatorsBetweenHanGroups(String in, String out) {
        assertThat(line.remove(in)).isEqualTo(out);
    }

    @Test
    void minimumGroupLengthIsTwo() {
        assertThat(CjkSpaceRemover.MIN_GROUP_LENGTH).isEqualTo(2);
    }
}
