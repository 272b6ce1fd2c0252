package news.model.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import news.model.ArticleMetadata;
import news.model.ClassifiedArticle;
import news.model.ContentKind;
import news.model.Enrichment;
import news.model.EventCodec;
import news.model.NormalizedArticle;
import news.model.RawArticle;
import org.junit.jupiter.api.Test;

class StatusEventReaderTest {
    private static final Instant RECEIVED = Instant.parse("2026-12-01T02:00:00Z");
    private static final Instant VERSION = Instant.parse("2026-11-30T23:00:00Z");
    private static final Instant AT = Instant.parse("2026-12-01T02:00:01Z");

    private static RawArticle raw() {
        return new RawArticle("urn:a:1", "pyrb", "urn:a:1", ContentKind.ARTICLE, "zh-Hans", "标题",
                "正文很长，\"带引号\" {不是 JSON}", RawArticle.TEXT_PLAIN, "记者 王", null, VERSION, RECEIVED, null);
    }

    private static NormalizedArticle pageArticle() {
        return new NormalizedArticle("sha256:page#3", "pyrb", null, ContentKind.ARTICLE, "zh-Hans", "标题",
                List.of("一段", "两段"), null, null, null, RECEIVED,
                new ArticleMetadata(null, List.of(), List.of(), null, null, List.of(), "sha256:page", 3, null, null,
                        null, List.of()));
    }

    @Test
    void eachPipelineTopicIsAStepWithTheArticlesIdentityAndVersion() {
        StatusEvent accepted = StatusEventReader.read("news.raw", EventCodec.encode(raw()), AT, null).orElseThrow();
        assertThat(accepted).isEqualTo(new StatusEvent("urn:a:1", "pyrb", "article", null, ArticleState.ACCEPTED, AT,
                VERSION.toEpochMilli(), null, null));

        StatusEvent normalized = StatusEventReader.read("news.normalized", EventCodec.encode(pageArticle()), AT, null)
                .orElseThrow();
        assertThat(normalized.state()).isEqualTo(ArticleState.NORMALIZED);
        assertThat(normalized.pageId()).as("an article of a page names its page").isEqualTo("sha256:page");
        assertThat(normalized.version()).as("no versionCreated: the time received").isEqualTo(RECEIVED.toEpochMilli());

        byte[] classified = EventCodec.encode(new ClassifiedArticle(pageArticle(), Enrichment.NONE));
        StatusEvent c = StatusEventReader.read("news.classified", classified, AT, null).orElseThrow();
        assertThat(c.articleId()).isEqualTo("sha256:page#3");
        assertThat(c.state()).isEqualTo(ArticleState.CLASSIFIED);
    }

    @Test
    void aDeadLetterNamesTheStageThatRefusedItAndAReadableReason() {
        StatusEvent dead = StatusEventReader.read("news.classified.dlq",
                EventCodec.encode(new ClassifiedArticle(pageArticle(), Enrichment.NONE)), AT,
                "elasticsearch rejected the document: document_parsing_exception: [located] too long").orElseThrow();
        assertThat(dead.state()).isEqualTo(ArticleState.DEAD_LETTERED);
        assertThat(dead.stage()).isEqualTo("indexer");
        assertThat(dead.detail()).contains("[located] too long");

        StatusEvent fromBinder = StatusEventReader.read("news.raw.dlq", EventCodec.encode(raw()), AT,
                "Dispatcher failed; nested exception is news.model.InvalidEventException: RawArticle event without "
                        + "required field body").orElseThrow();
        assertThat(fromBinder.stage()).isEqualTo("normalizer");
        assertThat(fromBinder.detail()).as("the exception chain is cut off")
                .isEqualTo("RawArticle event without required field body");
    }

    @Test
    void recordsThatNameNoArticleAndNewsroomAreNoStep() {
        for (String poison : List.of("{}", "not json", "[1,2]", "null", "{\"id\":\"x\"}",
                "{\"id\":\"x\",\"source\":\"s\",\"receivedAt\":\"yesterday\"}", "")) {
            assertThat(StatusEventReader.read("news.raw.dlq", poison.getBytes(StandardCharsets.UTF_8), AT, "bad"))
                    .as(poison).isEmpty();
        }
        assertThat(StatusEventReader.read("other.topic", EventCodec.encode(raw()), AT, null)).isEmpty();
    }

    @Test
    void theStateIsTheLatestStepWhicheverOrderTheyWereWritten() {
        Map<String, Object> doc = new java.util.HashMap<>();
        List<StatusEvent> events = List.of(
                new StatusEvent("u", "s", "article", null, ArticleState.INDEXED, AT.plusSeconds(3), 7L, null, null),
                new StatusEvent("u", "s", "article", null, ArticleState.ACCEPTED, AT, 7L, null, null),
                new StatusEvent("u", "s", "article", null, ArticleState.CLASSIFIED, AT.plusSeconds(2), 7L, null, null));
        for (StatusEvent e : events) {
            doc.putAll(e.partialDocument());
        }
        ArticleStatus status = ArticleStatus.of(doc);
        assertThat(status.state()).isEqualTo(ArticleState.INDEXED);
        assertThat(status.indexedVersion()).isEqualTo(7L);
        assertThat(status.steps().keySet()).containsExactly("accepted", "classified", "indexed");
        assertThat(status.toJson()).containsEntry("state", "indexed").containsEntry("indexedVersion",
                Instant.ofEpochMilli(7).toString());

        // a correction accepted later starts again
        doc.putAll(new StatusEvent("u", "s", "article", null, ArticleState.ACCEPTED, AT.plusSeconds(10), 9L, null, null)
                .partialDocument());
        assertThat(ArticleStatus.of(doc).state()).isEqualTo(ArticleState.ACCEPTED);
        // same millisecond: the later pipeline step wins
        doc.putAll(new StatusEvent("u", "s", "article", null, ArticleState.DEAD_LETTERED, AT.plusSeconds(10), 9L,
                "classifier", "enrichment failed").partialDocument());
        ArticleStatus dead = ArticleStatus.of(doc);
        assertThat(dead.state()).isEqualTo(ArticleState.DEAD_LETTERED);
        assertThat(dead.message()).isEqualTo("not published: the classifier refused it: enrichment failed");
        assertThat(ArticleStatus.of(Map.of("id", "u"))).isNull();
    }

    @Test
    void statusDocumentIdsAreKeptApartPerNewsroom() {
        assertThat(StatusEvent.documentId("a", "urn:1")).isNotEqualTo(StatusEvent.documentId("b", "urn:1"))
                .hasSize(40);
        assertThat(StatusEvent.documentId("a", "x".repeat(5000))).hasSize(40);
    }
}
