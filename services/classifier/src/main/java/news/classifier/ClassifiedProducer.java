package news.classifier;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import news.model.Topics;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
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
    private static final byte[] JSON = "application/json".getBytes(StandardCharsets.UTF_8);

    private final Producer<byte[], byte[]> producer;

    /** @param producer the {@code classifiedKafkaProducer} bean; in tests Kafka's MockProducer, which records what was sent */
    ClassifiedProducer(Producer<byte[], byte[]> producer) {
        this.producer = producer;
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
        Map<String, Object> c = new HashMap<>();
        c.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers);
        c.put(ProducerConfig.ACKS_CONFIG, acks);
        c.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, idempotence);
        c.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, maxRequestSize);
        // Sends are asynchronous now: a few milliseconds of linger pack a batch's articles into few requests.
        c.put(ProducerConfig.LINGER_MS_CONFIG, lingerMs);
        c.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, deliveryTimeoutMs);
        c.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, Math.min(10_000, deliveryTimeoutMs - lingerMs));
        c.put(ProducerConfig.CLIENT_ID_CONFIG, "classifier-news.classified");
        return c;
    }

    @Override
    public CompletableFuture<?> send(byte[] key, byte[] value) {
        CompletableFuture<Object> acked = new CompletableFuture<>();
        ProducerRecord<byte[], byte[]> record = new ProducerRecord<>(Topics.CLASSIFIED, key, value);
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
}
