package news.classifier;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import news.enrich.ArticleEnricher;
import news.model.Enrichment;
import news.enrich.TopicModels;
import news.model.ClassifiedArticle;
import news.model.Topics;
import news.service.stream.BatchRecords;
import news.service.stream.DeadLetterSender;
import news.service.stream.DeadLetters;
import news.service.stream.NeverSkipBatches;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.context.annotation.Bean;
import org.springframework.messaging.Message;

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

    /** Records that are not valid events, or whose enrichment failed every attempt, with the binder DLQ's headers. */
    @Bean
    DeadLetters deadLetters(StreamBridge bridge) {
        return new DeadLetterSender(bridge, DLQ_BINDING, Topics.deadLetter(Topics.NORMALIZED));
    }

    @Bean
    BatchClassifier batchClassifier(ArticleEnricher enricher, ClassifiedProducer classified, DeadLetters deadLetters,
                                    @Value("${news.classifier.attempts:3}") int attempts) {
        return new BatchClassifier(article -> new ClassifiedArticle(article,
                        // a kill or hold carries no text: nothing to classify, it is passed on
                        article.pubStatus().visible() ? enricher.enrich(article) : Enrichment.NONE), classified,
                deadLetters, attempts, Duration.ofSeconds(60));
    }

    /** news.normalized in batches (one poll each); the binder commits a batch's offsets only after this returns. */
    @Bean
    Consumer<Message<List<byte[]>>> classify(BatchClassifier classifier) {
        return batch -> classifier.classify(BatchRecords.of(batch));
    }

    /** A batch that fails is retried, never skipped (its offsets are not committed meanwhile). */
    @Bean
    NeverSkipBatches neverSkipBatches() {
        return new NeverSkipBatches();
    }
}
