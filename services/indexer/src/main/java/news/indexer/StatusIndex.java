package news.indexer;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.transport.rest5_client.Rest5ClientTransport;
import co.elastic.clients.transport.rest5_client.low_level.Request;
import java.io.IOException;
import java.io.StringReader;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import news.model.status.StatusEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The article status index: what the ingestor answers {@code GET /api/v1/articles/{id}/status} from. Each step is a
 * partial update merged into the newsroom's document for the article ({@code doc_as_upsert}), so steps recorded by
 * different consumers in any order add up. Status is best effort beside the news itself: a failed status write is
 * logged and never holds back indexing (the next step of the article writes again).
 */
@Component
class StatusIndex implements InitializingBean, StatusSink {
    private static final Logger log = LoggerFactory.getLogger(StatusIndex.class);

    /** Searchable fields only; the steps are kept in the source for the API and not indexed. */
    static final String MAPPING = """
            {"dynamic": false, "properties": {
              "id": {"type": "keyword"}, "source": {"type": "keyword"}, "kind": {"type": "keyword"},
              "pageId": {"type": "keyword"}, "updatedAt": {"type": "date"}}}""";

    private final ElasticsearchClient client;
    private final StatusProperties properties;
    private final Clock clock;

    @org.springframework.beans.factory.annotation.Autowired
    StatusIndex(ElasticsearchClient client, StatusProperties properties) {
        this(client, properties, Clock.systemUTC());
    }

    StatusIndex(ElasticsearchClient client, StatusProperties properties, Clock clock) {
        this.client = client;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public void afterPropertiesSet() throws IOException {
        if (!client.indices().exists(e -> e.index(properties.index())).value()) {
            try {
                client.indices().create(c -> c.index(properties.index())
                        // No refresh_interval: the default refreshes every second only while the index is searched
                        // (a search of an idle shard refreshes it first, so it sees every write); reads by id are
                        // real time. Set explicitly it refreshed every second under load for nobody.
                        .settings(s -> s.numberOfShards("1").numberOfReplicas("0"))
                        .mappings(m -> m.withJson(new StringReader(MAPPING))));
                log.info("created status index index={}", properties.index());
            } catch (co.elastic.clients.elasticsearch._types.ElasticsearchException e) {
                // another indexer instance created it first
                if (!"resource_already_exists_exception".equals(e.error().type())) {
                    throw e;
                }
            }
        } else {
            resetRefreshInterval();
        }
    }

    /** An index created before kept "refresh_interval: 1s" (which disables the search-idle skip); back to the default. */
    private void resetRefreshInterval() {
        // The typed client cannot send a null setting (its IndexSettings refuses one): the low-level client of its transport.
        if (!(client._transport() instanceof Rest5ClientTransport transport)) {
            return;
        }
        try {
            Request reset = new Request("PUT", "/" + properties.index() + "/_settings");
            reset.setJsonEntity("{\"index\": {\"refresh_interval\": null}}");
            transport.restClient().performRequest(reset);
        } catch (IOException | RuntimeException e) {
            log.warn("could not reset the status index's refresh interval index={} error={}", properties.index(), e.toString());
        }
    }

    /** Writes the steps; never throws (see the class comment). */
    @Override
    public void record(List<StatusEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        // One update per status document: a batch of the status consumer often holds two or three steps of one article.
        Map<String, Map<String, Object>> docs = StatusEvent.mergedByDocument(events);
        BulkRequest.Builder bulk = new BulkRequest.Builder().index(properties.index());
        docs.forEach((id, doc) -> bulk.operations(op -> op.update(u -> u.id(id)
                .retryOnConflict(5)
                .action(a -> a.doc(doc).docAsUpsert(true)))));
        try {
            BulkResponse response = client.bulk(bulk.build());
            if (response.errors()) {
                long failed = response.items().stream().filter(i -> i.error() != null).count();
                log.warn("status write partly failed failed={} of={} first={}", failed, docs.size(),
                        response.items().stream().filter(i -> i.error() != null).findFirst()
                                .map(i -> i.error().type() + ": " + i.error().reason()).orElse(""));
            }
        } catch (IOException | RuntimeException e) {
            log.warn("status write failed events={} error={}", events.size(), e.toString());
        }
    }

    /** Deletes the status of articles whose last step is older than the retention. */
    @Scheduled(initialDelayString = "${news.status.cleanup-delay:PT5M}", fixedDelayString = "${news.status.cleanup-every:PT1H}")
    void deleteExpired() {
        Instant cutoff = clock.instant().minus(properties.retention());
        try {
            var response = client.deleteByQuery(d -> d.index(properties.index()).conflicts(
                            co.elastic.clients.elasticsearch._types.Conflicts.Proceed)
                    .query(q -> q.range(r -> r.date(dr -> dr.field("updatedAt").lt(cutoff.toString())))));
            if (response.deleted() != null && response.deleted() > 0) {
                log.info("status entries expired deleted={} before={}", response.deleted(), cutoff);
            }
        } catch (IOException | RuntimeException e) {
            log.warn("status cleanup failed error={}", e.toString());
        }
    }
}
