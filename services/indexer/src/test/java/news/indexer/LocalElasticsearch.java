package news.indexer;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.Jackson3JsonpMapper;
import co.elastic.clients.transport.rest5_client.Rest5ClientTransport;
import co.elastic.clients.transport.rest5_client.low_level.Rest5Client;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import news.model.EventCodec;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A local HTTP server that answers what the indexer asks Elasticsearch (the bulk API, and the template / alias /
 * index calls of {@link IndexBootstrap}) as Elasticsearch 9 would, with the answers a test scripts: whole-request
 * failures (429, 503) and per-item errors. It records every bulk request. No search node is started.
 */
final class LocalElasticsearch implements AutoCloseable {

    /** An item error Elasticsearch answers for one document id, the next {@code times} bulk requests carrying it. */
    record ItemError(int status, String type, String reason, int times) {}

    /** One bulk request: the ids in its order and the action line of each (version, version_type). */
    record BulkRequest(List<String> ids, List<JsonNode> actions) {}

    private final Deque<Integer> requestFailures = new ArrayDeque<>();
    private final Map<String, ItemError> itemErrors = new ConcurrentHashMap<>();
    private final Map<String, Integer> itemErrorsLeft = new ConcurrentHashMap<>();
    final List<BulkRequest> bulkRequests = new CopyOnWriteArrayList<>();
    /** What was indexed, by id: the document as the indexer sent it. */
    final Map<String, JsonNode> documents = new ConcurrentHashMap<>();
    private final HttpServer server;
    /** Run when a bulk request arrives, before it is answered (a test looks at the consumer's commits then). */
    volatile Runnable onBulk = () -> {};

    LocalElasticsearch() {
        this(0);
    }

    /** On a given port (0: any free one); a test restarts one on the same port to end a "connection refused". */
    LocalElasticsearch(int port) {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::handle);
        server.start();
    }

    int port() {
        return server.getAddress().getPort();
    }

    String url() {
        return "http://127.0.0.1:" + port();
    }

    /** The next bulk requests fail as a whole with these statuses, in order (429 rejected, 503 unavailable). */
    synchronized LocalElasticsearch failNextRequests(int... statuses) {
        for (int s : statuses) {
            requestFailures.add(s);
        }
        return this;
    }

    LocalElasticsearch itemError(String id, int status, String type, int times) {
        itemErrors.put(id, new ItemError(status, type, "scripted by the test for " + id, times));
        itemErrorsLeft.put(id, times);
        return this;
    }

    List<List<String>> bulkIds() {
        return bulkRequests.stream().map(BulkRequest::ids).toList();
    }

    /** A client as the indexer's (Elasticsearch's own transport), pointed at this server. */
    static ElasticsearchClient clientFor(String url) {
        Rest5Client rest = Rest5Client.builder(URI.create(url)).build();
        return new ElasticsearchClient(new Rest5ClientTransport(rest, new Jackson3JsonpMapper(EventCodec.mapper())));
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body = exchange.getRequestBody().readAllBytes();
            String method = exchange.getRequestMethod();
            String path = exchange.getRequestURI().getPath();
            if (path.startsWith("/news-status")) {
                // the article status index: exists nowhere yet, created on PUT, every status write accepted
                if (method.equals("HEAD")) {
                    answer(exchange, 404, null);
                } else if (path.endsWith("/_bulk")) {
                    answer(exchange, 200, "{\"took\":1,\"errors\":false,\"items\":[]}");
                } else {
                    answer(exchange, 200, "{\"acknowledged\":true,\"shards_acknowledged\":true,\"index\":\"news-status\"}");
                }
            } else if (path.endsWith("/_mget")) {
                // nothing indexed before: every id not found
                StringBuilder docs = new StringBuilder();
                for (JsonNode id : EventCodec.mapper().readTree(body).path("ids")) {
                    docs.append(docs.isEmpty() ? "" : ",").append("{\"_index\":\"news-v1\",\"_id\":\"")
                            .append(id.asString()).append("\",\"found\":false}");
                }
                answer(exchange, 200, "{\"docs\":[" + docs + "]}");
            } else if (path.endsWith("/_bulk")) {
                bulk(exchange, new String(body, StandardCharsets.UTF_8));
            } else if (path.startsWith("/_index_template/") || path.endsWith("/_mapping")) {
                answer(exchange, 200, "{\"acknowledged\":true}");
            } else if (path.startsWith("/_alias/") && method.equals("HEAD")) {
                answer(exchange, 404, null);
            } else if (method.equals("PUT")) {
                answer(exchange, 200, "{\"acknowledged\":true,\"shards_acknowledged\":true,\"index\":\"" + path.substring(1) + "\"}");
            } else {
                answer(exchange, 400, error("illegal_argument_exception", "not answered by the test server: " + method + " " + path, 400));
            }
        }
    }

    private void bulk(HttpExchange exchange, String ndjson) throws IOException {
        List<String> ids = new ArrayList<>();
        List<JsonNode> actions = new ArrayList<>();
        String[] lines = ndjson.split("\n");
        for (int i = 0; i + 1 < lines.length; i += 2) {
            JsonNode action = EventCodec.mapper().readTree(lines[i]).path("index");
            actions.add(action);
            ids.add(action.path("_id").asString());
        }
        bulkRequests.add(new BulkRequest(ids, actions));
        onBulk.run();
        Integer failure;
        synchronized (this) {
            failure = requestFailures.poll();
        }
        if (failure != null) {
            String type = failure == 429 ? "es_rejected_execution_exception" : "unavailable_shards_exception";
            answer(exchange, failure, error(type, "scripted by the test", failure));
            return;
        }
        StringBuilder items = new StringBuilder();
        boolean errors = false;
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            ItemError error = itemErrors.get(id);
            boolean fails = error != null && itemErrorsLeft.merge(id, -1, Integer::sum) >= 0;
            if (i > 0) {
                items.append(',');
            }
            if (fails) {
                errors = true;
                items.append("{\"index\":{\"_index\":\"news-v1\",\"_id\":\"").append(id).append("\",\"status\":")
                        .append(error.status()).append(",\"error\":{\"type\":\"").append(error.type())
                        .append("\",\"reason\":\"").append(error.reason()).append("\"}}}");
            } else {
                documents.put(id, EventCodec.mapper().readTree(lines[2 * i + 1]));
                items.append("{\"index\":{\"_index\":\"news-v1\",\"_id\":\"").append(id)
                        .append("\",\"_version\":1,\"result\":\"created\",\"status\":201,\"_seq_no\":0,\"_primary_term\":1,")
                        .append("\"_shards\":{\"total\":1,\"successful\":1,\"failed\":0}}}");
            }
        }
        answer(exchange, 200, "{\"took\":3,\"errors\":" + errors + ",\"items\":[" + items + "]}");
    }

    private static String error(String type, String reason, int status) {
        ObjectNode root = EventCodec.mapper().createObjectNode();
        ObjectNode error = root.putObject("error");
        error.putArray("root_cause").addObject().put("type", type).put("reason", reason);
        error.put("type", type).put("reason", reason);
        root.put("status", status);
        return root.toString();
    }

    private static void answer(HttpExchange exchange, int status, String json) throws IOException {
        exchange.getResponseHeaders().add("X-Elastic-Product", "Elasticsearch");
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        if (json == null) {
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }
}
