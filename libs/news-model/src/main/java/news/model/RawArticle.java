package news.model;

import java.time.Instant;

/**
 * An article as accepted by the ingestor, before any repair: the {@code news.raw} event.
 *
 * @param id             article id: the ninjs {@code uri} when given, else {@link ArticleIds#contentHash}
 * @param source         newsroom that sent it
 * @param uri            ninjs uri as sent, or null
 * @param kind           article or whole page
 * @param language       BCP 47 tag
 * @param headline       raw headline or null (pages have none)
 * @param body           raw body text (HTML allowed when {@code bodyFormat} is text/html; for a print PDF page,
 *                       {@code bodyFormat} application/pdf, the file's bytes in base64)
 * @param bodyFormat     text/plain, text/html or application/pdf
 * @param byline         raw byline or null
 * @param located        dateline place or null
 * @param versionCreated when the newsroom says it was created, or null
 * @param receivedAt     when the ingestor accepted it
 * @param subheadline    ninjs {@code headlines[]} entry with role {@code sub}, or null
 * @param pubStatus      ninjs pubStatus; never null ({@code usable} for events written before it existed). A
 *                       {@code withheld} or {@code canceled} version may come without a body: it hides the article
 * @param otherHeadlines ninjs {@code headlines[]} entries of roles other than main and sub (kicker, short …), in the
 *                       order sent; empty when there are none (and for events written before the field existed)
 */
public record RawArticle(
        String id,
        String source,
        String uri,
        ContentKind kind,
        String language,
        String headline,
        String body,
        String bodyFormat,
        String byline,
        String located,
        Instant versionCreated,
        Instant receivedAt,
        String subheadline,
        PubStatus pubStatus,
        java.util.List<Headline> otherHeadlines) {

    public RawArticle {
        pubStatus = PubStatus.orUsable(pubStatus);
        otherHeadlines = Headline.orNone(otherHeadlines);
    }

    /** Without headlines of other roles. */
    public RawArticle(String id, String source, String uri, ContentKind kind, String language, String headline,
                      String body, String bodyFormat, String byline, String located, Instant versionCreated,
                      Instant receivedAt, String subheadline, PubStatus pubStatus) {
        this(id, source, uri, kind, language, headline, body, bodyFormat, byline, located, versionCreated, receivedAt,
                subheadline, pubStatus, java.util.List.of());
    }

    /** A usable version. */
    public RawArticle(String id, String source, String uri, ContentKind kind, String language, String headline,
                      String body, String bodyFormat, String byline, String located, Instant versionCreated,
                      Instant receivedAt, String subheadline) {
        this(id, source, uri, kind, language, headline, body, bodyFormat, byline, located, versionCreated, receivedAt,
                subheadline, PubStatus.USABLE);
    }

    /**
     * A kill ({@code canceled}) or hold ({@code withheld}) of an article or a whole page: no text, only what orders
     * and attributes it.
     */
    public static RawArticle statusChange(String id, String source, String uri, ContentKind kind, PubStatus status,
                                          Instant versionCreated, Instant receivedAt) {
        return new RawArticle(id, source, uri, kind, NinjsReader.DEFAULT_LANGUAGE, null, "", TEXT_PLAIN, null, null,
                versionCreated, receivedAt, null, status);
    }

    /** Without a sub-headline (pages; articles that have none). */
    public RawArticle(String id, String source, String uri, ContentKind kind, String language, String headline,
                      String body, String bodyFormat, String byline, String located, Instant versionCreated,
                      Instant receivedAt) {
        this(id, source, uri, kind, language, headline, body, bodyFormat, byline, located, versionCreated, receivedAt,
                null);
    }

    public static final String TEXT_PLAIN = "text/plain";
    public static final String TEXT_HTML = "text/html";
    /** A print PDF page: {@code body} is the file in base64 (RFC 4648); the normalizer reads its layout. */
    public static final String APPLICATION_PDF = "application/pdf";
}
