package news.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class WhitespaceCollapserTest {

    private final WhitespaceCollapser collapser = new WhitespaceCollapser();

    @Test
    void nullIsEmpty() {
        assertThat(collapser.collapse(null)).isEmpty();
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("", ""),
                Arguments.of("   ", ""),
                Arguments.of("\n\t \u3000\u00A0\u2029", ""),
                Arguments.of("a", "a"),
                Arguments.of("  a  ", "a"),
                Arguments.of("a  b", "a b"),
                Arguments.of("a\nb", "a b"),
                Arguments.of("a \n\n b", "a b"),
                Arguments.of("a\tb", "a b"),
                Arguments.of("a\u3000b", "a b"),
                Arguments.of("a\u00A0b", "a b"),
                Arguments.of("a\u2029b", "a b"),
                Arguments.of("a\u2028b", "a b"),
                Arguments.of("本报记者  王金伟\n通讯员", "本报记者 王金伟 通讯员"),
                Arguments.of("中文", "中文"));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void collapses(String in, String out) {
        assertThat(collapser.collapse(in)).isEqualTo(out);
    }
}
