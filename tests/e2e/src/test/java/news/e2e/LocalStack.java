package news.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** Drives the real launcher ({@code ./news up|down}) in its own data folder and on offset ports. */
final class LocalStack {
    private final Path root;
    private final Path home;
    private final int portOffset;
    private final Map<String, String> keys = new ConcurrentHashMap<>();

    LocalStack(Path root, Path home, int portOffset) {
        this.root = root.toAbsolutePath().normalize();
        this.home = home.toAbsolutePath().normalize();
        this.portOffset = portOffset;
    }

    void up() throws IOException, InterruptedException {
        deleteRecursively(home);
        Files.createDirectories(home);
        keys.clear();
        run("up", 15);
        // Ingest requests are keyed now: HttpJson signs them with the key of the newsroom they name (X-Newsroom).
        HttpJson.useKeys(this::keyFor);
    }

    /** The demo key {@code ./news up} created (newsroom {@code samples}). */
    String demoKey() {
        return read(home.resolve("demo-key")).strip();
    }

    /**
     * A key for the newsroom, created on first use with {@code ./news keys create}. The ingestor re-reads the keys file
     * at most once a second, so a new key is handed out only after that second has passed.
     */
    String keyFor(String newsroom) {
        return keys.computeIfAbsent(newsroom, n -> {
            try {
                String key = run(List.of("keys", "create", n), 1).strip();
                Thread.sleep(1_500);
                return key;
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        });
    }

    /** Revokes every key of the newsroom ({@code ./news keys revoke}). */
    void revokeKeys(String newsroom) throws IOException, InterruptedException {
        run(List.of("keys", "revoke", newsroom), 1);
        keys.remove(newsroom);
    }

    /** What a launcher command printed and how it ended. */
    record LauncherResult(int exitCode, String stdout, String stderr) {}

    /** Runs {@code ./news ARGS…} on this stack without failing on a non-zero exit (for commands whose exit code is tested). */
    LauncherResult launcher(List<String> args, Duration timeout) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("bash", root.resolve("news").toString()));
        command.addAll(args);
        Path out = Files.createTempFile(home, "cli-out", ".txt");
        Path err = Files.createTempFile(home, "cli-err", ".txt");
        ProcessBuilder pb = new ProcessBuilder(command).directory(root.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        useStackEnvironment(pb);
        Process process = pb.start();
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("./news " + String.join(" ", args) + " timed out");
            }
            return new LauncherResult(process.exitValue(), Files.readString(out), Files.readString(err));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    String ingestorManagement(String path) {
        return "http://127.0.0.1:" + (9081 + portOffset) + path;
    }

    Path home() {
        return home;
    }

    Path root() {
        return root;
    }

    /**
     * Only this stack's settings: the NEWS_* variables inherited from an outer {@code ./news test} (which exports the
     * default ports, keys file…) must not leak into the offset stack and collide with a developer's running stack.
     */
    private void useStackEnvironment(ProcessBuilder pb) {
        pb.environment().keySet().removeIf(k -> k.startsWith("NEWS_"));
        pb.environment().putAll(environment());
    }

    /** The launcher's environment for this stack (offset ports, own NEWS_HOME), e.g. for {@code ./news push}. */
    Map<String, String> environment() {
        Map<String, String> env = new java.util.LinkedHashMap<>();
        env.put("NEWS_HOME", home.toString());
        env.put("NEWS_LOAD_SAMPLES", "0");
        env.put("NEWS_KAFKA_PORT", String.valueOf(9092 + portOffset));
        env.put("NEWS_KAFKA_CONTROLLER_PORT", String.valueOf(9093 + portOffset));
        env.put("NEWS_SEARCH_PORT", String.valueOf(9200 + portOffset));
        env.put("NEWS_SEARCH_TRANSPORT_PORT", String.valueOf(9300 + portOffset));
        env.put("NEWS_GATEWAY_PORT", String.valueOf(8080 + portOffset));
        env.put("NEWS_INGESTOR_PORT", String.valueOf(8081 + portOffset));
        env.put("NEWS_INGESTOR_MANAGEMENT_PORT", String.valueOf(9081 + portOffset));
        env.put("NEWS_GATEWAY_MANAGEMENT_PORT", String.valueOf(9080 + portOffset));
        env.put("NEWS_NORMALIZER_PORT", String.valueOf(8082 + portOffset));
        env.put("NEWS_CLASSIFIER_PORT", String.valueOf(8083 + portOffset));
        env.put("NEWS_INDEXER_PORT", String.valueOf(8084 + portOffset));
        env.put("NEWS_LAG_MONITOR_PORT", String.valueOf(8085 + portOffset));
        env.put("NEWS_KEYS_FILE", home.resolve("api-keys.txt").toString());
        return env;
    }

    /** {@code ./news up} on the existing data: starts only the components that are not running. */
    void upAgain() throws IOException, InterruptedException {
        run("up", 10);
    }

    /** Stops one component the way an outage would look to the others (SIGTERM to its pid). */
    void stop(String component) throws IOException {
        long pid = Long.parseLong(Files.readString(home.resolve("run").resolve(component + ".pid")).strip());
        ProcessHandle process = ProcessHandle.of(pid).orElseThrow();
        process.destroy();
        process.onExit().orTimeout(60, TimeUnit.SECONDS).join();
    }

    void down() throws IOException, InterruptedException {
        run("down", 3);
    }

    /** Pids of every process the launcher started (read from its pid files). */
    List<Long> pids() throws IOException {
        Path run = home.resolve("run");
        if (!Files.isDirectory(run)) {
            return List.of();
        }
        List<Long> pids = new ArrayList<>();
        try (Stream<Path> files = Files.list(run)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".pid")).toList()) {
                pids.add(Long.parseLong(Files.readString(f).strip()));
            }
        }
        return pids;
    }

    List<Path> samplePages() throws IOException {
        try (Stream<Path> files = Files.list(root.resolve("infra/samples"))) {
            return files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    String gateway(String path) {
        return "http://127.0.0.1:" + (8080 + portOffset) + path;
    }

    String ingestor(String path) {
        return "http://127.0.0.1:" + (8081 + portOffset) + path;
    }

    String elasticsearch(String path) {
        return "http://127.0.0.1:" + (9200 + portOffset) + path;
    }

    String kafkaBootstrap() {
        return "127.0.0.1:" + (9092 + portOffset);
    }

    private void run(String command, int timeoutMinutes) throws IOException, InterruptedException {
        run(List.of(command), timeoutMinutes);
    }

    /** Runs {@code ./news ARGS…}; its stderr goes to launcher.log, its stdout is returned. */
    private String run(List<String> args, int timeoutMinutes) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("bash", root.resolve("news").toString()));
        command.addAll(args);
        Path out = Files.createTempFile(home, "launcher-out", ".txt");
        ProcessBuilder pb = new ProcessBuilder(command)
                .directory(root.toFile())
                .redirectError(ProcessBuilder.Redirect.appendTo(home.resolve("launcher.log").toFile()))
                .redirectOutput(out.toFile());
        useStackEnvironment(pb);
        Process process = pb.start();
        String name = String.join(" ", args);
        try {
            if (!process.waitFor(timeoutMinutes, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException("./news " + name + " timed out; see " + home.resolve("launcher.log"));
            }
            String stdout = Files.readString(out);
            if (!args.getFirst().equals("keys")) {
                // Keep the launcher's own output in the log, but never a freshly created key.
                Files.writeString(home.resolve("launcher.log"), stdout, java.nio.file.StandardOpenOption.APPEND);
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException("./news " + name + " failed (exit " + process.exitValue() + "):\n"
                        + tail(home.resolve("launcher.log")));
            }
            return stdout;
        } finally {
            Files.deleteIfExists(out);
        }
    }

    private static String tail(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
