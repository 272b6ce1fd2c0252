package news.model;

import java.nio.charset.StandardCharsets;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** JSON encoding of the pipeline events: the one place that fixes their wire format. */
public final class EventCodec {
    private static final JsonMapper MAPPER = JsonMapper.builder()
            // Newer producers may add fields; older consumers must keep working.
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private EventCodec() {}

    public static byte[] encode(Object event) {
        return MAPPER.writeValueAsBytes(event);
    }

    public static String encodeToString(Object event) {
        return new String(encode(event), StandardCharsets.UTF_8);
    }

    public static <T> T decode(byte[] json, Class<T> type) {
        return MAPPER.readValue(json, type);
    }

    public static JsonMapper mapper() {
        return MAPPER;
    }
}
