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

    @Test
    void namesGluedWithoutSeparatorsAreCutBySurnameAndLength() {
        assertThat(Credits.splitGluedNames("周洁吴丛")).containsExactly("周洁", "吴丛");
        assertThat(Credits.splitGluedNames("刘传伏王汝雅")).containsExactly("刘传伏", "王汝雅");
        assertThat(Credits.splitGluedNames("吴计建崔昊周慧喆")).containsExactly("吴计建", "崔昊", "周慧喆");
        // two or three chars are one name; four with a compound surname too
        assertThat(Credits.splitGluedNames("王金伟")).containsExactly("王金伟");
        assertThat(Credits.splitGluedNames("欧阳晓明")).containsExactly("欧阳晓明");
        // 5 chars: 2 + 3 or 3 + 2: the more frequent surname starts the second name (王, not 汝)
        assertThat(Credits.splitGluedNames("周洁王汝雅")).containsExactly("周洁", "王汝雅");
        // no cut into names: words, not names
        assertThat(Credits.splitGluedNames("了解到")).isEmpty();
        assertThat(Credits.splitGluedNames("今年全市粮食")).isEmpty();
        assertThat(Credits.splitGluedNames("王大妈家门口")).isEmpty();
    }

    @Test
    void creditLinesWithoutSeparators() {
        assertThat(Credits.find(List.of(), "本报通讯员周洁吴丛\n“济宁高新区”建设提速。")).containsExactly("周洁", "吴丛");
        assertThat(Credits.find(List.of(), "本报记者王金伟通讯员马智科\n日前，我市下发通知。"))
                .containsExactly("王金伟", "马智科");
        assertThat(Credits.find(List.of(), "记者从会上获悉，今年全市完成投资 30 亿元。")).isEmpty();
    }

    @Test
    void aRecognisedPersonGluingTwoCreditedNamesIsNeitherPersonNorCredit() {
        List<Entity> people = List.of(new Entity("周洁吴", Entity.EntityType.PERSON, 10, 1),
                new Entity("张胜明", Entity.EntityType.PERSON, 40, 1));
        String body = "本报记者 刘传伏\n本报通讯员周洁吴丛\n\n会上，张胜明介绍了情况。";
        Credits.CreditedMentions found = Credits.creditedMentions(people, body);
        assertThat(found.names()).containsExactly("周洁", "吴丛");
        assertThat(found.glued()).containsExactly("周洁吴");
        List<List<Entity>> split = Credits.split(people, found.names(), found.glued(), body);
        assertThat(split.get(0)).extracting(Entity::name).containsExactly("张胜明");
        assertThat(split.get(1)).extracting(Entity::name).containsExactly("周洁", "吴丛");
    }
}
