package news.gateway;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.GetResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.HighlighterEncoder;
import co.elastic.clients.elasticsearch.core.search.HighlightField;
import co.elastic.clients.json.JsonData;
import co.elastic.clients.util.NamedValue;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import news.model.EventCodec;
import news.model.NewsDocument;
import org.springframework.stereotype.Component;

/** Builds and runs searches on the news alias with the client's builders (user text only ever as query values). */
@Component
class ArticleSearch {
    /** Facet name in the API → keyword field in the index. */
    static final Map<String, String> FACETS = Map.of("topic", "topics", "place", "places", "source", "source");
    private static final List<String> TEXT_FIELDS = List.of(
            "headline^3", "headline.cjk^2", "summary^1.5", "keywords^2", "body", "body.cjk");

    private final ElasticsearchClient client;
    private final SearchProperties properties;

    ArticleSearch(ElasticsearchClient client, SearchProperties properties) {
        this.client = client;
        this.properties = properties;
    }

    SearchResult search(SearchRequestParams p) throws IOException {
        List<Query> filters = new ArrayList<>();
        if (p.topic() != null) {
            filters.add(Query.of(q -> q.term(t -> t.field("topics").value(p.topic()))));
        }
        if (p.place() != null) {
            filters.add(Query.of(q -> q.term(t -> t.field("places").value(p.place()))));
        }
        if (p.source() != null) {
            filters.add(Query.of(q -> q.term(t -> t.field("source").value(p.source()))));
        }
        if (p.from() != null || p.to() != null) {
            filters.add(Query.of(q -> q.range(r -> r.date(d -> {
                d.field("published");
                if (p.from() != null) {
                    d.gte(p.from().toString());
                }
                if (p.to() != null) {
                    d.lte(p.to().toString() + "||/d");
                }
                return d;
            }))));
        }
        Query text = p.q() == null
                ? Query.of(q -> q.matchAll(m -> m))
                // simple_query_string never throws on user syntax: quotes make phrases, | is OR, - is NOT.
                : Query.of(q -> q.simpleQueryString(s -> s.query(p.q()).fields(TEXT_FIELDS).defaultOperator(Operator.And)));

        SearchResponse<JsonData> response = client.search(s -> {
            s.index(properties.alias())
                    .query(q -> q.bool(b -> b.must(text).filter(filters)))
                    .from((p.page() - 1) * p.size())
                    .size(p.size())
                    .trackTotalHits(t -> t.enabled(true))
                    .source(src -> src.filter(f -> f.excludes("body")))
                    .highlight(h -> h.encoder(HighlighterEncoder.Html)
                            .preTags("<em>").postTags("</em>")
                            .fields(NamedValue.of("headline", HighlightField.of(f -> f.numberOfFragments(0))))
                            .fields(NamedValue.of("body", HighlightField.of(f -> f.fragmentSize(120).numberOfFragments(2))))
                            .fields(NamedValue.of("body.cjk", HighlightField.of(f -> f.fragmentSize(120).numberOfFragments(2)))));
            if (p.q() == null) {
                s.sort(o -> o.field(f -> f.field("published").order(SortOrder.Desc)));
            }
            FACETS.forEach((name, field) -> s.aggregations(name, a -> a.terms(t -> t.field(field).size(properties.facetSize()))));
            return s;
        }, JsonData.class);

        List<SearchResult.Hit> hits = response.hits().hits().stream().map(h -> {
            NewsDocument doc = decode(h.source());
            Map<String, List<String>> highlights = new LinkedHashMap<>();
            h.highlight().forEach((field, fragments) -> highlights.merge(field.replace(".cjk", ""), fragments,
                    (a, b) -> a.isEmpty() ? b : a));
            return new SearchResult.Hit(doc.id(), doc.headline(), doc.source(), doc.byline(), doc.published(),
                    doc.topics(), doc.places(), h.score(), highlights);
        }).toList();

        Map<String, List<SearchResult.Bucket>> facets = new LinkedHashMap<>();
        for (String name : List.of("topic", "place", "source")) {
            Aggregate agg = response.aggregations().get(name);
            facets.put(name, agg == null ? List.of() : agg.sterms().buckets().array().stream()
                    .map(b -> new SearchResult.Bucket(b.key().stringValue(), b.docCount())).toList());
        }
        long total = response.hits().total() == null ? hits.size() : response.hits().total().value();
        return new SearchResult(total, p.page(), p.size(), hits, facets);
    }

    Optional<NewsDocument> get(String id) throws IOException {
        // A GET through the alias works because the alias points at exactly one index (see the indexer's bootstrap).
        GetResponse<JsonData> response = client.get(g -> g.index(properties.alias()).id(id), JsonData.class);
        return response.found() ? Optional.of(decode(response.source())) : Optional.empty();
    }

    private static NewsDocument decode(JsonData source) {
        return EventCodec.mapper().readValue(source.toJson().toString(), NewsDocument.class);
    }

}
