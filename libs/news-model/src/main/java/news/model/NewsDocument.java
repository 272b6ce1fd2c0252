package news.model;

import java.time.Instant;
import java.util.List;

/**
 * The search document: what the indexer writes and the gateway reads. Field names match
 * {@code infra/elasticsearch/news-template.json}, whose mapping is strict.
 *
 * @param published versionCreated when the newsroom gave one, else the time we received the article;
 *                  the date that search filters and sorts on
 * @param topics    every subject's code, at every level: the classifier returns each narrower subject's broader topics
 *                  as subjects too, so a level-3 code comes with its level-2 and level-1 codes (the gateway's
 *                  {@code topic} filter and facet)
 * @param regions   every level of every resolved place as a path ({@code 河南省}, {@code 河南省/濮阳市},
 *                  {@code 河南省/濮阳市/清丰县}): the gateway's {@code region} filter and facet
 * @param provinces province names of the resolved places
 * @param cities    city names of the resolved places
 * @param counties  county names of the resolved places
 * @param credits   reporters and photographers found by the enrichment (kept apart from {@code people})
 * @param headlineSimplified headline in simplified characters when the original is traditional, else null
 * @param bodySimplified     body in simplified characters when the original is traditional, else null
 * @param pubStatus          {@code usable}; or {@code withheld} / {@code canceled} for a tombstone: a document without
 *                           text that keeps the article's id, owner and version so that search and the article view
 *                           leave it out and an older version arriving late is refused as stale
 * @param headlines          headlines of roles other than main and sub (a page's kicker, ninjs short/long/seo …), each
 *                           with its role; searched with the headline, shown in hits and in the ninjs view
 */
public record NewsDocument(
        String id,
        String uri,
        String source,
        String kind,
        String language,
        String headline,
        String body,
        String byline,
        String located,
        Instant published,
        Instant versionCreated,
        Instant receivedAt,
        List<Subject> subjects,
        List<String> topics,
        List<String> people,
        List<String> places,
        List<String> organisations,
        List<String> keywords,
        String summary,
        String subheadline,
        List<String> reporters,
        List<String> correspondents,
        String datelinePlace,
        List<ArticleMetadata.Caption> captions,
        String pageId,
        Integer pageOrder,
        String sectionLabel,
        String simhash,
        String duplicateOf,
        List<String> regions,
        List<String> provinces,
        List<String> cities,
        List<String> counties,
        List<String> credits,
        String headlineSimplified,
        String bodySimplified,
        PubStatus pubStatus,
        List<Headline> headlines) {

    public NewsDocument {
        pubStatus = PubStatus.orUsable(pubStatus);
        headlines = Headline.orNone(headlines);
    }

    /** Without headlines of other roles. */
    public NewsDocument(String id, String uri, String source, String kind, String language, String headline,
                        String body, String byline, String located, Instant published, Instant versionCreated,
                        Instant receivedAt, List<Subject> subjects, List<String> topics, List<String> people,
                        List<String> places, List<String> organisations, List<String> keywords, String summary,
                        String subheadline, List<String> reporters, List<String> correspondents, String datelinePlace,
                        List<ArticleMetadata.Caption> captions, String pageId, Integer pageOrder, String sectionLabel,
                        String simhash, String duplicateOf, List<String> regions, List<String> provinces,
                        List<String> cities, List<String> counties, List<String> credits, String headlineSimplified,
                        String bodySimplified, PubStatus pubStatus) {
        this(id, uri, source, kind, language, headline, body, byline, located, published, versionCreated, receivedAt,
                subjects, topics, people, places, organisations, keywords, summary, subheadline, reporters,
                correspondents, datelinePlace, captions, pageId, pageOrder, sectionLabel, simhash, duplicateOf,
                regions, provinces, cities, counties, credits, headlineSimplified, bodySimplified, pubStatus,
                List.of());
    }

    /** A usable document. */
    public NewsDocument(String id, String uri, String source, String kind, String language, String headline,
                        String body, String byline, String located, Instant published, Instant versionCreated,
                        Instant receivedAt, List<Subject> subjects, List<String> topics, List<String> people,
                        List<String> places, List<String> organisations, List<String> keywords, String summary,
                        String subheadline, List<String> reporters, List<String> correspondents, String datelinePlace,
                        List<ArticleMetadata.Caption> captions, String pageId, Integer pageOrder, String sectionLabel,
                        String simhash, String duplicateOf, List<String> regions, List<String> provinces,
                        List<String> cities, List<String> counties, List<String> credits, String headlineSimplified,
                        String bodySimplified) {
        this(id, uri, source, kind, language, headline, body, byline, located, published, versionCreated, receivedAt,
                subjects, topics, people, places, organisations, keywords, summary, subheadline, reporters,
                correspondents, datelinePlace, captions, pageId, pageOrder, sectionLabel, simhash, duplicateOf,
                regions, provinces, cities, counties, credits, headlineSimplified, bodySimplified, PubStatus.USABLE);
    }

    /** A document without regions, credits and simplified text (the shape before they existed). */
    public NewsDocument(String id, String uri, String source, String kind, String language, String headline,
                        String body, String byline, String located, Instant published, Instant versionCreated,
                        Instant receivedAt, List<Subject> subjects, List<String> topics, List<String> people,
                        List<String> places, List<String> organisations, List<String> keywords, String summary,
                        String subheadline, List<String> reporters, List<String> correspondents, String datelinePlace,
                        List<ArticleMetadata.Caption> captions, String pageId, Integer pageOrder, String sectionLabel,
                        String simhash, String duplicateOf) {
        this(id, uri, source, kind, language, headline, body, byline, located, published, versionCreated, receivedAt,
                subjects, topics, people, places, organisations, keywords, summary, subheadline, reporters,
                correspondents, datelinePlace, captions, pageId, pageOrder, sectionLabel, simhash, duplicateOf,
                List.of(), List.of(), List.of(), List.of(), List.of(), null, null);
    }

    public static NewsDocument of(ClassifiedArticle classified) {
        NormalizedArticle a = classified.article();
        if (!a.pubStatus().visible()) {
            return tombstone(a.id(), a.uri(), a.source(), a.kind().name().toLowerCase(java.util.Locale.ROOT), null,
                    a.versionCreated(), a.receivedAt(), a.pubStatus());
        }
        Enrichment e = classified.enrichment();
        return new NewsDocument(
                a.id(), a.uri(), a.source(), a.kind().name().toLowerCase(java.util.Locale.ROOT), a.language(),
                a.headline(), a.bodyText(), a.byline(), a.located(),
                a.versionCreated() != null ? a.versionCreated() : a.receivedAt(),
                a.versionCreated(), a.receivedAt(),
                e.subjects(),
                e.subjects().stream().map(Subject::code).distinct().toList(),
                names(e.people()), names(e.places()), names(e.organisations()),
                e.keywords(), e.summary(),
                a.meta().subheadline(), a.meta().reporters(), a.meta().correspondents(), a.meta().datelinePlace(),
                a.meta().captions(), a.meta().pageId(), a.meta().pageOrder(), a.meta().sectionLabel(),
                a.meta().simhash(), a.meta().duplicateOf(),
                e.regions().stream().flatMap(r -> r.paths().stream()).distinct().toList(),
                e.regions().stream().map(Region::province).distinct().toList(),
                e.regions().stream().map(Region::city).filter(java.util.Objects::nonNull).distinct().toList(),
                e.regions().stream().map(Region::county).filter(java.util.Objects::nonNull).distinct().toList(),
                names(e.credits()),
                e.headlineSimplified(), e.bodySimplified(), PubStatus.USABLE, a.meta().otherHeadlines());
    }

    /**
     * What stays of a withheld or canceled article: who owns it, which page it came from, its version; no text.
     * {@code published} keeps the version date so that date bounds still apply to it (it is filtered out anyway).
     */
    public static NewsDocument tombstone(String id, String uri, String source, String kind, String pageId,
                                         Instant versionCreated, Instant receivedAt, PubStatus status) {
        return new NewsDocument(id, uri, source, kind, null, null, null, null, null,
                versionCreated != null ? versionCreated : receivedAt, versionCreated, receivedAt,
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), null, null, List.of(), List.of(), null,
                List.of(), pageId, null, null, null, null, List.of(), List.of(), List.of(), List.of(), List.of(), null,
                null, status);
    }

    /** This tombstone, with its page set (an article of a killed page) and another status or version. */
    public NewsDocument asTombstone(PubStatus status, Instant versionCreated) {
        return tombstone(id, uri, source, kind, pageId, versionCreated, receivedAt, status);
    }

    /**
     * Index terms of the body fingerprint's bands (derived, written to the index, never read back): the normalizers
     * query them to find near-duplicates of a new article among everything already indexed.
     */
    @com.fasterxml.jackson.annotation.JsonProperty(value = "simhashBands", access = com.fasterxml.jackson.annotation.JsonProperty.Access.READ_ONLY)
    public List<String> simhashBands() {
        return SimHashBands.of(simhash);
    }

    private static List<String> names(List<Entity> entities) {
        return entities.stream().map(Entity::name).distinct().toList();
    }
}
