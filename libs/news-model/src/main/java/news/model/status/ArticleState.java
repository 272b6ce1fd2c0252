package news.model.status;

import java.util.Locale;

/**
 * What became of an article, in pipeline order. The order breaks ties between events recorded at the same
 * millisecond; otherwise an article's state is its latest event (a correction starts again at {@code accepted}).
 */
public enum ArticleState {
    ACCEPTED, NORMALIZED, CLASSIFIED, INDEXED, STALE, WITHHELD, CANCELED, DEAD_LETTERED;

    /** The name used in the API and in the status index: lower case with a hyphen ({@code dead-lettered}). */
    public String value() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The status index field that holds this state's event. */
    public String field() {
        return switch (this) {
            case DEAD_LETTERED -> "deadLettered";
            default -> name().toLowerCase(Locale.ROOT);
        };
    }
}
