package news.gateway;

import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadConfig;
import io.github.resilience4j.bulkhead.BulkheadRegistry;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Per-client concurrency limit (a Resilience4j bulkhead per client): one client cannot occupy all the gateway's
 * request threads and Elasticsearch connections (the client's pool holds 10 per node) by sending many searches at
 * once; a request beyond its client's limit is refused at once with 429 instead of queueing behind the others.
 *
 * <p>Keyed like the rate limit ({@link ClientRateLimiter#clientKey}: a verified read key, else the remote address),
 * in a bounded LRU map of {@value #MAX_CLIENTS} clients. Each bulkhead is made from the {@value #CONFIG} config of
 * application.yml ({@code resilience4j.bulkhead.configs.search-client}) and kept out of the registry (a metric series
 * per client would grow with every address). The permit a request holds is released when it completes, on the
 * bulkhead it was taken from (even if that client was evicted from the map meanwhile).
 */
@Component
class ClientBulkhead implements HandlerInterceptor {
    static final int MAX_CLIENTS = 10_000;
    static final String CONFIG = "search-client";
    private static final String HELD = ClientBulkhead.class.getName() + ".held";

    private final BulkheadConfig config;
    private final Map<String, Bulkhead> bulkheads;

    @Autowired
    ClientBulkhead(BulkheadRegistry registry) {
        this(registry.getConfiguration(CONFIG).orElseThrow(() -> new IllegalStateException(
                "resilience4j.bulkhead.configs." + CONFIG + " is missing")), MAX_CLIENTS);
    }

    ClientBulkhead(BulkheadConfig config, int maxClients) {
        this.config = config;
        this.bulkheads = new LinkedHashMap<>(1024, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Bulkhead> eldest) {
                return size() > maxClients;
            }
        };
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        Bulkhead bulkhead = bulkhead(ClientRateLimiter.clientKey(request));
        if (!bulkhead.tryAcquirePermission()) {
            throw new TooManyConcurrentException(config.getMaxConcurrentCalls());
        }
        request.setAttribute(HELD, bulkhead);
        return true;
    }

    @Override
    public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler, Exception ex) {
        if (request.getAttribute(HELD) instanceof Bulkhead bulkhead) {
            request.removeAttribute(HELD);
            bulkhead.onComplete();
        }
    }

    private Bulkhead bulkhead(String client) {
        synchronized (bulkheads) {
            return bulkheads.computeIfAbsent(client, c -> Bulkhead.of(c, config));
        }
    }

    int clients() {
        synchronized (bulkheads) {
            return bulkheads.size();
        }
    }

    int maxConcurrentCalls() {
        return config.getMaxConcurrentCalls();
    }

    static class TooManyConcurrentException extends RuntimeException {
        TooManyConcurrentException(int max) {
            super("this client has " + max + " searches running already (at most " + max
                    + " at once); wait for an answer before sending the next");
        }
    }
}
