package news.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * ninjs {@code pubStatus}: whether an article may be shown. A {@code withheld} version hides the article until a later
 * {@code usable} one; a {@code canceled} version (a kill, 撤稿) takes it out of search and the article view. Each is a
 * version like any other, ordered by {@code versionCreated}: a late older version never brings a killed article back.
 */
public enum PubStatus {
    USABLE, WITHHELD, CANCELED;

    @JsonValue
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** ninjs values ({@code usable}, {@code withheld}, {@code canceled}); null for anything else. */
    @JsonCreator
    public static PubStatus parse(String value) {
        if (value == null) {
            return null;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "usable" -> USABLE;
            case "withheld" -> WITHHELD;
            case "canceled", "cancelled" -> CANCELED;
            default -> null;
        };
    }

    /** Old events carry no status: they were usable. */
    public static PubStatus orUsable(PubStatus status) {
        return status == null ? USABLE : status;
    }

    public boolean visible() {
        return this == USABLE;
    }
}
