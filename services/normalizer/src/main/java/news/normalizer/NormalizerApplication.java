package news.normalizer;

import java.nio.charset.StandardCharsets;
import java.util.function.Function;
import news.model.EventCodec;
import news.model.NormalizedArticle;
import news.model.RawArticle;
import news.text.ArticleNormalizer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;

/** news.raw → news.normalized. The repair itself is {@link ArticleNormalizer} in libs/news-text; this only wires it. */
@SpringBootApplication
public class NormalizerApplication {
    private static final Logger log = LoggerFactory.getLogger(NormalizerApplication.class);

    public static void main(String[] args) {
        SpringApplication.run(NormalizerApplication.class, args);
    }

    @Bean
    ArticleNormalizer articleNormalizer() {
        return new ArticleNormalizer();
    }

    @Bean
    Function<Message<byte[]>, Message<byte[]>> normalize(ArticleNormalizer normalizer) {
        return in -> {
            RawArticle raw = EventCodec.decode(in.getPayload(), RawArticle.class);
            NormalizedArticle out = normalizer.apply(raw);
            log.info("normalized id={} source={} kind={} paragraphs={}", out.id(), out.source(), out.kind(), out.paragraphs().size());
            return MessageBuilder.withPayload(EventCodec.encode(out))
                    .setHeader(KafkaHeaders.KEY, out.id().getBytes(StandardCharsets.UTF_8))
                    .setHeader("contentType", "application/json")
                    .build();
        };
    }
}
