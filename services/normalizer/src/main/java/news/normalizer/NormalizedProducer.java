package news.normalizer;

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
 * The news.normalized producer: asynchronous sends, each with a future completed by Kafka's acknowledgement, so a
 * batch's articles go out in few requests and {@link BatchNormalizer} waits for all of them before the offsets are
 * committed. Durability comes from the settings every service shares (news-service.yml: brokers, acks, idempotence,
 * record size), read here rather than declared again.
 */
@Component
class NormalizedProducer implements BatchNormalizer.NormalizedSink {
    private final AcknowledgedSends sends;

    /** @param producer the {@code normalizedKafkaProducer} bean; in tests Kafka's MockProducer, which records what was sent */
    NormalizedProducer(Producer<byte[], byte[]> producer) {
        this.sends = new AcknowledgedSends(producer, Topics.NORMALIZED);
    }

    /** The Kafka producer of news.normalized (closed by Spring at shutdown, its close method being inferred). */
    @Configuration(proxyBeanMethods = false)
    static class KafkaProducerConfig {
        @Bean
        Producer<byte[], byte[]> normalizedKafkaProducer(
                @Value("${spring.cloud.stream.kafka.binder.brokers}") String brokers,
                @Value("${spring.cloud.stream.kafka.binder.required-acks}") String acks,
                @Value("${spring.cloud.stream.kafka.binder.producer-properties.enable.idempotence}") boolean idempotence,
                @Value("${spring.cloud.stream.kafka.binder.producer-properties.max.request.size}") int maxRequestSize,
                @Value("${news.normalizer.producer.linger-ms:5}") int lingerMs,
                @Value("${news.normalizer.producer.delivery-timeout-ms:30000}") int deliveryTimeoutMs) {
            return new KafkaProducer<>(AcknowledgedSends.config(brokers, acks, idempotence, maxRequestSize, lingerMs,
                    deliveryTimeoutMs, "normalizer-news.normalized"), new ByteArraySerializer(), new ByteArraySerializer());
        }
    }

    @Override
    public CompletableFuture<?> send(byte[] key, byte[] value) {
        return sends.send(key, value);
    }
}
