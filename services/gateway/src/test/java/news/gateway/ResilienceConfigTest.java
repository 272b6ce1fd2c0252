package news.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.ErrorResponse;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * The Resilience4j instances the gateway uses are the ones application.yml declares: a changed setting changes the
 * behaviour, and their metrics reach /actuator/prometheus. Elasticsearch is a closed port here, so nothing else runs.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "management.server.port=0",
        "spring.elasticsearch.uris=http://127.0.0.1:1",
        "resilience4j.circuitbreaker.instances.elasticsearch.sliding-window-size=3",
        "resilience4j.circuitbreaker.instances.elasticsearch.minimum-number-of-calls=3",
        "resilience4j.circuitbreaker.instances.elasticsearch.wait-duration-in-open-state=1h",
        "news.gateway.rate-limit-per-second=4"})
class ResilienceConfigTest {
    @Autowired
    SearchBackend backend;
    @Autowired
    CircuitBreakerRegistry breakers;
    @Autowired
    ClientRateLimiter rateLimiter;
    @Value("${local.server.port}")
    int port;
    @Value("${local.management.port}")
    int managementPort;

    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void closeTheBreaker() {
        breakers.circuitBreaker(SearchBackend.BREAKER).reset();
    }

    @Test
    void theBreakerIsTheConfiguredInstanceAndOpensAfterTheConfiguredCalls() {
        CircuitBreaker breaker = breakers.circuitBreaker(SearchBackend.BREAKER);
        assertThat(breaker.getCircuitBreakerConfig().getMinimumNumberOfCalls()).isEqualTo(3);
        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> backend.call(() -> CompletableFuture.failedFuture(new IOException("connection refused"))))
                    .isInstanceOf(IOException.class);
        }
        assertThat(backend.state()).as("2 failures of the 3 calls the config asks for").isEqualTo(CircuitBreaker.State.CLOSED);
        assertThatThrownBy(() -> backend.call(() -> CompletableFuture.failedFuture(new IOException("connection refused"))));
        assertThat(backend.state()).isEqualTo(CircuitBreaker.State.OPEN);
        assertThatThrownBy(() -> backend.call(() -> CompletableFuture.completedFuture("never called"))).isInstanceOf(CallNotPermittedException.class);
    }

    @Test
    void aRefusedRequestDoesNotCountAgainstTheBackend() throws IOException {
        ElasticsearchException refused = new ElasticsearchException("search", ErrorResponse.of(r -> r.status(400)
                .error(e -> e.type("parsing_exception").reason("x"))));
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> backend.call(() -> CompletableFuture.failedFuture(refused))).isSameAs(refused);
        }
        assertThat(backend.state()).as("record-failure-predicate: BackendFailure").isEqualTo(CircuitBreaker.State.CLOSED);
        assertThat(backend.call(() -> CompletableFuture.completedFuture("ok"))).isEqualTo("ok");
    }

    @Test
    void searchesAgainstAnUnreachableNodeOpenTheBreakerAndAnswer503() throws Exception {
        for (int i = 0; i < 4; i++) {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                    + "/api/v1/search?q=%E4%B9%A1%E6%9D%91")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).isEqualTo(503);
            assertThat(r.headers().firstValue("Retry-After")).isPresent();
        }
        assertThat(backend.state()).isEqualTo(CircuitBreaker.State.OPEN);
    }

    @Test
    void thePerClientBudgetComesFromTheConfiguredRateLimiterConfig() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/search");
        request.setRemoteAddr("192.0.2.77");
        for (int i = 0; i < 4; i++) {
            assertThat(rateLimiter.preHandle(request, new MockHttpServletResponse(), null)).isTrue();
        }
        assertThatThrownBy(() -> rateLimiter.preHandle(request, new MockHttpServletResponse(), null))
                .isInstanceOf(ClientRateLimiter.RateLimitedException.class);
    }

    @Test
    void theBreakersMetricsReachPrometheus() throws Exception {
        assertThatThrownBy(() -> backend.call(() -> CompletableFuture.failedFuture(new IOException("connection refused"))));
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + managementPort
                + "/actuator/prometheus")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("resilience4j_circuitbreaker_state{", "name=\"elasticsearch\"",
                "resilience4j_circuitbreaker_calls_seconds_count{", "kind=\"failed\"");
    }
}
