package news.gateway;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.transport.TransportException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import java.io.IOException;
import org.springframework.stereotype.Component;

/**
 * Every Elasticsearch call goes through one circuit breaker: when the node is unreachable, callers get a 503 at once
 * instead of each waiting for a connection timeout, and the gateway itself stays up.
 */
@Component
class SearchBackend {
    private final CircuitBreaker breaker;

    SearchBackend(GatewayProperties properties) {
        this.breaker = CircuitBreaker.of("elasticsearch", CircuitBreakerConfig.custom()
                .failureRateThreshold(properties.breakerFailureRate())
                .slidingWindowSize(10)
                .minimumNumberOfCalls(5)
                .waitDurationInOpenState(properties.breakerOpenFor())
                .permittedNumberOfCallsInHalfOpenState(2)
                // Only an unreachable or failing backend counts; a 4xx about one request does not.
                .recordException(e -> e instanceof IOException || e instanceof TransportException
                        || (e instanceof ElasticsearchException ee && ee.status() >= 500))
                .build());
    }

    <T> T call(Call<T> call) throws IOException {
        try {
            return breaker.executeCheckedSupplier(call::run);
        } catch (IOException | RuntimeException e) {
            throw e;
        } catch (Throwable t) {
            throw new IOException(t);
        }
    }

    CircuitBreaker.State state() {
        return breaker.getState();
    }

    @FunctionalInterface
    interface Call<T> {
        T run() throws IOException;
    }
}
