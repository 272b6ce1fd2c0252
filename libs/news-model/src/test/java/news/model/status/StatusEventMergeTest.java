package news.model.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** One update per status document: the merge must equal the partial updates applied one after the other. */
class StatusEventMergeTest {
    private static final Instant T1 = Instant.parse("2026-12-01T02:00:01Z");
    private static final Instant T2 = Instant.parse("2026-12-01T02:00:02Z");
    private static final Instant T3 = Instant.parse("2026-12-01T02:00:03Z");

    private static StatusEvent event(String id, String source, ArticleState state, Instant at, String detail) {
        return new StatusEvent(id, source, "article", null, state, at, 42L, null, detail);
    }

    @Test
    void stepsOfOneArticleBecomeOneDocumentWithEveryStepAndTheLastUpdate() {
        Map<String, Map<String, Object>> docs = StatusEvent.mergedByDocument(List.of(
                event("a", "pyrb", ArticleState.ACCEPTED, T1, null),
                event("a", "pyrb", ArticleState.NORMALIZED, T2, null),
                event("a", "pyrb", ArticleState.CLASSIFIED, T3, null)));
        assertThat(docs).containsOnlyKeys(StatusEvent.documentId("pyrb", "a"));
        Map<String, Object> doc = docs.values().iterator().next();
        assertThat(doc).containsKeys("accepted", "normalized", "classified");
        assertThat(doc.get("updatedAt")).isEqualTo(T3.toString());
        assertThat(doc.get("normalized")).isEqualTo(Map.of("at", T2.toString(), "version", 42L));
    }

    @Test
    void theSameStepTwiceKeepsTheLaterValuesAndWhatOnlyTheEarlierHad() {
        Map<String, Map<String, Object>> docs = StatusEvent.mergedByDocument(List.of(
                event("a", "pyrb", ArticleState.STALE, T1, "the index holds a newer version"),
                new StatusEvent("a", "pyrb", "article", null, ArticleState.STALE, T2, 43L, null, null)));
        // what Elasticsearch's partial-update merge gives: objects merge key by key
        assertThat(docs.values().iterator().next().get("stale")).isEqualTo(
                Map.of("at", T2.toString(), "version", 43L, "detail", "the index holds a newer version"));
    }

    @Test
    void articlesAndNewsroomsStaySeparateInTheOrderFirstSeen() {
        StatusEvent b = event("b", "pyrb", ArticleState.ACCEPTED, T1, null);
        StatusEvent aOther = event("a", "other", ArticleState.ACCEPTED, T1, null);
        StatusEvent a = event("a", "pyrb", ArticleState.ACCEPTED, T1, null);
        Map<String, Map<String, Object>> docs = StatusEvent.mergedByDocument(List.of(b, aOther, a,
                event("b", "pyrb", ArticleState.INDEXED, T2, null)));
        assertThat(docs.keySet()).containsExactly(b.documentId(), aOther.documentId(), a.documentId());
        assertThat(docs.get(b.documentId())).containsKeys("accepted", "indexed");
        assertThat(docs.get(a.documentId())).doesNotContainKey("indexed");
    }

    @Test
    void mergingLeavesTheEventsOwnDocumentsUntouched() {
        StatusEvent first = event("a", "pyrb", ArticleState.STALE, T1, "x");
        StatusEvent.mergedByDocument(List.of(first, event("a", "pyrb", ArticleState.STALE, T2, "y")));
        assertThat(first.partialDocument().get("stale")).isEqualTo(Map.of("at", T1.toString(), "version", 42L, "detail", "x"));
    }
}
