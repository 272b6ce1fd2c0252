package news.indexer;

import java.nio.charset.StandardCharsets;
import news.model.Topics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.stereotype.Component;

/**
 * Sends a record Elasticsearch refused as malformed to {@code news.classified.dlq}: the original payload and key,
 * with the same x-original-* / x-exception-message headers the binder's own DLQ uses. Synchronous, so the
 * record is safe in the DLQ before its offset is committed.
 */
@Component
class DeadLetterPublisher {
    static final String BINDING = "dlq-out";
    private static final Logger log = LoggerFactory.getLogger(DeadLetterPublisher.class);

    private final StreamBridge bridge;

    DeadLetterPublisher(StreamBridge bridge) {
        this.bridge = bridge;
    }

    void send(IndexRecord record, String reason) {
        boolean sent = bridge.send(BINDING, MessageBuilder.withPayload(record.payload())
                .setHeader(KafkaHeaders.KEY, record.key() == null ? null : record.key().getBytes(StandardCharsets.UTF_8))
                .setHeader("x-original-topic", record.topic())
                .setHeader("x-original-partition", record.partition())
                .setHeader("x-original-offset", record.offset())
                .setHeader("x-exception-message", reason)
                .build());
        if (!sent) {
            throw new IllegalStateException("dead-letter write to " + Topics.deadLetter(Topics.CLASSIFIED) + " was not acknowledged");
        }
        log.warn("dead-lettered key={} topic={} partition={} offset={} reason={}", record.key(), record.topic(),
                record.partition(), record.offset(), reason);
    }
}
