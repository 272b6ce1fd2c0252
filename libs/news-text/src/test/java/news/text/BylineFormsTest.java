package news.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import news.text.PageArticle.ItemKind;
import org.junit.jupiter.api.Test;

/**
 * Byline forms as pdftotext prints them from narrow columns (issue 11, round 6): each a made-up page, names made up,
 * checking that the names come out in their role and stay out of the body.
 */
class BylineFormsTest {
    private final PageSplitter splitter = new PageSplitter();

    private List<PageArticle> articles(String page) {
        return splitter.splitPage(page).articles().stream().filter(a -> a.kind() == ItemKind.ARTICLE).toList();
    }

    private static String body(PageArticle a) {
        return String.join("", a.paragraphTexts());
    }

    @Test
    void aSignatureOfSeveralBareNamesUnderTheTextSignsIt() {
        List<PageArticle> a = articles("""
                老城墙修缮完工

                历时两年的修缮工程昨日完工，修缮后的城墙
                将于下月起向市民免费开放，游客可以登上城
                墙俯瞰老城全貌。
                苏明 马洋 熊文军

                夜市重新开张

                本报记者 宋平

                昨晚，停业半年的老街夜市重新开张，一百多
                个摊位整齐排列，吸引了大批市民前来品尝。
                """);
        assertThat(a).hasSize(2);
        assertThat(a.getFirst().headline()).isEqualTo("老城墙修缮完工");
        assertThat(a.getFirst().names().reporters()).containsExactly("苏明", "马洋", "熊文军");
        assertThat(a.getFirst().names().correspondents()).isEmpty();
        assertThat(body(a.getFirst())).doesNotContain("苏明");
        assertThat(a.get(1).names().reporters()).containsExactly("宋平");
    }

    @Test
    void aBareNameUnderATextSignsItEvenWithTheNextHeadlineRightUnderIt() {
        List<PageArticle> a = articles("""
                老城墙修缮完工

                历时两年的修缮工程昨日完工，修缮后的城墙
                将于下月起向市民免费开放，游客可以登上城
                墙俯瞰老城全貌。
                马洋

                夜市重新开张

                昨晚，停业半年的老街夜市重新开张，一百多
                个摊位整齐排列，吸引了大批市民前来品尝。
                """);
        assertThat(a).hasSize(2);
        assertThat(a.getFirst().names().reporters()).containsExactly("马洋");
        assertThat(a.get(1).headline()).isEqualTo("夜市重新开张");
        assertThat(a.get(1).names().reporters()).isEmpty();
        assertThat(body(a.get(1))).startsWith("昨晚");
    }

    @Test
    void aBareNameWithTheJumpLinePrintedUnderItSignsTheTextAbove() {
        List<PageArticle> a = articles("""
                老城墙修缮完工

                历时两年的修缮工程昨日完工，修缮后的城墙
                将于下月起向市民免费开放，游客可以登上城
                墙俯瞰老城全貌。
                马洋
                （下转第7版）

                夜市重新开张

                昨晚，停业半年的老街夜市重新开张，一百多
                个摊位整齐排列，吸引了大批市民前来品尝。
                """);
        assertThat(a).hasSize(2);
        assertThat(a.getFirst().names().reporters()).containsExactly("马洋");
        assertThat(a.getFirst().byline()).isEqualTo("马洋");
        assertThat(a.getFirst().continuedTo()).isEqualTo("第7版");
        assertThat(a.get(1).headline()).isEqualTo("夜市重新开张");
        assertThat(a.get(1).names().reporters()).isEmpty();
        assertThat(a).allSatisfy(x -> assertThat(String.valueOf(x.headlines())).doesNotContain("下转"));
    }

    @Test
    void anOpenerUnderTheJumpLineOfAContinuedTextIsItsByline() {
        List<PageArticle> a = articles("""
                老街夜市停业半年后重新开张
                （上接第一版）
                本报平顶山 5 月 13
                日讯（记者 戴健 通讯
                员 严飞 谭峰玉）昨晚，
                停业半年的老街夜市重
                新开张，一百多个摊位
                整齐排列。
                """);
        assertThat(a).hasSize(1);
        assertThat(a.getFirst().headline()).isEqualTo("老街夜市停业半年后重新开张");
        assertThat(a.getFirst().names().reporters()).containsExactly("戴健");
        assertThat(a.getFirst().names().correspondents()).containsExactly("严飞", "谭峰玉");
        assertThat(a.getFirst().dateline().date()).isEqualTo("05-13");
        assertThat(a.getFirst().continuedFrom()).isEqualTo("第一版");
        assertThat(body(a.getFirst())).isEqualTo("（上接第一版）昨晚，停业半年的老街夜市重新开张，一百多个摊位整齐排列。");
    }

    @Test
    void aBoxedSignatureOverAHeadlineStillSignsTheCommentaryUnderIt() {
        List<PageArticle> a = articles("""
                老城墙修缮完工

                历时两年的修缮工程昨日完工，修缮后的城墙
                将于下月起向市民免费开放，游客可以登上城
                墙俯瞰老城全貌。

                □ 马洋
                夜市里的烟火气

                昨晚，停业半年的老街夜市重新开张，一百多
                个摊位整齐排列，这烟火气正是城市的温度。
                """);
        assertThat(a).hasSize(2);
        assertThat(a.getFirst().names().reporters()).isEmpty();
        assertThat(a.get(1).headline()).isEqualTo("夜市里的烟火气");
        assertThat(a.get(1).names().reporters()).containsExactly("马洋");
    }

    @Test
    void briefsWhoseCreditsStandAloneOnALineWithTheNextBriefRightUnderIt() {
        List<PageArticle> a = articles("""
                简讯

                本报讯 市图书馆新馆昨日开馆，首日接待读者
                三千余人次，新馆藏书八十万册。
                （丁明）
                12月2日上午，全市秋粮收购工作动员会召开，
                会议要求各收购点做好服务。
                （宋东伟 崔宇磊）
                """);
        assertThat(a).hasSize(2);
        assertThat(a.getFirst().names().reporters()).containsExactly("丁明");
        assertThat(a.get(1).names().reporters()).containsExactly("宋东伟", "崔宇磊");
        assertThat(body(a.get(1))).startsWith("12月2日上午").doesNotContain("丁明");
    }

    @Test
    void anOpenersBylineWrappedOverThreeNarrowLinesKeepsItsRoles() {
        List<PageArticle> a = articles("""
                古代焦油坑出土化石

                本报讯（记者 田娟
                刚 通讯员 贺涛 史辉
                峰）据介绍，石油工人
                在铺设管道时发现的
                一个古代焦油坑出土
                了大量动物化石。
                """);
        assertThat(a).hasSize(1);
        assertThat(a.getFirst().names().reporters()).containsExactly("田娟刚");
        assertThat(a.getFirst().names().correspondents()).containsExactly("贺涛", "史辉峰");
        assertThat(body(a.getFirst())).startsWith("据介绍");
    }

    @Test
    void aPhotoCaptionSharingNoWordWithAnyTextGoesToTheArticleItIsPrintedIn() {
        List<PageArticle> a = articles("""
                老城墙修缮完工

                本报记者 宋平

                图为游客在景区参观游览。 特约记者 戴欣 摄

                历时两年的修缮工程昨日完
                工，修缮后的城墙将于下月
                起向市民免费开放，游客可
                以登上城墙俯瞰老城全貌。

                夜市重新开张

                本报记者 方明

                昨晚，停业半年的老街夜市
                重新开张，一百多个摊位整
                齐排列，吸引了市民品尝。

                图为医护人员为群众义诊。 韩东 摄

                夜市将营业到每晚十一点，
                周末延长到凌晨一点钟。
                """);
        assertThat(a).hasSize(2);
        assertThat(a.getFirst().captions()).extracting(c -> c.photographer()).containsExactly("戴欣");
        assertThat(a.get(1).captions()).extracting(c -> c.photographer()).containsExactly("韩东");
    }

    @Test
    void anEndCreditsNamesAreSplitWhereTheyWerePrintedApart() {
        // 黎晓郭梅敏 without its space would split by surnames into 黎晓郭 + 梅敏
        List<PageArticle> a = articles("""
                简讯

                本报讯 市图书馆新馆昨日开馆，首日接待读者
                三千余人次，新馆藏书八十万册。（黎晓 郭梅敏）
                """);
        assertThat(a).hasSize(1);
        assertThat(a.getFirst().names().reporters()).containsExactly("黎晓", "郭梅敏");
    }

    @Test
    void aSignatureUnderATextWhoseQuoteWasLeftOpenStillSignsIt() {
        List<PageArticle> a = articles("""
                老城墙修缮完工

                历时两年的修缮工程昨日完工，市民称之为“城
                市的名片，修缮后的城墙将于下月起向市民免费
                开放，游客可以登上城墙俯瞰老城的全貌景色。
                黎涛勇

                夜市重新开张

                本报记者 宋平

                昨晚，停业半年的老街夜市重新开张，一百多
                个摊位整齐排列，吸引了大批市民前来品尝。
                """);
        assertThat(a).hasSize(2);
        assertThat(a.getFirst().names().reporters()).containsExactly("黎涛勇");
        assertThat(body(a.getFirst())).doesNotContain("黎涛勇");
    }

    @Test
    void aPhotoCaptionRightOverABriefsTextIsThatBriefsPhoto() {
        List<PageArticle> a = articles("""
                简讯

                本报讯 市图书馆新馆昨日开馆，首日接待读者
                三千余人次，新馆藏书八十万册。（丁明）

                图为医护人员为群众义诊。 韩东 摄

                本报讯 秋粮收购工作动员会昨日召开，会议要求
                各收购点做好服务，确保农民售粮方便。（宋平）
                """);
        assertThat(a).hasSize(2);
        assertThat(a.getFirst().captions()).isEmpty();
        assertThat(a.get(1).captions()).extracting(c -> c.photographer()).containsExactly("韩东");
    }
}
