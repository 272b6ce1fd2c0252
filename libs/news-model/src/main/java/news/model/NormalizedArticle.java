package news.model;

import java.time.Instant;
import java.util.List;

/**
 * An article after text repair: the {@code news.normalized} event. Paragraphs are clean, one per entry;
 * {@code meta} holds the structure recognised around them (never null; {@link ArticleMetadata#NONE} when nothing was).
 */
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
        Instant receivedAt,
        ArticleMetadata meta,
        PubStatus pubStatus) {

    public NormalizedArticle {
        paragraphs = paragraphs == null ? List.of() : List.copyOf(paragraphs);
        meta = meta == null ? ArticleMetadata.NONE : meta;
        pubStatus = PubStatus.orUsable(pubStatus);
    }

    /** A usable article. */
    public NormalizedArticle(String id, String source, String uri, ContentKind kind, String language, String headline,
                             List<String> paragraphs, String byline, String located, Instant versionCreated,
                             Instant receivedAt, ArticleMetadata meta) {
        this(id, source, uri, kind, language, headline, paragraphs, byline, located, versionCreated, receivedAt, meta,
                PubStatus.USABLE);
    }

    /** A kill or hold passed on unchanged: nothing to repair, classify or index but the status itself. */
    public static NormalizedArticle statusChange(RawArticle raw) {
        return new NormalizedArticle(raw.id(), raw.source(), raw.uri(), raw.kind(), raw.language(), null, List.of(),
                null, null, raw.versionCreated(), raw.receivedAt(), ArticleMetadata.NONE, raw.pubStatus());
    }

    /** An article with no recognised structure beyond headline, byline and body. */
    public NormalizedArticle(String id, String source, String uri, ContentKind kind, String language, String headline,
                             List<String> paragraphs, String byline, String located, Instant versionCreated,
                             Instant receivedAt) {
        this(id, source, uri, kind, language, headline, paragraphs, byline, located, versionCreated, receivedAt,
                ArticleMetadata.NONE);
    }

    public NormalizedArticle withMeta(ArticleMetadata newMeta) {
        return new NormalizedArticle(id, source, uri, kind, language, headline, paragraphs, byline, located,
                versionCreated, receivedAt, newMeta, pubStatus);
    }

    /** Body text as paragraphs separated by a blank line. */
    public String bodyText() {
        return String.join("\n\n", paragraphs);
    }
}
