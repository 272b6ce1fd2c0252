package news.indexer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The index bootstrap against a local HTTP server playing Elasticsearch: two indexers starting together on a new stack
 * both find no alias and both create the index; the one that loses that race must start, not fail.
 */
class IndexBootstrapTest {
    private HttpServer server;
    private final List<String> requests = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    /** A node where the alias does not exist yet and creating the index answers {@code createStatus} with {@code createError}. */
    private ElasticsearchClient node(int createStatus, String createError) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", ex -> {
            requests.add(ex.getRequestMethod() + " " + ex.getRequestURI().getPath());
            ex.getRequestBody().readAllBytes();
            String path = ex.getRequestURI().getPath();
            if (path.startsWith("/_index_template/")) {
                answer(ex, 200, "{\"acknowledged\":true}");
            } else if (path.startsWith("/_alias/")) {
                answer(ex, 404, "{}");
            } else if (ex.getRequestMethod().equals("PUT") && path.equals("/news-v1")) {
                answer(ex, createStatus, createError);
            } else {
                answer(ex, 500, "{\"error\":{\"type\":\"unexpected\",\"reason\":\"" + path + "\"},\"status\":500}");
            }
        });
        server.start();
        return ElasticsearchClient.of(b -> b.host("http://127.0.0.1:" + server.getAddress().getPort()));
    }

    private static void answer(HttpExchange ex, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", "application/json");
        ex.getResponseHeaders().set("X-Elastic-Product", "Elasticsearch");
        ex.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            ex.getResponseBody().write(bytes);
        }
        ex.close();
    }

    private static IndexerProperties properties() {
        return new IndexerProperties("news", 1, "news");
    }

    @Test
    void anIndexCreatedMeanwhileByAnotherIndexerIsNotAFailedStart() throws Exception {
        ElasticsearchClient client = node(400, "{\"error\":{\"type\":\"resource_already_exists_exception\",\"reason\":"
                + "\"index [news-v1/DC4tAs4USl6r8s6Go3gXCw] already exists\",\"index\":\"news-v1\"},\"status\":400}");
        new IndexBootstrap(client, properties()).afterPropertiesSet();
        assertThat(requests).containsSubsequence("PUT /_index_template/news", "PUT /news-v1");
    }

    @Test
    void anyOtherRefusalOfTheCreateStillFailsTheStart() throws Exception {
        ElasticsearchClient client = node(400, "{\"error\":{\"type\":\"illegal_argument_exception\",\"reason\":"
                + "\"unknown setting [index.foo]\"},\"status\":400}");
        assertThatThrownBy(() -> new IndexBootstrap(client, properties()).afterPropertiesSet())
                .isInstanceOf(ElasticsearchException.class).hasMessageContaining("illegal_argument_exception");
    }
}
