package news.model;

import java.time.Instant;
import java.util.List;

/** An article after text repair: the {@code news.normalized} event. Paragraphs are clean, one per entry. */
public record NormalizedArticle(
        String id,
        String source,
        String uri,
        ContentKind kind,
        String language,
        String headline,
        List<String> paragraphs,
        String byline,
        String located,
        Instant versionCreated,
        Instant receivedAt) {

    public NormalizedArticle {
        paragraphs = paragraphs == null ? List.of() : List.copyOf(paragraphs);
    }

    /** Body text as paragraphs separated by a blank line. */
    public String bodyText() {
        return String.join("\n\n", paragraphs);
    }
}
