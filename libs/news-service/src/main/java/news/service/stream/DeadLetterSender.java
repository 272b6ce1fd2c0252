package news.service.stream;

import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.stream.function.StreamOperations;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.support.MessageBuilder;

/**
 * Dead letters through a StreamBridge output binding (the stage's {@code dlq-out}, declared {@code sync: true}): the
 * original key and payload with {@link DeadLetterHeaders}. A send the binder does not confirm throws, so the batch is
 * retried rather than committed without its dead letter.
 */
public final class DeadLetterSender implements DeadLetters {
    private static final Logger log = LoggerFactory.getLogger(DeadLetterSender.class);

    private final StreamOperations bridge;
    private final String binding;
    private final String destination;

    /** @param destination the topic the binding writes to, named in errors and logs */
    public DeadLetterSender(StreamOperations bridge, String binding, String destination) {
        this.bridge = bridge;
        this.binding = binding;
        this.destination = destination;
    }

    @Override
    public void send(ConsumedRecord record, String reason, Map<String, String> details) {
        MessageBuilder<byte[]> message = MessageBuilder.withPayload(record.payload() == null ? new byte[0] : record.payload())
                .setHeader(KafkaHeaders.KEY, record.key());
        DeadLetterHeaders.of(record, reason, details).forEach(message::setHeader);
        if (!bridge.send(binding, message.build())) {
            throw new IllegalStateException("dead-letter write to " + destination + " was not acknowledged");
        }
        log.warn("dead-lettered key={} topic={} partition={} offset={} to={} reason={}", record.keyText(), record.topic(),
                record.partition(), record.offset(), destination, reason);
    }
}
