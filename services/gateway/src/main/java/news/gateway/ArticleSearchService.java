package news.gateway;

import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import news.model.NewsDocument;
import news.search.ArticleQueries;
import news.search.SearchLimits;
import news.search.SearchRequestParams;
import news.search.SearchResult;
import org.springframework.stereotype.Component;

/**
 * Sends the requests {@link ArticleQueries} builds (libs/news-search) to Elasticsearch, each through the
 * {@link SearchBackend} (circuit breaker, time limit), and maps the answers back.
 */
@Component
class ArticleSearchService {
    private final ElasticsearchAsyncClient client;
    private final SearchBackend backend;
    private final ArticleQueries queries;

    ArticleSearchService(ElasticsearchAsyncClient client, SearchBackend backend, SearchLimits limits) {
        this.client = client;
        this.backend = backend;
        this.queries = new ArticleQueries(limits);
    }

    SearchResult search(SearchRequestParams p) throws IOException {
        return queries.result(p, backend.call(() -> client.search(queries.request(p), NewsDocument.class)));
    }

    /**
     * The article, if it may be shown: a withheld one is not found (404, nothing says it exists), a canceled one is
     * gone ({@link ArticleGoneException}, 410).
     */
    Optional<NewsDocument> get(String id) throws IOException {
        var response = backend.call(() -> client.get(queries.get(id), NewsDocument.class));
        NewsDocument doc = response.found() ? response.source() : null;
        if (doc == null || doc.pubStatus() == news.model.PubStatus.WITHHELD) {
            return Optional.empty();
        }
        if (doc.pubStatus() == news.model.PubStatus.CANCELED) {
            throw new ArticleGoneException(id);
        }
        return Optional.of(doc);
    }

    List<SearchResult.Hit> similar(String id, int size) throws IOException {
        return queries.similarHits(backend.call(() -> client.search(queries.similar(id, size), NewsDocument.class)));
    }

    Map<String, List<String>> suggest(String prefix, int size) throws IOException {
        return queries.suggestions(prefix, backend.call(() -> client.search(queries.suggest(prefix, size), NewsDocument.class)));
    }
}
