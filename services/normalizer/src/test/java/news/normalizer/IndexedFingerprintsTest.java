package news.normalizer;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The index lookup of a batch against a fake search node: one _msearch, doc values only, failures fall back. */
class IndexedFingerprintsTest {
    private HttpServer server;
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private IndexedFingerprints node(int status, String body) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", ex -> {
            requests.add(ex.getRequestMethod() + " " + ex.getRequestURI().getPath() + " "
                    + new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            answer(ex, status, body);
        });
        server.start();
        ElasticsearchClient client = ElasticsearchClient.of(b -> b.host("http://127.0.0.1:" + server.getAddress().getPort()));
        return new IndexedFingerprints(client, "news", meters);
    }

    private static void answer(HttpExchange ex, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", "application/json");
        ex.getResponseHeaders().set("X-Elastic-Product", "Elasticsearch");
        ex.sendResponseHeaders(status, bytes.length);
        ex.getResponseBody().write(bytes);
        ex.close();
    }

    private static String hits(String... idAndSimhash) {
        StringBuilder hits = new StringBuilder();
        for (int i = 0; i < idAndSimhash.length; i += 2) {
            hits.append(hits.isEmpty() ? "" : ",").append("{\"_index\":\"news-v1\",\"_id\":\"").append(idAndSimhash[i])
                    .append("\",\"_score\":1.0,\"fields\":{\"id\":[\"").append(idAndSimhash[i])
                    .append("\"],\"simhash\":[\"").append(idAndSimhash[i + 1]).append("\"]}}");
        }
        return "{\"took\":1,\"timed_out\":false,\"_shards\":{\"total\":1,\"successful\":1,\"skipped\":0,\"failed\":0},"
                + "\"hits\":{\"max_score\":1.0,\"hits\":[" + hits + "]},\"status\":200}";
    }

    @Test
    void oneMultiSearchForTheBatchReadingDocValuesAndAFailedItemFallsBackToTheMemory() throws Exception {
        String failed = "{\"error\":{\"type\":\"search_phase_execution_exception\",\"reason\":\"all shards failed\"},\"status\":503}";
        IndexedFingerprints lookup = node(200, "{\"took\":2,\"responses\":["
                + hits("orig", "00000000000000fe", "far", "ffffffffffffff00") + "," + failed + "," + hits("self", "0000ffff00000000")
                + "]}");
        Map<String, String> originals = lookup.originalsOf(List.of(
                new NormalizerApplication.Probe("copy", "00000000000000ff"),
                new NormalizerApplication.Probe("unanswered", "00000000000000ff"),
                new NormalizerApplication.Probe("self", "0000ffff00000000")), 3);

        assertThat(originals).as("the close one, never the article itself").containsExactly(Map.entry("copy", "orig"));
        assertThat(requests).singleElement().satisfies(r -> {
            assertThat(r).startsWith("POST /_msearch ");
            assertThat(r).contains("\"_source\":false", "\"track_total_hits\":false", "\"docvalue_fields\"", "simhashBands");
        });
        assertThat(meters.counter("news.normalizer.duplicates.lookup.failures").count()).isEqualTo(1.0);
    }

    @Test
    void aSearchNodeThatDoesNotAnswerLeavesEveryArticleToTheMemory() throws Exception {
        IndexedFingerprints lookup = node(503, "{\"error\":{\"type\":\"unavailable\",\"reason\":\"down\"},\"status\":503}");
        assertThat(lookup.originalsOf(List.of(new NormalizerApplication.Probe("copy", "00000000000000ff")), 3)).isEmpty();
        assertThat(lookup.originalOf("copy", "00000000000000ff", 3)).isEmpty();
        assertThat(meters.counter("news.normalizer.duplicates.lookup.failures").count()).isEqualTo(2.0);
    }

    @Test
    void noIndexYetIsNotAFailure() throws Exception {
        IndexedFingerprints lookup = node(404, "{\"error\":{\"type\":\"index_not_found_exception\",\"reason\":\"no such index [news]\"},\"status\":404}");
        assertThat(lookup.originalsOf(List.of(new NormalizerApplication.Probe("copy", "00000000000000ff")), 3)).isEmpty();
        assertThat(meters.counter("news.normalizer.duplicates.lookup.failures").count()).isZero();
    }
}
