package news.search;

/**
 * What a search costs against its client's rate limit, in requests: 1 for an ordinary search, more for the kinds that
 * make Elasticsearch do much more work, so that a client sending expensive searches runs out of budget sooner than one
 * sending cheap ones (the gateway charges the cost minus the one request its rate limit already counted).
 *
 * <ul>
 *   <li>each fuzzy ({@code ~}) or prefix ({@code *}) operator: +{@value #PER_EXPANDING_OPERATOR} (each expands into up to
 *       many terms over a dozen fields; {@link QueryText} allows at most {@value QueryText#MAX_EXPENSIVE_TERMS})</li>
 *   <li>each full {@value #CHARACTERS_PER_EXTRA} characters of query text: +1 (a long query is many terms, each a
 *       postings list per field)</li>
 *   <li>a page starting at hit {@value #DEEP_FROM} or later: +{@value #DEEP_PAGE}, at hit {@value #DEEPER_FROM} or
 *       later: +{@value #DEEPER_PAGE} (every shard collects and sorts from + size hits; a cursor does not: it costs
 *       nothing extra)</li>
 *   <li>more than {@value #LARGE_PAGE} hits per page: +1 (each hit is fetched and highlighted)</li>
 * </ul>
 */
public final class SearchCost {
    public static final int PER_EXPANDING_OPERATOR = 2;
    public static final int CHARACTERS_PER_EXTRA = 100;
    public static final int DEEP_FROM = 1_000;
    public static final int DEEP_PAGE = 2;
    public static final int DEEPER_FROM = 5_000;
    public static final int DEEPER_PAGE = 4;
    public static final int LARGE_PAGE = 20;
    /**
     * From this cost on a search is expensive (any fuzzy or prefix operator, 200 characters of query, a page from hit
     * 1,000 on): the gateway runs at most one per client at once and gives it a shorter time limit.
     */
    public static final int EXPENSIVE = 3;

    private SearchCost() {}

    public static boolean isExpensive(SearchRequestParams p) {
        return of(p) >= EXPENSIVE;
    }

    /** The cost of a validated search, at least 1. */
    public static int of(SearchRequestParams p) {
        int cost = 1;
        if (p.q() != null) {
            cost += PER_EXPANDING_OPERATOR * (int) p.q().chars().filter(c -> c == '~' || c == '*').count();
            cost += p.q().codePointCount(0, p.q().length()) / CHARACTERS_PER_EXTRA;
        }
        if (p.cursor() == null) {
            long from = (long) (p.page() - 1) * p.size();
            cost += from >= DEEPER_FROM ? DEEPER_PAGE : from >= DEEP_FROM ? DEEP_PAGE : 0;
        }
        if (p.size() > LARGE_PAGE) {
            cost += 1;
        }
        return cost;
    }
}
