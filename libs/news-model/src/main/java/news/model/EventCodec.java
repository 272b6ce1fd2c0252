package news.model;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
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

    /**
     * Decodes one event and checks its required fields.
     *
     * @throws InvalidEventException when the bytes are not JSON of this type or a required field is missing; the
     *         message names the type and the fields (it ends up in the dead-letter topic's reason header)
     */
    public static <T> T decode(byte[] json, Class<T> type) {
        T event;
        try {
            event = MAPPER.readValue(json, type);
        } catch (JacksonException e) {
            String field = fieldPath(e);
            // JSON of the wrong shape names the field (a person reads this in the dead-letter topic); else it is not JSON
            throw new InvalidEventException("not a valid " + type.getSimpleName() + " event ("
                    + (field.isEmpty() ? "JSON expected" : "field " + field) + "): " + e.getOriginalMessage(), e);
        }
        if (event == null) {
            throw new InvalidEventException("not a valid " + type.getSimpleName() + " event: the record is JSON null");
        }
        List<String> missing = missingFields(event);
        if (!missing.isEmpty()) {
            throw new InvalidEventException(type.getSimpleName() + " event without required field"
                    + (missing.size() > 1 ? "s " : " ") + String.join(", ", missing));
        }
        return event;
    }

    /**
     * The required fields an event lacks: what every stage needs to key, attribute and process it (id, source,
     * kind; a raw event's body; a classified event's article and enrichment).
     */
    static List<String> missingFields(Object event) {
        List<String> missing = new ArrayList<>();
        switch (event) {
            case RawArticle r -> {
                require(missing, r.id(), "id");
                require(missing, r.source(), "source");
                require(missing, r.kind(), "kind");
                if (r.body() == null && r.pubStatus().visible()) {
                    missing.add("body"); // an empty body may be legitimate (a headline-only article), a missing one not
                }
            }
            case NormalizedArticle n -> {
                require(missing, n.id(), "id");
                require(missing, n.source(), "source");
                require(missing, n.kind(), "kind");
            }
            case ClassifiedArticle c -> {
                require(missing, c.article(), "article");
                require(missing, c.enrichment(), "enrichment");
                if (c.article() != null) {
                    missingFields(c.article()).forEach(f -> missing.add("article." + f));
                }
            }
            default -> { }
        }
        return missing;
    }

    private static void require(List<String> missing, Object value, String field) {
        if (value == null || value instanceof String s && s.isBlank()) {
            missing.add(field);
        }
    }

    /** Where in the event the parser failed, as {@code meta.reporters[2]}; empty when it failed outside any field. */
    static String fieldPath(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference ref : e.getPath()) {
            if (ref.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    public static JsonMapper mapper() {
        return MAPPER;
    }
}
