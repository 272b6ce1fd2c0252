package news.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class WidthNormalizerTest {

    private final WidthNormalizer normalizer = new WidthNormalizer();

    @Test
    void nullIsEmpty() {
        assertThat(normalizer.normalize(null)).isEmpty();
    }

    static Stream<Arguments> mappings() {
        return Stream.of(
                Arguments.of("１２", "12"),
                Arguments.of("０１２３４５６７８９", "0123456789"),
                Arguments.of("ＡＢＣＸＹＺａｂｃｘｙｚ", "ABCXYZabcxyz"),
                Arguments.of("２０２１年１２月", "2021年12月"),
                Arguments.of("５Ｇ网络", "5G网络"),
                Arguments.of("ＡＰＰ", "APP"),
                Arguments.of("1＋N", "1+N"),
                Arguments.of("１＋Ｎ", "1+N"),
                Arguments.of("“1＋10＋N”", "“1+10+N”"),
                Arguments.of("产业链长＋商会会长＋指挥长", "产业链长+商会会长+指挥长"),
                Arguments.of("a＝b", "a=b"),
                Arguments.of("1＜2＞0", "1<2>0"),
                Arguments.of("85％", "85%"),
                Arguments.of("＃话题＃", "#话题#"),
                Arguments.of("＄5", "$5"),
                Arguments.of("Ｂ＆Ｑ", "B&Q"),
                Arguments.of("ｘ＠ｙ", "x@y"),
                Arguments.of("1－11月", "1-11月"),
                Arguments.of("km／h", "km/h"),
                Arguments.of("和／或", "和／或"),
                Arguments.of("1～2部", "1~2部"),
                Arguments.of("春～夏", "春～夏"),
                Arguments.of("3＊4", "3*4"),
                Arguments.of("＊注", "＊注"),
                Arguments.of("——－——", "——－——"),
                Arguments.of("3．5亿元", "3.5亿元"),
                Arguments.of("３．５", "3.5"),
                Arguments.of("第3．", "第3．"),
                Arguments.of("10：30", "10:30"),
                Arguments.of("１０：３０", "10:30"),
                Arguments.of("记者：王金伟", "记者：王金伟"),
                Arguments.of("比分3：", "比分3："),
                Arguments.of("｡｢引｣､", "。「引」、"),
                Arguments.of("全角\u3000空格", "全角 空格"),
                Arguments.of("a\u00A0b", "a b"),
                Arguments.of("a\u2002b\u2003c\u2009d\u202Fe\u205Ff", "a b c d e f"),
                Arguments.of("\u3000\u3000本报讯", "  本报讯"),
                Arguments.of("3 ． 5", "3 . 5"),
                Arguments.of("１０：\n３０", "10:\n30"),
                Arguments.of("＊ G", "* G"),
                Arguments.of("和 ／ 或", "和 ／ 或"));
    }

    @ParameterizedTest
    @MethodSource("mappings")
    void maps(String in, String out) {
        assertThat(normalizer.normalize(in)).isEqualTo(out);
    }

    @ParameterizedTest
    @ValueSource(strings = {"，。：；！？“”‘’（）《》、——…·", "本报讯（记者王金伟）", "“基础不牢，地动山摇。”",
            "［方括号］｛花括号｝", "￥100", "￡", "＂", "＇", "Hello World", "", "㎡", "①②", "ｶﾀｶﾅ", "\n\u2029\t"})
    void leavesChinesePunctuationAndOtherTextAlone(String text) {
        assertThat(normalizer.normalize(text)).isEqualTo(text);
    }

    @Test
    void doesNotApplyNfkc() {
        // NFKC would turn （ into ( and ， into ,
        assertThat(normalizer.normalize("（１）")).isEqualTo("（1）");
        assertThat(normalizer.normalize("１，２")).isEqualTo("1，2");
        assertThat(normalizer.normalize("㎡")).isEqualTo("㎡");
    }

    @Test
    void keepsSupplementaryCharacters() {
        assertThat(normalizer.normalize("𠀀１𪚥")).isEqualTo("𠀀1𪚥");
    }
}
