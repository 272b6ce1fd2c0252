package news.ingestor;

import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterRegistry;
import io.github.resilience4j.ratelimiter.internal.AtomicRateLimiter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * Every ingest request names its newsroom by key: the key's newsroom becomes {@link #NEWSROOM} (the article source),
 * then the newsroom's rate limit is applied. A servlet filter rather than an MVC interceptor so that the key is checked
 * first — before Spring MVC picks a handler and could answer 415/405 to a caller without a key. Refusals are handed to
 * the MVC exception resolvers, so {@link ProblemHandler} answers them in the same problem shape as every other error.
 * The key itself is never logged nor put into a message.
 *
 * <p>The rate limit: one Resilience4j limiter per newsroom in the application's registry, made from the {@value #CONFIG}
 * config of application.yml ({@code resilience4j.ratelimiter.configs.newsroom}), so each newsroom's permits and
 * refusals reach /actuator/prometheus ({@code resilience4j_ratelimiter_*{name="NEWSROOM"}}). Only a verified key's
 * newsroom gets one: the registry holds at most one limiter per configured newsroom.
 */
class ApiKeyFilter extends OncePerRequestFilter {
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ApiKeyFilter.class);
    static final String NEWSROOM = ApiKeyFilter.class.getName() + ".newsroom";
    static final String API_KEY_HEADER = "X-API-Key";

    static final String CONFIG = "newsroom";

    private final ApiKeys keys;
    private final RateLimiterRegistry limiters;
    private final Duration period;

    private final HandlerExceptionResolver problems;

    ApiKeyFilter(ApiKeys keys, RateLimiterRegistry limiters, HandlerExceptionResolver problems) {
        this.keys = keys;
        this.problems = problems;
        this.limiters = limiters;
        this.period = limiters.getConfiguration(CONFIG).orElseThrow(() -> new IllegalStateException(
                "resilience4j.ratelimiter.configs." + CONFIG + " is missing")).getLimitRefreshPeriod();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            request.setAttribute(NEWSROOM, authorise(request));
        } catch (ApiKeyRejectedException e) {
            // An audit line per refused key (never the key itself): who tried, from where, why.
            log.warn("ingest key refused status={} reason=\"{}\" detail=\"{}\" remote={} path={}", e.status().value(),
                    e.title(), e.getMessage(), request.getRemoteAddr(), request.getRequestURI());
            problems.resolveException(request, response, null, e);
            return;
        } catch (RateLimitedException e) {
            problems.resolveException(request, response, null, e);
            return;
        }
        chain.doFilter(request, response);
    }

    /** The newsroom of the presented key, after its rate limit; throws the refusal otherwise. */
    private String authorise(HttpServletRequest request) {
        String key = presentedKey(request);
        if (key == null) {
            throw ApiKeyRejectedException.missing();
        }
        String newsroom = switch (keys.check(key)) {
            case ApiKeys.Valid v -> v.newsroom();
            case ApiKeys.Revoked r -> throw ApiKeyRejectedException.revoked(r.newsroom());
            case ApiKeys.Unknown u -> throw ApiKeyRejectedException.unknown();
        };
        String claimed = request.getHeader("X-Newsroom");
        if (claimed != null && !claimed.isBlank() && !claimed.strip().equals(newsroom)) {
            throw ApiKeyRejectedException.otherNewsroom(newsroom, claimed.strip());
        }
        RateLimiter limiter = limiters.rateLimiter(newsroom, CONFIG);
        if (!limiter.acquirePermission()) {
            throw new RateLimitedException(newsroom, retryAfterSeconds(limiter));
        }
        return newsroom;
    }

    private long retryAfterSeconds(RateLimiter limiter) {
        long nanos = limiter instanceof AtomicRateLimiter atomic ? atomic.getDetailedMetrics().getNanosToWait() : period.toNanos();
        if (nanos <= 0) {
            nanos = period.toNanos();
        }
        return Math.max(1, (nanos + 999_999_999L) / 1_000_000_000L);
    }

    /** {@code Authorization: Bearer KEY} or {@code X-API-Key: KEY}; null when neither is present. */
    static String presentedKey(HttpServletRequest request) {
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            String key = authorization.substring(7).strip();
            if (!key.isEmpty()) {
                return key;
            }
        }
        String header = request.getHeader(API_KEY_HEADER);
        return header == null || header.isBlank() ? null : header.strip();
    }
}
