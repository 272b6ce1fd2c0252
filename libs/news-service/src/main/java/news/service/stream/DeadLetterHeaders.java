package news.service.stream;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The headers of a dead letter, named and typed as the Kafka binder's own DLQ writes them (KafkaMessageChannelBinder;
 * spring-kafka's DeadLetterPublishingRecoverer uses the same types under kafka_dlt-* names), so every news.*.dlq topic
 * reads alike whichever wrote it: text as UTF-8, the partition as a 4-byte and offset and timestamp as 8-byte
 * big-endian integers. Every value is a byte[] so that the binder's header mapper passes it through unchanged.
 */
public final class DeadLetterHeaders {
    public static final String ORIGINAL_TOPIC = "x-original-topic";
    public static final String ORIGINAL_PARTITION = "x-original-partition";
    public static final String ORIGINAL_OFFSET = "x-original-offset";
    public static final String ORIGINAL_TIMESTAMP = "x-original-timestamp";
    public static final String ORIGINAL_TIMESTAMP_TYPE = "x-original-timestamp-type";
    public static final String EXCEPTION_MESSAGE = "x-exception-message";

    private DeadLetterHeaders() {}

    /** The headers for {@code record}; what the batch did not say (origin unknown) is left out rather than made up. */
    public static Map<String, byte[]> of(ConsumedRecord record, String reason, Map<String, String> details) {
        Map<String, byte[]> headers = new LinkedHashMap<>();
        if (record.topic() != null) {
            headers.put(ORIGINAL_TOPIC, text(record.topic()));
        }
        if (record.partition() >= 0) {
            headers.put(ORIGINAL_PARTITION, ByteBuffer.allocate(Integer.BYTES).putInt(record.partition()).array());
        }
        if (record.offset() >= 0) {
            headers.put(ORIGINAL_OFFSET, ByteBuffer.allocate(Long.BYTES).putLong(record.offset()).array());
        }
        if (record.timestamp() >= 0) {
            headers.put(ORIGINAL_TIMESTAMP, ByteBuffer.allocate(Long.BYTES).putLong(record.timestamp()).array());
        }
        if (record.timestampType() != null) {
            headers.put(ORIGINAL_TIMESTAMP_TYPE, text(record.timestampType()));
        }
        headers.put(EXCEPTION_MESSAGE, text(reason));
        details.forEach((name, value) -> headers.put(name, text(value)));
        return headers;
    }

    /** Reads back an x-original-partition header. */
    public static int partition(byte[] header) {
        return ByteBuffer.wrap(header).getInt();
    }

    /** Reads back an x-original-offset or x-original-timestamp header. */
    public static long offset(byte[] header) {
        return ByteBuffer.wrap(header).getLong();
    }

    private static byte[] text(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }
}
