package news.infra.search;

import org.elasticsearch.action.admin.cluster.health.ClusterHealthResponse;
import org.elasticsearch.common.logging.LogConfigurator;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.core.TimeValue;
import org.elasticsearch.env.Environment;
import org.elasticsearch.node.ClasspathPluginsNode;
import org.elasticsearch.node.InternalSettingsPreparer;
import org.elasticsearch.node.Node;
import org.elasticsearch.plugins.Plugin;
import org.elasticsearch.transport.netty4.Netty4Plugin;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Starts a single-node Elasticsearch in this JVM from the jars in lib/ (there is no Elasticsearch
 * distribution on Maven Central). Configured by system properties or environment variables:
 * news.search.home / NEWS_SEARCH_HOME (./.news/search), news.search.port / NEWS_SEARCH_PORT (9200),
 * news.search.transport.port / NEWS_SEARCH_TRANSPORT_PORT (9300), news.search.host / NEWS_SEARCH_HOST (127.0.0.1).
 */
public final class SearchNodeMain {

    static final String CLUSTER_NAME = "news-local";

    // Elasticsearch's logging setup redirects System.out/err into log4j: keep the real streams for our own lines
    private static final PrintStream STDOUT = System.out;
    private static final PrintStream STDERR = System.err;

    private SearchNodeMain() {}

    public static void main(String[] args) throws Exception {
        setJvmDefaults();
        Path home = Path.of(config("news.search.home", "NEWS_SEARCH_HOME", "./.news/search")).toAbsolutePath().normalize();
        String host = config("news.search.host", "NEWS_SEARCH_HOST", "127.0.0.1");
        int httpPort = Integer.parseInt(config("news.search.port", "NEWS_SEARCH_PORT", "9200"));
        int transportPort = Integer.parseInt(config("news.search.transport.port", "NEWS_SEARCH_TRANSPORT_PORT", "9300"));

        Files.createDirectories(home.resolve("data"));
        Files.createDirectories(home.resolve("logs"));
        Files.createDirectories(home.resolve("config"));
        String nativeNote = NativeLibraries.configure(home);
        if (nativeNote != null) {
            STDERR.println("search-node: " + nativeNote);
        }

        Settings settings = Settings.builder()
            .put("cluster.name", CLUSTER_NAME)
            .put("node.name", "search-node")
            .put("path.home", home.toString())
            .put("path.data", home.resolve("data").toString())
            .put("path.logs", home.resolve("logs").toString())
            .put("network.host", host)
            .put("http.port", httpPort)
            .put("transport.port", transportPort)
            .put("discovery.type", "single-node")
            // a nearly full CI disk must not block shard allocation
            .put("cluster.routing.allocation.disk.threshold_enabled", false)
            .build();

        LogConfigurator.registerErrorListener();
        LogConfigurator.setNodeName("search-node");
        LogConfigurator.setClusterName(CLUSTER_NAME);
        long started = System.nanoTime();
        Environment environment = InternalSettingsPreparer.prepareEnvironment(settings, Map.of(), home.resolve("config"), () -> "search-node");
        writeLoggingConfig(environment.configDir());
        LogConfigurator.configure(environment, true);

        Node node;
        try {
            node = new ClasspathPluginsNode(environment, plugins());
        } catch (Exception e) {
            STDERR.println("search-node: failed to create the node: " + e);
            e.printStackTrace(STDERR);
            System.exit(1);
            return;
        }
        // Elasticsearch's threads are daemons: this latch keeps the JVM up until SIGTERM/SIGINT
        CountDownLatch stopped = new CountDownLatch(1);
        Thread keepAlive = new Thread(() -> {
            try {
                stopped.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "search-node-keepalive");
        keepAlive.setDaemon(false);
        keepAlive.start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            close(node);
            stopped.countDown();
        }, "search-node-shutdown"));
        try {
            node.start();
        } catch (Exception e) {
            STDERR.println("search-node: failed to start: " + e);
            e.printStackTrace(STDERR);
            System.exit(1);
        }
        // "ready" means the HTTP port is bound and indices already on disk are at least yellow
        ClusterHealthResponse health = node.client().admin().cluster().prepareHealth(TimeValue.timeValueSeconds(30))
            .setWaitForYellowStatus()
            .setTimeout(TimeValue.timeValueSeconds(60))
            .get();
        if (health.isTimedOut()) {
            STDERR.println("search-node: cluster still " + health.getStatus() + " after 60 s (some shards could not be recovered)");
        }
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        STDOUT.println("search-node ready http://" + host + ":" + httpPort + " (home " + home + ", " + millis + " ms)");
        STDOUT.flush();
    }

    /** The plugins this node runs with, by the names they have in a real distribution where one exists. */
    static Map<String, Class<? extends Plugin>> plugins() {
        Map<String, Class<? extends Plugin>> plugins = new LinkedHashMap<>();
        plugins.put("transport-netty4", Netty4Plugin.class);
        plugins.put("news-rest-root", RootInfoPlugin.class);
        plugins.put("news-lucene-analysis", LuceneAnalysisPlugin.class);
        plugins.put("news-single-node-defaults", SingleNodeDefaultsPlugin.class);
        return plugins;
    }

    /** System properties the Elasticsearch launcher normally passes; set here so plain java -jar works. */
    private static void setJvmDefaults() {
        // keep logging alive until our shutdown hook has closed the node
        System.setProperty("log4j.shutdownHookEnabled", "false");
        System.setProperty("log4j2.disable.jmx", "true");
        System.setProperty("log4j2.formatMsgNoLookups", "true");
        System.setProperty("java.awt.headless", "true");
        System.setProperty("io.netty.noUnsafe", "true");
        System.setProperty("io.netty.noKeySetOptimization", "true");
        System.setProperty("io.netty.recycler.maxCapacityPerThread", "0");
        // the native SIMD vector library (libvec) ships only in a distribution; Lucene's Java code is used instead
        if (System.getProperty("org.elasticsearch.nativeaccess.enableVectorLibrary") == null) {
            System.setProperty("org.elasticsearch.nativeaccess.enableVectorLibrary", "false");
        }
    }

    private static void close(Node node) {
        try {
            node.close();
            if (node.awaitClose(30, TimeUnit.SECONDS) == false) {
                STDERR.println("search-node: timed out waiting for the node to close");
            }
            STDOUT.println("search-node stopped");
            STDOUT.flush();
        } catch (Exception e) {
            STDERR.println("search-node: error while closing: " + e);
        }
    }

    /** Elasticsearch reads log4j2.properties from its config dir; ours logs to path.logs and warnings to stderr. */
    private static void writeLoggingConfig(Path configDir) throws IOException {
        try (InputStream in = SearchNodeMain.class.getResourceAsStream("log4j2.properties")) {
            Files.copy(in, configDir.resolve("log4j2.properties"), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static String config(String property, String env, String fallback) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            value = System.getenv(env);
        }
        return value == null || value.isBlank() ? fallback : value.trim();
    }
}
