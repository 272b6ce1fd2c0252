package news.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import news.model.Enrichment;
import news.model.Entity;

class CreditsTest {

    @Test
    void creditLinesWithSeparators() {
        assertThat(Credits.find(List.of(), "本报记者 王金伟 通讯员 马智科\n日前，我市下发通知。"))
                .containsExactly("王金伟", "马智科");
        assertThat(Credits.find(List.of(), "本报讯 （记者 赵伟） 11 月 2 日")).containsExactly("赵伟");
        assertThat(Credits.find(List.of(), "■本报记者 刘传伏 王汝雅")).containsExactly("刘传伏", "王汝雅");
        assertThat(Credits.find(List.of(" 段利梅 "), "本报记者 牛书培 摄")).containsExactly("段利梅", "牛书培");
        assertThat(Credits.find(List.of(), "他在接受记者采访时表示。")).isEmpty();
    }

    @Test
    void reportersAreKeptApartFromPeopleInTheStory() {
        ArticleEnricher enricher = new ArticleEnricher();
        Enrichment e = enricher.enrich("清丰县召开会议",
                "本报记者王金伟通讯员马智科\n\n清丰县委书记曹拥军主持召开会议。曹拥军指出，要抓好乡村振兴。", null,
                List.of(), null);
        assertThat(e.people()).extracting(Entity::name).contains("曹拥军").doesNotContain("王金伟", "马智科");
        assertThat(e.credits()).extracting(Entity::name).contains("王金伟", "马智科");
        assertThat(e.regions()).extracting(r -> r.display()).contains("河南省 › 濮阳市 › 清丰县");
    }

    @Test
    void aLineOfNamesAfterACreditLineContinuesIt() {
        String body = "■本报记者刘作义本报通讯员谭曰鹏\n\n吴计建崔昊周慧喆\n\n我市认真贯彻会议精神。";
        assertThat(Credits.continuesCreditLine(body, body.indexOf("吴计建"))).isTrue();
        String story = "本报记者王金伟\n\n李连成说，要做好服务工作。";
        assertThat(Credits.continuesCreditLine(story, story.indexOf("李连成"))).isFalse();
        String noCredit = "会议结束。\n\n李连成\n\n他说。";
        assertThat(Credits.continuesCreditLine(noCredit, noCredit.indexOf("李连成"))).isFalse();
    }
}
