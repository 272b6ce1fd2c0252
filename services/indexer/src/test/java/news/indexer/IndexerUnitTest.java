package news.indexer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import news.model.NewsDocument;
import org.junit.jupiter.api.Test;

class IndexerUnitTest {

    @Test
    void malformedErrorsAreDeadLetteredOthersRetried() {
        assertThat(IndexFailures.isMalformed("mapper_parsing_exception")).isTrue();
        assertThat(IndexFailures.isMalformed("strict_dynamic_mapping_exception")).isTrue();
        assertThat(IndexFailures.isMalformed("document_parsing_exception")).isTrue();
        assertThat(IndexFailures.isMalformed("es_rejected_execution_exception")).isFalse();
        assertThat(IndexFailures.isMalformed("unavailable_shards_exception")).isFalse();
        assertThat(IndexFailures.isMalformed(null)).isFalse();
    }

    @Test
    void aWholeRequestIsRetriedOn429And5xxOnly() {
        assertThat(IndexFailures.isTransientStatus(429)).isTrue();
        assertThat(IndexFailures.isTransientStatus(503)).isTrue();
        assertThat(IndexFailures.isTransientStatus(500)).isTrue();
        assertThat(IndexFailures.isTransientStatus(400)).isFalse();
        assertThat(IndexFailures.isTransientStatus(404)).isFalse();
    }

    @Test
    void aVersionConflictMeansStaleNotFailed() {
        assertThat(IndexFailures.isStale("version_conflict_engine_exception")).isTrue();
        assertThat(IndexFailures.isMalformed("version_conflict_engine_exception")).isFalse();
        assertThat(IndexFailures.isStale("mapper_parsing_exception")).isFalse();
        assertThat(IndexFailures.isStale(null)).isFalse();
    }

    @Test
    void versionIsVersionCreatedElseReceivedAt() {
        Instant created = Instant.parse("2026-11-20T00:00:00Z");
        Instant received = Instant.parse("2026-11-22T10:00:00Z");
        assertThat(BulkIndexWriter.versionOf(doc(created, received))).isEqualTo(created.toEpochMilli());
        assertThat(BulkIndexWriter.versionOf(doc(null, received))).isEqualTo(received.toEpochMilli());
        assertThat(BulkIndexWriter.versionOf(doc(null, null))).isNull();
        // Elasticsearch versions cannot be negative: a pre-1970 date still indexes
        assertThat(BulkIndexWriter.versionOf(doc(Instant.parse("1969-12-31T00:00:00Z"), received))).isZero();
    }

    @Test
    void withinABatchTheHigherVersionWinsAndTiesGoToTheLaterRecord() {
        Instant t1 = Instant.parse("2026-11-19T00:00:00Z"), t2 = Instant.parse("2026-11-20T00:00:00Z");
        var older = pending(doc(t1, t2));
        var newer = pending(doc(t2, t2));
        var newerAgain = pending(doc(t2, t2));
        assertThat(BulkIndexWriter.newer(newer, older)).isSameAs(newer);
        assertThat(BulkIndexWriter.newer(older, newer)).isSameAs(newer);
        assertThat(BulkIndexWriter.newer(newer, newerAgain)).isSameAs(newerAgain);
        var unversioned = pending(doc(null, null));
        assertThat(BulkIndexWriter.newer(newer, unversioned)).isSameAs(unversioned);
    }

    private static BulkIndexWriter.Pending pending(NewsDocument doc) {
        return new BulkIndexWriter.Pending(null, doc, BulkIndexWriter.versionOf(doc));
    }

    private static NewsDocument doc(Instant versionCreated, Instant receivedAt) {
        return new NewsDocument("id", null, "src", "text", "zh-Hans", "标题", "正文", null, null,
                versionCreated != null ? versionCreated : receivedAt, versionCreated, receivedAt, List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(), null, null, List.of(), List.of(), null, List.of(), null, null,
                null, null, null);
    }
}
