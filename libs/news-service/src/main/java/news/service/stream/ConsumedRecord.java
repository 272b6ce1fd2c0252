package news.service.stream;

import java.nio.charset.StandardCharsets;

/**
 * One record of a polled batch, with where it came from: what a batch consumer hands on to its logic and what a dead
 * letter is written from. Partition, offset and timestamp are -1 (and topic, timestamp type null) when the batch did
 * not say (a test binder, a hand-built message).
 *
 * @param key the record key as it was on the topic (the article id on every news topic), or null
 */
public record ConsumedRecord(byte[] key, byte[] payload, String topic, int partition, long offset, long timestamp,
                             String timestampType) {

    /** A record with only its origin (topic, partition, offset) known. */
    public ConsumedRecord(byte[] key, byte[] payload, String topic, int partition, long offset) {
        this(key, payload, topic, partition, offset, -1, null);
    }

    /** The key as UTF-8 text (news keys are article ids), or null. */
    public String keyText() {
        return key == null ? null : new String(key, StandardCharsets.UTF_8);
    }
}
