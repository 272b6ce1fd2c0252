package news.gateway;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import java.io.IOException;
import org.springframework.stereotype.Component;

/**
 * Every Elasticsearch call goes through one circuit breaker: when the node is unreachable, callers get a 503 at once
 * instead of each waiting for a connection timeout, and the gateway itself stays up. The breaker is the
 * {@value #BREAKER} instance of application.yml ({@code resilience4j.circuitbreaker.instances.elasticsearch}).
 */
@Component
class SearchBackend {
    static final String BREAKER = "elasticsearch";

    private final CircuitBreaker breaker;

    SearchBackend(CircuitBreakerRegistry breakers) {
        this.breaker = breakers.circuitBreaker(BREAKER);
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
