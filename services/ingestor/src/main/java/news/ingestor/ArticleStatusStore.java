package news.ingestor;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch.core.GetResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import news.model.status.ArticleStatus;
import news.model.status.StatusEvent;
import org.springframework.stereotype.Component;

/**
 * Reads article status from the status index, always within one newsroom: every lookup is by the newsroom's own
 * document id ({@link StatusEvent#documentId}) or filtered on its source, so no answer ever depends on another
 * newsroom's articles.
 */
@Component
class ArticleStatusStore {
    private final ElasticsearchClient client;
    private final StatusProperties properties;

    ArticleStatusStore(ElasticsearchClient client, StatusProperties properties) {
        this.client = client;
        this.properties = properties;
    }

    /** One page of a newsroom's statuses, oldest change first; {@code after} = the previous page's last sort values. */
    record Listing(List<ArticleStatus> articles, List<Object> last) {}

    @SuppressWarnings({"rawtypes", "unchecked"})
    Optional<ArticleStatus> status(String source, String id) {
        return read(() -> {
            GetResponse<Map> response = client.get(g -> g.index(properties.index())
                    .id(StatusEvent.documentId(source, id)), Map.class);
            return response.found() && response.source() != null
                    ? Optional.ofNullable(ArticleStatus.of(response.source())) : Optional.empty();
        }, Optional.empty());
    }

    /** The statuses of the articles split from one of the newsroom's pages, in page order of their ids. */
    @SuppressWarnings({"rawtypes", "unchecked"})
    List<ArticleStatus> articlesOfPage(String source, String pageId) {
        return read(() -> {
            SearchResponse<Map> response = client.search(s -> s.index(properties.index()).size(500)
                    .query(q -> q.bool(b -> b.filter(f -> f.term(t -> t.field("source").value(source)))
                            .filter(f -> f.term(t -> t.field("pageId").value(pageId)))))
                    .sort(o -> o.field(f -> f.field("id").order(SortOrder.Asc))), Map.class);
            return statuses(response.hits().hits());
        }, List.of());
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    Listing list(String source, Instant since, List<Object> after, int size) {
        return read(() -> {
            SearchResponse<Map> response = client.search(s -> {
                s.index(properties.index()).size(size)
                        .query(q -> q.bool(b -> b.filter(f -> f.term(t -> t.field("source").value(source)))
                                .filter(f -> f.range(r -> r.date(d -> d.field("updatedAt").gte(since.toString()))))))
                        .sort(o -> o.field(f -> f.field("updatedAt").order(SortOrder.Asc)))
                        .sort(o -> o.field(f -> f.field("id").order(SortOrder.Asc)));
                if (after != null) {
                    s.searchAfter(after.stream().map(v -> v instanceof Number n ? FieldValue.of(n.longValue())
                            : FieldValue.of(String.valueOf(v))).toList());
                }
                return s;
        }, Map.class);
        List<Hit<Map>> hits = response.hits().hits();
        List<Object> last = hits.size() < size || hits.isEmpty() ? null
                : hits.getLast().sort().stream().map(FieldValue::_get).toList();
        return new Listing(statuses(hits), last);
        }, new Listing(List.of(), null));
    }

    /**
     * Whether the newsroom's article is in the search index (its status may have expired): its kind, or empty when
     * there is no such article of this newsroom.
     */
    @SuppressWarnings({"rawtypes", "unchecked"})
    Optional<String> indexedKind(String source, String id) {
        return read(() -> {
            GetResponse<Map> response = client.get(g -> g.index(properties.articlesAlias()).id(id)
                    .sourceIncludes(List.of("source", "kind")), Map.class);
            if (!response.found() || response.source() == null || !source.equals(response.source().get("source"))) {
                return Optional.empty();
            }
            return Optional.of(String.valueOf(response.source().getOrDefault("kind", "article")));
        }, Optional.empty());
    }

    @SuppressWarnings("unchecked")
    private static List<ArticleStatus> statuses(List<? extends Hit<Map>> hits) {
        List<ArticleStatus> out = new ArrayList<>(hits.size());
        for (Hit<Map> h : hits) {
            ArticleStatus status = h.source() == null ? null : ArticleStatus.of(h.source());
            if (status != null) {
                out.add(status);
            }
        }
        return out;
    }

    @FunctionalInterface
    private interface Read<T> {
        T run() throws IOException;
    }

    /**
     * One read of the status or search index: {@code whenNoIndex} when the index does not exist yet (nothing was
     * recorded), {@link StatusUnavailableException} (503) when Elasticsearch cannot answer.
     */
    private static <T> T read(Read<T> read, T whenNoIndex) {
        try {
            return read.run();
        } catch (co.elastic.clients.elasticsearch._types.ElasticsearchException e) {
            if (e.status() == 404) {
                return whenNoIndex;
            }
            throw unavailable(e);
        } catch (IOException | RuntimeException e) {
            throw unavailable(e);
        }
    }

    private static StatusUnavailableException unavailable(Exception e) {
        return new StatusUnavailableException("article status is unavailable right now (the status index cannot be "
                + "read); ingest is not affected", e);
    }
}
