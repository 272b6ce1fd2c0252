package news.model.status;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One step of one article, as recorded in the status index: the indexer records what it did (indexed, stale, withheld,
 * canceled, dead-lettered there) and reads every pipeline topic and dead-letter topic for the earlier steps.
 *
 * @param articleId the article's id (for a page: the page's id)
 * @param source    the newsroom that sent it: status is kept per newsroom, so one never sees another's
 * @param kind      article or page, or null when unknown
 * @param pageId    the page an article was split from, or null
 * @param state     the step
 * @param at        when the step happened (the Kafka record's timestamp, or the indexer's clock)
 * @param version   the version the step concerned (epoch ms, as the index orders them), or null
 * @param detail    for {@code dead-lettered}: the stage and the reason; for {@code stale}: what is indexed instead
 */
public record StatusEvent(String articleId, String source, String kind, String pageId, ArticleState state, Instant at,
                          Long version, String stage, String detail) {

    /** Status document id: one per newsroom and article id (hashed: an article id may be longer than an index id). */
    public static String documentId(String source, String articleId) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(source.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(articleId.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest(), 0, 20);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every JRE", e);
        }
    }

    public String documentId() {
        return documentId(source, articleId);
    }

    /**
     * The partial status document this event writes: the identifying fields, {@code updatedAt}, and the event under
     * its state's field. Partial documents merge, so the recorders may write in any order.
     */
    public Map<String, Object> partialDocument() {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("id", articleId);
        doc.put("source", source);
        if (kind != null) {
            doc.put("kind", kind);
        }
        if (pageId != null) {
            doc.put("pageId", pageId);
        }
        doc.put("updatedAt", at.toString());
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("at", at.toString());
        if (version != null) {
            event.put("version", version);
        }
        if (stage != null) {
            event.put("stage", stage);
        }
        if (detail != null) {
            event.put("detail", detail);
        }
        doc.put(state.field(), event);
        return doc;
    }
    /**
     * The partial documents of {@code events} merged per status document, in the order given: what Elasticsearch would
     * hold after applying each event's partial update one after the other (objects merge key by key, any other value is
     * replaced by the later one), so one update per document replaces several. Each update of a document costs the
     * search node a real-time read of it; a batch often holds two or three steps of one article.
     */
    public static Map<String, Map<String, Object>> mergedByDocument(List<StatusEvent> events) {
        Map<String, Map<String, Object>> docs = new LinkedHashMap<>();
        for (StatusEvent event : events) {
            docs.merge(event.documentId(), event.partialDocument(), (earlier, later) -> {
                merge(earlier, later);
                return earlier;
            });
        }
        return docs;
    }

    /** Merges {@code later} into {@code into} the way a partial update merges into a document. */
    @SuppressWarnings("unchecked")
    private static void merge(Map<String, Object> into, Map<String, Object> later) {
        later.forEach((key, value) -> {
            if (value instanceof Map<?, ?> inner && into.get(key) instanceof Map<?, ?> existing) {
                Map<String, Object> copy = new LinkedHashMap<>((Map<String, Object>) existing);
                merge(copy, (Map<String, Object>) inner);
                into.put(key, copy);
            } else {
                into.put(key, value);
            }
        });
    }
}
