package news.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A short line under a long headline line: a subtitle only under a finished statement, else the long line's rest. */
class HeadlineSubtitleTest {

    @Test
    void aLongLineWrappedBetweenTwoWordsKeepsItsRest() {
        assertThat(HeadlineSubtitle.maySplit("当好建设现代化濮阳的宣传者推动者", "实践者")).isFalse();
        assertThat(HeadlineSubtitle.maySplit("印度拟再添125艘舰艇欲成世界第三大", "军事强国")).isFalse();
        assertThat(HeadlineSubtitle.maySplit("目击者称白俄飞行员为避战机撞", "上居民楼丧生")).isFalse();
    }

    @Test
    void aTitleClosingOnItsEventOrOnAVerbOfSayingMayHaveAShortSubtitle() {
        assertThat(HeadlineSubtitle.maySplit("我市三季度改革创新实践案例评选结果出炉", "18个案例入选")).isTrue();
        assertThat(HeadlineSubtitle.maySplit("全市老旧小区改造工作现场推进会召开", "明年再改八十个")).isTrue();
        assertThat(HeadlineSubtitle.maySplit("市委书记在全市经济工作会议上强调", "守正创新")).isTrue();
        assertThat(HeadlineSubtitle.maySplit("“颍川风尚”许昌市美术精品展元旦启幕”", "展期一个月")).isTrue();
    }

    @Test
    void onlyTheLongOverShortShapeIsDecidedHere() {
        assertThat(HeadlineSubtitle.longOverShort("推进会召开", "明年再改")).isFalse(); // the first is not long
        assertThat(HeadlineSubtitle.longOverShort("全市老旧小区改造工作现场推进会召开", "明年将再改造八十个老旧小区")).isFalse();
        assertThat(HeadlineSubtitle.longOverShort("全市老旧小区改造工作现场推进会召开", "再")).isFalse();
        assertThat(HeadlineSubtitle.maySplit("全市老旧小区改造工作现场推进会召开", "明年将再改造八十个老旧小区")).isFalse();
    }

    @Test
    void closingMarksAndSpacesAfterTheVerbDoNotHideIt() {
        assertThat(HeadlineSubtitle.closesStatement("“能力作风建设年”动员会召开” ")).isTrue();
        assertThat(HeadlineSubtitle.closesStatement("文化惠民工程在全市启动）")).isTrue();
        assertThat(HeadlineSubtitle.closesStatement("文化惠民工程在全市")).isFalse();
        assertThat(HeadlineSubtitle.closesStatement("")).isFalse();
    }
}
