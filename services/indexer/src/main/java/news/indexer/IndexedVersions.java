package news.indexer;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.MgetResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.mget.MultiGetResponseItem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import news.model.PubStatus;
import org.springframework.stereotype.Component;

/**
 * What the index already holds for a batch's ids: owner, status and version, read in one multi-get (real-time, so it
 * sees the previous batch's writes). One article id keeps one partition on every topic, so no other indexer instance
 * writes the same id meanwhile.
 */
interface IndexedVersions {

    /** An indexed document: its id, owner, status (null = usable, as before statuses existed) and external version. */
    record Existing(String id, String source, PubStatus pubStatus, long version) {}

    /** The documents the index holds for these ids (absent ids are left out). */
    Map<String, Existing> lookup(List<String> ids);

    /** The indexed articles split from one newsroom's page. */
    List<Existing> articlesOfPage(String pageId, String source);

    /** Nothing indexed yet (tests of paths that never meet an existing document). */
    IndexedVersions NONE = new IndexedVersions() {
        @Override
        public Map<String, Existing> lookup(List<String> ids) {
            return Map.of();
        }

        @Override
        public List<Existing> articlesOfPage(String pageId, String source) {
            return List.of();
        }
    };
}

/** The index's answer, by one real-time multi-get per batch. */
@Component
class ElasticsearchIndexedVersions implements IndexedVersions {
    private static final List<String> FIELDS = List.of("source", "pubStatus", "pageId");

    private final ElasticsearchClient client;
    private final IndexerProperties properties;

    ElasticsearchIndexedVersions(ElasticsearchClient client, IndexerProperties properties) {
        this.client = client;
        this.properties = properties;
    }

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public Map<String, Existing> lookup(List<String> ids) {
        List<String> distinct = new ArrayList<>(new LinkedHashSet<>(ids.stream().filter(Objects::nonNull).toList()));
        Map<String, Existing> found = new HashMap<>();
        if (distinct.isEmpty()) {
            return found;
        }
        MgetResponse<Map> response;
        try {
            response = client.mget(m -> m.index(properties.alias()).ids(distinct).sourceIncludes(FIELDS), Map.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (MultiGetResponseItem<Map> item : response.docs()) {
            if (item.isResult() && item.result().found() && item.result().version() != null) {
                Map<String, Object> source = item.result().source() == null ? Map.of() : item.result().source();
                found.put(item.result().id(), new Existing(item.result().id(), (String) source.get("source"),
                        PubStatus.parse((String) source.get("pubStatus")), item.result().version()));
            } else if (item.isFailure()) {
                throw new BulkIndexWriter.TransientIndexException("looking up " + item.failure().id() + " failed: "
                        + item.failure().error().reason());
            }
        }
        return found;
    }

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public List<Existing> articlesOfPage(String pageId, String source) {
        SearchResponse<Map> response;
        try {
            response = client.search(s -> s.index(properties.alias()).size(1_000).version(true)
                    .source(src -> src.filter(f -> f.includes(FIELDS)))
                    .query(q -> q.bool(b -> b.filter(f -> f.term(t -> t.field("pageId").value(pageId)))
                            .filter(f -> f.term(t -> t.field("source").value(source))))), Map.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return response.hits().hits().stream()
                .filter(h -> !pageId.equals(h.id()))
                .map(h -> new Existing(h.id(), source, PubStatus.parse((String) h.source().get("pubStatus")),
                        h.version() == null ? 0 : h.version()))
                .toList();
    }
}
