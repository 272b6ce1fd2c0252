package news.ingestor;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import news.model.EventCodec;
import news.model.RawArticle;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.stereotype.Component;
import org.springframework.util.MimeTypeUtils;

/**
 * Writes raw articles to {@code news.raw}. The binding is synchronous (acks=all, idempotent producer, see
 * application.yml), so {@link #publish} returns only after Kafka acknowledged every record: a 202 never hides a lost write.
 */
@Component
class RawArticlePublisher {
    static final String BINDING = "raw-out";
    private static final Logger log = LoggerFactory.getLogger(RawArticlePublisher.class);

    /** Room left in a Kafka request for the record's key, headers and batch framing. */
    static final int RECORD_OVERHEAD = 16 * 1024;

    private final StreamBridge bridge;
    private final int maxRecordBytes;

    RawArticlePublisher(StreamBridge bridge,
                        @Value("${spring.cloud.stream.kafka.binder.producer-properties.max.request.size:1048576}") int maxRequestSize) {
        this.bridge = bridge;
        this.maxRecordBytes = maxRequestSize - RECORD_OVERHEAD;
    }

    /**
     * Sends every article, one synchronous send after the other. All records are encoded and their sizes checked
     * before the first send, so a batch with one article too large for a Kafka record writes nothing (413).
     */
    void publish(List<RawArticle> articles) {
        List<Message<byte[]>> messages = new ArrayList<>(articles.size());
        for (RawArticle article : articles) {
            byte[] payload = EventCodec.encode(article);
            if (payload.length > maxRecordBytes) {
                throw new PayloadTooLargeException("article " + article.id() + " is too large for a Kafka record ("
                        + payload.length + " bytes encoded, at most " + maxRecordBytes + "); nothing was accepted");
            }
            messages.add(MessageBuilder.withPayload(payload)
                    .setHeader(KafkaHeaders.KEY, article.id().getBytes(StandardCharsets.UTF_8))
                    .setHeader("contentType", MimeTypeUtils.APPLICATION_JSON_VALUE)
                    .build());
        }
        for (int i = 0; i < messages.size(); i++) {
            send(articles.get(i), messages.get(i));
        }
    }

    private void send(RawArticle article, Message<byte[]> message) {
        boolean sent;
        try {
            sent = bridge.send(BINDING, message);
        } catch (RuntimeException e) {
            if (hasCause(e, RecordTooLargeException.class)) {
                throw new PayloadTooLargeException("article " + article.id() + " is too large for a Kafka record (" + message.getPayload().length + " bytes encoded)");
            }
            log.warn("kafka write failed id={} source={} error={}", article.id(), article.source(), rootMessage(e));
            throw new KafkaUnavailableException("Kafka did not acknowledge the write", e);
        }
        if (!sent) {
            throw new KafkaUnavailableException("Kafka did not acknowledge the write", null);
        }
        log.debug("accepted id={} source={} kind={} bodyChars={}", article.id(), article.source(), article.kind(),
                article.body().length());
    }

    private static boolean hasCause(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName() + ": " + t.getMessage();
    }
}
