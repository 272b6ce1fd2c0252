package news.classifier;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import news.model.ClassifiedArticle;
import news.model.EventCodec;
import news.model.InvalidEventException;
import news.model.NormalizedArticle;
import news.model.Topics;
import news.service.stream.AcknowledgedSends;
import news.service.stream.ConsumedRecord;
import news.service.stream.DeadLetters;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Classifies one polled batch of {@code news.normalized} records. Each classified article is sent as soon as it is
 * ready, asynchronously, so the producer packs many into one request; {@link #classify} returns only once Kafka
 * acknowledged every one of them (acks=all), and only then does the binder commit the batch's offsets. A send that
 * fails fails the call: the container retries the whole batch without committing (resent articles carry the same
 * key and id, an idempotent overwrite downstream). Nothing is skipped; only an article Kafka refuses for itself (too
 * large for the topic, invalid), which no retry could send, is dead-lettered instead.
 *
 * <p>A record that is not a valid event goes to the dead-letter topic at once; one whose enrichment throws is tried
 * {@code attempts} times, then dead-lettered with the reason — the per-record behaviour the binder's DLQ had before.
 */
final class BatchClassifier {
    private static final Logger log = LoggerFactory.getLogger(BatchClassifier.class);

    /** Sends one classified event to news.classified; the future completes when Kafka acknowledged it. */
    interface ClassifiedSink {
        CompletableFuture<?> send(byte[] key, byte[] value);
    }

    private final Function<NormalizedArticle, ClassifiedArticle> enrich;
    private final ClassifiedSink sink;
    private final DeadLetters deadLetters;
    private final int attempts;
    private final Duration sendTimeout;

    BatchClassifier(Function<NormalizedArticle, ClassifiedArticle> enrich, ClassifiedSink sink, DeadLetters deadLetters,
                    int attempts, Duration sendTimeout) {
        if (attempts < 1) {
            throw new IllegalArgumentException("attempts must be at least 1");
        }
        this.enrich = enrich;
        this.sink = sink;
        this.deadLetters = deadLetters;
        this.attempts = attempts;
        this.sendTimeout = sendTimeout;
    }

    /** Returns when every record is acknowledged on news.classified or in the dead-letter topic; throws otherwise. */
    void classify(List<ConsumedRecord> records) {
        List<CompletableFuture<?>> sends = new ArrayList<>(records.size());
        List<ConsumedRecord> sources = new ArrayList<>(records.size());
        List<String> ids = new ArrayList<>(records.size());
        for (ConsumedRecord record : records) {
            ClassifiedArticle out;
            try {
                out = classifyOne(record);
            } catch (RecordFailedException e) {
                deadLetters.send(record, e.getMessage());
                continue;
            }
            // key = article id, as on every topic: one article stays on one partition
            sends.add(sink.send(out.id().getBytes(StandardCharsets.UTF_8), EventCodec.encode(out)));
            sources.add(record);
            ids.add(out.id());
            log.debug("classified id={} topics={}", out.id(),
                    out.enrichment().subjects().stream().map(s -> s.code() + ":" + s.confidence()).toList());
        }
        // What Kafka refused for the record itself can never be sent: dead-lettered, not retried for ever.
        AcknowledgedSends.awaitAll(sends, sendTimeout, Topics.CLASSIFIED).forEach((i, error) ->
                deadLetters.send(sources.get(i), AcknowledgedSends.refusedReason(Topics.CLASSIFIED, ids.get(i), error)));
    }

    private ClassifiedArticle classifyOne(ConsumedRecord record) {
        NormalizedArticle article;
        try {
            article = EventCodec.decode(record.payload(), NormalizedArticle.class);
        } catch (InvalidEventException e) {
            throw new RecordFailedException(e.getMessage(), e);
        }
        RuntimeException last = null;
        for (int attempt = 1; attempt <= attempts; attempt++) {
            try {
                return enrich.apply(article);
            } catch (RuntimeException e) {
                last = e;
                log.warn("enrichment failed id={} attempt={} error={}", article.id(), attempt, e.toString());
            }
        }
        throw new RecordFailedException("enrichment failed " + attempts + " times: " + last, last);
    }

    static final class RecordFailedException extends RuntimeException {
        RecordFailedException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
