package news.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BylineWrapsTest {

    @Test
    void anOpenersParenthesisIsOpenUntilItsClosingMark() {
        assertThat(BylineWraps.opensBylineParenthesis("本报讯（记者 田明")).isTrue();
        assertThat(BylineWraps.opensBylineParenthesis("本报讯（记者 田明刚 通讯员 贺文 史东")).isTrue();
        assertThat(BylineWraps.opensBylineParenthesis("本报洛阳5月16日讯（方明")).isTrue(); // a bare name after 讯
        assertThat(BylineWraps.opensBylineParenthesis("（通讯员 宋平")).isTrue();
        assertThat(BylineWraps.opensBylineParenthesis("本报讯（记者 田明刚 通讯员 贺文）据介绍")).isFalse();
    }

    @Test
    void anyOtherOpenParenthesisIsText() {
        assertThat(BylineWraps.opensBylineParenthesis("据悉，该项目（一期")).isFalse();
        assertThat(BylineWraps.opensBylineParenthesis("全市共有（含县")).isFalse();
        assertThat(BylineWraps.opensBylineParenthesis("（记者从市教育局获悉，今年")).isFalse(); // a sentence
        assertThat(BylineWraps.opensBylineParenthesis("今年以来，全市共改造老旧小区一百二十个，惠及居民三万余户，群众满意度明显"
                + "提升，改造工作还将继续推进，明年计划再改造八十个小区（记者")).isFalse(); // far from the start
    }

    @Test
    void aLoneEndCreditIsNamesInParentheses() {
        assertThat(BylineWraps.isLoneEndCredit("（丁明）")).isTrue();
        assertThat(BylineWraps.isLoneEndCredit("（宋东伟 崔宇磊）")).isTrue();
        assertThat(BylineWraps.isLoneEndCredit("（通讯员 孙立 记者 周涛）")).isTrue();
        assertThat(BylineWraps.isLoneEndCredit("（二）")).isFalse();
        assertThat(BylineWraps.isLoneEndCredit("（下转第3版）")).isFalse();
        assertThat(BylineWraps.isLoneEndCredit("（试行工作细则）")).isFalse();
        assertThat(BylineWraps.isLoneEndCredit("（上接第一版）")).isFalse();
    }

    @Test
    void aBareSignatureIsOneNameOrSeveralRunTogether() {
        assertThat(BylineWraps.isBareSignature("黎涛勇")).isTrue();
        assertThat(BylineWraps.isBareSignature("林晨黎超")).isTrue();
        assertThat(BylineWraps.isBareSignature("营造良好")).isFalse();
        assertThat(BylineWraps.isBareSignature("他说")).isFalse();
    }

    @Test
    void anEndCreditKeepsTheNamesAsPrintedWhenTheyAreTheSameCharacters() {
        Byline repaired = new Byline(java.util.List.of("黎晓郭", "梅敏"), java.util.List.of());
        Byline printed = new Byline(java.util.List.of("黎晓", "郭梅敏"), java.util.List.of());
        assertThat(BylineWraps.asPrinted(repaired, printed)).isEqualTo(printed);
        assertThat(BylineWraps.asPrinted(repaired, Byline.NONE)).isEqualTo(repaired);
        Byline other = new Byline(java.util.List.of("黎晓"), java.util.List.of());
        assertThat(BylineWraps.asPrinted(repaired, other)).isEqualTo(repaired);
    }

    @Test
    void aBareNameSignsAtTheEndAndABoxedOneOnTop() {
        assertThat(BylineWraps.signsAtTheEnd("王强")).isTrue();
        assertThat(BylineWraps.signsAtTheEnd(" 林晨 黎超")).isTrue();
        assertThat(BylineWraps.signsAtTheEnd("□ 张三")).isFalse();
        assertThat(BylineWraps.signsAtTheEnd("◇张三")).isFalse();
    }

    @Test
    void aSignatureLosesTheJumpLineItRanIntoAndOtherLinesKeepTheirs() {
        assertThat(BylineWraps.signedPart("吴瑶海（下转第7版）")).isEqualTo("吴瑶海");
        assertThat(BylineWraps.signedPart("林晨 黎超 (下转5版)")).isEqualTo("林晨 黎超");
        assertThat(BylineWraps.signedPart("详见本报（下转第7版）")).isEqualTo("详见本报（下转第7版）");
        assertThat(BylineWraps.signedPart("（下转第7版）")).isEqualTo("（下转第7版）");
        assertThat(BylineWraps.signedPart("吴瑶海")).isEqualTo("吴瑶海");
        assertThat(BylineWraps.signedPart("孙凯新10（下转第 版）")).isEqualTo("孙凯新");
        assertThat(BylineWraps.jumpPage("孙凯新10（下转第 版）")).isEqualTo("第10版");
        assertThat(BylineWraps.jumpPage("吴瑶海（下转第7版）")).isEqualTo("第7版");
        assertThat(BylineWraps.jumpPage("详见本报（下转第7版）")).isNull();
    }
}
