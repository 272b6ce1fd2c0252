package news.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The client against a real HTTP server that fails on purpose: retries, Retry-After, never retrying 4xx, the circuit breaker. */
class NewsClientTest {
    static final String KEY = "news_testKey";
    static final String ARTICLE = "{\"headlines\":[{\"value\":\"标题\"}],\"bodies\":[{\"value\":\"正文\"}]}";

    FlakyServer server;

    @BeforeEach
    void start() throws Exception {
        server = new FlakyServer();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    NewsClient.Builder client() {
        return NewsClient.builder(server.uri(), KEY).backoff(Duration.ofMillis(50), Duration.ofMillis(400))
                .readTimeout(Duration.ofSeconds(5));
    }

    @Test
    void pushesAnArticleWithTheKeyAndReturnsTheAcknowledgedId() {
        try (NewsClient c = client().build()) {
            PushResult r = c.pushArticle(ARTICLE);
            assertThat(r.ids()).containsExactly("sha256:" + ARTICLE.getBytes(StandardCharsets.UTF_8).length);
            assertThat(r.attempts()).isEqualTo(1);
        }
        FlakyServer.Seen seen = server.seen().getFirst();
        assertThat(seen.path()).isEqualTo("/api/v1/articles");
        assertThat(seen.authorization()).isEqualTo("Bearer " + KEY);
        assertThat(seen.contentType()).startsWith("application/json");
    }

    @Test
    void batchReturnsEveryIdAndPagesKeepTheirCharset() {
        try (NewsClient c = client().build()) {
            assertThat(c.pushBatch(List.of(ARTICLE, ARTICLE, ARTICLE)).ids()).containsExactly("line-1", "line-2", "line-3");
            byte[] gb = "本报讯 问题整改".getBytes(Charset.forName("GB18030"));
            c.pushPage(gb, Charset.forName("GB18030"));
        }
        assertThat(server.seen().get(0).path()).isEqualTo("/api/v1/articles:batch");
        assertThat(server.seen().get(0).contentType()).startsWith("application/x-ndjson");
        assertThat(server.seen().get(1).contentType()).isEqualToIgnoringCase("text/plain; charset=GB18030");
        assertThat(new String(server.seen().get(1).body(), Charset.forName("GB18030"))).isEqualTo("本报讯 问题整改");
        assertThatThrownBy(() -> client().build().pushBatch(List.of("{\n}"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void retriesA503AfterExactlyTheRetryAfterTheServerAsks() {
        server.thenProblem(503, "Broker unavailable", Map.of("Retry-After", "1"));
        try (NewsClient c = client().build()) {
            PushResult r = c.pushPage("一页");
            assertThat(r.attempts()).isEqualTo(2);
        }
        List<FlakyServer.Seen> seen = server.seen();
        assertThat(seen).hasSize(2);
        assertThat(Duration.ofNanos(seen.get(1).nanoTime() - seen.get(0).nanoTime())).isBetween(Duration.ofMillis(950), Duration.ofMillis(2500));
    }

    @Test
    void retriesA429HonouringRetryAfterEachTime() {
        server.thenProblem(429, "Too many requests", Map.of("Retry-After", "1"))
                .thenProblem(429, "Too many requests", Map.of("Retry-After", "1"));
        try (NewsClient c = client().build()) {
            assertThat(c.pushArticle(ARTICLE).attempts()).isEqualTo(3);
        }
        List<FlakyServer.Seen> seen = server.seen();
        assertThat(Duration.ofNanos(seen.get(2).nanoTime() - seen.get(0).nanoTime())).isGreaterThanOrEqualTo(Duration.ofMillis(1900));
    }

    @Test
    void withoutRetryAfterTheBackoffGrowsExponentiallyWithJitter() {
        server.thenProblem(503, "x", Map.of()).thenProblem(503, "x", Map.of()).thenProblem(503, "x", Map.of());
        try (NewsClient c = client().backoff(Duration.ofMillis(100), Duration.ofSeconds(2)).build()) {
            assertThat(c.pushArticle(ARTICLE).attempts()).isEqualTo(4);
        }
        List<FlakyServer.Seen> s = server.seen();
        long g1 = (s.get(1).nanoTime() - s.get(0).nanoTime()) / 1_000_000;
        long g3 = (s.get(3).nanoTime() - s.get(2).nanoTime()) / 1_000_000;
        // 100 ms ±50 % before the first retry, 400 ms ±50 % before the third.
        assertThat(g1).isBetween(45L, 400L);
        assertThat(g3).isBetween(195L, 1200L).isGreaterThan(g1);
    }

    @Test
    void neverRetriesA4xxOtherThan429AndCarriesTheProblem() {
        server.thenProblem(400, "Invalid article", Map.of());
        try (NewsClient c = client().build()) {
            NewsClientException.Rejected e = catchThrowableOfType(NewsClientException.Rejected.class, () -> c.pushArticle("{}"));
            assertThat(e.status()).isEqualTo(400);
            assertThat(e.problem().title()).isEqualTo("Invalid article");
            assertThat(e.problem().field()).isEqualTo("bodies");
            assertThat(e.problem().detail()).isEqualTo("on purpose");
        }
        assertThat(server.seen()).hasSize(1);

        server.thenProblem(403, "Revoked API key", Map.of());
        try (NewsClient c = client().build()) {
            assertThatThrownBy(() -> c.pushArticle(ARTICLE)).isInstanceOf(NewsClientException.Rejected.class).hasMessageContaining("403");
        }
        assertThat(server.seen()).hasSize(2);
    }

    @Test
    void givesUpAfterMaxAttemptsWithTheLastProblem() {
        for (int i = 0; i < 3; i++) {
            server.thenProblem(503, "Broker unavailable", Map.of());
        }
        try (NewsClient c = client().maxAttempts(3).build()) {
            NewsClientException.Unavailable e = catchThrowableOfType(NewsClientException.Unavailable.class, () -> c.pushArticle(ARTICLE));
            assertThat(e.attempts()).isEqualTo(3);
            assertThat(e.problem().status()).isEqualTo(503);
            assertThat(e.problem().title()).isEqualTo("Broker unavailable");
        }
        assertThat(server.seen()).hasSize(3);
    }

    @Test
    void aRetryAfterLongerThanWeWaitEndsTheRetriesAtOnce() {
        server.thenProblem(429, "Too many requests", Map.of("Retry-After", "3600"));
        try (NewsClient c = client().maxRetryAfter(Duration.ofSeconds(10)).build()) {
            NewsClientException.Unavailable e = catchThrowableOfType(NewsClientException.Unavailable.class, () -> c.pushArticle(ARTICLE));
            assertThat(e.attempts()).isEqualTo(1);
            assertThat(e.problem().status()).isEqualTo(429);
        }
    }

    @Test
    void connectionErrorsAreRetriedThenReported() throws Exception {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = s.getLocalPort();
        }
        try (NewsClient c = NewsClient.builder(URI.create("http://127.0.0.1:" + closedPort), KEY).maxAttempts(3)
                .backoff(Duration.ofMillis(20), Duration.ofMillis(50)).build()) {
            NewsClientException.Unavailable e = catchThrowableOfType(NewsClientException.Unavailable.class, () -> c.pushArticle(ARTICLE));
            assertThat(e.attempts()).isEqualTo(3);
            assertThat(e.problem()).isNull();
            assertThat(e.getMessage()).contains("no answer from the server");
        }
    }

    @Test
    void aReadTimeoutIsRetriedAndTheResendSucceeds() {
        server.thenSlow(1500);
        try (NewsClient c = client().readTimeout(Duration.ofMillis(300)).build()) {
            assertThat(c.pushArticle(ARTICLE).attempts()).isEqualTo(2);
        }
    }

    @Test
    void theCircuitOpensAfterServerFailuresFailsFastThenHalfOpens() throws Exception {
        for (int i = 0; i < 4; i++) {
            server.thenProblem(500, "Internal error", Map.of());
        }
        try (NewsClient c = client().maxAttempts(1).circuitBreaker(4, 4, 50, Duration.ofSeconds(1)).build()) {
            for (int i = 0; i < 4; i++) {
                assertThatThrownBy(() -> c.pushArticle(ARTICLE)).isInstanceOf(NewsClientException.Unavailable.class);
            }
            assertThat(c.circuitState()).isEqualTo("OPEN");
            assertThatThrownBy(() -> c.pushArticle(ARTICLE)).isInstanceOf(NewsClientException.CircuitOpen.class);
            assertThat(server.seen()).as("nothing is sent while the circuit is open").hasSize(4);

            Thread.sleep(1200);
            assertThat(c.pushArticle(ARTICLE).ids()).hasSize(1);
            assertThat(c.circuitState()).isEqualTo("CLOSED");
            assertThat(server.seen()).hasSize(5);
        }
    }

    @Test
    void rateLimitsAndRejectionsDoNotOpenTheCircuit() {
        for (int i = 0; i < 4; i++) {
            server.thenProblem(429, "Too many requests", Map.of("Retry-After", "0"));
            server.thenProblem(400, "Invalid article", Map.of());
        }
        try (NewsClient c = client().maxAttempts(1).circuitBreaker(4, 4, 50, Duration.ofSeconds(30)).build()) {
            for (int i = 0; i < 8; i++) {
                assertThatThrownBy(() -> c.pushArticle(ARTICLE)).isInstanceOfAny(NewsClientException.Unavailable.class,
                        NewsClientException.Rejected.class);
            }
            assertThat(c.circuitState()).isEqualTo("CLOSED");
            assertThat(c.pushArticle(ARTICLE).attempts()).isEqualTo(1);
        }
    }
}
