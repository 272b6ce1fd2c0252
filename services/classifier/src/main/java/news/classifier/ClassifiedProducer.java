package news.classifier;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import news.model.Topics;
import news.service.stream.AcknowledgedSends;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;

/**
 * The news.classified producer: asynchronous sends, each with a future completed by Kafka's acknowledgement, so a
 * batch is sent in few requests and {@link BatchClassifier} waits for all of them before the offsets are committed.
 * Durability comes from the settings every service shares (news-service.yml: brokers, acks, idempotence, record size),
 * read here rather than declared again.
 */
@Component
class ClassifiedProducer implements BatchClassifier.ClassifiedSink {
    private final AcknowledgedSends sends;

    /** @param producer the {@code classifiedKafkaProducer} bean; in tests Kafka's MockProducer, which records what was sent */
    ClassifiedProducer(Producer<byte[], byte[]> producer) {
        this.sends = new AcknowledgedSends(producer, Topics.CLASSIFIED);
    }

    /** The Kafka producer of news.classified (closed by Spring at shutdown, its close method being inferred). */
    @Configuration(proxyBeanMethods = false)
    static class KafkaProducerConfig {
        @Bean
        Producer<byte[], byte[]> classifiedKafkaProducer(
                @Value("${spring.cloud.stream.kafka.binder.brokers}") String brokers,
                @Value("${spring.cloud.stream.kafka.binder.required-acks}") String acks,
                @Value("${spring.cloud.stream.kafka.binder.producer-properties.enable.idempotence}") boolean idempotence,
                @Value("${spring.cloud.stream.kafka.binder.producer-properties.max.request.size}") int maxRequestSize,
                @Value("${news.classifier.producer.linger-ms:5}") int lingerMs,
                @Value("${news.classifier.producer.delivery-timeout-ms:30000}") int deliveryTimeoutMs) {
            return new KafkaProducer<>(config(brokers, acks, idempotence, maxRequestSize, lingerMs, deliveryTimeoutMs),
                    new ByteArraySerializer(), new ByteArraySerializer());
        }
    }

    static Map<String, Object> config(String brokers, String acks, boolean idempotence, int maxRequestSize, int lingerMs,
                                      int deliveryTimeoutMs) {
        return AcknowledgedSends.config(brokers, acks, idempotence, maxRequestSize, lingerMs, deliveryTimeoutMs,
                "classifier-news.classified");
    }

    @Override
    public CompletableFuture<?> send(byte[] key, byte[] value) {
        return sends.send(key, value);
    }
}
