package news.e2e;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.function.Function;
import news.model.EventCodec;
import tools.jackson.databind.JsonNode;

/** A small JSON-over-HTTP client for the tests. */
final class HttpJson {
    /** The newsroom every unnamed ingest request is sent as (the ingestor needs a key for every request). */
    static final String DEFAULT_NEWSROOM = "e2e-default";
    private static volatile Function<String, String> keyForNewsroom;

    /**
     * From now on every POST that carries no key of its own is signed with the key of the newsroom its X-Newsroom header
     * names (or of {@link #DEFAULT_NEWSROOM}): the tests keep saying which newsroom they speak for, the key proves it.
     */
    static void useKeys(Function<String, String> keyForNewsroom) {
        HttpJson.keyForNewsroom = keyForNewsroom;
    }

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    record Response(int status, String body) {
        JsonNode json() {
            return EventCodec.mapper().readTree(body);
        }
    }

    Response get(String url) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(url)).GET());
    }

    Response post(String url, String contentType, String body, Map<String, String> headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        headers.forEach(b::header);
        Function<String, String> keys = keyForNewsroom;
        if (keys != null && !headers.containsKey("Authorization") && !headers.containsKey("X-API-Key")) {
            b.header("Authorization", "Bearer " + keys.apply(headers.getOrDefault("X-Newsroom", DEFAULT_NEWSROOM)));
        }
        return send(b);
    }

    /** A GET or DELETE on the ingestor as a newsroom (signed with its key, like the POSTs). */
    Response asNewsroom(String method, String url, String newsroom) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).method(method, HttpRequest.BodyPublishers.noBody())
                .header("X-Newsroom", newsroom);
        Function<String, String> keys = keyForNewsroom;
        if (keys != null) {
            b.header("Authorization", "Bearer " + keys.apply(newsroom));
        }
        return send(b);
    }

    private Response send(HttpRequest.Builder b) throws Exception {
        HttpResponse<String> r = client.send(b.timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Response(r.statusCode(), r.body());
    }

    static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
