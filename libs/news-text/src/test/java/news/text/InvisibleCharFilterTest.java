package news.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class InvisibleCharFilterTest {

    private final InvisibleCharFilter filter = new InvisibleCharFilter();

    @Test
    void nullIsEmpty() {
        assertThat(filter.filter(null)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "本报讯（记者 王金伟）", "Hello World", "问 题\n\n整 改", "１２＋Ｎ", "\u3000全角空格",
            "a\u00A0b", "“基础不牢，地动山摇。”", "\u2029", "\uE000私用区", "𠀀𪚥"})
    void cleanTextIsUnchanged(String text) {
        assertThat(filter.filter(text)).isEqualTo(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u200B", "\u200C", "\u200D", "\uFEFF", "\u2060", "\u00AD", "\u200E", "\u200F", "\u202A",
            "\u202E", "\u2066", "\u2069", "\u061C", "\uFFF9", "\uFFFD", "\uFFFC", "\uFFFE", "\uFFFF", "\uFDD0"})
    void removesInvisibleAndReplacementCharacters(String c) {
        assertThat(filter.filter("问" + c + "题")).isEqualTo("问题");
    }

    @ParameterizedTest
    @ValueSource(ints = {0x00, 0x01, 0x07, 0x08, 0x0E, 0x1B, 0x1F, 0x7F, 0x80, 0x9F})
    void removesControlCharacters(int c) {
        assertThat(filter.filter("整" + (char) c + "改")).isEqualTo("整改");
    }

    @Test
    void removesTagCharactersOutsideTheBmp() {
        assertThat(filter.filter("a" + new String(Character.toChars(0xE0041)) + "b")).isEqualTo("ab");
    }

    static Stream<Arguments> lineBreaks() {
        return Stream.of(
                Arguments.of("a\r\nb", "a\nb"),
                Arguments.of("a\rb", "a\nb"),
                Arguments.of("a\r\rb", "a\n\nb"),
                Arguments.of("a\r\n\r\nb", "a\n\nb"),
                Arguments.of("a\n\rb", "a\n\nb"),
                Arguments.of("a\u0085b", "a\nb"),
                Arguments.of("a\u2028b", "a\nb"),
                Arguments.of("a\u000Bb", "a\nb"),
                Arguments.of("a\u000Cb", "a\nb"),
                Arguments.of("a\u2029b", "a\u2029b"),
                Arguments.of("a\r", "a\n"));
    }

    @ParameterizedTest
    @MethodSource("lineBreaks")
    void normalisesLineBreaks(String in, String out) {
        assertThat(filter.filter(in)).isEqualTo(out);
    }

    @Test
    void tabBecomesSpace() {
        assertThat(filter.filter("本报\t讯\t\t")).isEqualTo("本报 讯  ");
    }

    @Test
    void keepsSupplementaryCharacters() {
        assertThat(filter.filter("\u200B𠀀\uFEFF𪚥\uFFFD")).isEqualTo("𠀀𪚥");
    }

    @Test
    void dropsUnpairedSurrogates() {
        assertThat(filter.filter("a\uD800b")).isEqualTo("ab");
        assertThat(filter.filter("a\uDC00b")).isEqualTo("ab");
        assertThat(filter.filter("a\uD800")).isEqualTo("a");
        assertThat(filter.filter("\uDC00\uD800")).isEmpty();
        assertThat(filter.filter("\uD840\uDC00\uD800")).isEqualTo("\uD840\uDC00");
    }

    @Test
    void onlyInvisibleCharactersBecomeEmpty() {
        assertThat(filter.filter("\u200B\uFEFF\u0000\uFFFD")).isEmpty();
    }
}
