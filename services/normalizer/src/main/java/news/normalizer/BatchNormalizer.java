package news.normalizer;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import news.model.EventCodec;
import news.model.InvalidEventException;
import news.model.NormalizedArticle;
import news.model.RawArticle;
import news.model.Topics;
import news.service.stream.AcknowledgedSends;
import news.service.stream.ConsumedRecord;
import news.service.stream.DeadLetters;
import news.text.ArticleNormalizer;
import news.text.NearDuplicateIndex;
import news.text.NearDuplicateIndex.Verdict;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Normalizes one polled batch of {@code news.raw} records: each raw event (an article or a whole page) becomes one event
 * per article on {@code news.normalized}. Every article of the batch is sent asynchronously, so the producer packs them
 * into few requests; {@link #normalize} returns only once Kafka acknowledged every one of them (acks=all), and only then
 * does the binder commit the batch's offsets. A send that fails fails the call: the container retries the whole batch
 * without committing (articles sent again carry the same key and id, an idempotent overwrite downstream). Nothing is
 * skipped; only an article Kafka refuses for itself (too large for the topic, invalid), which no retry could send,
 * dead-letters its record instead.
 *
 * <p>A record that is not a valid event goes to {@code news.raw.dlq} at once; one whose normalization throws is tried
 * {@code attempts} times, then dead-lettered with the reason.
 *
 * <p>Near-duplicates are found in three places: this process's bounded memory ({@link NearDuplicateIndex}: replays of
 * the same id and version are dropped, near-copies it saw are linked), the articles earlier in the same batch, and the
 * index ({@link NormalizerApplication.DuplicateLookup}: one multi-search for the whole batch). Articles are remembered
 * only after the whole batch was acknowledged, so a retried batch never drops an article it failed to send.
 */
final class BatchNormalizer {
    private static final Logger log = LoggerFactory.getLogger(BatchNormalizer.class);
    /** More articles than one poll yields (a bound, nothing is allocated for it). */
    private static final int BATCH_MEMORY = 1_000_000;

    /** Sends one normalized event to news.normalized; the future completes when Kafka acknowledged it. */
    interface NormalizedSink {
        CompletableFuture<?> send(byte[] key, byte[] value);
    }

    /** An article of the batch on its way out, with what the memory must learn once it is acknowledged. */
    private record Outgoing(ConsumedRecord source, NormalizedArticle article, String version, boolean judged) {}

    private final Function<RawArticle, List<NormalizedArticle>> normalizer;
    private final NearDuplicateIndex duplicates;
    private final NormalizerApplication.DuplicateLookup indexed;
    private final NormalizedSink sink;
    private final DeadLetters deadLetters;
    private final int attempts;
    private final Duration sendTimeout;
    private final Counter replays;
    private final Counter duplicateCount;
    private final Counter emitted;

    /** @param normalizer {@link ArticleNormalizer#normalizeAll}: a raw event's articles */
    BatchNormalizer(Function<RawArticle, List<NormalizedArticle>> normalizer, NearDuplicateIndex duplicates, NormalizerApplication.DuplicateLookup indexed,
                    NormalizedSink sink, DeadLetters deadLetters, MeterRegistry meters, int attempts, Duration sendTimeout) {
        if (attempts < 1) {
            throw new IllegalArgumentException("attempts must be at least 1");
        }
        this.normalizer = normalizer;
        this.duplicates = duplicates;
        this.indexed = indexed;
        this.sink = sink;
        this.deadLetters = deadLetters;
        this.attempts = attempts;
        this.sendTimeout = sendTimeout;
        this.replays = meters.counter("news.normalizer.replays");
        this.duplicateCount = meters.counter("news.normalizer.duplicates");
        this.emitted = meters.counter("news.normalizer.articles");
    }

    /** Returns when every record's articles are acknowledged on news.normalized, or the record is in the DLQ; else throws. */
    synchronized void normalize(List<ConsumedRecord> records) { // the memory is not thread-safe
        // Articles of this batch, for replays and near-copies within it (the memory learns them only after the acks).
        NearDuplicateIndex batch = new NearDuplicateIndex(BATCH_MEMORY, duplicates.maxDistance(), duplicates.minChars());
        List<Outgoing> outgoing = new ArrayList<>();
        int replayed = 0;
        for (ConsumedRecord record : records) {
            RawArticle raw;
            List<NormalizedArticle> articles;
            try {
                raw = EventCodec.decode(record.payload(), RawArticle.class);
            } catch (InvalidEventException e) {
                deadLetters.send(record, e.getMessage()); // never becomes valid: not retried
                continue;
            }
            try {
                articles = normalizeAll(raw);
            } catch (RecordFailedException e) {
                deadLetters.send(record, e.getMessage());
                continue;
            }
            for (NormalizedArticle article : articles) {
                if (!article.pubStatus().visible()) {
                    outgoing.add(new Outgoing(record, article, null, false)); // a kill or hold: no text to compare, never a replay
                    continue;
                }
                String body = article.bodyText();
                // "Same version": same versionCreated and the same headline and byline (the body is compared by its
                // fingerprint), so a correction sent under the same versionCreated is not mistaken for a replay.
                String version = raw.versionCreated() + "|" + article.headline() + "|" + article.byline();
                Verdict verdict = duplicates.judge(article.id(), version, body);
                if (verdict.kind() == Verdict.Kind.NEW) {
                    verdict = batch.judge(article.id(), version, body);
                }
                if (verdict.kind() == Verdict.Kind.REPLAY) {
                    replayed++;
                    log.debug("replay dropped id={} source={}", article.id(), article.source());
                    continue;
                }
                if (verdict.kind() == Verdict.Kind.DUPLICATE) {
                    article = article.withMeta(article.meta().withDuplicateOf(verdict.duplicateOf()));
                }
                batch.remember(article.id(), version, body);
                outgoing.add(new Outgoing(record, article, version, verdict.kind() == Verdict.Kind.NEW && duplicates.isComparable(body)));
            }
            log.debug("normalized id={} source={} kind={} articles={}", raw.id(), raw.source(), raw.kind(), articles.size());
        }
        List<Outgoing> linked = linkIndexedOriginals(outgoing);
        List<CompletableFuture<?>> sends = new ArrayList<>(linked.size());
        for (Outgoing o : linked) {
            // key = article id, as on every topic: one article stays on one partition
            sends.add(sink.send(o.article().id().getBytes(StandardCharsets.UTF_8), EventCodec.encode(o.article())));
        }
        // What Kafka refused for the article itself can never be sent: its record is dead-lettered (once, naming the
        // first such article), not retried for ever; the record's other articles went out as usual.
        Map<Integer, Throwable> refused = AcknowledgedSends.awaitAll(sends, sendTimeout, Topics.NORMALIZED);
        Set<ConsumedRecord> deadLettered = new HashSet<>();
        refused.forEach((i, error) -> {
            Outgoing o = linked.get(i);
            if (deadLettered.add(o.source())) {
                deadLetters.send(o.source(), AcknowledgedSends.refusedReason(Topics.NORMALIZED, o.article().id(), error));
            }
        });
        for (int i = 0; i < linked.size(); i++) {
            Outgoing o = linked.get(i);
            if (refused.containsKey(i)) {
                continue;
            }
            if (o.version() != null) {
                duplicates.remember(o.article().id(), o.version(), o.article().bodyText());
                emitted.increment();
            }
            if (o.article().meta().duplicateOf() != null) {
                duplicateCount.increment();
            }
        }
        replays.increment(replayed);
    }

    /**
     * Not near-copies of anything this instance remembers: ask the index, which holds what every instance emitted (an
     * article emitted seconds ago may not be indexed yet; the memory covers those here), in one lookup for the batch.
     */
    private List<Outgoing> linkIndexedOriginals(List<Outgoing> outgoing) {
        List<NormalizerApplication.Probe> probes = outgoing.stream().filter(Outgoing::judged)
                .map(o -> new NormalizerApplication.Probe(o.article().id(), o.article().meta().simhash())).toList();
        if (probes.isEmpty()) {
            return outgoing;
        }
        Map<String, String> originals = indexed.originalsOf(probes, duplicates.maxDistance());
        if (originals.isEmpty()) {
            return outgoing;
        }
        List<Outgoing> linked = new ArrayList<>(outgoing.size());
        for (Outgoing o : outgoing) {
            String original = o.judged() ? originals.get(o.article().id()) : null;
            linked.add(original == null ? o : new Outgoing(o.source(), o.article().withMeta(o.article().meta().withDuplicateOf(original)),
                    o.version(), o.judged()));
        }
        return linked;
    }

    private List<NormalizedArticle> normalizeAll(RawArticle raw) {
        RuntimeException last = null;
        for (int attempt = 1; attempt <= attempts; attempt++) {
            try {
                return normalizer.apply(raw);
            } catch (InvalidEventException e) {
                throw new RecordFailedException(e.getMessage(), e); // never becomes valid: not retried
            } catch (RuntimeException e) {
                last = e;
                log.warn("normalization failed id={} attempt={} error={}", raw.id(), attempt, e.toString());
            }
        }
        throw new RecordFailedException("normalization failed " + attempts + " times: " + last, last);
    }

    static final class RecordFailedException extends RuntimeException {
        RecordFailedException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
