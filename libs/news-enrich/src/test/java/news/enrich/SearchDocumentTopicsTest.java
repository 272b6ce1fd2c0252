package news.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import news.model.ClassifiedArticle;
import news.model.ContentKind;
import news.model.Enrichment;
import news.model.NewsDocument;
import news.model.NormalizedArticle;
import news.model.Subject;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What the indexer writes: the search document's topics hold every assigned code and all their broader codes. */
class SearchDocumentTopicsTest {

    private final MediaTopics topics = MediaTopics.standard();

    @Test
    void topicsHoldEveryLevelOfEverySubject() {
        NormalizedArticle article = new NormalizedArticle("t1", "samples", null, ContentKind.ARTICLE, "zh",
                "以高质量党建引领基层党组织建设",
                List.of("县委组织部召开会议，要求各级党委抓好党支部书记队伍建设，党员干部要发挥作用，全面从严治党。",
                        "基层党组织要把党建工作同乡村振兴结合起来，县委书记强调各级领导班子要压实责任。"),
                null, null, Instant.EPOCH, Instant.EPOCH);
        Enrichment e = new ArticleEnricher().enrich(article);
        NewsDocument doc = NewsDocument.of(new ClassifiedArticle(article, e));
        assertThat(doc.subjects()).anySatisfy(s -> assertThat(topics.level(s.code())).isGreaterThanOrEqualTo(2));
        for (Subject s : doc.subjects()) {
            assertThat(doc.topics()).containsAll(topics.chain(s.code()));
            assertThat(s.nameZh()).isEqualTo(topics.topic(s.code()).orElseThrow().nameZh());
        }
        assertThat(doc.topics()).doesNotHaveDuplicates().hasSameSizeAs(doc.subjects());
    }

    @Test
    void theIndexTemplateKeepsTopicsAsKeywordsAndSubjectLabels() throws IOException {
        JsonNode template = JsonMapper.builder().build()
                .readTree(Files.readString(Path.of("../../infra/elasticsearch/news-template.json")));
        JsonNode props = template.findValue("mappings").get("properties");
        assertThat(props.get("topics").get("type").asString()).isEqualTo("keyword");
        JsonNode subject = props.get("subjects").get("properties");
        assertThat(subject.get("code").get("type").asString()).isEqualTo("keyword");
        assertThat(subject.get("nameZh").get("type").asString()).isEqualTo("keyword");
    }
}
