package news.classifier;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;
import news.enrich.ArticleEnricher;
import news.enrich.TopicModels;
import news.model.ClassifiedArticle;
import news.model.EventCodec;
import news.model.NormalizedArticle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;

/** news.normalized → news.classified. Enrichment is {@link ArticleEnricher} in libs/news-enrich; this only wires it. */
@SpringBootApplication
public class ClassifierApplication {
    private static final Logger log = LoggerFactory.getLogger(ClassifierApplication.class);

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
    Function<Message<byte[]>, Message<byte[]>> classify(ArticleEnricher enricher) {
        return in -> {
            NormalizedArticle article = EventCodec.decode(in.getPayload(), NormalizedArticle.class);
            ClassifiedArticle out = new ClassifiedArticle(article, enricher.enrich(article));
            log.debug("classified id={} topics={} people={} places={} regions={} credits={}", out.id(),
                    out.enrichment().subjects().stream().map(s -> s.code() + ":" + s.confidence()).toList(),
                    out.enrichment().people().size(), out.enrichment().places().size(),
                    out.enrichment().regions().size(), out.enrichment().credits().size());
            return MessageBuilder.withPayload(EventCodec.encode(out))
                    .setHeader(KafkaHeaders.KEY, out.id().getBytes(StandardCharsets.UTF_8))
                    .setHeader("contentType", "application/json")
                    .build();
        };
    }
}
