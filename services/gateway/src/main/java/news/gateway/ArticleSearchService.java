package news.gateway;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
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

/** Sends the requests {@link ArticleQueries} builds (libs/news-search) to Elasticsearch and maps the answers back. */
@Component
class ArticleSearchService {
    private final ElasticsearchClient client;
    private final ArticleQueries queries;

    ArticleSearchService(ElasticsearchClient client, SearchLimits limits) {
        this.client = client;
        this.queries = new ArticleQueries(limits);
    }

    SearchResult search(SearchRequestParams p) throws IOException {
        return queries.result(p, client.search(queries.request(p), NewsDocument.class));
    }

    /**
     * The article, if it may be shown: a withheld one is not found (404, nothing says it exists), a canceled one is
     * gone ({@link ArticleGoneException}, 410).
     */
    Optional<NewsDocument> get(String id) throws IOException {
        var response = client.get(queries.get(id), NewsDocument.class);
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
        return queries.similarHits(client.search(queries.similar(id, size), NewsDocument.class));
    }

    Map<String, List<String>> suggest(String prefix, int size) throws IOException {
        return queries.suggestions(prefix, client.search(queries.suggest(prefix, size), NewsDocument.class));
    }
}
