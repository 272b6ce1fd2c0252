package news.client;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;

/**
 * A real HTTP server on 127.0.0.1 (JDK's com.sun.net.httpserver) that answers from a script: each request takes the next
 * scripted answer (a failure on purpose), and once the script is used up it acknowledges like the ingestor does.
 */
final class FlakyServer implements AutoCloseable {
    record Answer(int status, Map<String, String> headers, String body, long delayMillis) {}

    record Seen(long nanoTime, String path, String contentType, String authorization, byte[] body) {}

    private final HttpServer server;
    private final ConcurrentLinkedQueue<Answer> script = new ConcurrentLinkedQueue<>();
    private final List<Seen> seen = Collections.synchronizedList(new ArrayList<>());

    FlakyServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/", this::handle);
        server.start();
    }

    URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    FlakyServer then(int status, Map<String, String> headers, String body) {
        script.add(new Answer(status, headers, body, 0));
        return this;
    }

    FlakyServer thenProblem(int status, String title, Map<String, String> headers) {
        return then(status, headers, "{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status
                + ",\"detail\":\"on purpose\",\"field\":\"bodies\"}");
    }

    FlakyServer thenSlow(long delayMillis) {
        script.add(new Answer(202, Map.of(), null, delayMillis));
        return this;
    }

    List<Seen> seen() {
        synchronized (seen) {
            return List.copyOf(seen);
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        byte[] body = exchange.getRequestBody().readAllBytes();
        seen.add(new Seen(System.nanoTime(), exchange.getRequestURI().getPath(), exchange.getRequestHeaders().getFirst("Content-Type"),
                exchange.getRequestHeaders().getFirst("Authorization"), body));
        Answer answer = script.poll();
        try {
            if (answer != null && answer.delayMillis() > 0) {
                Thread.sleep(answer.delayMillis());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        String text;
        int status;
        if (answer == null || answer.body() == null) {
            status = answer == null ? 202 : answer.status();
            text = acknowledgement(exchange.getRequestURI().getPath(), body);
        } else {
            status = answer.status();
            text = answer.body();
            answer.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
        }
        exchange.getResponseHeaders().add("Content-Type", status >= 400 ? "application/problem+json" : "application/json");
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    /** Like the ingestor: one id per article; batch lines get "line-N". */
    private static String acknowledgement(String path, byte[] body) {
        if (path.endsWith(":batch")) {
            long lines = new String(body, StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).count();
            List<String> ids = new ArrayList<>();
            for (int i = 1; i <= lines; i++) {
                ids.add("\"line-" + i + "\"");
            }
            return "{\"ids\":[" + String.join(",", ids) + "],\"count\":" + lines + ",\"status\":\"accepted\"}";
        }
        return "{\"id\":\"sha256:" + body.length + "\",\"status\":\"accepted\"}";
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
