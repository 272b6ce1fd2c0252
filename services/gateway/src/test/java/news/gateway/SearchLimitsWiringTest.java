package news.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import news.model.EventCodec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The time limit, the per-client bulkhead and the search cost as application.yml declares them, against an
 * "Elasticsearch" that accepts connections, reads the request and never answers: the gateway answers 504 naming its
 * time limit within it, then asks the node for the search task of the request's X-Opaque-Id to cancel it (the
 * real-node check that the task ends is SearchTimeLimitIT), and the time-out does not count against the circuit
 * breaker.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "management.server.port=0",
        "resilience4j.timelimiter.instances.search.timeout-duration=400ms",
        "resilience4j.timelimiter.instances.expensive-search.timeout-duration=400ms",
        "resilience4j.bulkhead.configs.search-client.max-concurrent-calls=2",
        "news.gateway.rate-limit-per-second=40"})
class SearchLimitsWiringTest {
    private static final SilentNode NODE = new SilentNode();

    @DynamicPropertySource
    static void node(DynamicPropertyRegistry registry) {
        registry.add("spring.elasticsearch.uris", () -> "http://127.0.0.1:" + NODE.port());
    }

    @AfterAll
    static void stop() throws IOException {
        NODE.close();
    }

    @Autowired
    SearchBackend backend;
    @Autowired
    ClientBulkhead bulkhead;
    @Autowired
    ClientRateLimiter rateLimiter;
    @Value("${local.server.port}")
    int port;
    @Value("${local.management.port}")
    int managementPort;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aSearchTheNodeNeverAnswersIs504NamingTheTimeLimitAndItsTaskIsLookedForToBeCancelled() throws Exception {
        // the first search of a fresh JVM loads the client's classes before the request is sent: not timed
        assertThat(get("/api/v1/search?q=warm").statusCode()).isEqualTo(504);
        long t0 = System.nanoTime();
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                + "/api/v1/search?q=%E4%B9%A1%E6%9D%91")).build(),
                HttpResponse.BodyHandlers.ofString());
        Duration took = Duration.ofNanos(System.nanoTime() - t0);
        assertThat(r.statusCode()).isEqualTo(504);
        JsonNode problem = EventCodec.mapper().readTree(r.body());
        assertThat(problem.path("title").asString()).isEqualTo("Search timed out");
        assertThat(problem.path("timeLimit").asString()).isEqualTo("400 ms");
        assertThat(problem.path("detail").asString()).contains("time limit of 400 ms", "cancelled");
        assertThat(took).as("answered at the limit, not at the 15 s socket timeout").isBetween(Duration.ofMillis(350), Duration.ofSeconds(3));
        // the search carried an X-Opaque-Id, and after the time limit the gateway looked for that id's search task
        String search = NODE.received.stream().filter(q -> q.startsWith("POST /news/_search")).reduce((x, y) -> y).orElseThrow();
        String opaqueId = search.lines().filter(l -> l.regionMatches(true, 0, "X-Opaque-Id:", 0, 12))
                .map(l -> l.substring(12).strip()).findFirst().orElseThrow();
        assertThat(opaqueId).startsWith("gateway-");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (NODE.received.stream().noneMatch(q -> q.startsWith("GET /_tasks") && q.contains("detailed=true"))
                && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(NODE.received).as("requests the node got").anyMatch(q -> q.startsWith("GET /_tasks")
                && q.contains("actions=indices%3Adata%2Fread%2Fsearch"));
        assertThat(backend.state()).as("a time-out is not a backend failure").isEqualTo(CircuitBreaker.State.CLOSED);
    }

    @Test
    void theBackendCallGivesUpAtTheLimitAndCancelsTheFuture() {
        CompletableFuture<String> never = new CompletableFuture<>();
        assertThatThrownBy(() -> backend.call(() -> never)).isInstanceOf(SearchTimeoutException.class)
                .hasMessageContaining("400 ms");
        assertThat(never).isCancelled();
        assertThat(backend.timeLimit()).isEqualTo(Duration.ofMillis(400));
    }

    @Test
    void aClientMayHaveTheConfiguredNumberOfSearchesRunningAtOnce() {
        assertThat(bulkhead.maxConcurrentCalls()).isEqualTo(2);
        MockHttpServletRequest[] running = new MockHttpServletRequest[3];
        for (int i = 0; i < 3; i++) {
            running[i] = request("198.51.100.7");
        }
        assertThat(bulkhead.preHandle(running[0], new MockHttpServletResponse(), null)).isTrue();
        assertThat(bulkhead.preHandle(running[1], new MockHttpServletResponse(), null)).isTrue();
        assertThatThrownBy(() -> bulkhead.preHandle(running[2], new MockHttpServletResponse(), null))
                .isInstanceOf(ClientBulkhead.TooManyConcurrentException.class).hasMessageContaining("at most 2 at once");
        assertThat(bulkhead.preHandle(request("198.51.100.8"), new MockHttpServletResponse(), null))
                .as("another client is not affected").isTrue();
        bulkhead.afterCompletion(running[0], new MockHttpServletResponse(), null, null);
        assertThat(bulkhead.preHandle(running[2], new MockHttpServletResponse(), null)).as("a finished search frees its permit").isTrue();
    }

    @Test
    void concurrentSearchesOfOneClientBeyondTheLimitAre429WhileTheOthersWait() throws Exception {
        // two searches hang on the silent node until the time limit; a third one from the same address is refused
        int accepted = NODE.accepted.get();
        var first = CompletableFuture.supplyAsync(() -> get("/api/v1/search?q=%E4%B9%A1"));
        var second = CompletableFuture.supplyAsync(() -> get("/api/v1/search?q=%E6%9D%91"));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(3);
        while (NODE.requests.get() - accepted < 2 && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        HttpResponse<String> third = get("/api/v1/search?q=%E6%8C%AF");
        assertThat(third.statusCode()).isEqualTo(429);
        assertThat(third.headers().firstValue("Retry-After")).hasValue("1");
        assertThat(third.body()).contains("at most 2 at once");
        assertThat(first.get().statusCode()).isEqualTo(504);
        assertThat(second.get().statusCode()).isEqualTo(504);
    }

    @Test
    void aClientMayHaveOneExpensiveSearchRunningAtOnce() throws Exception {
        assertThat(bulkhead.maxConcurrentExpensiveCalls()).isEqualTo(1);
        MockHttpServletRequest first = request("198.51.100.9"), second = request("198.51.100.9");
        bulkhead.enterSearch(first, ClientBulkhead.EXPENSIVE_COST);
        bulkhead.enterSearch(second, ClientBulkhead.EXPENSIVE_COST - 1); // a cheap one is not counted
        assertThatThrownBy(() -> bulkhead.enterSearch(request("198.51.100.9"), 11))
                .isInstanceOf(ClientBulkhead.TooManyConcurrentException.class)
                .hasMessageContaining("1 expensive search running already", "this one costs 11");
        bulkhead.enterSearch(request("198.51.100.10"), 11); // another client
        bulkhead.afterCompletion(first, new MockHttpServletResponse(), null, null);
        bulkhead.enterSearch(request("198.51.100.9"), 11);

        // through the API: a fuzzy search hangs on the silent node until the time limit; a second one is refused
        int requests = NODE.requests.get();
        var hanging = CompletableFuture.supplyAsync(() -> get("/api/v1/search?q=" + enc("乡村~1 振兴~1")));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(3);
        while (NODE.requests.get() == requests && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        HttpResponse<String> refused = get("/api/v1/search?q=" + enc("营商*"));
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.body()).contains("expensive search");
        assertThat(hanging.get().statusCode()).isEqualTo(504);
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void anExpensiveSearchTakesItsCostFromTheClientsBudget() {
        MockHttpServletRequest request = request("192.0.2.99");
        assertThat(rateLimiter.preHandle(request, new MockHttpServletResponse(), null)).isTrue();
        rateLimiter.charge(request, 25); // 1 + 24 more of 40
        assertThat(rateLimiter.preHandle(request, new MockHttpServletResponse(), null)).isTrue();
        assertThatThrownBy(() -> rateLimiter.charge(request, 25)).as("14 left, 24 more asked")
                .isInstanceOf(ClientRateLimiter.RateLimitedException.class)
                .hasMessageContaining("costs 25 requests of the client's budget of 40 per second");
        assertThat(rateLimiter.preHandle(request, new MockHttpServletResponse(), null)).as("a refused charge takes nothing").isTrue();
        rateLimiter.charge(request, 1);
        MockHttpServletRequest other = request("192.0.2.100");
        assertThat(rateLimiter.preHandle(other, new MockHttpServletResponse(), null)).isTrue();
        rateLimiter.charge(other, 1_000); // capped at one period's budget, never an error of the limiter
        assertThatThrownBy(() -> rateLimiter.preHandle(other, new MockHttpServletResponse(), null))
                .isInstanceOf(ClientRateLimiter.RateLimitedException.class);
    }

    @Test
    void theTimeLimitersMetricsReachPrometheus() throws Exception {
        assertThatThrownBy(() -> backend.call(CompletableFuture::new)).isInstanceOf(SearchTimeoutException.class);
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + managementPort
                + "/actuator/prometheus")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.body()).contains("resilience4j_timelimiter_calls_total{", "kind=\"timeout\"", "name=\"search\"");
    }

    private HttpResponse<String> get(String path) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static MockHttpServletRequest request(String address) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/search");
        request.setRemoteAddr(address);
        return request;
    }

    /** Accepts connections, reads what comes and never answers; counts requests and connections the client closed. */
    static final class SilentNode implements AutoCloseable {
        final AtomicInteger accepted = new AtomicInteger();
        final AtomicInteger requests = new AtomicInteger();
        final AtomicInteger closed = new AtomicInteger();
        /** The start of each request (request line and headers): each connection carries one, as nothing is answered. */
        final java.util.List<String> received = new java.util.concurrent.CopyOnWriteArrayList<>();
        private final ServerSocket server;

        SilentNode() {
            try {
                server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            Thread.ofPlatform().daemon().start(() -> {
                while (!server.isClosed()) {
                    try {
                        Socket socket = server.accept();
                        accepted.incrementAndGet();
                        Thread.ofPlatform().daemon().start(() -> drain(socket));
                    } catch (IOException e) {
                        return;
                    }
                }
            });
        }

        private void drain(Socket socket) {
            try (socket; InputStream in = socket.getInputStream()) {
                byte[] buffer = new byte[8192];
                boolean counted = false;
                int n;
                while ((n = in.read(buffer)) >= 0) {
                    if (n > 0 && !counted) {
                        received.add(new String(buffer, 0, n, java.nio.charset.StandardCharsets.ISO_8859_1));
                        requests.incrementAndGet();
                        counted = true;
                    }
                }
                closed.incrementAndGet();
            } catch (IOException e) {
                closed.incrementAndGet();
            }
        }

        int port() {
            return server.getLocalPort();
        }

        @Override
        public void close() throws IOException {
            server.close();
        }
    }
}
