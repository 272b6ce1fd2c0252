package news.model.status;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An article's status as a newsroom sees it, derived from its status document: the latest step is the state.
 *
 * @param id      the article id
 * @param kind    article or page (null if not known yet)
 * @param pageId  the page it was split from, or null
 * @param state   the latest step
 * @param since   when the latest step happened
 * @param steps   every step recorded, oldest first: state → {at, version, stage, detail}
 * @param indexedVersion the version the index holds (from the last {@code indexed} step), or null
 * @param message what the state means, in words (the dead-letter reason, why a version was ignored)
 */
public record ArticleStatus(String id, String kind, String pageId, ArticleState state, Instant since,
                            Map<String, Map<String, Object>> steps, Long indexedVersion, String message) {

    /** Reads a status document ({@link StatusEvent#partialDocument()} merged); null when it has no step. */
    @SuppressWarnings("unchecked")
    public static ArticleStatus of(Map<String, Object> document) {
        record Step(ArticleState state, Instant at, Map<String, Object> event) {}
        List<Step> steps = new ArrayList<>();
        for (ArticleState state : ArticleState.values()) {
            if (document.get(state.field()) instanceof Map<?, ?> event && event.get("at") instanceof String at) {
                steps.add(new Step(state, Instant.parse(at), (Map<String, Object>) event));
            }
        }
        if (steps.isEmpty()) {
            return null;
        }
        steps.sort(Comparator.comparing(Step::at).thenComparing(Step::state));
        Step latest = steps.getLast();
        Map<String, Map<String, Object>> history = new LinkedHashMap<>();
        Long indexedVersion = null;
        for (Step s : steps) {
            history.put(s.state().value(), s.event());
            if (s.state() == ArticleState.INDEXED && s.event().get("version") instanceof Number v) {
                indexedVersion = v.longValue();
            }
        }
        return new ArticleStatus((String) document.get("id"), (String) document.get("kind"),
                (String) document.get("pageId"), latest.state(), latest.at(), history, indexedVersion,
                message(latest.state(), latest.event()));
    }

    private static String message(ArticleState state, Map<String, Object> event) {
        Object detail = event.get("detail");
        Object stage = event.get("stage");
        return switch (state) {
            case ACCEPTED -> "accepted; waiting to be normalized";
            case NORMALIZED -> "text repaired; waiting to be classified";
            case CLASSIFIED -> "classified; waiting to be indexed";
            case INDEXED -> "searchable";
            case STALE -> "this version was ignored: " + (detail != null ? detail : "the index holds a newer version");
            case WITHHELD -> "withheld: hidden from search until a later usable version";
            case CANCELED -> "canceled: removed from search and the article view";
            case DEAD_LETTERED -> "not published: the " + (stage != null ? stage : "pipeline") + " refused it: "
                    + (detail != null ? detail : "no reason recorded");
        };
    }

    /** The JSON shape of the API. */
    public Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", id);
        if (kind != null) {
            json.put("kind", kind);
        }
        if (pageId != null) {
            json.put("pageId", pageId);
        }
        json.put("state", state.value());
        json.put("since", since.toString());
        json.put("message", message);
        if (indexedVersion != null) {
            json.put("indexedVersion", Instant.ofEpochMilli(indexedVersion).toString());
        }
        json.put("steps", steps);
        return json;
    }
}
