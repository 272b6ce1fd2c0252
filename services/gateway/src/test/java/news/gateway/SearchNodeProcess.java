package news.gateway;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A real single-node Elasticsearch for *IT tests: the project's search node (infra/search-node, the jar ./news up
 * runs, with its jvm.options) in a child process on free loopback ports, with a fresh home under target/. Built by
 * the reactor before the gateway ({@code mvn -pl infra/search-node package} otherwise).
 */
final class SearchNodeProcess implements AutoCloseable {
    private static final Path ROOT = Path.of("").toAbsolutePath().getParent().getParent();
    private static final Path JAR = ROOT.resolve("infra/search-node/target/search-node.jar");

    private final Process process;
    private final int port;
    private final Path log;

    private SearchNodeProcess(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    static SearchNodeProcess start(String name) throws IOException, InterruptedException {
        if (!Files.isRegularFile(JAR)) {
            throw new IllegalStateException(JAR + " is missing: build it first (mvn -pl infra/search-node package)");
        }
        Path home = Path.of("target", name + "-" + System.nanoTime()).toAbsolutePath();
        Files.createDirectories(home);
        int http = freePort(), transport = freePort();
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.add("-Xms512m");
        command.add("-Xmx512m");
        Path options = ROOT.resolve("infra/search-node/jvm.options");
        if (Files.isRegularFile(options)) {
            Files.readAllLines(options).stream().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).forEach(command::add);
        }
        command.addAll(List.of("-Dnews.search.home=" + home, "-Dnews.search.port=" + http,
                "-Dnews.search.transport.port=" + transport, "-jar", JAR.toString()));
        Path log = home.resolve("node.log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        SearchNodeProcess node = new SearchNodeProcess(process, http, log);
        HttpClient client = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
        while (true) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the search node exited; see " + log);
            }
            try {
                if (client.send(HttpRequest.newBuilder(URI.create(node.url() + "/_cluster/health?wait_for_status=yellow&timeout=5s"))
                        .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return node;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            if (System.nanoTime() > deadline) {
                node.close();
                throw new IllegalStateException("the search node was not ready after 180 s; see " + log);
            }
            Thread.sleep(500);
        }
    }

    String url() {
        return "http://127.0.0.1:" + port;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public String toString() {
        return "search node " + url() + " (log " + log + ")";
    }
}
