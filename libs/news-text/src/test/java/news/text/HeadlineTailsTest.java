package news.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Made-up headlines and the lines after them; a tiny segmenter stands in for HanLP's. */
class HeadlineTailsTest {
    /** Knows the words 旅馆, 被擒, 起源, 迎接; every other character is a word of its own. */
    private static final HeadlineWrap WRAP = new HeadlineWrap(text -> {
        List<String> words = new java.util.ArrayList<>();
        for (int i = 0; i < text.length(); ) {
            String two = i + 2 <= text.length() ? text.substring(i, i + 2) : "";
            if (List.of("旅馆", "被擒", "起源", "迎接").contains(two)) {
                words.add(two);
                i += 2;
            } else {
                words.add(text.substring(i, i + 1));
                i++;
            }
        }
        return words;
    });

    @Test
    void aShortPieceTheHeadlinesLastWordRunsIntoIsItsTail() {
        assertThat(HeadlineTails.isTail("瑞典企业家将客机改造成旅", "馆", WRAP)).isTrue();
        assertThat(HeadlineTails.isTail("新发现小行星可帮助解释彗星起", "源", WRAP)).isTrue();
        assertThat(HeadlineTails.isTail("全国棉花产量预计减少", "5.5%", WRAP)).isTrue();
    }

    @Test
    void aLongPieceIsATailOnlyUnderAHeadlineClearlyWiderThanIt() {
        // a headline across a wide module over a narrow column
        assertThat(HeadlineTails.isTail("学习贯彻全会精神以优异成绩迎", "接党的大会胜利召开", WRAP)).isTrue();
        // the same words under a headline of the column's width: the text's own first line
        assertThat(HeadlineTails.isTail("以优异成绩迎", "接党的大会胜利召开", WRAP)).isFalse();
    }

    @Test
    void aLineThatStartsAPhraseOfItsOwnOrHasPunctuationIsNoTail() {
        assertThat(HeadlineTails.isTail("老城墙修缮完工", "历时两年的", WRAP)).isFalse();
        assertThat(HeadlineTails.isTail("新发现小行星可帮助解释彗星起", "源，研究人员称", WRAP)).isFalse();
        assertThat(HeadlineTails.isTail("老城墙修缮完工", "2021年", WRAP)).isFalse();
    }

    @Test
    void theSplitterPutsAHeadlinesTailBack() {
        String page = """
                瑞典企业家将退役客机改造成旅

                馆

                本报讯 一名瑞典企业家把一架退役的客机改造成了旅馆，客舱里摆下了二十五张床位，下个月开门迎客。

                新发现小行星可帮助解释彗星起
                源
                本报讯 北京时间8月20日消息，研究人员18日表示，一颗新发现的小行星可能帮助解释彗星的起源。
                """;

        List<PageArticle> articles = new PageSplitter().split(page);

        assertThat(articles).extracting(PageArticle::headline)
                .containsExactly("瑞典企业家将退役客机改造成旅馆", "新发现小行星可帮助解释彗星起源");
        assertThat(String.join("", articles.get(1).paragraphTexts())).startsWith("北京时间8月20日消息");
    }

    @Test
    void aHeadlineLineStartingWithAParticleGoesOnFromTheLineAbove() {
        String page = """
                新化石透露南北美大陆连接后

                的秘密终于揭开

                本报讯 委内瑞拉发现的新化石揭开了一个秘密：南北美大陆相连以后，动物在两块大陆之间迁徙。
                """;

        PageArticle article = new PageSplitter().split(page).getFirst();

        assertThat(article.headline()).isEqualTo("新化石透露南北美大陆连接后的秘密终于揭开");
        assertThat(article.subheadline()).isNull();
    }
}
