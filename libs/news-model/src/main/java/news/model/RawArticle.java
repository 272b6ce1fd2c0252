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
        String subheadline) {

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
