package news.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CharClassTest {

    private static int cp(String s) {
        return s.codePointAt(0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"中", "国", "〇", "々", "㐀", "𠀀", "𪚥", "龥", "丨"})
    void hanIdeographs(String c) {
        assertThat(CharClass.isHan(cp(c))).isTrue();
        assertThat(CharClass.isCjk(cp(c))).isTrue();
        assertThat(CharClass.isWide(cp(c))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"a", "Z", "5", "５", "，", "。", "“", "　", " ", "한", "あ", "ア", "é", "■"})
    void notHan(String c) {
        assertThat(CharClass.isHan(cp(c))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"あ", "ア", "ー", "ㄅ"})
    void kanaAndBopomofoAreCjk(String c) {
        assertThat(CharClass.isCjk(cp(c))).isTrue();
    }

    @Test
    void hangulIsNotCjkBecauseKoreanUsesSpaces() {
        assertThat(CharClass.isCjk(cp("한"))).isFalse();
        assertThat(CharClass.isWide(cp("한"))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"，", "。", "、", "：", "；", "！", "？", "“", "”", "‘", "’", "（", "）", "《", "》", "—", "…",
            "·", "【", "】", "「", "」", "〔", "｡", "､", "［", "～"})
    void cjkPunctuation(String c) {
        assertThat(CharClass.isCjkPunctuation(cp(c))).isTrue();
        assertThat(CharClass.isCjkOrCjkPunctuation(cp(c))).isTrue();
        assertThat(CharClass.isWide(cp(c))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {",", ".", "(", ")", "a", "1", "１", "Ａ", "中", "　", "-", "+", "\""})
    void notCjkPunctuation(String c) {
        assertThat(CharClass.isCjkPunctuation(cp(c))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"a", "1", " ", ".", "-", "é"})
    void narrow(String c) {
        assertThat(CharClass.isWide(cp(c))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"１", "９", "Ａ", "Ｚ", "ａ", "ｚ"})
    void fullwidthAlnum(String c) {
        assertThat(CharClass.isFullwidthAlnum(cp(c))).isTrue();
        assertThat(CharClass.isWide(cp(c))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"＋", "％", "，", "1", "a"})
    void notFullwidthAlnum(String c) {
        assertThat(CharClass.isFullwidthAlnum(cp(c))).isFalse();
    }

    @Test
    void asciiClasses() {
        assertThat(CharClass.isAsciiDigit('0')).isTrue();
        assertThat(CharClass.isAsciiDigit('a')).isFalse();
        assertThat(CharClass.isAsciiDigit(cp("１"))).isFalse();
        assertThat(CharClass.isAsciiLetter('q')).isTrue();
        assertThat(CharClass.isAsciiLetter('Q')).isTrue();
        assertThat(CharClass.isAsciiLetter(cp("é"))).isFalse();
        assertThat(CharClass.isAsciiAlnum('7')).isTrue();
        assertThat(CharClass.isAsciiAlnum('_')).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {" ", "\t", "\u3000", "\u00A0", "\u2002", "\u202F"})
    void horizontalSpaces(String c) {
        assertThat(CharClass.isHorizontalSpace(cp(c))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"\n", "\u2029", "\u2028", "\u200B", "a", "中"})
    void notHorizontalSpaces(String c) {
        assertThat(CharClass.isHorizontalSpace(cp(c))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"。", "！", "？", "…", "!", "?", "｡"})
    void sentenceFinal(String c) {
        assertThat(CharClass.isSentenceFinal(cp(c))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"，", "、", "；", "：", ".", "”", "）", "中"})
    void notSentenceFinal(String c) {
        assertThat(CharClass.isSentenceFinal(cp(c))).isFalse();
    }

    @Test
    void openingAndClosingMarksPairUp() {
        String open = "“‘（《〈「『【〔〖〘〚［｛([{";
        String close = "”’）》〉」』】〕〗〙〛］｝)]}";
        open.codePoints().forEach(c -> assertThat(CharClass.isOpeningMark(c)).as("%c", c).isTrue());
        close.codePoints().forEach(c -> assertThat(CharClass.isClosingMark(c)).as("%c", c).isTrue());
        open.codePoints().forEach(c -> assertThat(CharClass.isClosingMark(c)).as("%c", c).isFalse());
        close.codePoints().forEach(c -> assertThat(CharClass.isOpeningMark(c)).as("%c", c).isFalse());
    }

    @Test
    void closingParenthesis() {
        assertThat(CharClass.isClosingParenthesis(cp("）"))).isTrue();
        assertThat(CharClass.isClosingParenthesis(')')).isTrue();
        assertThat(CharClass.isClosingParenthesis(cp("》"))).isFalse();
    }

    @Test
    void continuationAndClauseMarks() {
        "，、,—–-".codePoints().forEach(c -> assertThat(CharClass.isContinuationMark(c)).as("%c", c).isTrue());
        "。；：".codePoints().forEach(c -> assertThat(CharClass.isContinuationMark(c)).as("%c", c).isFalse());
        "；：;:".codePoints().forEach(c -> assertThat(CharClass.isClauseFinal(c)).as("%c", c).isTrue());
        "，。".codePoints().forEach(c -> assertThat(CharClass.isClauseFinal(c)).as("%c", c).isFalse());
    }

    @Test
    void lineStartForbidden() {
        "，、。；：！？…”’）》」』】,.;:!?)]".codePoints()
                .forEach(c -> assertThat(CharClass.isLineStartForbidden(c)).as("%c", c).isTrue());
        "“‘（《中a1—■\"".codePoints()
                .forEach(c -> assertThat(CharClass.isLineStartForbidden(c)).as("%c", c).isFalse());
    }

    @Test
    void bulletsAndNumerals() {
        "■□●○▲◆★☆•".codePoints().forEach(c -> assertThat(CharClass.isBullet(c)).as("%c", c).isTrue());
        assertThat(CharClass.isBullet(cp("中"))).isFalse();
        "一二三四五六七八九十百零〇".codePoints()
                .forEach(c -> assertThat(CharClass.isChineseNumeral(c)).as("%c", c).isTrue());
        assertThat(CharClass.isChineseNumeral(cp("中"))).isFalse();
        assertThat(CharClass.isChineseNumeral('1')).isFalse();
    }

    /** The flag table and fast paths (no category lookup above U+3000, or in U+2070–U+FEFE): checked on every code point. */
    @Test
    void categoryFastPathsAgreeWithTheJdkOnEveryCodePoint() {
        for (int c = 0; c <= Character.MAX_CODE_POINT; c++) {
            int type = Character.getType(c);
            if (CharClass.isSpaceSeparator(c) != (type == Character.SPACE_SEPARATOR)
                    || CharClass.isFormat(c) != (type == Character.FORMAT)
                    || CharClass.isWhitespaceOrSpaceChar(c) != (Character.isWhitespace(c) || Character.isSpaceChar(c))) {
                throw new AssertionError(String.format("U+%04X: category %d", c, type));
            }
        }
        assertThat(CharClass.isSpaceSeparator(0x3000)).isTrue();
        assertThat(CharClass.isWhitespaceOrSpaceChar(0x00A0)).isTrue();
        assertThat(CharClass.isFormat(0x200B)).isTrue();
        assertThat(CharClass.isFormat(0xFEFF)).isTrue();
        assertThat(CharClass.isFormat(cp("中"))).isFalse();
    }
}
