package news.model;

import java.time.Instant;
import java.util.List;

/**
 * The search document: what the indexer writes and the gateway reads. Field names match
 * {@code infra/elasticsearch/news-template.json}, whose mapping is strict.
 *
 * @param published versionCreated when the newsroom gave one, else the time we received the article;
 *                  the date that search filters and sorts on
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
        String duplicateOf) {

    public static NewsDocument of(ClassifiedArticle classified) {
        NormalizedArticle a = classified.article();
        Enrichment e = classified.enrichment();
        return new NewsDocument(
                a.id(), a.uri(), a.source(), a.kind().name().toLowerCase(java.util.Locale.ROOT), a.language(),
                a.headline(), a.bodyText(), a.byline(), a.located(),
                a.versionCreated() != null ? a.versionCreated() : a.receivedAt(),
                a.versionCreated(), a.receivedAt(),
                e.subjects(),
                e.subjects().stream().map(Subject::code).toList(),
                names(e.people()), names(e.places()), names(e.organisations()),
                e.keywords(), e.summary(),
                a.meta().subheadline(), a.meta().reporters(), a.meta().correspondents(), a.meta().datelinePlace(),
                a.meta().captions(), a.meta().pageId(), a.meta().pageOrder(), a.meta().sectionLabel(),
                a.meta().simhash(), a.meta().duplicateOf());
    }

    private static List<String> names(List<Entity> entities) {
        return entities.stream().map(Entity::name).distinct().toList();
    }
}
