package news.bench;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import news.model.EventCodec;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What the benchmark asks Elasticsearch: counts of its own documents (by id prefix), which of a set of ids are
 * searchable, a scan of its documents, bulk requests, and a scratch index. Everything is visible only after a refresh,
 * which is what "searchable" means.
 */
final class SearchNode {
    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final String JSON = "application/json";

    /** A document as the index holds it: its id, its (external) version and its source. */
    record Doc(String id, long version, JsonNode source) {}

    /** A bulk request's outcome: items and the first error, if any. */
    record BulkResult(int items, int failed, String firstError) {}

    private final Http http;
    private final String base;

    SearchNode(Http http, String base) {
        this.http = http;
        this.base = base.replaceAll("/+$", "");
    }

    boolean exists(String indexOrAlias) throws IOException, InterruptedException {
        return http.send("HEAD", base + "/" + indexOrAlias, null, null, TIMEOUT).status() == 200;
    }

    /**
     * The node's own accounting (GET _nodes/_local/stats/indices), or one index's ({@link #indexStats}): totals since it
     * started, each a count or a time in milliseconds summed over the threads that did the work. Deltas over a phase
     * say where its time went. Gets are real-time reads by id: multi-gets and the read each partial update makes.
     */
    record NodeStats(long indexed, long indexMs, long bulks, long bulkMs, long searches, long searchMs, long refreshes,
                     long refreshMs, long merges, long mergeMs, long flushMs, long gets, long getMs) {
        NodeStats minus(NodeStats o) {
            return new NodeStats(indexed - o.indexed, indexMs - o.indexMs, bulks - o.bulks, bulkMs - o.bulkMs,
                    searches - o.searches, searchMs - o.searchMs, refreshes - o.refreshes, refreshMs - o.refreshMs,
                    merges - o.merges, mergeMs - o.mergeMs, flushMs - o.flushMs, gets - o.gets, getMs - o.getMs);
        }

        static final NodeStats NONE = new NodeStats(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    }

    private static final String METRICS = "indexing,search,merge,refresh,flush,bulk,get";

    NodeStats nodeStats() throws IOException, InterruptedException {
        JsonNode nodes = http.expect2xx("GET", base + "/_nodes/_local/stats/indices/" + METRICS,
                null, null, TIMEOUT).json().path("nodes");
        return stats(nodes.properties().iterator().next().getValue().path("indices"));
    }

    /** One index's accounting (all its shards), or none when it does not exist. */
    NodeStats indexStats(String index) throws IOException, InterruptedException {
        Http.Response r = http.send("GET", base + "/" + index + "/_stats/" + METRICS, null, null, TIMEOUT);
        if (r.status() == 404) {
            return NodeStats.NONE;
        }
        if (r.status() / 100 != 2) {
            throw new IllegalStateException("stats of " + index + " answered " + r.status() + ": " + Http.abbreviate(r.body()));
        }
        return stats(r.json().path("_all").path("total"));
    }

    private static NodeStats stats(JsonNode i) {
        return new NodeStats(i.path("indexing").path("index_total").asLong(), i.path("indexing").path("index_time_in_millis").asLong(),
                i.path("bulk").path("total_operations").asLong(), i.path("bulk").path("total_time_in_millis").asLong(),
                i.path("search").path("query_total").asLong(),
                i.path("search").path("query_time_in_millis").asLong() + i.path("search").path("fetch_time_in_millis").asLong(),
                i.path("refresh").path("total").asLong(), i.path("refresh").path("total_time_in_millis").asLong(),
                i.path("merges").path("total").asLong(), i.path("merges").path("total_time_in_millis").asLong(),
                i.path("flush").path("total_time_in_millis").asLong(),
                i.path("get").path("total").asLong(), i.path("get").path("time_in_millis").asLong());
    }

    /** Searchable documents with {@code value} in the keyword {@code field} (a term count: cheap to poll). */
    long countTerm(String index, String field, String value) throws IOException, InterruptedException {
        ObjectNode q = EventCodec.mapper().createObjectNode();
        q.putObject("query").putObject("term").put(field, value);
        return http.expect2xx("POST", base + "/" + index + "/_count", JSON, q.toString(), TIMEOUT).json().path("count").asLong();
    }

    /** Searchable documents whose id starts with {@code prefix}. */
    long countPrefix(String index, String prefix) throws IOException, InterruptedException {
        ObjectNode q = EventCodec.mapper().createObjectNode();
        q.putObject("query").putObject("prefix").put("id", prefix);
        return http.expect2xx("POST", base + "/" + index + "/_count", JSON, q.toString(), TIMEOUT).json().path("count").asLong();
    }

    /** The ids among {@code ids} that a search finds now. */
    Set<String> searchable(String index, List<String> ids) throws IOException, InterruptedException {
        ObjectNode q = EventCodec.mapper().createObjectNode();
        q.put("size", ids.size());
        q.put("_source", false);
        ArrayNode values = q.putObject("query").putObject("ids").putArray("values");
        ids.forEach(values::add);
        JsonNode hits = http.expect2xx("POST", base + "/" + index + "/_search?filter_path=hits.hits._id", JSON, q.toString(),
                TIMEOUT).json().path("hits").path("hits");
        Set<String> out = new HashSet<>();
        for (JsonNode h : hits) {
            out.add(h.path("_id").asString());
        }
        return out;
    }

    /** Every document whose id starts with {@code prefix}, in id order (search_after on the keyword id). */
    List<Doc> scan(String index, String prefix, boolean withSource) throws IOException, InterruptedException {
        List<Doc> out = new ArrayList<>();
        String after = null;
        while (true) {
            ObjectNode q = EventCodec.mapper().createObjectNode();
            q.put("size", 1000);
            q.put("version", true);
            if (!withSource) {
                q.put("_source", false);
            }
            q.putObject("query").putObject("prefix").put("id", prefix);
            q.putArray("sort").add("id");
            if (after != null) {
                q.putArray("search_after").add(after);
            }
            JsonNode hits = http.expect2xx("POST", base + "/" + index + "/_search", JSON, q.toString(), TIMEOUT).json()
                    .path("hits").path("hits");
            if (hits.isEmpty()) {
                return out;
            }
            for (JsonNode h : hits) {
                out.add(new Doc(h.path("_id").asString(), h.path("_version").asLong(), withSource ? h.path("_source") : null));
            }
            after = hits.get(hits.size() - 1).path("sort").get(0).asString();
        }
    }

    /**
     * Each article's steps as the status index recorded them (accepted, normalized, classified, indexed; epoch ms), for
     * the ids starting with {@code prefix}; articles missing a step are left out, and no status index means none.
     */
    java.util.Map<String, StageLatency.Steps> statusSteps(String statusIndex, String prefix) throws IOException, InterruptedException {
        java.util.Map<String, StageLatency.Steps> out = new java.util.HashMap<>();
        ObjectNode q = EventCodec.mapper().createObjectNode();
        q.put("size", 10_000);
        q.putArray("_source").add("id").add("accepted.at").add("normalized.at").add("classified.at").add("indexed.at");
        q.putObject("query").putObject("prefix").put("id", prefix);
        Http.Response r = http.send("POST", base + "/" + statusIndex + "/_search", JSON, q.toString(), TIMEOUT);
        if (r.status() == 404) {
            return out;
        }
        if (r.status() / 100 != 2) {
            throw new IllegalStateException("reading " + statusIndex + " answered " + r.status() + ": " + Http.abbreviate(r.body()));
        }
        for (JsonNode h : r.json().path("hits").path("hits")) {
            JsonNode src = h.path("_source");
            long[] at = new long[4];
            String[] steps = {"accepted", "normalized", "classified", "indexed"};
            boolean complete = true;
            for (int i = 0; i < steps.length && complete; i++) {
                String value = src.path(steps[i]).path("at").asString("");
                complete = !value.isEmpty();
                at[i] = complete ? java.time.Instant.parse(value).toEpochMilli() : 0;
            }
            if (complete) {
                out.put(src.path("id").asString(), new StageLatency.Steps(at[0], at[1], at[2], at[3]));
            }
        }
        return out;
    }

    /**
     * The id of every document whose id starts with {@code prefix}, one entry per document across every index behind
     * {@code index} (an alias may span several): sorted by id, then index, so that search_after never skips a second
     * copy of an id held by another index.
     */
    List<String> scanIds(String index, String prefix) throws IOException, InterruptedException {
        List<String> out = new ArrayList<>();
        JsonNode after = null;
        while (true) {
            ObjectNode q = EventCodec.mapper().createObjectNode();
            q.put("size", 2000);
            q.put("_source", false);
            q.putObject("query").putObject("prefix").put("id", prefix);
            ArrayNode sort = q.putArray("sort");
            sort.add("id");
            sort.add("_index");
            if (after != null) {
                q.set("search_after", after);
            }
            JsonNode hits = http.expect2xx("POST", base + "/" + index + "/_search?filter_path=hits.hits._id,hits.hits.sort", JSON,
                    q.toString(), TIMEOUT).json().path("hits").path("hits");
            if (hits.isEmpty()) {
                return out;
            }
            for (JsonNode h : hits) {
                out.add(h.path("_id").asString());
            }
            after = hits.get(hits.size() - 1).path("sort");
        }
    }

    BulkResult bulk(String ndjson) throws IOException, InterruptedException {
        JsonNode r = http.expect2xx("POST", base + "/_bulk?filter_path=errors,items.*.error,items.*.status", "application/x-ndjson",
                ndjson, TIMEOUT).json();
        int items = r.path("items").size(), failed = 0;
        String first = null;
        for (JsonNode item : r.path("items")) {
            JsonNode op = item.properties().iterator().next().getValue();
            if (!op.path("error").isMissingNode()) {
                failed++;
                if (first == null) {
                    first = op.path("error").path("type").asString() + ": " + op.path("error").path("reason").asString();
                }
            }
        }
        return new BulkResult(items, failed, first);
    }

    void createIndex(String index, String body) throws IOException, InterruptedException {
        http.expect2xx("PUT", base + "/" + index, JSON, body, TIMEOUT);
    }

    void deleteIndex(String index) throws IOException, InterruptedException {
        Http.Response r = http.send("DELETE", base + "/" + index, null, null, TIMEOUT);
        if (r.status() != 200 && r.status() != 404) {
            throw new IllegalStateException("DELETE " + index + " answered " + r.status() + ": " + Http.abbreviate(r.body()));
        }
    }

    void refresh(String index) throws IOException, InterruptedException {
        http.expect2xx("POST", base + "/" + index + "/_refresh", null, null, TIMEOUT);
    }

    long count(String index) throws IOException, InterruptedException {
        return http.expect2xx("GET", base + "/" + index + "/_count", null, null, TIMEOUT).json().path("count").asLong();
    }

    /**
     * Deletes every document whose id starts with {@code prefix}, by id (the node has no delete-by-query: that is the
     * reindex module, not on Maven Central); returns how many were deleted.
     */
    int deletePrefix(String index, String prefix) throws IOException, InterruptedException {
        List<Doc> docs = scan(index, prefix, false);
        int deleted = 0;
        for (int from = 0; from < docs.size(); from += 1000) {
            StringBuilder b = new StringBuilder();
            for (Doc d : docs.subList(from, Math.min(docs.size(), from + 1000))) {
                ObjectNode meta = EventCodec.mapper().createObjectNode();
                meta.putObject("delete").put("_index", index).put("_id", d.id());
                b.append(meta).append('\n');
            }
            BulkResult r = bulk(b.toString());
            deleted += r.items() - r.failed();
        }
        refresh(index);
        return deleted;
    }
}
