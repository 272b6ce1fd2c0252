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
import news.model.EventCodec;
import org.junit.jupiter.api.AfterEach;
import tools.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/**
 * The index bootstrap against a local HTTP server playing Elasticsearch: two indexers starting together on a new stack
 * both find no alias and both create the index; the one that loses that race must start, not fail.
 */
class IndexBootstrapTest {
    private HttpServer server;
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final List<String> settingsBodies = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    private boolean aliasExists;

    /** A node where the alias does not exist yet and creating the index answers {@code createStatus} with {@code createError}. */
    private ElasticsearchClient node(int createStatus, String createError) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", ex -> {
            requests.add(ex.getRequestMethod() + " " + ex.getRequestURI().getPath());
            String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String path = ex.getRequestURI().getPath();
            if (path.startsWith("/_index_template/")) {
                answer(ex, 200, "{\"acknowledged\":true}");
            } else if (path.startsWith("/_alias/")) {
                answer(ex, aliasExists ? 200 : 404, "{}");
            } else if (aliasExists && (path.equals("/news/_mapping") || path.equals("/news/_settings"))) {
                if (path.endsWith("_settings")) {
                    settingsBodies.add(body);
                }
                answer(ex, 200, "{\"acknowledged\":true}");
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
    void aLiveIndexTakesTheTemplatesRefreshIntervalAndMergePolicy() throws Exception {
        aliasExists = true;
        ElasticsearchClient client = node(500, "{}");
        new IndexBootstrap(client, properties()).afterPropertiesSet();
        assertThat(requests).containsSubsequence("PUT /_index_template/news", "PUT /news/_mapping", "PUT /news/_settings")
                .doesNotContain("PUT /news-v1");
        JsonNode sent = EventCodec.mapper().readTree(settingsBodies.getFirst());
        JsonNode template = EventCodec.mapper().readTree(getClass().getResourceAsStream("/" + IndexBootstrap.TEMPLATE_RESOURCE))
                .path("template").path("settings");
        JsonNode index = sent.has("index") ? sent.path("index") : sent;
        assertThat(index.path("refresh_interval").asString()).isEqualTo(template.path("refresh_interval").asString());
        String floor = index.has("merge.policy.floor_segment") ? index.path("merge.policy.floor_segment").asString()
                : index.path("merge").path("policy").path("floor_segment").asString();
        assertThat(floor).isEqualTo(template.path("merge.policy.floor_segment").asString()).isNotEmpty();
    }

    @Test
    void onlyTheDynamicSettingsOfTheTemplateAreSentToALiveIndex() throws Exception {
        JsonNode settings = EventCodec.mapper().readTree("""
                {"number_of_shards": 1, "refresh_interval": "1s", "merge.policy.floor_segment": "2mb",
                 "merge.scheduler.max_thread_count": 1, "analysis": {"analyzer": {}}}""");
        assertThat(EventCodec.mapper().readTree(IndexBootstrap.dynamicSettings(settings))).isEqualTo(
                EventCodec.mapper().readTree("{\"refresh_interval\": \"1s\", \"merge.policy.floor_segment\": \"2mb\"}"));
        assertThat(IndexBootstrap.dynamicSettings(EventCodec.mapper().readTree("{\"number_of_shards\": 1}"))).isNull();
    }

    @Test
    void anyOtherRefusalOfTheCreateStillFailsTheStart() throws Exception {
        ElasticsearchClient client = node(400, "{\"error\":{\"type\":\"illegal_argument_exception\",\"reason\":"
                + "\"unknown setting [index.foo]\"},\"status\":400}");
        assertThatThrownBy(() -> new IndexBootstrap(client, properties()).afterPropertiesSet())
                .isInstanceOf(ElasticsearchException.class).hasMessageContaining("illegal_argument_exception");
    }
}
