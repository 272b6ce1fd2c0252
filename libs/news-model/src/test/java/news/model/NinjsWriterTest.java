package news.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NinjsWriterTest {

    @Test
    @SuppressWarnings("unchecked")
    void writesNinjs3WithIptcSubjectUris() {
        NormalizedArticle article = new NormalizedArticle("sha256:abc", "pyrb", null, ContentKind.ARTICLE, "zh-Hans",
                "标题", List.of("正文。"), "本报记者 甲", null, Instant.parse("2026-11-20T00:00:00Z"), Instant.parse("2026-11-22T00:00:00Z"),
                new ArticleMetadata("副题", List.of("甲"), List.of(), "濮阳", "11-20", List.of(), null, null, null, null, null));
        Enrichment e = new Enrichment(List.of(new Subject("medtop:11000000", "politics", "政治", "classifies", 70)),
                List.of(new Entity("习近平", Entity.EntityType.PERSON, 0, 1)), List.of(), List.of(), List.of("党建"), "摘要。");
        Map<String, Object> n = NinjsWriter.write(NewsDocument.of(new ClassifiedArticle(article, e)));

        assertThat(n.get("uri")).isEqualTo("urn:newsplatform:article:sha256:abc");
        assertThat(n.get("versionCreated")).isEqualTo("2026-11-20T00:00:00Z");
        assertThat((List<Map<String, Object>>) n.get("headlines")).extracting(h -> h.get("role")).containsExactly("main", "sub");
        assertThat(((List<Map<String, Object>>) n.get("bodies")).get(0)).containsEntry("value", "正文。").containsEntry("charCount", 3);
        assertThat(((List<Map<String, Object>>) n.get("subjects")).get(0))
                .containsEntry("uri", "http://cv.iptc.org/newscodes/mediatopic/11000000")
                .containsEntry("rel", "classifies").containsEntry("confidence", 70)
                .as("a Chinese article names its subjects in Chinese").containsEntry("name", "政治");
        assertThat(n.get("by")).isEqualTo("本报记者 甲");
        assertThat(n.get("located")).isEqualTo("濮阳");
        assertThat((List<Map<String, Object>>) n.get("people")).extracting(p -> p.get("name")).containsExactly("习近平");
    }

    @Test
    @SuppressWarnings("unchecked")
    void headlinesOfOtherRolesReachTheDocumentAndTheNinjsViewAfterMainAndSub() {
        ArticleMetadata meta = new ArticleMetadata("副题", List.of(), List.of(), null, null, List.of(), null, null, null,
                null, null, List.of(), List.of(new Headline("kicker", "引题"), new Headline(null, "又一标题")));
        NormalizedArticle article = new NormalizedArticle("id-1", "pyrb", null, ContentKind.ARTICLE, "zh-Hans", "标题",
                List.of("正文。"), null, null, null, Instant.EPOCH, meta);
        NewsDocument d = NewsDocument.of(new ClassifiedArticle(article, Enrichment.NONE));
        assertThat(d.headlines()).containsExactly(new Headline("kicker", "引题"), new Headline(null, "又一标题"));
        List<Map<String, Object>> headlines = (List<Map<String, Object>>) NinjsWriter.write(d).get("headlines");
        assertThat(headlines).containsExactly(Map.of("role", "main", "value", "标题"), Map.of("role", "sub", "value", "副题"),
                Map.of("role", "kicker", "value", "引题"), Map.of("value", "又一标题"));
    }

    @Test
    void eventsAndDocumentsWrittenBeforeTheFieldExistedReadWithoutOtherHeadlines() {
        String old = "{\"id\":\"a\",\"source\":\"s\",\"kind\":\"ARTICLE\",\"body\":\"b\",\"subheadline\":\"副\"}";
        RawArticle raw = EventCodec.decode(old.getBytes(java.nio.charset.StandardCharsets.UTF_8), RawArticle.class);
        assertThat(raw.otherHeadlines()).isEmpty();
        RawArticle withKicker = new RawArticle("a", "s", null, ContentKind.ARTICLE, "zh-Hans", "h", "b", RawArticle.TEXT_PLAIN,
                null, null, null, Instant.EPOCH, null, PubStatus.USABLE, List.of(new Headline("kicker", "引题")));
        assertThat(EventCodec.decode(EventCodec.encode(withKicker), RawArticle.class)).isEqualTo(withKicker);
    }
}
