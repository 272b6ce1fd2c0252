package news.search;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The search API's response shape.
 *
 * @param next   cursor for the following page (pass it as {@code cursor}), null on the last page
 * @param facets counts per value for topic, place, source, person, organisation
 * @param dates  documents per interval of {@code published} (per day for a from–to range up to two months, per week up to a year, per month otherwise; key = interval start)
 */
public record SearchResult(long total, int page, int size, String next, List<Hit> hits, Map<String, List<Bucket>> facets,
                    List<Bucket> dates) {

    /**
     * One article found.
     *
     * @param subheadline the sub-headline, or null
     * @param headlines   headlines of other roles (kicker, short …) with their roles; empty when none
     */
    public record Hit(String id, String headline, String subheadline, List<news.model.Headline> headlines,
               String source, String byline, Instant published, List<String> topics, List<String> places,
               List<String> people, String duplicateOf, Double score, Map<String, List<String>> highlights) {}

    public record Bucket(String key, long count) {}
}
