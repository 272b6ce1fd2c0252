package news.search;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.CalendarInterval;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.GetRequest;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.elasticsearch.core.search.HighlightField;
import co.elastic.clients.elasticsearch.core.search.HighlighterEncoder;
import co.elastic.clients.util.NamedValue;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import news.model.NewsDocument;

/**
 * The Elasticsearch requests for the search API, made with the client's builders (user text only ever as query
 * values), and the mapping of their responses to the API's shapes. Pure: the gateway sends what this builds.
 */
public final class ArticleQueries {
    /** Facet name in the API → keyword field in the index. */
    public static final Map<String, String> FACETS = facets();
    private static final List<String> TEXT_FIELDS = List.of(
            "headline^3", "headline.cjk^2", "subheadline^2", "subheadline.cjk", "headlines.value^1.5",
            "summary^1.5", "keywords^2", "body", "body.cjk",
            // simplified copies of traditional-character articles (null otherwise): simplified queries find them
            "headlineSimplified^3", "headlineSimplified.cjk^2", "bodySimplified", "bodySimplified.cjk");
    private static final List<String> SUGGEST_FIELDS = List.of("people", "places");
    /** The stored fields a hit shows ({@link SearchResult.Hit}); fetching only these keeps responses small to parse. */
    private static final List<String> HIT_FIELDS = List.of("id", "headline", "subheadline", "headlines", "source", "byline", "published", "topics",
            "places", "people", "duplicateOf");

    /** Below the node's default index.highlight.max_analyzed_offset (1,000,000). */
    public static final int MAX_HIGHLIGHT_OFFSET = 999_999;
    public static final String SEARCH_TIMEOUT = "5s";
    /**
     * Highlighting marks the terms of at most the query's first this many characters (whole words). Highlighting
     * costs per hit and per query term and is not bounded by the search timeout (it runs in the fetch phase): a
     * 500-character query with 50 hits took 5-6 s on a busy 2-core machine, 1.5-2.8 s with 10 hits.
     */
    public static final int HIGHLIGHT_QUERY_CHARS = 40;

    private final SearchLimits properties;

    public ArticleQueries(SearchLimits properties) {
        this.properties = properties;
    }

    private static Map<String, String> facets() {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("topic", "topics");
        f.put("place", "places");
        f.put("source", "source");
        f.put("person", "people");
        f.put("organisation", "organisations");
        // every level of every resolved place (河南省, 河南省/濮阳市, 河南省/濮阳市/清丰县): one facet for all levels
        f.put("region", "regions");
        return f;
    }

    /** The Elasticsearch request for validated parameters (the search benchmark sends the same one straight to the node). */
    public SearchRequest request(SearchRequestParams p) {
        Query query = query(p);
        String highlightText = highlightText(p.q());
        return SearchRequest.of(s -> {
            s.index(properties.alias())
                    .query(query)
                    .size(p.size())
                    .trackTotalHits(t -> t.enabled(true))
                    .source(src -> src.filter(f -> f.includes(HIT_FIELDS)))
                    // Best effort: Elasticsearch answers with what it found by then (timedOut) instead of holding a thread.
                    .timeout(SEARCH_TIMEOUT)
                    .highlight(h -> highlightQuery(h, highlightText).encoder(HighlighterEncoder.Html)
                            // A very long body is highlighted in its first part instead of failing the whole search
                            // (a field over index.highlight.max_analyzed_offset made every search returning it a 502).
                            .maxAnalyzedOffset(MAX_HIGHLIGHT_OFFSET)
                            .preTags("<em>").postTags("</em>")
                            .fields(NamedValue.of("headline", HighlightField.of(f -> f.numberOfFragments(0))))
                            .fields(NamedValue.of("body", HighlightField.of(f -> f.fragmentSize(120).numberOfFragments(2))))
                            .fields(NamedValue.of("body.cjk", HighlightField.of(f -> f.fragmentSize(120).numberOfFragments(2)))))
                    .sort(sort(p.sort()))
                    .aggregations("dates", a -> a.dateHistogram(d -> d.field("published")
                            .calendarInterval(dateInterval(p.from(), p.to())).minDocCount(1).format("yyyy-MM-dd")));
            if (p.cursor() == null) {
                s.from((p.page() - 1) * p.size());
            } else {
                s.searchAfter(p.cursor().values().stream().map(ArticleQueries::fieldValue).toList());
            }
            FACETS.forEach((name, field) -> s.aggregations(name, a -> a.terms(t -> t.field(field).size(properties.facetSize()))));
            return s;
        });
    }

    private static co.elastic.clients.elasticsearch.core.search.Highlight.Builder highlightQuery(
            co.elastic.clients.elasticsearch.core.search.Highlight.Builder h, String text) {
        if (text != null) {
            h.highlightQuery(q -> q.simpleQueryString(s -> s.query(text).fields(TEXT_FIELDS).defaultOperator(Operator.Or)
                    .fuzzyPrefixLength(1).fuzzyMaxExpansions(20)));
        }
        return h;
    }

    /**
     * The leading words of a query longer than {@value #HIGHLIGHT_QUERY_CHARS} characters, to highlight with (null
     * when the whole query is short enough: then the query itself is highlighted). Whole words while they fit; a first
     * word longer than that is cut; words excluded with {@code -} are left out (they mark nothing).
     */
    static String highlightText(String q) {
        if (q == null || q.codePointCount(0, q.length()) <= HIGHLIGHT_QUERY_CHARS) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        for (String word : q.split(" ")) {
            if (word.isEmpty() || word.startsWith("-") || word.equals("|")) {
                continue;
            }
            int length = out.codePointCount(0, out.length());
            int wordLength = word.codePointCount(0, word.length());
            if (length == 0 && wordLength > HIGHLIGHT_QUERY_CHARS) {
                return word.substring(0, word.offsetByCodePoints(0, HIGHLIGHT_QUERY_CHARS));
            }
            if (length + (length == 0 ? 0 : 1) + wordLength > HIGHLIGHT_QUERY_CHARS) {
                break;
            }
            out.append(length == 0 ? "" : " ").append(word);
        }
        return out.toString();
    }

    /** The API's answer for the response to {@link #request(SearchRequestParams) request(p)}. */
    public SearchResult result(SearchRequestParams p, SearchResponse<NewsDocument> response) {
        List<Hit<NewsDocument>> raw = response.hits().hits();
        List<SearchResult.Hit> hits = raw.stream().map(h -> {
            NewsDocument doc = h.source();
            Map<String, List<String>> highlights = new LinkedHashMap<>();
            // body and body.cjk highlight the same text: keep whichever found fragments.
            h.highlight().forEach((field, fragments) -> highlights.merge(field.replace(".cjk", ""), fragments,
                    (a, b) -> a.isEmpty() ? b : a));
            return new SearchResult.Hit(doc.id(), doc.headline(), doc.subheadline(), doc.headlines(), doc.source(),
                    doc.byline(), doc.published(), doc.topics(), doc.places(), doc.people(), doc.duplicateOf(), h.score(), highlights);
        }).toList();

        Map<String, List<SearchResult.Bucket>> facets = new LinkedHashMap<>();
        for (String name : FACETS.keySet()) {
            Aggregate agg = response.aggregations().get(name);
            facets.put(name, agg == null ? List.of() : agg.sterms().buckets().array().stream()
                    .map(b -> new SearchResult.Bucket(b.key().stringValue(), b.docCount())).toList());
        }
        Aggregate dates = response.aggregations().get("dates");
        List<SearchResult.Bucket> histogram = dates == null ? List.of() : dates.dateHistogram().buckets().array().stream()
                .map(b -> new SearchResult.Bucket(b.keyAsString(), b.docCount())).toList();

        long total = response.hits().total() == null ? hits.size() : response.hits().total().value();
        String next = null;
        if (raw.size() == p.size() && !raw.isEmpty()) {
            List<Object> lastSort = raw.get(raw.size() - 1).sort().stream().map(FieldValue::_get).toList();
            next = new SearchCursor(p.sort(), lastSort).encode();
        }
        return new SearchResult(total, p.page(), p.size(), next, hits, facets, histogram);
    }

    /**
     * Days for a range of up to two months, weeks up to a year, months otherwise (and when the range is open): a
     * per-day histogram over years of news is hundreds of buckets that Elasticsearch, the gateway and the page all
     * pay for. (auto_date_histogram would choose by itself, but the node's module set here does not register it.)
     */
    public static CalendarInterval dateInterval(LocalDate from, LocalDate to) {
        if (from == null || to == null) {
            return CalendarInterval.Month;
        }
        long days = ChronoUnit.DAYS.between(from, to);
        return days <= 62 ? CalendarInterval.Day : days <= 366 ? CalendarInterval.Week : CalendarInterval.Month;
    }

    private Query query(SearchRequestParams p) {
        List<Query> filters = new ArrayList<>();
        term(filters, "topics", p.topic());
        term(filters, "places", p.place());
        term(filters, "regions", p.region());
        term(filters, "people", p.person());
        term(filters, "organisations", p.organisation());
        term(filters, "source", p.source());
        term(filters, "language", p.language());
        if (p.byline() != null) {
            filters.add(Query.of(q -> q.bool(b -> b.should(
                    Query.of(s -> s.match(m -> m.field("byline").query(p.byline()).operator(Operator.And))),
                    Query.of(s -> s.term(t -> t.field("reporters").value(p.byline()))),
                    Query.of(s -> s.term(t -> t.field("correspondents").value(p.byline()))))
                    .minimumShouldMatch("1"))));
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
        List<Query> mustNot = new ArrayList<>();
        // killed and withheld articles stay in the index as tombstones (they order later versions); never shown
        mustNot.add(HIDDEN);
        if (p.hideDuplicates()) {
            mustNot.add(Query.of(q -> q.exists(e -> e.field("duplicateOf"))));
        }
        Query text = p.q() == null
                ? Query.of(q -> q.matchAll(m -> m))
                // simple_query_string never throws on user syntax: quotes make phrases, | is OR, - is NOT.
                : Query.of(q -> q.simpleQueryString(s -> s.query(p.q()).fields(TEXT_FIELDS).defaultOperator(Operator.And)
                        // cost bounds for fuzzy terms (QueryText limits how many there are)
                        .fuzzyPrefixLength(1).fuzzyMaxExpansions(20)));
        Query bool = Query.of(q -> q.bool(b -> b.must(text).filter(filters).mustNot(mustNot)));
        if (!p.recent()) {
            return bool;
        }
        // Recency boost: relevance decays by half for news 30 days older than now.
        return Query.of(q -> q.functionScore(fs -> fs.query(bool)
                .functions(f -> f.exp(e -> e.date(d -> d.field("published")
                        .placement(pl -> pl.origin("now").scale(co.elastic.clients.elasticsearch._types.Time.of(t -> t.time("30d"))).decay(0.5)))))));
    }

    private static void term(List<Query> filters, String field, String value) {
        if (value != null) {
            filters.add(Query.of(q -> q.term(t -> t.field(field).value(value))));
        }
    }

    /** Stable orders ending in the id, so a search_after cursor never skips or repeats a hit. */
    private static List<SortOptions> sort(SearchRequestParams.Sort sort) {
        SortOptions byId = SortOptions.of(o -> o.field(f -> f.field("id").order(SortOrder.Asc)));
        SortOptions byDate = SortOptions.of(o -> o.field(f -> f.field("published").order(SortOrder.Desc)));
        return sort == SearchRequestParams.Sort.DATE
                ? List.of(byDate, byId)
                : List.of(SortOptions.of(o -> o.score(sc -> sc.order(SortOrder.Desc))), byDate, byId);
    }

    private static FieldValue fieldValue(Object v) {
        if (v instanceof Number n) {
            return n instanceof Double || n instanceof Float ? FieldValue.of(n.doubleValue()) : FieldValue.of(n.longValue());
        }
        return FieldValue.of(String.valueOf(v));
    }

    /** Documents whose pubStatus is withheld or canceled (tombstones of killed and held articles): never shown. */
    static final Query HIDDEN = Query.of(q -> q.terms(t -> t.field("pubStatus").terms(v -> v.value(List.of(
            FieldValue.of(news.model.PubStatus.WITHHELD.value()), FieldValue.of(news.model.PubStatus.CANCELED.value()))))));

    /** One article by id (a validated {@link SearchRequestParams#articleId}). */
    public GetRequest get(String id) {
        // A GET through the alias works because the alias points at exactly one index (see the indexer's bootstrap).
        return GetRequest.of(g -> g.index(properties.alias()).id(id));
    }

    /** More-like-this on headline and body; the article itself is left out. */
    public SearchRequest similar(String id, int size) {
        return SearchRequest.of(s -> s.index(properties.alias()).size(size)
                .source(src -> src.filter(f -> f.includes(HIT_FIELDS)))
                .query(q -> q.bool(b -> b.mustNot(HIDDEN).must(m0 -> m0.moreLikeThis(m -> m.fields("headline", "body")
                        .like(l -> l.document(d -> d.index(properties.alias()).id(id)))
                        .minTermFreq(1).minDocFreq(1).maxQueryTerms(40))))));
    }

    /** The hits of the response to {@link #similar}. */
    public List<SearchResult.Hit> similarHits(SearchResponse<NewsDocument> response) {
        return response.hits().hits().stream().map(h -> {
            NewsDocument doc = h.source();
            return new SearchResult.Hit(doc.id(), doc.headline(), doc.subheadline(), doc.headlines(), doc.source(),
                    doc.byline(), doc.published(), doc.topics(), doc.places(), doc.people(), doc.duplicateOf(), h.score(), Map.of());
        }).toList();
    }

    /** Completions for a prefix: headlines starting with it, and people and places starting with it. */
    public SearchRequest suggest(String prefix, int size) {
        String include = regexLiteral(prefix) + ".*";
        return SearchRequest.of(s -> {
            s.index(properties.alias()).size(size)
                    .source(src -> src.filter(f -> f.includes("headline")))
                    // Aggregations only see matching documents: match a prefix in any of the three fields.
                    .query(q -> q.bool(b -> b.minimumShouldMatch("1")
                            .should(Query.of(x -> x.prefix(pr -> pr.field("headline.raw").value(prefix))))
                            .should(SUGGEST_FIELDS.stream().map(f -> Query.of(x -> x.prefix(pr -> pr.field(f).value(prefix)))).toList())));
            for (String field : SUGGEST_FIELDS) {
                s.aggregations(field, a -> a.terms(t -> t.field(field).size(size).include(i -> i.regexp(include))));
            }
            return s;
        });
    }

    /** The completions in the response to {@link #suggest suggest(prefix, size)}. */
    public Map<String, List<String>> suggestions(String prefix, SearchResponse<NewsDocument> response) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        Set<String> headlines = new LinkedHashSet<>();
        response.hits().hits().stream().map(h -> h.source().headline())
                .filter(h -> h != null && h.startsWith(prefix)).forEach(headlines::add);
        out.put("headlines", List.copyOf(headlines));
        for (String field : SUGGEST_FIELDS) {
            out.put(field, response.aggregations().get(field).sterms().buckets().array().stream()
                    .map(b -> b.key().stringValue()).toList());
        }
        return out;
    }

    /** Escapes every Lucene regular-expression operator so user text only ever matches literally. */
    public static String regexLiteral(String text) {
        StringBuilder sb = new StringBuilder();
        text.codePoints().forEach(cp -> {
            if (Character.isLetterOrDigit(cp)) {
                sb.appendCodePoint(cp);
            } else {
                sb.append('\\').appendCodePoint(cp);
            }
        });
        return sb.toString();
    }

}
