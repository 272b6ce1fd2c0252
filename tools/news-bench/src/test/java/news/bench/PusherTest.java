package news.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The pusher against a local HTTP server playing the ingestor: retries until 202, counts only what a 202 covered. */
class PusherTest {
    private HttpServer server;
    private final List<Integer> batchSizes = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    /** Answers every {@code failEvery}-th request with {@code failStatus}, the others 202 with the batch's count. */
    private String ingestor(int failEvery, int failStatus) throws IOException {
        AtomicInteger n = new AtomicInteger();
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", ex -> {
            String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            int lines = (int) body.lines().filter(l -> !l.isBlank()).count();
            if (lines == 0) {
                answer(ex, 400, "{\"detail\":\"the batch holds no articles\"}");
                return;
            }
            if (failEvery > 0 && n.incrementAndGet() % failEvery == 0) {
                answer(ex, failStatus, "{}");
                return;
            }
            batchSizes.add(lines);
            answer(ex, 202, ex.getRequestURI().getPath().endsWith(":batch") ? "{\"count\":" + lines + "}" : "{\"status\":\"accepted\"}");
        });
        server.start();
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private static void answer(HttpExchange ex, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", "application/json");
        if (status == 429 || status == 503) {
            ex.getResponseHeaders().set("Retry-After", "0");
        }
        ex.sendResponseHeaders(status, bytes.length);
        ex.getResponseBody().write(bytes);
        ex.close();
    }

    private static final IntFunction<BenchArticles.Article> ARTICLE = i -> new BenchArticles.Article("urn:bench:t:f:" + i,
            "标题" + i, "正文第" + i + "篇。");

    @Test
    void everyRefusedRequestIsSentAgainUntilA202CoversIt() throws Exception {
        Pusher p = new Pusher(new Http(), ingestor(3, 503), "k", 4, Duration.ofSeconds(30));
        p.push(ARTICLE, i -> i < 90, 300, 100);
        assertThat(p.acknowledgedCount()).isEqualTo(90);
        assertThat(p.dueCount()).isEqualTo(90);
        assertThat(p.neverAcknowledged()).isZero();
        assertThat(p.failures()).containsKey("HTTP 503");
        assertThat(p.acknowledged()).contains("urn:bench:t:f:0", "urn:bench:t:f:89");
        // 300/s at most 100 requests/s: three articles per request
        assertThat(batchSizes).allMatch(s -> s == 3);
    }

    @Test
    void whenTheStopConditionTurnsMidWayNoEmptyRequestGoesOut() throws Exception {
        Pusher p = new Pusher(new Http(), ingestor(0, 0), "k", 2, Duration.ofSeconds(30));
        // the push is told to go on when a request's time comes (index 8 asked the first time), then to stop when the
        // request is filled (index 8 asked again): the faults ended in between. No empty batch may go out.
        java.util.Map<Integer, Integer> asked = new java.util.concurrent.ConcurrentHashMap<>();
        p.push(ARTICLE, i -> i < 8 || (i == 8 && asked.merge(i, 1, Integer::sum) == 1), 40, 10);
        assertThat(p.acknowledgedCount()).isEqualTo(8);
        assertThat(batchSizes).doesNotContain(0);
    }

    @Test
    void aConnectionRefusedIsRetriedAndGivenUpOnlyAfterTheDeadline() throws Exception {
        String url = ingestor(0, 0);
        server.stop(0); // nothing listens any more: connection refused
        server = null;
        Pusher p = new Pusher(new Http(), url, "k", 1, Duration.ofMillis(1200));
        p.sendUntilAcknowledged(List.of(ARTICLE.apply(0), ARTICLE.apply(1)));
        assertThat(p.acknowledgedCount()).isZero();
        assertThat(p.neverAcknowledged()).isEqualTo(2);
        assertThat(p.failures()).containsKey("connection refused");
    }

    @Test
    void aBadRequestIsTheBenchmarksOwnErrorAndStopsIt() throws Exception {
        Pusher p = new Pusher(new Http(), ingestor(1, 400), "k", 1, Duration.ofSeconds(30));
        assertThatThrownBy(() -> p.push(ARTICLE, i -> i < 4, 100, 50)).hasMessageContaining("answered 400");
    }
}
