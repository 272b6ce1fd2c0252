package news.gateway;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The search API's response shape. */
record SearchResult(long total, int page, int size, List<Hit> hits, Map<String, List<Bucket>> facets) {

    record Hit(String id, String headline, String source, String byline, Instant published, List<String> topics,
               List<String> places, Double score, Map<String, List<String>> highlights) {}

    record Bucket(String key, long count) {}
}
