package news.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import news.model.Enrichment;
import news.model.Entity;

class TraditionalTest {

    @Test
    void detectsTraditionalText() {
        assertThat(ArticleEnricher.isTraditional("濮陽市清豐縣委書記主持召開會議，推進鄉村振興。")).isTrue();
        assertThat(ArticleEnricher.isTraditional("濮阳市清丰县委书记主持召开会议，推进乡村振兴。")).isFalse();
        assertThat(ArticleEnricher.isTraditional(null)).isFalse();
        assertThat(ArticleEnricher.isTraditional("2026 ABC")).isFalse();
    }

    @Test
    void traditionalArticlesAreAnalysedAndIndexedSimplified() {
        Enrichment e = new ArticleEnricher().enrich("清豐縣推進鄉村振興", "清豐縣委書記曹擁軍主持召開會議。", null,
                java.util.List.of(), null);
        assertThat(e.headlineSimplified()).isEqualTo("清丰县推进乡村振兴");
        assertThat(e.bodySimplified()).contains("清丰县委书记");
        assertThat(e.places()).extracting(Entity::name).contains("清丰县");
        assertThat(e.regions()).extracting(r -> r.display()).contains("河南省 › 濮阳市 › 清丰县");

        Enrichment simplified = new ArticleEnricher().enrich("清丰县推进乡村振兴", "清丰县委书记主持召开会议。");
        assertThat(simplified.headlineSimplified()).isNull();
        assertThat(simplified.bodySimplified()).isNull();
    }
}
