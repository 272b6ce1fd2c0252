package news.model;

import java.util.List;

/**
 * What the normalizer recognises around the body of an article: the structure a print page carries.
 *
 * @param subheadline    the sub-headline (subtitle), or null
 * @param reporters      reporters from the byline (本报记者 …)
 * @param correspondents correspondents from the byline (通讯员 …)
 * @param datelinePlace  place from the dateline (本报济宁12月3日讯 → 济宁), or null
 * @param datelineDate   month-day from the dateline as {@code MM-dd} (the year is not printed), or null
 * @param captions       photo captions with their photographer
 * @param pageId         id of the page this article was split from, or null for an article sent on its own
 * @param pageOrder      position on that page (1-based), or null
 * @param sectionLabel   page section label (■ 改革兴豫·濮阳动态), or null
 * @param simhash        64-bit SimHash of the body as 16 hex digits, or null
 * @param duplicateOf    id of an earlier article this one nearly duplicates, or null
 * @param splitFlags     what the page splitter could not tell from the text for this article ({@code NO_HEADLINE},
 *                       {@code HEADLINE_AMBIGUOUS}, {@code BODY_BOUNDARY_GUESSED}); empty for articles sent on their
 *                       own and for events written before the field existed
 * @param otherHeadlines headlines of other roles: the kicker a page prints above the main headline, and any ninjs
 *                       role beyond main and sub an article was sent with; empty when none
 */
public record ArticleMetadata(
        String subheadline,
        List<String> reporters,
        List<String> correspondents,
        String datelinePlace,
        String datelineDate,
        List<Caption> captions,
        String pageId,
        Integer pageOrder,
        String sectionLabel,
        String simhash,
        String duplicateOf,
        List<String> splitFlags,
        List<Headline> otherHeadlines) {

    public static final ArticleMetadata NONE = new ArticleMetadata(null, List.of(), List.of(), null, null, List.of(),
            null, null, null, null, null);

    public ArticleMetadata {
        reporters = reporters == null ? List.of() : List.copyOf(reporters);
        correspondents = correspondents == null ? List.of() : List.copyOf(correspondents);
        captions = captions == null ? List.of() : List.copyOf(captions);
        splitFlags = splitFlags == null ? List.of() : List.copyOf(splitFlags);
        otherHeadlines = Headline.orNone(otherHeadlines);
    }

    /** Without headlines of other roles. */
    public ArticleMetadata(String subheadline, List<String> reporters, List<String> correspondents,
                           String datelinePlace, String datelineDate, List<Caption> captions, String pageId,
                           Integer pageOrder, String sectionLabel, String simhash, String duplicateOf,
                           List<String> splitFlags) {
        this(subheadline, reporters, correspondents, datelinePlace, datelineDate, captions, pageId, pageOrder,
                sectionLabel, simhash, duplicateOf, splitFlags, List.of());
    }

    /** The earlier shape, without split flags. */
    public ArticleMetadata(String subheadline, List<String> reporters, List<String> correspondents,
                           String datelinePlace, String datelineDate, List<Caption> captions, String pageId,
                           Integer pageOrder, String sectionLabel, String simhash, String duplicateOf) {
        this(subheadline, reporters, correspondents, datelinePlace, datelineDate, captions, pageId, pageOrder,
                sectionLabel, simhash, duplicateOf, List.of());
    }

    public ArticleMetadata withDuplicateOf(String id) {
        return new ArticleMetadata(subheadline, reporters, correspondents, datelinePlace, datelineDate, captions, pageId,
                pageOrder, sectionLabel, simhash, id, splitFlags, otherHeadlines);
    }

    /** A photo caption and who took the picture (null when not credited). */
    public record Caption(String text, String photographer) {}
}
