package news.gateway;

import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import co.elastic.clients.elasticsearch.tasks.GroupBy;
import co.elastic.clients.elasticsearch.tasks.TaskInfo;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.LongConsumer;
import news.model.NewsDocument;
import news.search.ArticleQueries;
import news.search.SearchCost;
import news.search.SearchLimits;
import news.search.SearchRequestParams;
import news.search.SearchResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Sends the requests {@link ArticleQueries} builds (libs/news-search) to Elasticsearch, each through the
 * {@link SearchBackend} (circuit breaker, time limit), and maps the answers back.
 */
@Component
class ArticleSearchService {
    private static final Logger log = LoggerFactory.getLogger(ArticleSearchService.class);
    static final String OPAQUE_ID = "X-Opaque-Id";
    static final String SEARCH_ACTION = "indices:data/read/search";
    private final ElasticsearchAsyncClient client;
    private final SearchBackend backend;
    private final ArticleQueries queries;

    ArticleSearchService(ElasticsearchAsyncClient client, SearchBackend backend, SearchLimits limits) {
        this.client = client;
        this.backend = backend;
        this.queries = new ArticleQueries(limits);
    }

    /** The search, its answer's {@code took} (milliseconds on the node) handed to {@code took}. */
    SearchResult search(SearchRequestParams p, LongConsumer took) throws IOException {
        var response = send(SearchCost.isExpensive(p), c -> c.search(queries.request(p), NewsDocument.class));
        took.accept(response.took());
        return queries.result(p, response);
    }

    /**
     * One request through the backend, tagged with an X-Opaque-Id of its own; past the time limit the node's search
     * task of that id is cancelled (in the background: the caller has its 504 already).
     */
    <T> T send(Function<ElasticsearchAsyncClient, CompletableFuture<T>> request) throws IOException {
        return send(false, request);
    }

    /** {@link #send(Function)} under the time limit of an ordinary or an expensive search. */
    <T> T send(boolean expensive, Function<ElasticsearchAsyncClient, CompletableFuture<T>> request) throws IOException {
        String opaqueId = "gateway-" + UUID.randomUUID();
        ElasticsearchAsyncClient tagged = client.withTransportOptions(o -> o.addHeader(OPAQUE_ID, opaqueId));
        return backend.call(expensive, () -> request.apply(tagged), () -> cancelSearchTasks(opaqueId));
    }

    /** Cancels the node's search tasks carrying {@code opaqueId} (their shard-level children follow). */
    CompletableFuture<Integer> cancelSearchTasks(String opaqueId) {
        return client.tasks().list(l -> l.actions(SEARCH_ACTION).detailed(true).groupBy(GroupBy.None))
                .thenCompose(list -> {
                    List<TaskInfo> tasks = list.tasks() == null || !list.tasks().isFlat() ? List.of() : list.tasks().flat();
                    List<CompletableFuture<?>> cancels = tasks.stream()
                            .filter(t -> SEARCH_ACTION.equals(t.action()) && opaqueId.equals(t.headers().get(OPAQUE_ID)))
                            .<CompletableFuture<?>>map(t -> client.tasks().cancel(c -> c.taskId(t.node() + ":" + t.id())))
                            .toList();
                    return CompletableFuture.allOf(cancels.toArray(CompletableFuture[]::new)).thenApply(v -> cancels.size());
                })
                .whenComplete((cancelled, e) -> {
                    if (e != null) {
                        log.warn("could not cancel the search task of a timed-out search error={}", e.getMessage());
                    } else {
                        log.info("cancelled the search task of a timed-out search tasks={}", cancelled);
                    }
                });
    }

    /**
     * The article, if it may be shown: a withheld one is not found (404, nothing says it exists), a canceled one is
     * gone ({@link ArticleGoneException}, 410).
     */
    Optional<NewsDocument> get(String id) throws IOException {
        var response = send(c -> c.get(queries.get(id), NewsDocument.class));
        NewsDocument doc = response.found() ? response.source() : null;
        if (doc == null || doc.pubStatus() == news.model.PubStatus.WITHHELD) {
            return Optional.empty();
        }
        if (doc.pubStatus() == news.model.PubStatus.CANCELED) {
            throw new ArticleGoneException(id);
        }
        return Optional.of(doc);
    }

    List<SearchResult.Hit> similar(String id, int size, LongConsumer took) throws IOException {
        var response = send(c -> c.search(queries.similar(id, size), NewsDocument.class));
        took.accept(response.took());
        return queries.similarHits(response);
    }

    Map<String, List<String>> suggest(String prefix, int size, LongConsumer took) throws IOException {
        var response = send(c -> c.search(queries.suggest(prefix, size), NewsDocument.class));
        took.accept(response.took());
        return queries.suggestions(prefix, response);
    }
}
