package news.model.status;

import java.time.Instant;
import java.util.Optional;
import news.model.EventCodec;
import news.model.Topics;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * Turns a record of a pipeline topic or of a dead-letter topic into the status step it stands for: a record on
 * {@code news.raw} means accepted, on {@code news.normalized} normalized, on {@code news.classified} classified, on a
 * {@code .dlq} topic dead-lettered by the stage that reads the topic before it. Reads only the few fields it needs
 * with a streaming parser and skips the text, so recording status costs little beside the pipeline.
 */
public final class StatusEventReader {

    private StatusEventReader() {}

    /** Where an article is in a record: its id, newsroom, kind, page and version. */
    record Identity(String id, String source, String kind, String pageId, Instant versionCreated, Instant receivedAt) {}

    /**
     * @param topic     the topic the record was read from
     * @param payload   the record value
     * @param timestamp the record's timestamp (when the step happened)
     * @param reason    for a dead-letter record: the reason header; else ignored
     * @return the step, or empty when the record names no article and newsroom (a poison record: its DLQ entry is
     *         all there is, with no newsroom to show it to)
     */
    public static Optional<StatusEvent> read(String topic, byte[] payload, Instant timestamp, String reason) {
        boolean deadLetter = topic.endsWith(".dlq");
        String base = deadLetter ? topic.substring(0, topic.length() - ".dlq".length()) : topic;
        ArticleState state;
        String stage;
        switch (base) {
            case Topics.RAW -> { state = ArticleState.ACCEPTED; stage = "normalizer"; }
            case Topics.NORMALIZED -> { state = ArticleState.NORMALIZED; stage = "classifier"; }
            case Topics.CLASSIFIED -> { state = ArticleState.CLASSIFIED; stage = "indexer"; }
            default -> { return Optional.empty(); }
        }
        Identity who = identity(payload, Topics.CLASSIFIED.equals(base));
        if (who == null || who.id() == null || who.source() == null) {
            return Optional.empty();
        }
        Long version = version(who.versionCreated(), who.receivedAt());
        if (deadLetter) {
            return Optional.of(new StatusEvent(who.id(), who.source(), who.kind(), who.pageId(),
                    ArticleState.DEAD_LETTERED, timestamp, version, stage, readable(reason)));
        }
        return Optional.of(new StatusEvent(who.id(), who.source(), who.kind(), who.pageId(), state, timestamp, version,
                null, null));
    }

    /** The version the index orders by: versionCreated, else receivedAt, in epoch milliseconds. */
    public static Long version(Instant versionCreated, Instant receivedAt) {
        Instant at = versionCreated != null ? versionCreated : receivedAt;
        return at == null ? null : Math.max(0, at.toEpochMilli());
    }

    /** A dead-letter reason for a person: the message without the exception class chain, at most 500 characters. */
    static String readable(String reason) {
        if (reason == null || reason.isBlank()) {
            return null;
        }
        String text = reason.strip();
        if (text.length() > 1 && text.startsWith("\"") && text.endsWith("\"")) {
            text = text.substring(1, text.length() - 1); // a header the binder wrote as a JSON string
        }
        // "…; nested exception is x.y.SomeException: the reason" → the innermost reason
        int nested = text.lastIndexOf("Exception: ");
        if (nested >= 0 && nested + 11 < text.length()) {
            text = text.substring(nested + 11);
        }
        return text.length() > 500 ? text.substring(0, 500) + "…" : text;
    }

    static Identity identity(byte[] payload, boolean classified) {
        if (payload == null || payload.length == 0) {
            return null;
        }
        try (JsonParser p = EventCodec.mapper().createParser(payload)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            if (!classified) {
                return object(p);
            }
            while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                if ("article".equals(name) && value == JsonToken.START_OBJECT) {
                    return object(p);
                }
                p.skipChildren();
            }
            return null;
        } catch (RuntimeException e) { // JacksonException, a bad date
            return null; // not an event: nothing to attribute
        }
    }

    /** Reads the identifying fields of the object the parser is in (just after its START_OBJECT). */
    private static Identity object(JsonParser p) {
        String id = null, source = null, kind = null, pageId = null;
        Instant versionCreated = null, receivedAt = null;
        while (p.nextToken() == JsonToken.PROPERTY_NAME) {
            String name = p.currentName();
            JsonToken value = p.nextToken();
            switch (name) {
                case "id" -> id = text(p, value);
                case "source" -> source = text(p, value);
                case "kind" -> kind = text(p, value);
                case "versionCreated" -> versionCreated = instant(p, value);
                case "receivedAt" -> receivedAt = instant(p, value);
                case "meta" -> {
                    if (value == JsonToken.START_OBJECT) {
                        while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                            String field = p.currentName();
                            JsonToken v = p.nextToken();
                            if ("pageId".equals(field)) {
                                pageId = text(p, v);
                            } else {
                                p.skipChildren();
                            }
                        }
                    }
                }
                default -> p.skipChildren();
            }
        }
        return new Identity(id, source, kind == null ? null : kind.toLowerCase(java.util.Locale.ROOT), pageId,
                versionCreated, receivedAt);
    }

    private static String text(JsonParser p, JsonToken value) {
        if (value == JsonToken.VALUE_STRING) {
            return p.getString();
        }
        p.skipChildren();
        return null;
    }

    private static Instant instant(JsonParser p, JsonToken value) {
        if (value == JsonToken.VALUE_STRING) {
            return Instant.parse(p.getString());
        }
        if (value == JsonToken.VALUE_NUMBER_INT || value == JsonToken.VALUE_NUMBER_FLOAT) {
            double seconds = p.getDoubleValue();
            return Instant.ofEpochMilli((long) (seconds * 1000));
        }
        p.skipChildren();
        return null;
    }
}
