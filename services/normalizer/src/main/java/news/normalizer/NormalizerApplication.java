package news.normalizer;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import news.model.Topics;
import news.service.stream.BatchRecords;
import news.service.stream.DeadLetterSender;
import news.service.stream.DeadLetters;
import news.service.stream.NeverSkipBatches;
import news.text.ArticleNormalizer;
import news.text.NearDuplicateIndex;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.context.annotation.Bean;
import org.springframework.messaging.Message;

/**
 * news.raw → news.normalized: one raw event (an article or a whole page) becomes one event per article. The repair,
 * splitting and metadata extraction are {@link ArticleNormalizer} in libs/news-text; this only wires it to Kafka:
 * whole polled batches ({@link BatchNormalizer}), the articles sent asynchronously ({@link NormalizedProducer}) and all
 * acknowledged before the batch's offsets are committed; a batch whose sends fail is retried, never skipped.
 *
 * <p>Near-duplicates are found in this process's bounded memory ({@link NearDuplicateIndex}: replays of the same id
 * and version are dropped, near-copies it saw are linked), among the batch's own articles, and in the index
 * ({@link IndexedFingerprints}: the fingerprint bands of every indexed article, so a near-copy is linked to its
 * original whichever instance emitted the original and after any restart). Replays only ever save work (the indexer's
 * writes are idempotent by id); a restart forgets them, which costs one re-emission, never a loss.
 */
@SpringBootApplication
public class NormalizerApplication {
    static final String DLQ_BINDING = "dlq-out";

    public static void main(String[] args) {
        SpringApplication.run(NormalizerApplication.class, args);
    }

    @Bean
    ArticleNormalizer articleNormalizer() {
        return new ArticleNormalizer();
    }

    @Bean
    NearDuplicateIndex nearDuplicateIndex(@Value("${news.normalizer.duplicates.capacity:100000}") int capacity,
                                          @Value("${news.normalizer.duplicates.max-distance:3}") int maxDistance,
                                          @Value("${news.normalizer.duplicates.min-chars:200}") int minChars) {
        return new NearDuplicateIndex(capacity, maxDistance, minChars);
    }

    /** An article to look up in the index: its id and its body's SimHash (16 hex digits). */
    record Probe(String id, String simhash) {}

    /** Where near-duplicates emitted by other instances (or before a restart) are found: the index. */
    interface DuplicateLookup {
        /** The id of an earlier article within {@code maxDistance} bits of this fingerprint, other than {@code id}. */
        Optional<String> originalOf(String id, String simhashHex, int maxDistance);

        /** {@link #originalOf} for a whole batch: article id → original, for the articles that have one. */
        default Map<String, String> originalsOf(List<Probe> probes, int maxDistance) {
            Map<String, String> originals = new LinkedHashMap<>();
            for (Probe p : probes) {
                originalOf(p.id(), p.simhash(), maxDistance).ifPresent(o -> originals.put(p.id(), o));
            }
            return originals;
        }
    }

    /** Records that are not valid events, or whose normalization failed every attempt, with the binder DLQ's headers. */
    @Bean
    DeadLetters deadLetters(StreamBridge bridge) {
        return new DeadLetterSender(bridge, DLQ_BINDING, Topics.deadLetter(Topics.RAW));
    }

    @Bean
    BatchNormalizer batchNormalizer(ArticleNormalizer normalizer, NearDuplicateIndex duplicates, DuplicateLookup indexed,
                                    NormalizedProducer normalized, DeadLetters deadLetters, MeterRegistry meters,
                                    @Value("${news.normalizer.attempts:3}") int attempts) {
        return new BatchNormalizer(normalizer::normalizeAll, duplicates, indexed, normalized, deadLetters, meters, attempts,
                Duration.ofSeconds(60));
    }

    /** news.raw in batches (one poll each); the binder commits a batch's offsets only after this returns. */
    @Bean
    Consumer<Message<List<byte[]>>> normalize(BatchNormalizer normalizer) {
        return batch -> normalizer.normalize(BatchRecords.of(batch));
    }

    /** A batch that fails is retried, never skipped (its offsets are not committed meanwhile). */
    @Bean
    NeverSkipBatches neverSkipBatches() {
        return new NeverSkipBatches();
    }
}
