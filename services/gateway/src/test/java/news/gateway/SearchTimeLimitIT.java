package news.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Random;
import news.model.EventCodec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The search time limit against a real Elasticsearch node (the project's search node in a child process): a
 * deliberately expensive search — a few leading-wildcard regular expressions, each walking a dictionary of 2,000,000
 * distinct terms — is answered by the gateway's backend at its time limit, and its search task on the node is gone
 * right after, long before the search would have ended by itself: the gateway cancelled the node's task by the
 * request's X-Opaque-Id (ArticleSearchService). Cancelling the client's future alone does not do it: measured while
 * this test was written, the task ran on to its natural end (10.0 s of 13.2 s, never marked cancelled), because on a
 * pooled keep-alive connection the aborted exchange leaves the connection open, so the node never sees a close (on
 * a fresh connection it does, and curl's --max-time does).
 *
 * <p>What the node does not stop quickly (measured here while the test was written): thousands of clauses, whose time
 * goes into compiling each one's automaton rather than walking terms — a 8,192-clause search went on for 7 s of its
 * 8.5 s after the cancellation. The API never sends such a search (at most 5 fuzzy or prefix operators, 500
 * characters), so its work after a cancellation stays small; the gateway answers at its limit either way.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = {
        "management.server.port=0",
        "resilience4j.timelimiter.instances.search.timeout-duration=1s",
        "resilience4j.timelimiter.instances.expensive-search.timeout-duration=1s",
        "logging.structured.format.console="})
class SearchTimeLimitIT {
    private static final String INDEX = "it-expensive";
    private static final Duration LIMIT = Duration.ofSeconds(1);
    /**
     * The search must take much longer than the limit by itself, else a vanished task would prove nothing. Measured
     * (CI, quiet and loaded): the time climbs with the clauses up to about 200, then levels off near 5 s (5.0 s at 200
     * clauses, 6.0 s at 8,192) — so the bar sits below that plateau, and the task's end is compared with the search's
     * own duration rather than with a fixed figure.
     */
    private static final Duration NATURAL_AT_LEAST = Duration.ofSeconds(4);
    /** Beyond this the node's time goes into compiling automata, which it does not interrupt (see above). */
    private static final int MAX_CLAUSES = 2048;
    private static SearchNodeProcess node;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @DynamicPropertySource
    static void startNode(DynamicPropertyRegistry registry) throws Exception {
        if (node == null) {
            node = SearchNodeProcess.start("it-search-node");
            createCorpus();
        }
        registry.add("spring.elasticsearch.uris", node::url);
        // the calibration runs the search without the gateway's limit: no socket timeout in the way
        registry.add("spring.elasticsearch.socket-timeout", () -> "120s");
    }

    @AfterAll
    static void stopNode() {
        if (node != null) {
            node.close();
        }
    }

    @Autowired
    SearchBackend backend;
    @Autowired
    ElasticsearchAsyncClient client;
    @Autowired
    ArticleSearchService search;

    @Test
    void anExpensiveSearchIsAnsweredAtTheTimeLimitAndItsTaskIsCancelled() throws Exception {
        // calibrate: as many clauses as make the search last NATURAL_AT_LEAST on this machine, uninterrupted, warm
        // (the shorter of two runs once one is long enough)
        int clauses = 2;
        Duration natural;
        while (true) {
            natural = timed(clauses);
            if (natural.compareTo(NATURAL_AT_LEAST) >= 0) {
                Duration again = timed(clauses);
                natural = again.compareTo(natural) < 0 ? again : natural;
            }
            if (natural.compareTo(NATURAL_AT_LEAST) >= 0 || clauses >= MAX_CLAUSES) {
                break;
            }
            double factor = Math.max(1.5, 1.3 * NATURAL_AT_LEAST.toMillis() / Math.max(1, natural.toMillis()));
            clauses = (int) Math.min(MAX_CLAUSES, Math.ceil(clauses * factor));
        }
        assertThat(natural).as("the expensive search by itself, %d clauses", clauses).isGreaterThanOrEqualTo(NATURAL_AT_LEAST);
        assertThat(searchTasks()).as("nothing running before").isZero();

        int n = clauses;
        long t0 = System.nanoTime();
        assertThatThrownBy(() -> search.send(c -> c.search(expensive(n, 1), Void.class)))
                .isInstanceOf(SearchTimeoutException.class).hasMessageContaining("time limit of 1 s");
        Duration answered = Duration.ofNanos(System.nanoTime() - t0);
        assertThat(answered).as("answered at the time limit").isBetween(LIMIT, LIMIT.plusMillis(1500));

        Duration gone = null;
        while (Duration.ofNanos(System.nanoTime() - t0).compareTo(natural) < 0) {
            if (searchTasks() == 0) {
                gone = Duration.ofNanos(System.nanoTime() - t0);
                break;
            }
            Thread.sleep(100);
        }
        System.out.printf("SearchTimeLimitIT: answered after %d ms, task gone after %s ms, %d ms by itself%n",
                answered.toMillis(), gone == null ? "-" : gone.toMillis(), natural.toMillis());
        assertThat(gone).as("the node's search task ended (cancelled) before the search would have ended by itself").isNotNull();
        // well before the search's own end, and soon after the limit
        assertThat(gone).isLessThan(natural.minusSeconds(1)).isLessThan(LIMIT.plusMillis(2500));
        assertThat(backend.state()).as("a time-out is no backend failure")
                .isEqualTo(io.github.resilience4j.circuitbreaker.CircuitBreaker.State.CLOSED);
    }

    private Duration timed(int clauses) throws Exception {
        long t0 = System.nanoTime();
        client.search(expensive(clauses, 0), Void.class).get();
        Duration took = Duration.ofNanos(System.nanoTime() - t0);
        System.out.printf("SearchTimeLimitIT: %d clauses took %d ms%n", clauses, took.toMillis());
        return took;
    }

    /** Leading-wildcard regular expressions: each one walks the whole term dictionary of {@code tags}. */
    private static SearchRequest expensive(int clauses, int variant) {
        return SearchRequest.of(s -> s.index(INDEX).size(0).requestCache(false).trackTotalHits(t -> t.enabled(true))
                .query(q -> q.bool(b -> {
                    for (int i = 0; i < clauses; i++) {
                        String pattern = ".*" + (char) ('a' + (i + variant) % 26) + ".*" + (char) ('a' + (i * 7 + 3) % 26)
                                + ".*" + (i % 10) + ".*";
                        b.should(sh -> sh.regexp(r -> r.field("tags").value(pattern)));
                    }
                    return b;
                })));
    }

    /** Search tasks (and their shard children) running on the node. */
    private static int searchTasks() throws Exception {
        JsonNode nodes = EventCodec.mapper().readTree(send("GET", "/_tasks?actions=indices:data/read/search*", null)).path("nodes");
        int tasks = 0;
        for (JsonNode n : nodes) {
            tasks += n.path("tasks").size();
        }
        return tasks;
    }

    /** 4,000 documents of 500 random 12-character terms: 2,000,000 distinct terms in one keyword field. */
    private static void createCorpus() throws Exception {
        send("PUT", "/" + INDEX, """
                {"settings":{"number_of_shards":1,"number_of_replicas":0},
                 "mappings":{"properties":{"tags":{"type":"keyword"}}}}""");
        Random random = new Random(16);
        String alphabet = "abcdefghijklmnopqrstuvwxyz0123456789";
        for (int batch = 0; batch < 40; batch++) {
            StringBuilder bulk = new StringBuilder();
            for (int d = 0; d < 100; d++) {
                bulk.append("{\"index\":{}}\n{\"tags\":[");
                for (int t = 0; t < 500; t++) {
                    bulk.append(t == 0 ? "\"" : ",\"");
                    for (int c = 0; c < 12; c++) {
                        bulk.append(alphabet.charAt(random.nextInt(alphabet.length())));
                    }
                    bulk.append('"');
                }
                bulk.append("]}\n");
            }
            JsonNode r = EventCodec.mapper().readTree(send("POST", "/" + INDEX + "/_bulk", bulk.toString()));
            if (r.path("errors").asBoolean()) {
                throw new IllegalStateException("bulk failed: " + r.toString().substring(0, 500));
            }
        }
        send("POST", "/" + INDEX + "/_forcemerge?max_num_segments=1", null);
        send("POST", "/" + INDEX + "/_refresh", null);
    }

    private static String send(String method, String path, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(node.url() + path)).timeout(Duration.ofSeconds(120));
        String contentType = path.contains("_bulk") ? "application/x-ndjson" : "application/json";
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", contentType);
        HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() / 100 != 2) {
            throw new IllegalStateException(method + " " + path + " answered " + r.statusCode() + ": " + r.body());
        }
        return r.body();
    }
}
