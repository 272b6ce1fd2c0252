package news.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import news.model.EventCodec;
import tools.jackson.databind.JsonNode;

/** The few HTTP calls the benchmark makes (JDK client, HTTP/1.1, loopback only). */
final class Http {
    record Response(int status, String body, String retryAfter) {
        JsonNode json() {
            return EventCodec.mapper().readTree(body);
        }
    }

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    Response send(String method, String url, String contentType, String body, Duration timeout, String... headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(timeout)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        HttpResponse<String> r = client.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Response(r.statusCode(), r.body(), r.headers().firstValue("Retry-After").orElse(null));
    }

    /** A request that must answer 2xx; anything else is an error naming the URL, the status and the answer. */
    Response expect2xx(String method, String url, String contentType, String body, Duration timeout, String... headers)
            throws IOException, InterruptedException {
        Response r = send(method, url, contentType, body, timeout, headers);
        if (r.status() / 100 != 2) {
            throw new IllegalStateException(method + " " + url + " answered " + r.status() + ": " + abbreviate(r.body()));
        }
        return r;
    }

    static String abbreviate(String s) {
        return s == null ? "" : s.length() <= 500 ? s : s.substring(0, 500) + "…";
    }
}
