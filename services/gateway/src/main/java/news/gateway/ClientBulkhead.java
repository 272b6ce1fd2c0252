package news.gateway;

import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadConfig;
import io.github.resilience4j.bulkhead.BulkheadRegistry;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import news.search.LeastRecentlyUsed;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Per-client concurrency limits (Resilience4j bulkheads, one per client): one client cannot occupy all the gateway's
 * request threads and Elasticsearch connections (the client's pool holds 10 per node) by sending many searches at
 * once, nor the node's CPU by running several expensive searches side by side. A request beyond its client's limit is
 * refused at once with 429 instead of queueing behind the others.
 *
 * <ul>
 *   <li>{@value #CONFIG} ({@code resilience4j.bulkhead.configs.search-client}): API requests of one client at once
 *       (taken by this interceptor for every {@code /api/**} request)</li>
 *   <li>{@value #EXPENSIVE_CONFIG} ({@code resilience4j.bulkhead.configs.search-client-expensive}): expensive
 *       searches of one client at once — a {@link news.search.SearchCost cost} of {@value #EXPENSIVE_COST} or more
 *       (taken by the search endpoint once the parameters are known)</li>
 * </ul>
 *
 * <p>Keyed like the rate limit ({@link ClientRateLimiter#clientKey}: a verified read key, else the remote address),
 * in bounded LRU maps of {@value #MAX_CLIENTS} clients. Each bulkhead is made from its config in application.yml and
 * kept out of the registry (a metric series per client would grow with every address). The permits a request holds
 * are released when it completes, on the bulkheads they were taken from (even if that client was evicted meanwhile).
 */
@Component
class ClientBulkhead implements HandlerInterceptor {
    static final int MAX_CLIENTS = LeastRecentlyUsed.MAX_CLIENTS;
    static final String CONFIG = "search-client";
    static final String EXPENSIVE_CONFIG = "search-client-expensive";
    static final int EXPENSIVE_COST = news.search.SearchCost.EXPENSIVE;
    private static final String HELD = ClientBulkhead.class.getName() + ".held";
    private static final String HELD_EXPENSIVE = ClientBulkhead.class.getName() + ".heldExpensive";

    private final PerClient requests;
    private final PerClient expensive;

    @Autowired
    ClientBulkhead(BulkheadRegistry registry) {
        this(config(registry, CONFIG), config(registry, EXPENSIVE_CONFIG), MAX_CLIENTS);
    }

    ClientBulkhead(BulkheadConfig requests, BulkheadConfig expensive, int maxClients) {
        this.requests = new PerClient(requests, maxClients);
        this.expensive = new PerClient(expensive, maxClients);
    }

    private static BulkheadConfig config(BulkheadRegistry registry, String name) {
        return registry.getConfiguration(name).orElseThrow(() -> new IllegalStateException(
                "resilience4j.bulkhead.configs." + name + " is missing"));
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        Bulkhead bulkhead = requests.of(ClientRateLimiter.clientKey(request));
        if (!bulkhead.tryAcquirePermission()) {
            throw new TooManyConcurrentException("this client has " + maxConcurrentCalls() + " searches running already"
                    + " (at most " + maxConcurrentCalls() + " at once); wait for an answer before sending the next");
        }
        request.setAttribute(HELD, bulkhead);
        return true;
    }

    /** Takes the client's expensive-search permit for a search of this cost, if it is expensive; 429 if it is taken. */
    void enterSearch(HttpServletRequest request, int cost) {
        if (cost < EXPENSIVE_COST) {
            return;
        }
        Bulkhead bulkhead = expensive.of(ClientRateLimiter.clientKey(request));
        if (!bulkhead.tryAcquirePermission()) {
            int max = maxConcurrentExpensiveCalls();
            throw new TooManyConcurrentException("this client has " + max + " expensive search" + (max == 1 ? "" : "es")
                    + " running already (at most " + max + " at once; this one costs " + cost + ": fuzzy or prefix"
                    + " operators, a long query or a deep page); wait for its answer or ask for less");
        }
        request.setAttribute(HELD_EXPENSIVE, bulkhead);
    }

    @Override
    public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler, Exception ex) {
        for (String held : new String[] {HELD_EXPENSIVE, HELD}) {
            if (request.getAttribute(held) instanceof Bulkhead bulkhead) {
                request.removeAttribute(held);
                bulkhead.onComplete();
            }
        }
    }

    int clients() {
        return requests.size();
    }

    int maxConcurrentCalls() {
        return requests.config.getMaxConcurrentCalls();
    }

    int maxConcurrentExpensiveCalls() {
        return expensive.config.getMaxConcurrentCalls();
    }

    /** Bulkheads of one config, one per client, least recently seen client evicted beyond the bound. */
    private static final class PerClient {
        final BulkheadConfig config;
        private final Map<String, Bulkhead> bulkheads;

        PerClient(BulkheadConfig config, int maxClients) {
            this.config = config;
            this.bulkheads = LeastRecentlyUsed.map(maxClients);
        }

        synchronized Bulkhead of(String client) {
            return bulkheads.computeIfAbsent(client, c -> Bulkhead.of(c, config));
        }

        synchronized int size() {
            return bulkheads.size();
        }
    }

    static class TooManyConcurrentException extends RuntimeException {
        TooManyConcurrentException(String message) {
            super(message);
        }
    }
}
