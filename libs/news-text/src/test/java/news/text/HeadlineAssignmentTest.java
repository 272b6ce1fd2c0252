package news.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Made-up pages: which headline goes with which text when they are not printed in order. */
class HeadlineAssignmentTest {
    private final PageSplitter splitter = new PageSplitter();

    @Test
    void aHeadlineSharingNoWordWithTheBriefUnderItIsNotTheBriefsHeadline() {
        String page = """
                老街夜市重新开张
                本报讯 老街夜市昨晚重新开张，一百多个摊位沿着石板路排开，前来逛夜市的市民络绎不绝。

                青山镇水库开始蓄水

                本报讯 市图书馆从今天起延长开放时间，每天晚上九点闭馆。（李明）
                """;

        SplitPage split = splitter.splitPage(page);

        assertThat(split.articles()).extracting(PageArticle::headline).containsExactly("老街夜市重新开张", null);
        assertThat(split.articles().get(1).flags()).contains(PageArticle.Flag.NO_HEADLINE);
        assertThat(split.articles().get(1).names().reporters()).containsExactly("李明");
        assertThat(split.labels()).contains("青山镇水库开始蓄水");
    }

    @Test
    void aHeadlineSharingWordsWithTheTextUnderItStillHeadsIt() {
        String page = """
                老街夜市重新开张
                本报讯 老街夜市昨晚重新开张，一百多个摊位沿着石板路排开，前来逛夜市的市民络绎不绝。

                图书馆延长开放时间

                本报讯 市图书馆从今天起延长开放时间，每天晚上九点闭馆。（李明）
                """;

        List<PageArticle> articles = splitter.split(page);

        assertThat(articles).extracting(PageArticle::headline).containsExactly("老街夜市重新开张", "图书馆延长开放时间");
    }

    @Test
    void aHeadlineWrappedInsideAWordKeepsItsLastPiece() {
        // A short last line is a subtitle, unless the pair across the break is a word of the text (果园).
        String page = """
                青山镇新建小型水库今年春天开始蓄水灌溉果
                园

                本报讯 青山镇新建的小型水库今年春天开始蓄水，镇里把渠道一直修到各村的果园，合作社说今年能多收两成。
                """;

        PageArticle article = splitter.split(page).getFirst();

        assertThat(article.headline()).isEqualTo("青山镇新建小型水库今年春天开始蓄水灌溉果园");
        assertThat(article.subheadline()).isNull();
    }

    @Test
    void aWrappedHeadlinesShortTailPrintedApartJoinsItWhenTheWordRunsOn() {
        String page = """
                青山镇新建小型水库开始蓄水灌

                溉果园

                本报讯 青山镇新建的小型水库今年春天开始蓄水，镇里把渠道一直修到各村的果园，灌溉不用再等雨。
                """;

        PageArticle article = splitter.split(page).getFirst();

        assertThat(article.headline()).isEqualTo("青山镇新建小型水库开始蓄水灌溉果园");
        assertThat(article.subheadline()).isNull();
    }

    @Test
    void aHeadlinePrintedFarFromItsTextFindsItByTheWordsTheyShare() {
        String page = """
                青山镇水库蓄水灌溉

                本报讯 市图书馆从今天起延长开放时间，每天晚上九点闭馆。（李明）

                本报讯 老街夜市昨晚重新开张，一百多个摊位沿着石板路排开。（王芳）

                本报讯 市体育馆本周末举办全民健身日活动，免费向市民开放。（赵敏）

                本报讯 青山的小型水库今年春天开始蓄水，村里的果园第一次有了灌溉用水。（周涛）
                """;

        List<PageArticle> articles = splitter.split(page);

        assertThat(articles).extracting(PageArticle::headline).containsExactly(null, null, null, "青山镇水库蓄水灌溉");
    }

    @Test
    void aFirstLineSharingNoWordWithTheTextOverOneThatDoesIsTheKicker() {
        String page = """
                奋进新征程 建功新时代

                夜读族多了个去处

                本报讯 市图书馆从今天起每天晚上九点才闭馆，夜读族下班以后可以借书、自习。

                """;

        PageArticle article = new PageSplitter().split(page).getFirst();

        // the headline shares only 夜读族 with its text (a fifth of its weight), the kicker nothing
        assertThat(article.headline()).isEqualTo("夜读族多了个去处");
        assertThat(article.kicker()).isEqualTo("奋进新征程 建功新时代");
    }
}
