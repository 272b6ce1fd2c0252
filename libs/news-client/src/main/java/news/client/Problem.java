package news.client;

import java.util.Map;

/**
 * The server's RFC 9457 problem body, as sent. {@code properties} holds the extension members (e.g. {@code field},
 * {@code errors} for a batch, {@code retryAfterSeconds}); {@code raw} is the body text (empty when there was none).
 */
public record Problem(String type, String title, int status, String detail, Map<String, Object> properties, String raw) {
    public Problem {
        properties = properties == null ? Map.of() : Map.copyOf(properties);
        raw = raw == null ? "" : raw;
    }

    /** The field the server names as the problem (a single article's 400), or null. */
    public String field() {
        Object f = properties.get("field");
        return f == null ? null : f.toString();
    }

    @Override
    public String toString() {
        return status + " " + (title == null ? "" : title) + (detail == null ? "" : ": " + detail);
    }
}
