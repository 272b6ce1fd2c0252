package news.gateway;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import news.model.NinjsWriter;
import news.search.InvalidParameterException;
import news.search.QueryText;
import news.search.SearchCost;
import news.search.SearchLimits;
import news.search.SearchRequestParams;
import news.search.SearchResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
class SearchController {
    private final ArticleSearchService search;
    private final ClientRateLimiter rateLimiter;
    private final ClientBulkhead bulkhead;
    private final SearchTimeBudgets timeBudgets;
    private final SearchLimits properties;

    SearchController(ArticleSearchService search, ClientRateLimiter rateLimiter, ClientBulkhead bulkhead,
                     SearchTimeBudgets timeBudgets, SearchLimits properties) {
        this.search = search;
        this.rateLimiter = rateLimiter;
        this.bulkhead = bulkhead;
        this.timeBudgets = timeBudgets;
        this.properties = properties;
    }

    @Operation(summary = "Full-text search with filters, facets, highlighting and paging")
    @GetMapping("/search")
    SearchResult search(
            @Parameter(description = "words; \"quoted phrase\", a | b for OR, -word for NOT") @RequestParam(required = false) String q,
            @Parameter(description = "IPTC Media Topic, e.g. medtop:04000000") @RequestParam(required = false) String topic,
            @RequestParam(required = false) String place,
            @Parameter(description = "administrative region path, e.g. 河南省/濮阳市/清丰县 (any 1-3 levels)")
            @RequestParam(required = false) String region,
            @RequestParam(required = false) String person,
            @RequestParam(required = false) String organisation,
            @RequestParam(required = false) String source,
            @RequestParam(required = false) String byline,
            @RequestParam(required = false) String language,
            @Parameter(description = "ISO date, inclusive") @RequestParam(required = false) String from,
            @Parameter(description = "ISO date, inclusive") @RequestParam(required = false) String to,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size,
            @Parameter(description = "relevance or date") @RequestParam(required = false) String sort,
            @Parameter(description = "the next value of a previous response") @RequestParam(required = false) String cursor,
            @Parameter(description = "boost recent news") @RequestParam(defaultValue = "false") boolean recent,
            @Parameter(description = "hide near-duplicates") @RequestParam(defaultValue = "false") boolean hideDuplicates,
            HttpServletRequest request)
            throws IOException {
        SearchRequestParams.Builder b = SearchRequestParams.builder();
        b.q = q;
        b.topic = topic;
        b.place = place;
        b.person = person;
        b.organisation = organisation;
        b.source = source;
        b.byline = byline;
        b.language = language;
        b.from = from;
        b.to = to;
        b.page = page;
        b.size = size;
        b.sort = sort;
        b.cursor = cursor;
        b.recent = recent;
        b.hideDuplicates = hideDuplicates;
        b.region = region;
        SearchRequestParams params = b.build(properties);
        // an expensive search takes more of the client's budget than the one request the interceptor counted, and
        // the client's one expensive-search permit; then the Elasticsearch time it takes is billed (SearchTimeBudgets)
        int cost = SearchCost.of(params);
        rateLimiter.charge(request, cost);
        bulkhead.enterSearch(request, cost);
        try (var admission = timeBudgets.admit(request, cost)) {
            return search.search(params, admission);
        }
    }

    /** {@code {*id}} takes the rest of the path: ids may be newsroom URIs containing slashes. */
    @Operation(summary = "One article as IPTC ninjs 3.x; append /similar for more-like-this")
    @GetMapping("/articles/{*id}")
    Object article(@PathVariable String id, @RequestParam(defaultValue = "5") int size, HttpServletRequest request)
            throws IOException {
        String clean = id.startsWith("/") ? id.substring(1) : id;
        if (clean.endsWith("/similar")) {
            String of = SearchRequestParams.articleId(clean.substring(0, clean.length() - "/similar".length()));
            if (size < 1 || size > properties.maxSize()) {
                throw new InvalidParameterException("size", "size must be between 1 and " + properties.maxSize());
            }
            search.get(of).orElseThrow(() -> new ArticleNotFoundException(of));
            try (var admission = timeBudgets.admit(request, 1)) {
                return Map.of("id", of, "similar", search.similar(of, size, admission));
            }
        }
        SearchRequestParams.articleId(clean);
        return NinjsWriter.write(search.get(clean).orElseThrow(() -> new ArticleNotFoundException(clean)));
    }

    @Operation(summary = "Autocomplete on headlines, people and places")
    @GetMapping("/suggest")
    Map<String, List<String>> suggest(@RequestParam(required = false) String q,
                                      @RequestParam(defaultValue = "5") int size, HttpServletRequest request)
            throws IOException {
        if (q == null || q.isBlank()) {
            throw new InvalidParameterException("q", "q is required: the beginning of a headline, person or place");
        }
        if (q.length() > 50) {
            throw new InvalidParameterException("q", "q may be at most 50 characters");
        }
        if (size < 1 || size > 20) {
            throw new InvalidParameterException("size", "size must be between 1 and 20");
        }
        String prefix = QueryText.normalise("q", q);
        try (var admission = timeBudgets.admit(request, 1)) {
            return search.suggest(prefix, size, admission);
        }
    }
}
