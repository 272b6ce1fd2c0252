package news.service.stream;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;

/**
 * The records of a batch as the Kafka binder delivers it in batch mode with native decoding: the payloads, and one list
 * per header (keys, topics, partitions, offsets, timestamps) in the same order.
 */
public final class BatchRecords {
    private BatchRecords() {}

    public static List<ConsumedRecord> of(Message<List<byte[]>> batch) {
        // With native decoding the binder converts nothing. Should a converter ever be configured back in, records it
        // fails on would vanish from the batch and be committed: refuse the batch instead (it is retried, not lost).
        if (batch.getHeaders().get(KafkaHeaders.CONVERSION_FAILURES) instanceof List<?> failures
                && failures.stream().anyMatch(f -> f != null)) {
            throw new IllegalStateException("the binder failed to convert " + failures.size() + " record(s) of the batch");
        }
        List<byte[]> payloads = batch.getPayload();
        int size = payloads.size();
        List<?> keys = header(batch, KafkaHeaders.RECEIVED_KEY, size);
        List<?> topics = header(batch, KafkaHeaders.RECEIVED_TOPIC, size);
        List<?> partitions = header(batch, KafkaHeaders.RECEIVED_PARTITION, size);
        List<?> offsets = header(batch, KafkaHeaders.OFFSET, size);
        List<?> timestamps = header(batch, KafkaHeaders.RECEIVED_TIMESTAMP, size);
        List<?> timestampTypes = header(batch, KafkaHeaders.TIMESTAMP_TYPE, size);
        List<ConsumedRecord> records = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            Object key = keys.get(i);
            records.add(new ConsumedRecord(
                    key instanceof byte[] bytes ? bytes : key == null ? null : key.toString().getBytes(StandardCharsets.UTF_8),
                    payloads.get(i),
                    topics.get(i) == null ? null : topics.get(i).toString(),
                    partitions.get(i) instanceof Number n ? n.intValue() : -1,
                    offsets.get(i) instanceof Number n ? n.longValue() : -1,
                    timestamps.get(i) instanceof Number n ? n.longValue() : -1,
                    timestampTypes.get(i) == null ? null : timestampTypes.get(i).toString()));
        }
        return records;
    }

    /** A per-record header list, or nulls when the batch has none (or one of another length). */
    public static List<?> header(Message<?> batch, String name, int size) {
        if (batch.getHeaders().get(name) instanceof List<?> list && list.size() == size) {
            return list;
        }
        return Collections.nCopies(size, null);
    }
}
