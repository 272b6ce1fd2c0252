package news.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Made-up coverage matrices (line × text) of headline lines printed together. */
class HeadlineCutsTest {
    private static final boolean[] NONE = new boolean[4];

    @Test
    void twoHeadlinesPointingAtDifferentTextsAreCutApart() {
        double[][] cover = {{0.8, 0.0, 0.1}, {0.0, 0.7, 0.0}};

        assertThat(HeadlineCuts.cuts(cover, new boolean[2], new boolean[2])).containsExactly(1);
    }

    @Test
    void aShortHeadlineSharingAThirdOfItsWordsWithItsTextStillAnchorsIt() {
        // 黄龙玉价格冲天 / 《重案3》王茜为丁志诚写剧本: the second shares only 《重案3》 and 王茜 with its text
        double[][] cover = {{0.81, 0.0, 0.0}, {0.0, 0.0, 0.40}};

        assertThat(HeadlineCuts.cuts(cover, new boolean[2], new boolean[2])).containsExactly(1);
        // ... but not when it shares about as much with another text
        assertThat(HeadlineCuts.cuts(new double[][] {{0.81, 0.0, 0.0}, {0.0, 0.3, 0.40}}, new boolean[2], new boolean[2]))
                .isEmpty();
    }

    @Test
    void kickerMainAndSubheadlineOfOneTextStayTogether() {
        // The kicker shares nothing, main line and sub-headline point at the same text.
        double[][] cover = {{0.0, 0.0}, {0.9, 0.1}, {0.6, 0.0}};

        assertThat(HeadlineCuts.cuts(cover, new boolean[3], new boolean[3])).isEmpty();
    }

    @Test
    void linesThatShareWordsWithTwoTextsAlikeAreNoEvidence() {
        double[][] cover = {{0.6, 0.5}, {0.5, 0.6}};

        assertThat(HeadlineCuts.cuts(cover, new boolean[2], new boolean[2])).isEmpty();
    }

    @Test
    void aColumnLabelBetweenTwoHeadlinesGoesWithTheLaterOne() {
        // 黄龙玉价格冲天 / 一线观察 / 《重案3》王茜为丁志诚写剧本
        double[][] cover = {{0.8, 0.0}, {0.0, 0.0}, {0.0, 0.9}};
        boolean[] opensNext = {false, true, false};

        assertThat(HeadlineCuts.cuts(cover, opensNext, new boolean[3])).containsExactly(1);
        // Without the label shape the line stays with the headline above it.
        assertThat(HeadlineCuts.cuts(cover, new boolean[3], new boolean[3])).containsExactly(2);
    }

    @Test
    void aLineBetweenGoesWhereItSharesMoreWords() {
        double[][] cover = {{0.8, 0.0}, {0.1, 0.3}, {0.0, 0.9}};

        assertThat(HeadlineCuts.cuts(cover, new boolean[3], new boolean[3])).containsExactly(1);
    }

    @Test
    void neverInsideAHeadlineWrappedMidWord() {
        // 王自合到…要求 / 学习贯彻…以优异成绩迎 / 接党的二十大胜利召开: 迎接 spans the break.
        double[][] cover = {{0.65, 0.03}, {0.39, 0.34}, {0.18, 0.91}};
        boolean[] wrapped = {false, false, true};

        assertThat(HeadlineCuts.cuts(cover, new boolean[3], wrapped)).containsExactly(1);
        assertThat(HeadlineCuts.cuts(new double[][] {{0.8, 0.0}, {0.0, 0.9}}, new boolean[2], new boolean[] {false, true}))
                .isEmpty();
    }

    @Test
    void threeHeadlinesInARowGiveTwoCuts() {
        double[][] cover = {{0.7, 0, 0, 0}, {0, 0.8, 0, 0}, {0, 0, 0, 0.6}};

        assertThat(HeadlineCuts.cuts(cover, NONE, NONE)).containsExactly(1, 2);
    }

    @Test
    void theSplitterGivesEachOfTwoBunchedHeadlinesItsOwnText() {
        String page = """
                本报讯 青山镇新建的小型水库今年春天开始蓄水，水库让青山镇的果园第一次不用等雨。

                本报讯 老街夜市昨晚重新开张，一百多个摊位沿着石板路排开，夜市的市民络绎不绝。

                本报讯 市图书馆从今天起延长开放时间，每天晚上九点闭馆，读者可以在夜里借书。

                青山镇水库蓄水

                老街夜市开张
                """;

        List<PageArticle> articles = new PageSplitter().split(page);

        assertThat(articles).extracting(PageArticle::headline).containsExactly("青山镇水库蓄水", "老街夜市开张", null);
    }
}
