package news.normalizer;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;
import news.model.EventCodec;
import news.model.NormalizedArticle;
import news.model.RawArticle;
import news.text.ArticleNormalizer;
import news.text.NearDuplicateIndex;
import news.text.NearDuplicateIndex.Verdict;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;

/**
 * news.raw → news.normalized: one raw event (an article or a whole page) becomes one event per article. The repair,
 * splitting and metadata extraction are {@link ArticleNormalizer} in libs/news-text; this only wires it to Kafka.
 *
 * <p>Each article is sent synchronously (the output binding is {@code sync: true}, acks=all), so when a send fails
 * the exception reaches the binder, which retries the whole raw record and finally dead-letters it to
 * {@code news.raw.dlq}: nothing is lost. Articles already sent before the failure are sent again on retry with the
 * same key, which downstream is an idempotent overwrite.
 *
 * <p>Near-duplicates are found in two places: this process's bounded memory ({@link NearDuplicateIndex}: replays of
 * the same id and version are dropped, near-copies it saw are linked) and the index ({@link IndexedFingerprints}: the
 * fingerprint bands of every indexed article, so a near-copy is linked to its original whichever instance emitted the
 * original and after any restart). Replays only ever save work (the indexer's writes are idempotent by id); a restart
 * forgets them, which costs one re-emission, never a loss. An article is remembered only after its send succeeded, so
 * a retried page never drops an article it failed to send.
 */
@SpringBootApplication
public class NormalizerApplication {
    static final String OUTPUT = "normalized-out";
    private static final Logger log = LoggerFactory.getLogger(NormalizerApplication.class);

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

    /** Where near-duplicates emitted by other instances (or before a restart) are found: the index. */
    interface DuplicateLookup {
        /** The id of an earlier article within {@code maxDistance} bits of this fingerprint, other than {@code id}. */
        java.util.Optional<String> originalOf(String id, String simhashHex, int maxDistance);
    }

    @Bean
    Consumer<Message<byte[]>> normalize(ArticleNormalizer normalizer, NearDuplicateIndex duplicates,
                                        DuplicateLookup indexed, StreamBridge bridge, MeterRegistry meters) {
        Counter replays = meters.counter("news.normalizer.replays");
        Counter duplicateCount = meters.counter("news.normalizer.duplicates");
        Counter emitted = meters.counter("news.normalizer.articles");
        return in -> {
            RawArticle raw = EventCodec.decode(in.getPayload(), RawArticle.class);
            List<NormalizedArticle> articles = normalizer.normalizeAll(raw);
            int sent = 0;
            for (NormalizedArticle article : articles) {
                if (!article.pubStatus().visible()) {
                    send(bridge, article); // a kill or hold: no text to compare, never a replay to drop
                    sent++;
                    continue;
                }
                String body = article.bodyText();
                // "Same version": same versionCreated and the same headline and byline (the body is compared by its
                // fingerprint), so a correction sent under the same versionCreated is not mistaken for a replay.
                String version = raw.versionCreated() + "|" + article.headline() + "|" + article.byline();
                Verdict verdict;
                synchronized (duplicates) {
                    verdict = duplicates.judge(article.id(), version, body);
                }
                if (verdict.kind() == Verdict.Kind.REPLAY) {
                    replays.increment();
                    log.debug("replay dropped id={} source={}", article.id(), article.source());
                    continue;
                }
                String original = verdict.kind() == Verdict.Kind.DUPLICATE ? verdict.duplicateOf() : null;
                if (original == null && duplicates.isComparable(body)) {
                    // Not a near-copy of what this instance remembers: ask the index, which holds what every instance
                    // emitted (an article emitted seconds ago may not be indexed yet; memory covers those here).
                    original = indexed.originalOf(article.id(), article.meta().simhash(), duplicates.maxDistance()).orElse(null);
                }
                if (original != null) {
                    duplicateCount.increment();
                    article = article.withMeta(article.meta().withDuplicateOf(original));
                }
                send(bridge, article);
                synchronized (duplicates) {
                    duplicates.remember(article.id(), version, body);
                }
                emitted.increment();
                sent++;
            }
            log.debug("normalized id={} source={} kind={} articles={} sent={}", raw.id(), raw.source(), raw.kind(),
                    articles.size(), sent);
        };
    }

    private static void send(StreamBridge bridge, NormalizedArticle article) {
        Message<byte[]> message = MessageBuilder.withPayload(EventCodec.encode(article))
                .setHeader(KafkaHeaders.KEY, article.id().getBytes(StandardCharsets.UTF_8))
                .setHeader("contentType", "application/json")
                .build();
        // Synchronous binding: a false return or an exception means Kafka did not acknowledge; throwing makes the
        // binder retry the whole raw record and then dead-letter it.
        if (!bridge.send(OUTPUT, message)) {
            throw new IllegalStateException("news.normalized did not acknowledge article " + article.id());
        }
        log.debug("emitted id={} page={} order={} paragraphs={} duplicateOf={}", article.id(), article.meta().pageId(),
                article.meta().pageOrder(), article.paragraphs().size(), article.meta().duplicateOf());
    }
}
