package news.service.stream;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.InvalidRecordException;
import org.apache.kafka.common.errors.RecordBatchTooLargeException;
import org.apache.kafka.common.errors.RecordTooLargeException;

/**
 * Asynchronous sends to one topic for a batch consumer: each send returns a future completed by Kafka's
 * acknowledgement (acks=all from the shared settings), so a whole poll's output goes out in few requests, and
 * {@link #awaitAll} returns only once every one was acknowledged — the consumer returns (and its batch's offsets are
 * committed) only after that. Used by the normalizer (news.normalized) and the classifier (news.classified).
 */
public final class AcknowledgedSends {
    private static final byte[] JSON = "application/json".getBytes(StandardCharsets.UTF_8);

    private final Producer<byte[], byte[]> producer;
    private final String topic;

    public AcknowledgedSends(Producer<byte[], byte[]> producer, String topic) {
        this.producer = producer;
        this.topic = topic;
    }

    /** Sends one JSON event keyed by its article id; the future completes when Kafka acknowledged it, or fails. */
    public CompletableFuture<?> send(byte[] key, byte[] value) {
        CompletableFuture<Object> acked = new CompletableFuture<>();
        ProducerRecord<byte[], byte[]> record = new ProducerRecord<>(topic, key, value);
        record.headers().add("contentType", JSON);
        try {
            producer.send(record, (metadata, error) -> {
                if (error != null) {
                    acked.completeExceptionally(error);
                } else {
                    acked.complete(metadata);
                }
            });
        } catch (RuntimeException e) { // serialization, buffer full past max.block.ms, closed producer
            acked.completeExceptionally(e);
        }
        return acked;
    }

    /**
     * The producer settings: brokers, acks, idempotence and record size as every service shares them (news-service.yml),
     * a few milliseconds of linger so that a batch's sends pack into few requests, and the delivery timeout.
     */
    public static Map<String, Object> config(String brokers, String acks, boolean idempotence, int maxRequestSize,
                                             int lingerMs, int deliveryTimeoutMs, String clientId) {
        Map<String, Object> c = new HashMap<>();
        c.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers);
        c.put(ProducerConfig.ACKS_CONFIG, acks);
        c.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, idempotence);
        c.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, maxRequestSize);
        c.put(ProducerConfig.LINGER_MS_CONFIG, lingerMs);
        c.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, deliveryTimeoutMs);
        c.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, Math.min(10_000, deliveryTimeoutMs - lingerMs));
        c.put(ProducerConfig.CLIENT_ID_CONFIG, clientId);
        return c;
    }

    /**
     * Kafka refused this record itself — larger than the producer's or the broker's limit, or a record the broker
     * finds invalid — so sending it again can never succeed: the consumer dead-letters what it came from instead of
     * retrying the batch for ever (which would block the partition behind one article).
     */
    public static boolean refusesTheRecord(Throwable error) {
        return error instanceof RecordTooLargeException || error instanceof RecordBatchTooLargeException
                || error instanceof InvalidRecordException;
    }

    /**
     * Waits for every acknowledgement (at most {@code timeout} in all). Sends Kafka refused for the record itself
     * ({@link #refusesTheRecord}) are returned by their index in {@code sends}, for the caller to dead-letter; any other
     * failure, once all have settled, or the time running out throws, naming {@code topic}: the batch is then retried
     * without committing.
     */
    public static Map<Integer, Throwable> awaitAll(List<CompletableFuture<?>> sends, Duration timeout, String topic) {
        long deadline = System.nanoTime() + timeout.toNanos();
        Throwable first = null;
        Map<Integer, Throwable> refused = new TreeMap<>();
        for (int i = 0; i < sends.size(); i++) {
            try {
                sends.get(i).get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (ExecutionException e) {
                if (refusesTheRecord(e.getCause())) {
                    refused.put(i, e.getCause());
                } else {
                    first = first == null ? e.getCause() : first;
                }
            } catch (TimeoutException e) {
                first = first == null ? e : first;
                break;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for " + topic + " acknowledgements", e);
            }
        }
        if (first != null) {
            throw new IllegalStateException(topic + " did not acknowledge every article of the batch ("
                    + sends.size() + " sent): " + first, first);
        }
        return refused;
    }

    /** The dead-letter reason of a record whose output {@code topic} refused ({@link #refusesTheRecord}). */
    public static String refusedReason(String topic, String articleId, Throwable error) {
        return topic + " refused article " + articleId + ": " + error.getClass().getSimpleName() + ": " + error.getMessage();
    }
}
