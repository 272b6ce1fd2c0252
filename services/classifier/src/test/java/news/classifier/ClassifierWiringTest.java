package news.classifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import news.model.ClassifiedArticle;
import news.model.ContentKind;
import news.model.EventCodec;
import news.model.NormalizedArticle;
import news.service.stream.ConsumedRecord;
import news.service.stream.DeadLetterHeaders;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.cloud.stream.binder.test.EnableTestBinder;
import org.springframework.cloud.stream.binder.test.InputDestination;
import org.springframework.cloud.stream.binder.test.OutputDestination;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.test.context.bean.override.convention.TestBean;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/**
 * The classifier's stream wiring on the Spring Cloud Stream test binder (no broker): the application as configured,
 * a batch of news.normalized records in, classified articles out and poison records in news.normalized.dlq.
 *
 * <p>news.classified is written by the classifier's own Kafka producer (asynchronous sends, all acknowledged before
 * the commit), not through the binder: that producer is replaced here by Kafka's {@link MockProducer}, which records
 * each record with its topic, key and headers and acknowledges it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@EnableTestBinder
class ClassifierWiringTest {
    static final String IN = "news.normalized";
    static final String DLQ = "news.normalized.dlq";

    @TestBean(name = "classifiedKafkaProducer")
    Producer<byte[], byte[]> classifiedKafkaProducer;

    static Producer<byte[], byte[]> classifiedKafkaProducer() {
        return new MockProducer<>(true, null, new ByteArraySerializer(), new ByteArraySerializer());
    }

    @MockitoSpyBean
    BatchClassifier classifier;

    @Autowired
    InputDestination input;

    @Autowired
    OutputDestination output;

    @BeforeEach
    void clear() {
        ((MockProducer<byte[], byte[]>) classifiedKafkaProducer).clear();
        output.clear();
    }

    static byte[] article(String id) {
        return EventCodec.encode(new NormalizedArticle(id, "wiring", null, ContentKind.ARTICLE, "zh-Hans",
                "全省教育工作会议召开", List.of("会议部署了明年义务教育阶段学校的课后服务工作。"), null, null,
                Instant.parse("2026-11-20T08:00:00Z"), Instant.parse("2026-11-20T08:01:00Z")));
    }

    /** A polled batch as the Kafka binder hands it over: the payloads and one list per header. */
    static Message<List<byte[]>> batch(List<String> keys, List<byte[]> payloads) {
        List<byte[]> keyBytes = keys.stream().map(k -> k.getBytes(StandardCharsets.UTF_8)).toList();
        List<Integer> partitions = new ArrayList<>();
        List<Long> offsets = new ArrayList<>();
        for (int i = 0; i < payloads.size(); i++) {
            partitions.add(4);
            offsets.add(100L + i);
        }
        return MessageBuilder.withPayload(payloads)
                .setHeader(KafkaHeaders.RECEIVED_KEY, keyBytes)
                .setHeader(KafkaHeaders.RECEIVED_TOPIC, payloads.stream().map(p -> IN).toList())
                .setHeader(KafkaHeaders.RECEIVED_PARTITION, partitions)
                .setHeader(KafkaHeaders.OFFSET, offsets)
                .build();
    }

    private List<ProducerRecord<byte[], byte[]>> classified() {
        return ((MockProducer<byte[], byte[]>) classifiedKafkaProducer).history();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aBatchIsClassifiedWholeToNewsClassifiedKeyedByArticleId() {
        input.send(batch(List.of("a", "b", "c"), List.of(article("a"), article("b"), article("c"))), IN);

        ArgumentCaptor<List<ConsumedRecord>> records = ArgumentCaptor.forClass(List.class);
        verify(classifier, times(1)).classify(records.capture());
        assertThat(records.getValue()).as("one call for the whole batch").hasSize(3);

        assertThat(classified()).hasSize(3).allSatisfy(r -> {
            assertThat(r.topic()).isEqualTo("news.classified");
            assertThat(new String(r.headers().lastHeader("contentType").value(), StandardCharsets.UTF_8))
                    .isEqualTo("application/json");
        });
        assertThat(classified()).extracting(r -> new String(r.key(), StandardCharsets.UTF_8)).containsExactly("a", "b", "c");
        ClassifiedArticle first = EventCodec.decode(classified().getFirst().value(), ClassifiedArticle.class);
        assertThat(first.id()).isEqualTo("a");
        assertThat(first.article().headline()).isEqualTo("全省教育工作会议召开");
        assertThat(first.enrichment().subjects()).as("the real enricher ran").isNotEmpty();
        assertThat(output.receive(200, DLQ)).isNull();
    }

    @Test
    void poisonRecordsGoToTheDeadLetterTopicWithAReasonNamingTheProblemAndTheOthersGoOn() {
        byte[] empty = "{}".getBytes(StandardCharsets.UTF_8);
        byte[] notJson = "<html>not an event</html>".getBytes(StandardCharsets.UTF_8);
        byte[] wrongSchema = "{\"id\":\"w\",\"source\":\"wiring\",\"kind\":\"ARTICLE\",\"paragraphs\":{\"not\":\"a list\"}}"
                .getBytes(StandardCharsets.UTF_8);
        input.send(batch(List.of("e", "a", "n", "w"), List.of(empty, article("a"), notJson, wrongSchema)), IN);

        assertThat(classified()).extracting(r -> new String(r.key(), StandardCharsets.UTF_8)).containsExactly("a");
        Message<byte[]> e = output.receive(1_000, DLQ);
        Message<byte[]> n = output.receive(1_000, DLQ);
        Message<byte[]> w = output.receive(1_000, DLQ);
        assertThat(output.receive(100, DLQ)).isNull();

        assertThat(e.getPayload()).isEqualTo(empty);
        assertThat(e.getHeaders().get(KafkaHeaders.KEY)).isEqualTo("e".getBytes(StandardCharsets.UTF_8));
        assertThat(text(e, DeadLetterHeaders.EXCEPTION_MESSAGE)).isEqualTo("NormalizedArticle event without required fields id, source, kind");
        assertThat(text(e, DeadLetterHeaders.ORIGINAL_TOPIC)).isEqualTo(IN);
        assertThat(DeadLetterHeaders.partition((byte[]) e.getHeaders().get(DeadLetterHeaders.ORIGINAL_PARTITION))).isEqualTo(4);
        assertThat(DeadLetterHeaders.offset((byte[]) e.getHeaders().get(DeadLetterHeaders.ORIGINAL_OFFSET))).isEqualTo(100L);

        assertThat(text(n, DeadLetterHeaders.EXCEPTION_MESSAGE)).startsWith("not a valid NormalizedArticle event (JSON expected): ");
        assertThat(DeadLetterHeaders.offset((byte[]) n.getHeaders().get(DeadLetterHeaders.ORIGINAL_OFFSET))).isEqualTo(102L);
        assertThat(text(w, DeadLetterHeaders.EXCEPTION_MESSAGE)).startsWith("not a valid NormalizedArticle event (field paragraphs): ");
    }

    private static String text(Message<?> m, String header) {
        return new String((byte[]) m.getHeaders().get(header), StandardCharsets.UTF_8);
    }
}
