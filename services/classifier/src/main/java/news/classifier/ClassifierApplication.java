package news.classifier;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import news.enrich.ArticleEnricher;
import news.model.Enrichment;
import news.enrich.TopicModels;
import news.model.ClassifiedArticle;
import news.model.Topics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.cloud.stream.config.ListenerContainerCustomizer;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.listener.AbstractMessageListenerContainer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * news.normalized → news.classified. Enrichment is {@link ArticleEnricher} in libs/news-enrich; this only wires it:
 * whole polled batches ({@link BatchClassifier}), classified articles sent asynchronously ({@link ClassifiedProducer})
 * and all acknowledged before the batch's offsets are committed.
 */
@SpringBootApplication
public class ClassifierApplication {
    private static final Logger log = LoggerFactory.getLogger(ClassifierApplication.class);
    static final String DLQ_BINDING = "dlq-out";

    public static void main(String[] args) {
        SpringApplication.run(ClassifierApplication.class, args);
    }

    /**
     * Built at start-up so the models are loaded (once per JVM) before the service reports ready. With
     * {@code news.classifier.model-file} (env NEWS_CLASSIFIER_MODEL_FILE) set, the topic models are read from that file
     * (written by {@code ./news train topics}); otherwise the models shipped in news-enrich are used (nothing is
     * trained at start-up).
     */
    @Bean
    ArticleEnricher articleEnricher(@Value("${news.classifier.model-file:}") String modelFile) throws IOException {
        if (modelFile == null || modelFile.isBlank()) {
            return new ArticleEnricher();
        }
        Path file = Path.of(modelFile);
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("news.classifier.model-file: no such file " + file.toAbsolutePath());
        }
        log.info("topic model from {}", file.toAbsolutePath());
        return ArticleEnricher.withTopicModels(TopicModels.load(file));
    }

    @Bean
    BatchClassifier batchClassifier(ArticleEnricher enricher, ClassifiedProducer classified, StreamBridge bridge,
                                    @Value("${news.classifier.attempts:3}") int attempts) {
        return new BatchClassifier(article -> new ClassifiedArticle(article,
                        // a kill or hold carries no text: nothing to classify, it is passed on
                        article.pubStatus().visible() ? enricher.enrich(article) : Enrichment.NONE), classified,
                (record, reason) -> deadLetter(bridge, record, reason), attempts, Duration.ofSeconds(60));
    }

    /** news.normalized in batches (one poll each); the binder commits a batch's offsets only after this returns. */
    @Bean
    Consumer<Message<List<byte[]>>> classify(BatchClassifier classifier) {
        return batch -> classifier.classify(records(batch));
    }

    /**
     * A batch that fails (Kafka did not acknowledge a classified article or a dead letter) is retried again and again
     * with backoff up to a minute instead of the default "log and skip": an outage stalls the stage, never loses news.
     */
    @Bean
    ListenerContainerCustomizer<AbstractMessageListenerContainer<?, ?>> neverSkipBatches() {
        return (container, destination, group) -> {
            ExponentialBackOff backOff = new ExponentialBackOff(1_000, 2.0);
            backOff.setMaxInterval(60_000);
            backOff.setMaxElapsedTime(Long.MAX_VALUE);
            container.setCommonErrorHandler(new DefaultErrorHandler(backOff));
        };
    }

    /** The original record with the x-original-* and x-exception-message headers the binder's own DLQ writes. */
    static void deadLetter(StreamBridge bridge, BatchClassifier.InputRecord record, String reason) {
        boolean sent = bridge.send(DLQ_BINDING, MessageBuilder.withPayload(record.payload())
                .setHeader(KafkaHeaders.KEY, record.key())
                .setHeader("x-original-topic", record.topic())
                .setHeader("x-original-partition", record.partition())
                .setHeader("x-original-offset", record.offset())
                .setHeader("x-exception-message", reason)
                .build());
        if (!sent) {
            throw new IllegalStateException("dead-letter write to " + Topics.deadLetter(Topics.NORMALIZED) + " was not acknowledged");
        }
        log.warn("dead-lettered topic={} partition={} offset={} reason={}", record.topic(), record.partition(), record.offset(), reason);
    }

    static List<BatchClassifier.InputRecord> records(Message<List<byte[]>> batch) {
        // With native decoding the binder converts nothing; should a converter come back, records it fails on would
        // vanish from the batch and be committed: refuse the batch instead (it is retried, not lost).
        if (batch.getHeaders().get(KafkaHeaders.CONVERSION_FAILURES) instanceof List<?> failures
                && failures.stream().anyMatch(f -> f != null)) {
            throw new IllegalStateException("the binder failed to convert " + failures.size() + " record(s) of the batch");
        }
        List<byte[]> payloads = batch.getPayload();
        List<?> keys = header(batch, KafkaHeaders.RECEIVED_KEY, payloads.size());
        List<?> topics = header(batch, KafkaHeaders.RECEIVED_TOPIC, payloads.size());
        List<?> partitions = header(batch, KafkaHeaders.RECEIVED_PARTITION, payloads.size());
        List<?> offsets = header(batch, KafkaHeaders.OFFSET, payloads.size());
        List<BatchClassifier.InputRecord> out = new ArrayList<>(payloads.size());
        for (int i = 0; i < payloads.size(); i++) {
            Object key = keys.get(i);
            out.add(new BatchClassifier.InputRecord(key instanceof byte[] b ? b : key == null ? null
                    : key.toString().getBytes(StandardCharsets.UTF_8), payloads.get(i),
                    topics.get(i) == null ? Topics.NORMALIZED : topics.get(i).toString(),
                    partitions.get(i) instanceof Number n ? n.intValue() : -1,
                    offsets.get(i) instanceof Number n ? n.longValue() : -1));
        }
        return out;
    }

    private static List<?> header(Message<?> batch, String name, int size) {
        if (batch.getHeaders().get(name) instanceof List<?> list && list.size() == size) {
            return list;
        }
        return java.util.Collections.nCopies(size, null);
    }
}
