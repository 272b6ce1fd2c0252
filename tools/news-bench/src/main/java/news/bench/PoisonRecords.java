package news.bench;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Records that are not events, as a broken producer or a hand-typed console record would write them, and the
 * dead-letter topic each must end in (the one of the stage that consumes the topic).
 */
public final class PoisonRecords {
    /** One poison record: what it is (for the table) and its bytes. */
    public record Poison(String kind, byte[] value) {}

    /** Each consumed topic's dead-letter topic (the stage's {@code dlq-name} / {@code dlq-out} binding). */
    public static final Map<String, String> DEAD_LETTER_TOPIC = Map.of(
            "news.raw", "news.raw.dlq",
            "news.normalized", "news.normalized.dlq",
            "news.classified", "news.classified.dlq");

    private PoisonRecords() {}

    /**
     * news.raw gets four kinds (an empty object: every field missing; JSON cut off mid-value; text that is not JSON;
     * bytes that are not UTF-8); the later topics get the first two (the stages there decode the same way).
     */
    public static List<Poison> forTopic(String topic) {
        if (!DEAD_LETTER_TOPIC.containsKey(topic)) {
            throw new IllegalArgumentException("no dead-letter topic known for " + topic + "; expected one of "
                    + DEAD_LETTER_TOPIC.keySet());
        }
        Poison empty = new Poison("{} (every field missing)", "{}".getBytes(StandardCharsets.UTF_8));
        Poison truncated = new Poison("JSON cut off", "{\"id\":\"urn:bench:poison\",\"headline\":\"".getBytes(StandardCharsets.UTF_8));
        if (!topic.equals("news.raw")) {
            return List.of(empty, truncated);
        }
        return List.of(empty, truncated,
                new Poison("plain text", "这不是 JSON，是一行普通文字".getBytes(StandardCharsets.UTF_8)),
                new Poison("not UTF-8", new byte[] {(byte) 0xFF, (byte) 0xFE, 0x00, (byte) 0xC3, 0x28}));
    }
}
