package news.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.github.resilience4j.bulkhead.BulkheadRegistry;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import news.model.EventCodec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The time budgets as application.yml declares them (its defaults), through the API, against an "Elasticsearch" that
 * answers every search at once with an empty result and the {@code took} the test sets: what is billed is the node's
 * {@code took}, so a "6.5 s" search here costs 6.5 s of budget. Clients are told apart by their address, as in a
 * deployment: each test client connects from a loopback address of its own (127.0.0.x). The rate limit is lifted so
 * that only the time budgets answer here.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "management.server.port=0",
        "news.gateway.rate-limit-per-second=100000"})
class SearchTimeBudgetWiringTest {
    private static final AnsweringNode NODE = new AnsweringNode();

    @DynamicPropertySource
    static void node(DynamicPropertyRegistry registry) {
        registry.add("spring.elasticsearch.uris", () -> "http://127.0.0.1:" + NODE.port());
    }

    @AfterAll
    static void stop() {
        NODE.server.stop(0);
    }

    @Autowired
    SearchTimeBudgets budgets;
    @Autowired
    BulkheadRegistry bulkheads;
    @Value("${local.server.port}")
    int port;
    @Value("${local.management.port}")
    int managementPort;

    @Test
    void theDefaultsAreTheDocumentedOnes() {
        assertThat(budgets.clientBalanceMillis("ip:192.0.2.200")).as("a new client's budget").isEqualTo(10_000);
        assertThat(bulkheads.bulkhead(SearchTimeBudgets.EXPENSIVE_AT_ONCE).getBulkheadConfig().getMaxConcurrentCalls())
                .isEqualTo(1);
    }

    @Test
    void ordinarySearchesOfANormalClientNeverHitTheTimeBudgets() throws Exception {
        // 100 ordinary searches back to back (far more than a person sends), each 40 ms on the node, with
        // similar-article and suggest requests between them
        HttpClient user = from("127.0.0.11");
        double shared = budgets.expensiveBalanceMillis();
        NODE.took.set(40);
        for (int i = 0; i < 100; i++) {
            String path = switch (i % 10) {
                case 3 -> "/api/v1/suggest?q=" + enc("乡村");
                case 7 -> "/api/v1/search?q=" + enc("乡村振兴 | 营商环境") + "&page=3&size=20&sort=date";
                default -> "/api/v1/search?q=" + enc("乡村振兴") + "&topic=medtop:04000000";
            };
            assertThat(get(user, path).statusCode()).as("request %d: %s", i, path).isEqualTo(200);
        }
        assertThat(budgets.clientBalanceMillis("ip:127.0.0.11")).as("10,000 - 100 x 40 ms, plus the refill")
                .isBetween(6_000.0, 10_000.0);
        assertThat(budgets.expensiveBalanceMillis()).as("ordinary searches leave the shared budget alone")
                .isGreaterThanOrEqualTo(shared);
    }

    @Test
    void aClientWhoseSearchesAreSlowIsRefusedAtOnceOnceInDebtAndOthersAreNot() throws Exception {
        // two searches of 6.5 s (each within the 10 s time limit): 10 s - 13 s, 3 s of debt paid off at 250 ms/s
        HttpClient slow = from("127.0.0.21");
        NODE.took.set(6_500);
        assertThat(get(slow, "/api/v1/search?q=" + enc("乡村") + "&size=50").statusCode()).isEqualTo(200);
        assertThat(get(slow, "/api/v1/search?q=" + enc("振兴") + "&size=50").statusCode()).isEqualTo(200);
        NODE.took.set(40);
        int sent = NODE.searches.get();
        long t0 = System.nanoTime();
        HttpResponse<String> refused = get(slow, "/api/v1/search?q=" + enc("乡村"));
        Duration took = Duration.ofNanos(System.nanoTime() - t0);
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(took).as("refused at once, not queued").isLessThan(Duration.ofSeconds(1));
        long retryAfter = Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow());
        assertThat(retryAfter).isBetween(10L, 12L);
        JsonNode problem = EventCodec.mapper().readTree(refused.body());
        assertThat(problem.path("title").asString()).isEqualTo("Search time budget used up");
        assertThat(problem.path("detail").asString()).contains("250 ms of Elasticsearch time per second");
        assertThat(problem.path("retryAfter").asLong()).isEqualTo(retryAfter);
        assertThat(NODE.searches.get()).as("the refusal did not reach the node").isEqualTo(sent);
        assertThat(get(from("127.0.0.24"), "/api/v1/search?q=" + enc("乡村")).statusCode()).as("another client").isEqualTo(200);
    }

    @Test
    void expensiveSearchesOfDifferentClientsShareOneBudgetSoASecondHostileClientCannotMultiplyIt() throws Exception {
        HttpClient hostile = from("127.0.0.31"), second = from("127.0.0.32");
        NODE.took.set(6_500);
        assertThat(get(hostile, "/api/v1/search?q=" + enc("乡村~2 振兴*") + "&size=50").statusCode()).isEqualTo(200);
        NODE.took.set(40);
        int sent = NODE.searches.get();

        // another client, its own budget full: the shared one is 3.5 s in debt (3 s - 6.5 s), paid off at 100 ms/s
        long t0 = System.nanoTime();
        HttpResponse<String> shared = get(second, "/api/v1/search?q=" + enc("营商~1"));
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(1));
        assertThat(shared.statusCode()).isEqualTo(429);
        assertThat(shared.body()).contains("share a budget of 100 ms");
        assertThat(Long.parseLong(shared.headers().firstValue("Retry-After").orElseThrow())).isBetween(30L, 35L);
        assertThat(get(hostile, "/api/v1/search?q=" + enc("营商*")).statusCode()).isEqualTo(429);
        assertThat(NODE.searches.get()).as("no refusal reached the node").isEqualTo(sent);

        // their ordinary searches, like everyone else's, go on
        assertThat(get(second, "/api/v1/search?q=" + enc("营商环境")).statusCode()).isEqualTo(200);
        assertThat(get(hostile, "/api/v1/search?q=" + enc("营商环境")).statusCode()).isEqualTo(200);
    }

    @Test
    void theGatewayWideExpensiveSlotsMetricsReachPrometheus() throws Exception {
        HttpResponse<String> r = get(HttpClient.newHttpClient(), managementPort, "/actuator/prometheus");
        assertThat(r.body()).contains("resilience4j_bulkhead_available_concurrent_calls{", "name=\"expensive-searches\"");
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static HttpClient from(String address) throws IOException {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).localAddress(InetAddress.getByName(address)).build();
    }

    private HttpResponse<String> get(HttpClient http, String path) throws Exception {
        return get(http, port, path);
    }

    private static HttpResponse<String> get(HttpClient http, int port, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Answers every _search at once with no hits (and empty people/places buckets) and the {@code took} set; counts the searches. */
    static final class AnsweringNode {
        /** An empty terms aggregation (typed_keys), as suggest reads its people and places. */
        private static final String TERMS = "\"sterms#%s\":{\"doc_count_error_upper_bound\":0,\"sum_other_doc_count\":0,"
                + "\"buckets\":[]}";
        final AtomicLong took = new AtomicLong(40);
        final AtomicInteger searches = new AtomicInteger();
        final HttpServer server;

        AnsweringNode() {
            try {
                server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            server.createContext("/", exchange -> {
                exchange.getRequestBody().readAllBytes();
                String body = "{}";
                if (exchange.getRequestURI().getPath().endsWith("/_search")) {
                    searches.incrementAndGet();
                    body = "{\"took\":" + took.get() + ",\"timed_out\":false,\"_shards\":{\"total\":1,\"successful\":1,"
                            + "\"skipped\":0,\"failed\":0},\"hits\":{\"total\":{\"value\":0,\"relation\":\"eq\"},"
                            + "\"max_score\":null,\"hits\":[]},\"aggregations\":{" + TERMS.formatted("people") + ","
                            + TERMS.formatted("places") + "}}";
                }
                byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.getResponseHeaders().add("X-Elastic-Product", "Elasticsearch");
                exchange.sendResponseHeaders(200, bytes.length);
                exchange.getResponseBody().write(bytes);
                exchange.close();
            });
            server.start();
        }

        int port() {
            return server.getAddress().getPort();
        }
    }
}
