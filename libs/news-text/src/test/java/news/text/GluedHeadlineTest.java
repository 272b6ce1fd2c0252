package news.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Made-up paragraphs: a headline run together with the text under it, and paragraphs that are text throughout. */
class GluedHeadlineTest {
    @Test
    void aLineWiderThanTheColumnUnderItWithNoSentencePunctuationIsAHeadline() {
        List<String> lines = List.of("青山镇新建水库开始蓄水灌溉果园", "今年春天，青山镇", "新建的小型水库开", "始蓄水，镇里把渠", "道修到了田头。");

        assertThat(GluedHeadline.headLines(lines)).isEqualTo(1);
    }

    @Test
    void aWrappedHeadlineTakesItsShortLastPieceWithIt() {
        List<String> lines = List.of("青山镇新建水库开始蓄水灌溉果", "园", "今年春天，青山镇", "新建的小型水库开", "始蓄水，镇里把渠");

        assertThat(GluedHeadline.headLines(lines)).isEqualTo(2);
    }

    @Test
    void aHeadlineOverAnOpenerIsAHeadlineWhateverItsWidth() {
        List<String> lines = List.of("老街夜市开张", "本报讯（记者 李明）老", "街夜市昨晚重新开张，");

        assertThat(GluedHeadline.headLines(lines)).isEqualTo(1);
    }

    @Test
    void runningTextIsLeftAlone() {
        // A first line as wide as the others, and a first line with a comma.
        assertThat(GluedHeadline.headLines(List.of("今年春天青山镇新建", "的小型水库开始蓄水", "镇里把渠道修到了田", "头。"))).isZero();
        assertThat(GluedHeadline.headLines(List.of("今年春天，青山镇新建的小型水库", "开始蓄水，镇里把", "渠道修到了田头，", "村民们说今年"))).isZero();
        assertThat(GluedHeadline.headLines(List.of("青山镇新建水库开始蓄水灌溉果园"))).isZero();
    }

    @Test
    void whatComesBeforeADatelineOpenerIsNotItsText() {
        assertThat(GluedHeadline.headLines(List.of("招行将推手机分期付款", "本报三门峡11月", "25日讯（记者 熊晨）", "招商银行信用卡中心"))).isEqualTo(1);
        // The end of the text before, wrapped over two lines.
        assertThat(GluedHeadline.headLines(List.of("阶段投资(", "growthcapital)中比较", "本报汝州8月25日讯", "（贺娟）多数银行"))).isEqualTo(2);
        // A jump line and a dateline are the text's own first lines.
        assertThat(GluedHeadline.headLines(List.of("（上接第一版）", "本报商丘3月25日讯", "（赵丽杰）朝鲜海军"))).isZero();
        assertThat(GluedHeadline.headLines(List.of("本报讯（记者 赵", "本报焦作10月3日", "讯（记者 白红鑫）"))).isZero();
    }

    @Test
    void theSplitterGivesAHeadlineRunIntoItsDatelineToTheTextAndItsByline() {
        String page = """
                青山镇水库开始蓄水

                本报讯 青山镇新建的小型水库
                今年春天开始蓄水。

                招行将推手机分期付款
                本报三门峡11月
                25日讯（记者 熊晨）
                招商银行信用卡中心
                昨天宣布，持卡人可
                以分期购买手机。
                """;

        List<PageArticle> articles = new PageSplitter().split(page);

        assertThat(articles).extracting(PageArticle::headline).containsExactly("青山镇水库开始蓄水", "招行将推手机分期付款");
        assertThat(articles.get(1).names().reporters()).containsExactly("熊晨");
        assertThat(articles.get(1).paragraphs().getFirst().text()).startsWith("招商银行");
    }
}
