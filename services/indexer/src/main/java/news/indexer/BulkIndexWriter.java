package news.indexer;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
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
import news.model.status.ArticleState;
import news.model.status.StatusEvent;
import news.model.status.StatusEventReader;
import news.service.stream.ConsumedRecord;
import news.service.stream.DeadLetters;
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
    /** Dead letters of refused documents name Elasticsearch's answer: the item's HTTP status and error type (text). */
    static final String STATUS_HEADER = "x-elasticsearch-status";
    static final String ERROR_TYPE_HEADER = "x-elasticsearch-error-type";
    static final String RETRY = "elasticsearch-bulk";

    private final ElasticsearchClient client;
    private final IndexerProperties properties;
    private final DeadLetters deadLetters;
    private final Retry retry;
    private final Counter staleCounter;
    private final IndexedVersions versions;
    private final StatusSink status;

    BulkIndexWriter(ElasticsearchClient client, IndexerProperties properties, DeadLetters deadLetters,
                    MeterRegistry meters, RetryRegistry retries, IndexedVersions versions, StatusSink status) {
        this.client = client;
        this.versions = versions;
        this.status = status;
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
    void write(List<ConsumedRecord> records) {
        int olderInBatch = 0;
        Map<String, Pending> pending = new LinkedHashMap<>();
        for (ConsumedRecord record : records) {
            try {
                NewsDocument doc = NewsDocument.of(EventCodec.decode(record.payload(), ClassifiedArticle.class));
                // Two records for one id in a batch: the one Elasticsearch would keep wins (higher version, else later).
                Pending candidate = new Pending(record, doc, versionOf(doc));
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
        List<String> ids = pending.values().stream()
                .flatMap(p -> java.util.stream.Stream.of(p.doc().id(), p.doc().pageId())).toList();
        Map<String, IndexedVersions.Existing> existing = Retry.decorateSupplier(retry, () -> versions.lookup(ids)).get();
        applyOwnershipAndStatus(pending, existing);
        if (pending.isEmpty()) {
            return; // every record was refused (another newsroom's id): nothing to write, nothing to wait for
        }
        int total = pending.size();
        Set<String> refusedAsStale = new HashSet<>();
        Set<String> deadLettered = new HashSet<>();
        Map<String, Pending> written = new LinkedHashMap<>(pending);
        Retry.decorateRunnable(retry, () -> attempt(pending, refusedAsStale, deadLettered)).run();
        int stale = olderInBatch + refusedAsStale.size();
        log.info("indexed documents={} stale={} refusedByElasticsearch={} records={} index={}",
                total - refusedAsStale.size() - deadLettered.size(), stale, deadLettered.size(), records.size(),
                properties.alias());
        staleCounter.increment(stale);
        // A document Elasticsearch refused is dead-lettered (its status comes from the dead-letter topic): no "indexed" step.
        written.keySet().removeAll(deadLettered);
        status.record(statusEvents(written, refusedAsStale, existing));
    }

    /**
     * Before writing: an id owned by another newsroom is refused (dead letter: one newsroom can neither overwrite nor
     * kill another's article); a kill or hold becomes a tombstone whose version is at least the indexed one, so that it
     * always takes effect and no older version can come back after it; a kill of a page covers each of its articles;
     * an article of a killed or withheld page is written as a tombstone too (it may reach us after the kill).
     */
    private void applyOwnershipAndStatus(Map<String, Pending> pending, Map<String, IndexedVersions.Existing> existing) {
        Map<String, Pending> pageArticles = new LinkedHashMap<>();
        for (var it = pending.entrySet().iterator(); it.hasNext(); ) {
            var entry = it.next();
            Pending p = entry.getValue();
            NewsDocument doc = p.doc();
            IndexedVersions.Existing current = existing.get(doc.id());
            if (current != null && current.source() != null && !current.source().equals(doc.source())) {
                deadLetters.send(p.record(), "the article id '" + doc.id() + "' belongs to another newsroom; "
                        + "use a uri of your own");
                it.remove();
                continue;
            }
            if (!doc.pubStatus().visible()) {
                long version = Math.max(p.version() == null ? 0 : p.version(), current == null ? 0 : current.version());
                entry.setValue(new Pending(p.record(), doc.asTombstone(doc.pubStatus(), doc.versionCreated()), version));
                if ("page".equals(doc.kind())) {
                    for (IndexedVersions.Existing article : versions.articlesOfPage(doc.id(), doc.source())) {
                        NewsDocument tombstone = NewsDocument.tombstone(article.id(), null, doc.source(), "article",
                                doc.id(), doc.versionCreated(), doc.receivedAt(), doc.pubStatus());
                        pageArticles.put(article.id(), new Pending(p.record(), tombstone,
                                Math.max(version, article.version())));
                    }
                }
            } else if (doc.pageId() != null && existing.get(doc.pageId()) instanceof IndexedVersions.Existing page
                    && page.pubStatus() != null && !page.pubStatus().visible()
                    && p.version() != null && page.version() >= p.version()) {
                entry.setValue(new Pending(p.record(), doc.asTombstone(page.pubStatus(), doc.versionCreated()),
                        page.version()));
            }
        }
        pageArticles.forEach(pending::putIfAbsent);
    }

    private List<StatusEvent> statusEvents(Map<String, Pending> written, Set<String> stale,
                                           Map<String, IndexedVersions.Existing> existing) {
        Instant now = Instant.now();
        List<StatusEvent> events = new ArrayList<>(written.size());
        for (Pending p : written.values()) {
            NewsDocument doc = p.doc();
            ArticleState state;
            String detail = null;
            if (stale.contains(doc.id())) {
                state = ArticleState.STALE;
                IndexedVersions.Existing current = existing.get(doc.id());
                detail = "the index holds an equal or newer version"
                        + (current == null ? "" : " (" + Instant.ofEpochMilli(current.version()) + ")")
                        + (p.version() == null ? "" : " than this one (" + Instant.ofEpochMilli(p.version()) + ")");
            } else {
                state = switch (doc.pubStatus()) {
                    case USABLE -> ArticleState.INDEXED;
                    case WITHHELD -> ArticleState.WITHHELD;
                    case CANCELED -> ArticleState.CANCELED;
                };
            }
            events.add(new StatusEvent(doc.id(), doc.source(), doc.kind(), doc.pageId(), state, now, p.version(), null,
                    detail));
        }
        return events;
    }

    /** One bulk request for what is still pending; confirmed, dead-lettered and stale items leave {@code pending}. */
    private void attempt(Map<String, Pending> pending, Set<String> refusedAsStale, Set<String> deadLettered) {
        BulkRequest.Builder bulk = new BulkRequest.Builder().index(properties.alias());
        for (Pending p : pending.values()) {
            byte[] json = EventCodec.encode(p.doc());
            Long version = p.version();
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
        } catch (ElasticsearchException e) {
            // The client throws this (not an IOException) for a whole request answered 429; retry it like a 503.
            if (IndexFailures.isTransientStatus(e.status())) {
                throw new TransientIndexException("bulk request answered " + e.status() + ": " + e.getMessage());
            }
            throw e;
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
                deadLetters.send(p.record(), "elasticsearch rejected the document (" + item.status() + " " + item.error().type()
                        + "): " + item.error().reason(), Map.of(STATUS_HEADER, String.valueOf(item.status()),
                        ERROR_TYPE_HEADER, item.error().type()));
                deadLettered.add(item.id());
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
        return StatusEventReader.version(doc.versionCreated(), doc.receivedAt());
    }

    static Pending newer(Pending earlier, Pending later) {
        Long a = earlier.version(), b = later.version();
        return a != null && b != null && a > b ? earlier : later;
    }

    /** A document to write, with the external version it is written under. */
    record Pending(ConsumedRecord record, NewsDocument doc, Long version) {}

    static class TransientIndexException extends RuntimeException {
        TransientIndexException(String message) {
            super(message);
        }
    }
}
