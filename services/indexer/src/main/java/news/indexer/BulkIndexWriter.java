package news.indexer;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.util.BinaryData;
import co.elastic.clients.util.ContentType;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryRegistry;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import news.model.ClassifiedArticle;
import news.model.EventCodec;
import news.model.NewsDocument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Writes a batch of classified events to Elasticsearch in one bulk request per attempt.
 * <ul>
 *   <li>document id = article id, so a resend or a replay overwrites instead of duplicating;</li>
 *   <li>external versioning ({@code external_gte}) on the article's {@code versionCreated} (else the time it was
 *       received): an older version that arrives late — a replayed topic, a newsroom resending an old draft — is
 *       refused by Elasticsearch and counted as stale instead of overwriting the newer document; an equal version
 *       (a correction under the same version, a re-enrichment) still overwrites;</li>
 *   <li>items refused as malformed, and payloads that are not valid events, go to the dead-letter topic;</li>
 *   <li>anything else (connection errors, 429, unavailable shards) is retried, only for the items that failed,
 *       with exponential backoff and jitter (Resilience4j); when the attempts run out the exception reaches the
 *       listener container, which retries the whole batch without committing. Nothing is skipped.</li>
 * </ul>
 */
@Component
class BulkIndexWriter {
    private static final Logger log = LoggerFactory.getLogger(BulkIndexWriter.class);
    static final String RETRY = "elasticsearch-bulk";

    private final ElasticsearchClient client;
    private final IndexerProperties properties;
    private final DeadLetterPublisher deadLetters;
    private final Retry retry;
    private final Counter staleCounter;

    BulkIndexWriter(ElasticsearchClient client, IndexerProperties properties, DeadLetterPublisher deadLetters,
                    MeterRegistry meters, RetryRegistry retries) {
        this.client = client;
        this.staleCounter = Counter.builder("news.indexer.stale")
                .description("records not written because Elasticsearch holds a newer version of the article")
                .register(meters);
        this.properties = properties;
        this.deadLetters = deadLetters;
        // declared in application.yml: resilience4j.retry.instances.elasticsearch-bulk
        this.retry = retries.retry(RETRY);
        retry.getEventPublisher().onRetry(e -> log.warn("bulk retry attempt={} wait={}ms error={}",
                e.getNumberOfRetryAttempts(), e.getWaitInterval().toMillis(), e.getLastThrowable().getMessage()));
    }

    /** Returns when every record is either confirmed by Elasticsearch or safely in the dead-letter topic. */
    void write(List<IndexRecord> records) {
        int olderInBatch = 0;
        Map<String, Pending> pending = new LinkedHashMap<>();
        for (IndexRecord record : records) {
            try {
                NewsDocument doc = NewsDocument.of(EventCodec.decode(record.payload(), ClassifiedArticle.class));
                // Two records for one id in a batch: the one Elasticsearch would keep wins (higher version, else later).
                Pending candidate = new Pending(record, doc);
                if (pending.merge(doc.id(), candidate, BulkIndexWriter::newer) != candidate) {
                    olderInBatch++; // an older version behind a newer one in the same batch
                }
            } catch (RuntimeException e) {
                deadLetters.send(record, "not a valid news.classified event: " + e.getMessage());
            }
        }
        if (pending.isEmpty()) {
            return;
        }
        int total = pending.size();
        Set<String> refusedAsStale = new HashSet<>();
        Retry.decorateRunnable(retry, () -> attempt(pending, refusedAsStale)).run();
        int stale = olderInBatch + refusedAsStale.size();
        log.info("indexed documents={} stale={} records={} index={}", total - refusedAsStale.size(), stale, records.size(),
                properties.alias());
        staleCounter.increment(stale);
    }

    /** One bulk request for what is still pending; confirmed, dead-lettered and stale items leave {@code pending}. */
    private void attempt(Map<String, Pending> pending, Set<String> refusedAsStale) {
        BulkRequest.Builder bulk = new BulkRequest.Builder().index(properties.alias());
        for (Pending p : pending.values()) {
            byte[] json = EventCodec.encode(p.doc());
            Long version = versionOf(p.doc());
            bulk.operations(op -> op.index(i -> {
                i.id(p.doc().id()).document(BinaryData.of(json, ContentType.APPLICATION_JSON));
                return version == null ? i : i.version(version).versionType(VersionType.ExternalGte);
            }));
        }
        BulkResponse response;
        try {
            response = client.bulk(bulk.build());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> transientErrors = new ArrayList<>();
        for (BulkResponseItem item : response.items()) {
            Pending p = pending.get(item.id());
            if (item.error() == null) {
                pending.remove(item.id());
            } else if (IndexFailures.isStale(item.error().type())) {
                refusedAsStale.add(item.id()); // Elasticsearch holds a newer version of this article: nothing to write
                pending.remove(item.id());
            } else if (IndexFailures.isMalformed(item.error().type())) {
                deadLetters.send(p.record(), "elasticsearch rejected the document: " + item.error().type() + ": " + item.error().reason());
                pending.remove(item.id());
            } else {
                transientErrors.add(item.error().type());
            }
        }
        if (!pending.isEmpty()) {
            throw new TransientIndexException(pending.size() + " documents not indexed yet: " + transientErrors);
        }
    }

    /** Version for Elasticsearch: versionCreated, else receivedAt, in epoch milliseconds; null if neither is known. */
    static Long versionOf(NewsDocument doc) {
        Instant at = doc.versionCreated() != null ? doc.versionCreated() : doc.receivedAt();
        return at == null ? null : Math.max(0, at.toEpochMilli());
    }

    static Pending newer(Pending earlier, Pending later) {
        Long a = versionOf(earlier.doc()), b = versionOf(later.doc());
        return a != null && b != null && a > b ? earlier : later;
    }

    record Pending(IndexRecord record, NewsDocument doc) {}

    static class TransientIndexException extends RuntimeException {
        TransientIndexException(String message) {
            super(message);
        }
    }
}
