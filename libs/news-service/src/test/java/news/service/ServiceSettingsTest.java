package news.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The services' YAML files against the shared one: each imports news-service.yml, none repeats one of its keys
 * (a copy drifts: the classifier's output once lost its {@code sync}), and every output binding of every stage waits
 * for Kafka's acknowledgement, because the input offset is committed as soon as the function returns.
 */
class ServiceSettingsTest {
    private static final Path SERVICES = Path.of("../../services");

    @Test
    void everyServiceImportsTheSharedSettingsAndRepeatsNoneOfThem() throws IOException {
        Map<String, Object> shared = flatten(sharedYaml());
        assertThat(shared).containsEntry("server.address", "${NEWS_BIND_ADDRESS:127.0.0.1}")
                .containsEntry("spring.cloud.stream.kafka.binder.required-acks", "all")
                .containsEntry("spring.cloud.stream.kafka.binder.producer-properties.enable.idempotence", true);
        List<Path> files = serviceFiles();
        assertThat(files).hasSize(6);
        for (Path file : files) {
            Map<String, Object> own = flatten(load(file));
            assertThat(own).as(file.toString()).containsEntry("spring.config.import", "classpath:news-service.yml");
            assertThat(own.keySet()).as(file + " repeats shared settings").doesNotContainAnyElementsOf(shared.keySet());
        }
    }

    @Test
    void everyOutputBindingIsSynchronous() throws IOException {
        int outputs = 0;
        for (Path file : serviceFiles()) {
            Map<String, Object> own = flatten(load(file));
            for (String key : own.keySet()) {
                String prefix = "spring.cloud.stream.bindings.";
                if (key.startsWith(prefix) && key.endsWith(".destination")) {
                    String binding = key.substring(prefix.length(), key.length() - ".destination".length());
                    if (binding.matches(".*-out(-\\d+)?")) {
                        outputs++;
                        assertThat(own.get("spring.cloud.stream.kafka.bindings." + binding + ".producer.sync"))
                                .as("%s: output %s must be sync", file, binding).isEqualTo(true);
                    }
                }
            }
        }
        // (news.classified is sent by the classifier's own producer, asynchronously, and awaited before the commit:
        // BatchClassifier; its binding is the dead-letter output)
        assertThat(outputs).as("ingestor, normalizer, the classifier's and the indexer's dead letters").isEqualTo(4);
    }

    private static List<Path> serviceFiles() throws IOException {
        try (Stream<Path> dirs = Files.list(SERVICES)) {
            return dirs.map(d -> d.resolve("src/main/resources/application.yml")).filter(Files::exists).sorted().toList();
        }
    }

    private static Map<String, Object> sharedYaml() throws IOException {
        try (InputStream in = ServiceSettingsTest.class.getResourceAsStream("/news-service.yml")) {
            return new Yaml().load(in);
        }
    }

    private static Map<String, Object> load(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new Yaml().load(in);
        }
    }

    /** Dotted keys, as Spring sees them ({@code a: {b: 1}} → {@code a.b = 1}). */
    private static Map<String, Object> flatten(Map<String, Object> yaml) {
        Map<String, Object> out = new TreeMap<>();
        flatten("", yaml, out);
        return out;
    }

    @SuppressWarnings("unchecked")
    private static void flatten(String prefix, Object node, Map<String, Object> out) {
        if (node instanceof Map<?, ?> map) {
            map.forEach((k, v) -> flatten(prefix.isEmpty() ? String.valueOf(k) : prefix + "." + k, v, out));
        } else {
            out.put(prefix, node instanceof List<?> list ? new ArrayList<>(list) : node);
        }
    }
}
