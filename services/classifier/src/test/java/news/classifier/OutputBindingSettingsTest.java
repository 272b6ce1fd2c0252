package news.classifier;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The classifier's output must be sent synchronously: the binder commits the news.normalized offset after the
 * function returns, so an asynchronous send could let the offset be committed before news.classified acknowledged
 * the classified article (lost on a broker failure). This setting had drifted away once.
 */
class OutputBindingSettingsTest {

    @Test
    @SuppressWarnings("unchecked")
    void classifiedOutputIsSentSynchronouslyWithAcksAll() throws Exception {
        Map<String, Object> yaml;
        try (InputStream in = getClass().getResourceAsStream("/application.yml")) {
            yaml = new Yaml().load(in);
        }
        Map<String, Object> stream = path(yaml, "spring", "cloud", "stream");
        Map<String, Object> out = path(stream, "bindings", "classify-out-0");
        assertThat(out.get("destination")).isEqualTo("news.classified");

        Map<String, Object> kafka = path(stream, "kafka");
        assertThat(path(kafka, "binder").get("required-acks")).isEqualTo("all");
        Map<String, Object> producer = path(kafka, "bindings", "classify-out-0", "producer");
        assertThat(producer.get("sync")).isEqualTo(true);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> path(Map<String, Object> node, String... keys) {
        Map<String, Object> current = node;
        for (String key : keys) {
            Object next = current.get(key);
            assertThat(next).as("application.yml has %s", key).isInstanceOf(Map.class);
            current = (Map<String, Object>) next;
        }
        return current;
    }
}
