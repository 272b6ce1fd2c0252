package news.gateway;

import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.RateLimiterRegistry;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;

/** Per-client request budget (Resilience4j): over it, 429 with Retry-After instead of queueing. */
@Component
class ClientRateLimiter implements HandlerInterceptor {
    private final RateLimiterRegistry registry;

    ClientRateLimiter(GatewayProperties properties) {
        this.registry = RateLimiterRegistry.of(RateLimiterConfig.custom()
                .limitForPeriod(properties.rateLimitPerSecond())
                .limitRefreshPeriod(Duration.ofSeconds(1))
                .timeoutDuration(Duration.ZERO)
                .build());
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        RateLimiter limiter = registry.rateLimiter(clientKey(request));
        if (limiter.acquirePermission()) {
            return true;
        }
        throw new RateLimitedException(1);
    }

    /** The API key when one is sent (hashed into the limiter name, never logged), else the remote address. */
    static String clientKey(HttpServletRequest request) {
        String key = request.getHeader("X-API-Key");
        return key != null && !key.isBlank() ? "key:" + Integer.toHexString(key.hashCode()) : "ip:" + request.getRemoteAddr();
    }

    static class RateLimitedException extends RuntimeException {
        final long retryAfterSeconds;

        RateLimitedException(long retryAfterSeconds) {
            super("too many requests from this client; retry after " + retryAfterSeconds + " s");
            this.retryAfterSeconds = retryAfterSeconds;
        }
    }
}
