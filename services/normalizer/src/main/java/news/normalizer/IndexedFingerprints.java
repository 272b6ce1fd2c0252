package news.normalizer;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.FieldAndFormat;
import co.elastic.clients.elasticsearch.core.MsearchResponse;
import co.elastic.clients.elasticsearch.core.msearch.MultiSearchResponseItem;
import co.elastic.clients.elasticsearch.core.msearch.RequestItem;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.json.JsonData;
import co.elastic.clients.json.JsonpMapper;
import co.elastic.clients.json.jackson.Jackson3JsonpMapper;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import news.model.EventCodec;
import news.model.SimHashBands;
import news.text.NearDuplicateIndex;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;

/**
 * Near-duplicate candidates among every indexed article: the indexer writes each body fingerprint's band terms
 * ({@code simhashBands}), so a terms query finds what another normalizer instance emitted, or this one before a
 * restart. Best effort: when Elasticsearch does not answer, the article goes on with the local verdict (counted in
 * {@code news.normalizer.duplicates.lookup.failures}); a missed link never holds up or loses an article.
 */
@Component
class IndexedFingerprints implements NormalizerApplication.DuplicateLookup {
    private static final Logger log = LoggerFactory.getLogger(IndexedFingerprints.class);
    /** Articles sharing a band with a new one; far more than real near-copies of one story. */
    static final int MAX_CANDIDATES = 50;

    /** What the lookup reads of a hit. */
    record Fingerprint(String id, String simhash) {}

    private final ElasticsearchClient client;
    private final String alias;
    private final Counter failures;

    IndexedFingerprints(ElasticsearchClient client, @Value("${news.normalizer.duplicates.alias:news}") String alias,
                        MeterRegistry meters) {
        this.client = client;
        this.alias = alias;
        this.failures = meters.counter("news.normalizer.duplicates.lookup.failures");
    }

    @Override
    public Optional<String> originalOf(String id, String simhashHex, int maxDistance) {
        return Optional.ofNullable(originalsOf(List.of(new NormalizerApplication.Probe(id, simhashHex)), maxDistance).get(id));
    }

    /** The batch's lookups in one multi-search; an item the index does not answer falls back to the memory's verdict. */
    @Override
    public Map<String, String> originalsOf(List<NormalizerApplication.Probe> probes, int maxDistance) {
        List<NormalizerApplication.Probe> asked = new ArrayList<>();
        List<RequestItem> searches = new ArrayList<>();
        for (NormalizerApplication.Probe p : probes) {
            List<String> bands = SimHashBands.of(p.simhash());
            if (!bands.isEmpty()) {
                asked.add(p);
                // Ids and fingerprints from doc values, not from the stored source (whole articles, decompressed
                // and parsed for two short fields); no total hit count, so the search stops at the candidates it returns.
                searches.add(RequestItem.of(r -> r.header(h -> h.index(alias)).body(b -> b.size(MAX_CANDIDATES)
                        .source(src -> src.fetch(false))
                        .docvalueFields(FieldAndFormat.of(f -> f.field("id")), FieldAndFormat.of(f -> f.field("simhash")))
                        .trackTotalHits(t -> t.enabled(false))
                        .query(q -> q.constantScore(c -> c.filter(f -> f.terms(t -> t.field("simhashBands")
                                .terms(v -> v.value(bands.stream().map(FieldValue::of).toList())))))))));
            }
        }
        Map<String, String> originals = new LinkedHashMap<>();
        if (searches.isEmpty()) {
            return originals;
        }
        try {
            MsearchResponse<Void> response = client.msearch(m -> m.searches(searches), Void.class);
            String firstFailure = null;
            for (int i = 0; i < asked.size() && i < response.responses().size(); i++) {
                MultiSearchResponseItem<Void> item = response.responses().get(i);
                if (item.isFailure()) {
                    if (!"index_not_found_exception".equals(item.failure().error().type())) {
                        failures.increment();
                        firstFailure = firstFailure == null ? item.failure().error().reason() : firstFailure;
                    }
                    continue;
                }
                NormalizerApplication.Probe p = asked.get(i);
                String original = closest(p.id(), p.simhash(), item.result().hits().hits(), maxDistance);
                if (original != null) {
                    originals.put(p.id(), original);
                }
            }
            if (firstFailure != null) {
                log.warn("near-duplicate lookup in the index partly failed; using this instance's memory for those error={}",
                        firstFailure);
            }
        } catch (co.elastic.clients.elasticsearch._types.ElasticsearchException e) {
            if (e.error() == null || !"index_not_found_exception".equals(e.error().type())) {
                failed(e);
            }
        } catch (Exception e) {
            failed(e);
        }
        return originals;
    }

    private static String closest(String id, String simhashHex, List<? extends Hit<?>> hits, int maxDistance) {
        Map<String, Long> candidates = new HashMap<>();
        for (Hit<?> hit : hits) {
            Fingerprint f = new Fingerprint(first(hit, "id"), first(hit, "simhash"));
            if (f.id() != null && f.simhash() != null && f.simhash().length() == 16) {
                candidates.put(f.id(), Long.parseUnsignedLong(f.simhash(), 16));
            }
        }
        return NearDuplicateIndex.closest(id, Long.parseUnsignedLong(simhashHex, 16), candidates, maxDistance);
    }

    /** A keyword's doc value in a hit (docvalue_fields answer a list per field). */
    private static String first(Hit<?> hit, String field) {
        JsonData value = hit.fields().get(field);
        if (value == null) {
            return null;
        }
        List<?> values = value.to(List.class);
        return values.isEmpty() || values.getFirst() == null ? null : values.getFirst().toString();
    }

    private void failed(Exception e) {
        failures.increment();
        log.warn("near-duplicate lookup in the index failed; using this instance's memory only error={}", e.getMessage());
    }

    /** The client reads hits with the events' mapper (records, like the gateway). */
    @Configuration(proxyBeanMethods = false)
    static class MapperConfig {
        @Bean
        JsonpMapper jsonpMapper() {
            return new Jackson3JsonpMapper(EventCodec.mapper());
        }
    }
}
