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

    @Test
    void aHeadlineLineClosingOnAnEventEndsItTheLineUnderItIsALineOfItsOwn() {
        java.util.function.BiPredicate<String, String> noWrap = (a, b) -> false;
        assertThat(HeadlineSubtitle.cutAfterEvents(java.util.List.of("许昌市公共卫生医疗中心项目开工", "王志宏等出席开工仪式"), noWrap))
                .containsExactly(java.util.List.of("许昌市公共卫生医疗中心项目开工"), java.util.List.of("王志宏等出席开工仪式"));
        assertThat(HeadlineSubtitle.cutAfterEvents(java.util.List.of("市委统战部开展“能力作风", "建设年”动员部署会议召开", "张庆一讲话"), noWrap))
                .containsExactly(java.util.List.of("市委统战部开展“能力作风", "建设年”动员部署会议召开"), java.util.List.of("张庆一讲话"));
    }

    @Test
    void noCutInsideAQuotationBeforeAParticleOrWhereAWordGoesOn() {
        java.util.function.BiPredicate<String, String> noWrap = (a, b) -> false;
        java.util.List<String> quoted = java.util.List.of("嘉祥：“开工那些事”变为“开工", "一件事”");
        assertThat(HeadlineSubtitle.cutAfterEvents(quoted, noWrap)).containsExactly(quoted);
        java.util.List<String> particle = java.util.List.of("新一轮改革试点全面启动", "的背后");
        assertThat(HeadlineSubtitle.cutAfterEvents(particle, noWrap)).containsExactly(particle);
        java.util.List<String> wrapped = java.util.List.of("国家数据与应用中心揭牌", "仪式暨应用研讨会举行");
        assertThat(HeadlineSubtitle.cutAfterEvents(wrapped, (a, b) -> true)).containsExactly(wrapped);
        assertThat(HeadlineSubtitle.cutAfterEvents(java.util.List.of("全市安全生产工作会议召开"), noWrap)).hasSize(1);
    }
}
