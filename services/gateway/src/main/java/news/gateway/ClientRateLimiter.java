package news.gateway;

import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.RateLimiterRegistry;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Map;
import news.search.LeastRecentlyUsed;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Per-client request budget (Resilience4j): over it, 429 with Retry-After instead of queueing.
 *
 * <p>The client is something a caller cannot multiply: a read key that {@link ReadAccessFilter} verified (in
 * {@code read-access: key} mode), else the remote address. An unverified {@code X-API-Key} is not a client identity
 * (in open mode, inventing keys used to buy a fresh budget each). The limiters live in a bounded LRU map of
 * {@value #MAX_CLIENTS} clients; a client evicted from it starts a fresh budget, which only the least recently seen
 * clients ever get. Each limiter is made from the {@value #CONFIG} config of application.yml
 * ({@code resilience4j.ratelimiter.configs.search-client}) but kept out of the registry: a metric series per client
 * would grow with every remote address.
 */
@Component
class ClientRateLimiter implements HandlerInterceptor {
    static final int MAX_CLIENTS = LeastRecentlyUsed.MAX_CLIENTS;
    static final String CONFIG = "search-client";

    private final RateLimiterConfig config;
    private final Map<String, RateLimiter> limiters;

    @Autowired
    ClientRateLimiter(RateLimiterRegistry registry) {
        this(registry.getConfiguration(CONFIG).orElseThrow(() -> new IllegalStateException(
                "resilience4j.ratelimiter.configs." + CONFIG + " is missing")), MAX_CLIENTS);
    }

    ClientRateLimiter(int perSecond, int maxClients) {
        this(RateLimiterConfig.custom()
                .limitForPeriod(perSecond)
                .limitRefreshPeriod(Duration.ofSeconds(1))
                .timeoutDuration(Duration.ZERO)
                .build(), maxClients);
    }

    ClientRateLimiter(RateLimiterConfig config, int maxClients) {
        this.config = config;
        this.limiters = LeastRecentlyUsed.map(maxClients);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (limiter(clientKey(request)).acquirePermission()) {
            return true;
        }
        throw new RateLimitedException(1);
    }

    /**
     * Charges the rest of a search's {@link news.search.SearchCost cost} (the interceptor counted one request), at most
     * one period's budget; over the budget, 429 naming the cost.
     */
    void charge(HttpServletRequest request, int cost) {
        int extra = Math.min(cost, config.getLimitForPeriod()) - 1;
        if (extra > 0 && !limiter(clientKey(request)).acquirePermission(extra)) {
            throw new RateLimitedException(1, "this search costs " + cost + " requests of the client's budget of "
                    + config.getLimitForPeriod() + " per " + seconds(config.getLimitRefreshPeriod())
                    + " (fuzzy or prefix operators, a long query, a deep or large page), more than is left; retry after"
                    + " 1 s or ask for less");
        }
    }

    private static String seconds(Duration d) {
        return d.equals(Duration.ofSeconds(1)) ? "second" : SearchTimeoutException.seconds(d);
    }

    private RateLimiter limiter(String client) {
        synchronized (limiters) {
            return limiters.computeIfAbsent(client, c -> RateLimiter.of(c, config));
        }
    }

    int clients() {
        synchronized (limiters) {
            return limiters.size();
        }
    }

    /** The verified read key's hash when there is one, else the remote address. */
    static String clientKey(HttpServletRequest request) {
        Object verified = request.getAttribute(ReadAccessFilter.VERIFIED_KEY_HASH);
        return verified instanceof String hash ? "key:" + hash : "ip:" + request.getRemoteAddr();
    }

    static class RateLimitedException extends RuntimeException {
        final long retryAfterSeconds;

        RateLimitedException(long retryAfterSeconds) {
            this(retryAfterSeconds, "too many requests from this client; retry after " + retryAfterSeconds + " s");
        }

        RateLimitedException(long retryAfterSeconds, String message) {
            super(message);
            this.retryAfterSeconds = retryAfterSeconds;
        }
    }
}
