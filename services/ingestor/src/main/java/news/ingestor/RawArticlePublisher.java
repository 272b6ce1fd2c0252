package news.ingestor;

import java.nio.charset.StandardCharsets;
import java.util.List;
import news.model.EventCodec;
import news.model.RawArticle;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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

    private final StreamBridge bridge;

    RawArticlePublisher(StreamBridge bridge) {
        this.bridge = bridge;
    }

    void publish(List<RawArticle> articles) {
        for (RawArticle article : articles) {
            Message<byte[]> message = MessageBuilder.withPayload(EventCodec.encode(article))
                    .setHeader(KafkaHeaders.KEY, article.id().getBytes(StandardCharsets.UTF_8))
                    .setHeader("contentType", MimeTypeUtils.APPLICATION_JSON_VALUE)
                    .build();
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
