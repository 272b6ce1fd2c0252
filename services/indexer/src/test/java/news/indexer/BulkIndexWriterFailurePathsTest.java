package news.indexer;

import io.github.resilience4j.retry.RetryRegistry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import news.model.ClassifiedArticle;
import news.model.ContentKind;
import news.model.Enrichment;
import news.model.EventCodec;
import news.model.NormalizedArticle;
import news.service.stream.ConsumedRecord;
import news.service.stream.DeadLetters;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The indexer's failure paths against a local HTTP server answering like Elasticsearch ({@link LocalElasticsearch}):
 * refused items are dead-lettered with Elasticsearch's answer, stale versions are counted and dropped, transient
 * errors are retried for the items that failed only, and what never succeeds fails the call (so the container does not
 * commit the batch: see {@link IndexerCommitTest}).
 */
class BulkIndexWriterFailurePathsTest {
    record Dead(ConsumedRecord record, String reason, Map<String, String> details) {}

    static final Instant VERSION = Instant.parse("2026-11-20T08:00:00Z");
    private final LocalElasticsearch es = new LocalElasticsearch();
    private final List<Dead> dead = new CopyOnWriteArrayList<>();
    private final DeadLetters deadLetters = (record, reason, details) -> dead.add(new Dead(record, reason, details));
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private static final AtomicLong offsets = new AtomicLong();

    @AfterEach
    void stop() {
        es.close();
    }

    private BulkIndexWriter writer(int maxAttempts) {
        return writer(es.url(), maxAttempts);
    }

    private BulkIndexWriter writer(String url, int maxAttempts) {
        IndexerProperties properties = new IndexerProperties("news", 1, "news");
        RetryRegistry retries = TestRetries.registry(maxAttempts, Duration.ofMillis(20), Duration.ofMillis(200));
        return new BulkIndexWriter(LocalElasticsearch.clientFor(url), properties, deadLetters, meters, retries, IndexedVersions.NONE, StatusSink.NONE);
    }

    static ConsumedRecord article(String id) {
        NormalizedArticle a = new NormalizedArticle(id, "bench", null, ContentKind.ARTICLE, "zh-Hans", "标题 " + id,
                List.of("正文。"), null, null, VERSION, VERSION.plusSeconds(60));
        ClassifiedArticle c = new ClassifiedArticle(a, new Enrichment(List.of(), List.of(), List.of(), List.of(),
                List.of("关键词"), "摘要"));
        return new ConsumedRecord(id.getBytes(StandardCharsets.UTF_8), EventCodec.encode(c), "news.classified", 1,
                offsets.getAndIncrement());
    }

    private double stale() {
        return meters.counter("news.indexer.stale").count();
    }

    @Test
    void everyDocumentIsWrittenByIdWithItsVersionAsExternalGte() {
        writer(3).write(List.of(article("a"), article("b")));
        assertThat(es.bulkIds()).containsExactly(List.of("a", "b"));
        var action = es.bulkRequests.getFirst().actions().getFirst();
        assertThat(action.path("version").asLong()).isEqualTo(VERSION.toEpochMilli());
        assertThat(action.path("version_type").asString()).isEqualTo("external_gte");
        assertThat(es.documents.get("a").path("headline").asString()).isEqualTo("标题 a");
        assertThat(dead).isEmpty();
    }

    @Test
    void anItemElasticsearchRefusesGoesToTheDeadLettersWithReasonStatusAndType() {
        es.itemError("bad", 400, "mapper_parsing_exception", Integer.MAX_VALUE);
        ConsumedRecord bad = article("bad");
        writer(3).write(List.of(article("a"), bad, article("c")));

        assertThat(es.bulkIds()).as("a refused document is not retried").containsExactly(List.of("a", "bad", "c"));
        assertThat(es.documents).containsOnlyKeys("a", "c");
        assertThat(dead).singleElement().satisfies(d -> {
            assertThat(d.record()).isSameAs(bad);
            assertThat(d.reason()).isEqualTo("elasticsearch rejected the document (400 mapper_parsing_exception): "
                    + "scripted by the test for bad");
            assertThat(d.details()).containsEntry(BulkIndexWriter.STATUS_HEADER, "400")
                    .containsEntry(BulkIndexWriter.ERROR_TYPE_HEADER, "mapper_parsing_exception");
        });
    }

    @Test
    void aStaleVersionIsCountedNeitherDeadLetteredNorRetried() {
        // Elasticsearch holds a newer version of "old": it answers every write of this one with a conflict
        es.itemError("old", 409, "version_conflict_engine_exception", Integer.MAX_VALUE);
        writer(5).write(List.of(article("old"), article("new")));
        assertThat(es.bulkIds()).containsExactly(List.of("old", "new"));
        assertThat(dead).isEmpty();
        assertThat(stale()).isEqualTo(1.0);
        assertThat(es.documents).containsOnlyKeys("new");
    }

    @Test
    void aTransientItemErrorIsRetriedForThatItemOnly() {
        es.itemError("busy", 429, "es_rejected_execution_exception", 2);
        writer(5).write(List.of(article("a"), article("busy"), article("c")));
        assertThat(es.bulkIds()).containsExactly(List.of("a", "busy", "c"), List.of("busy"), List.of("busy"));
        assertThat(es.documents).containsOnlyKeys("a", "busy", "c");
        assertThat(dead).isEmpty();
    }

    @Test
    void aWholeRequestAnswered503Or429IsRetried() {
        es.failNextRequests(503, 429);
        writer(5).write(List.of(article("a"), article("b")));
        assertThat(es.bulkIds()).hasSize(3).allSatisfy(ids -> assertThat(ids).containsExactly("a", "b"));
        assertThat(es.documents).containsOnlyKeys("a", "b");
        assertThat(dead).isEmpty();
    }

    /** The call fails: the container gets the batch back and retries it without committing. Nothing is dead-lettered. */
    @Test
    void whenTheAttemptsRunOutTheCallFailsAndNothingIsDeadLettered() {
        es.failNextRequests(503, 503, 503);
        BulkIndexWriter writer = writer(3);
        List<ConsumedRecord> batch = List.of(article("a"));
        assertThatThrownBy(() -> writer.write(batch)).isInstanceOf(RuntimeException.class);
        assertThat(es.bulkIds()).hasSize(3);
        assertThat(dead).isEmpty();
        // the container's retry of the same batch succeeds once Elasticsearch answers
        writer.write(batch);
        assertThat(es.documents).containsOnlyKeys("a");
    }

    @Test
    void anItemThatStaysTransientFailsTheCallAfterTheAttempts() {
        es.itemError("busy", 503, "unavailable_shards_exception", Integer.MAX_VALUE);
        assertThatThrownBy(() -> writer(3).write(List.of(article("a"), article("busy"))))
                .hasMessageContaining("1 documents not indexed yet").hasMessageContaining("unavailable_shards_exception");
        assertThat(es.bulkIds()).containsExactly(List.of("a", "busy"), List.of("busy"), List.of("busy"));
        assertThat(dead).isEmpty();
    }

    @Test
    void aRefusedConnectionIsRetriedUntilElasticsearchIsBack() throws Exception {
        int port = es.port();
        es.close(); // nothing listens: connection refused
        BulkIndexWriter writer = writer("http://127.0.0.1:" + port, 3);
        assertThatThrownBy(() -> writer.write(List.of(article("a")))).isInstanceOf(RuntimeException.class);
        try (LocalElasticsearch back = new LocalElasticsearch(port)) {
            writer.write(List.of(article("a")));
            assertThat(back.documents).containsOnlyKeys("a");
        }
        assertThat(dead).isEmpty();
    }

    @Test
    void aMixedBatchEndsWithEachRecordWhereItBelongs() {
        es.itemError("refused", 400, "strict_dynamic_mapping_exception", Integer.MAX_VALUE)
                .itemError("stale", 409, "version_conflict_engine_exception", Integer.MAX_VALUE)
                .itemError("busy", 429, "es_rejected_execution_exception", 1);
        ConsumedRecord poison = new ConsumedRecord("p".getBytes(StandardCharsets.UTF_8), "{}".getBytes(StandardCharsets.UTF_8),
                "news.classified", 0, 7);
        ConsumedRecord refused = article("refused");
        writer(5).write(List.of(article("ok"), poison, refused, article("stale"), article("busy")));

        assertThat(es.bulkIds()).containsExactly(List.of("ok", "refused", "stale", "busy"), List.of("busy"));
        assertThat(es.documents).containsOnlyKeys("ok", "busy");
        assertThat(stale()).isEqualTo(1.0);
        assertThat(dead).extracting(Dead::record).containsExactly(poison, refused);
        assertThat(dead.getFirst().reason()).startsWith("not a valid news.classified event: ")
                .contains("ClassifiedArticle").contains("id");
        assertThat(dead.get(1).details()).containsEntry(BulkIndexWriter.ERROR_TYPE_HEADER, "strict_dynamic_mapping_exception");
    }

    @Test
    void aDeadLetterThatIsNotAcknowledgedFailsTheCall() {
        es.itemError("bad", 400, "mapper_parsing_exception", Integer.MAX_VALUE);
        IndexerProperties properties = new IndexerProperties("news", 1, "news");
        RetryRegistry retries = TestRetries.registry(3, Duration.ofMillis(20), Duration.ofMillis(200));
        BulkIndexWriter writer = new BulkIndexWriter(LocalElasticsearch.clientFor(es.url()), properties,
                (record, reason, details) -> {
                    throw new IllegalStateException("dead-letter write to news.classified.dlq was not acknowledged");
                }, meters, retries, IndexedVersions.NONE, StatusSink.NONE);
        assertThatThrownBy(() -> writer.write(List.of(article("bad")))).hasMessageContaining("not acknowledged");
    }

    /** The ids the index already holds, owned by another newsroom ("bench" is the newsroom of {@link #article}). */
    private BulkIndexWriter writerSeeing(Map<String, IndexedVersions.Existing> indexed, List<news.model.status.StatusEvent> steps) {
        IndexerProperties properties = new IndexerProperties("news", 1, "news");
        RetryRegistry retries = TestRetries.registry(3, Duration.ofMillis(20), Duration.ofMillis(200));
        IndexedVersions versions = new IndexedVersions() {
            @Override
            public Map<String, Existing> lookup(List<String> ids) {
                return indexed;
            }

            @Override
            public List<Existing> articlesOfPage(String pageId, String source) {
                return List.of();
            }
        };
        return new BulkIndexWriter(LocalElasticsearch.clientFor(es.url()), properties, deadLetters, meters, retries,
                versions, steps::addAll);
    }

    @Test
    void anIdOwnedByAnotherNewsroomIsDeadLetteredAndABatchOfOnlySuchRecordsWritesNothing() {
        List<news.model.status.StatusEvent> steps = new java.util.ArrayList<>();
        BulkIndexWriter writer = writerSeeing(Map.of("taken", new IndexedVersions.Existing("taken", "other", null, 1L)), steps);
        writer.write(List.of(article("taken")));
        assertThat(dead).singleElement().satisfies(d -> assertThat(d.reason()).contains("belongs to another newsroom"));
        assertThat(es.bulkIds()).as("no empty bulk request").isEmpty();

        writer.write(List.of(article("taken"), article("mine")));
        assertThat(es.bulkIds()).containsExactly(List.of("mine"));
        assertThat(steps).extracting(news.model.status.StatusEvent::articleId).containsExactly("mine");
        assertThat(steps.getFirst().state()).isEqualTo(news.model.status.ArticleState.INDEXED);
    }

    @Test
    void aDocumentElasticsearchRefusesGetsNoIndexedStep() {
        es.itemError("bad", 400, "mapper_parsing_exception", Integer.MAX_VALUE);
        List<news.model.status.StatusEvent> steps = new java.util.ArrayList<>();
        writerSeeing(Map.of(), steps).write(List.of(article("a"), article("bad")));
        assertThat(dead).extracting(d -> new String(d.record().key(), StandardCharsets.UTF_8)).containsExactly("bad");
        assertThat(steps).extracting(news.model.status.StatusEvent::articleId)
                .as("the refused one's status is the dead letter's").containsExactly("a");
    }
}
