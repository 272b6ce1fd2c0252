package news.normalizer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import news.model.ContentKind;
import news.model.EventCodec;
import news.model.NormalizedArticle;
import news.model.RawArticle;
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
 * The normalizer's stream wiring on the Spring Cloud Stream test binder (no broker): the application as configured, a
 * batch of news.raw records in, one keyed event per article out, poison records in news.raw.dlq with the binder DLQ's
 * headers and a reason naming the problem.
 *
 * <p>news.normalized is written by the normalizer's own Kafka producer (asynchronous sends, all acknowledged before the
 * commit), not through the binder: that producer is replaced here by Kafka's {@link MockProducer}, which records each
 * record with its topic, key and headers and acknowledges it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@EnableTestBinder
class NormalizerWiringTest {
    static final String IN = "news.raw";
    static final String DLQ = "news.raw.dlq";

    @TestBean(name = "normalizedKafkaProducer")
    Producer<byte[], byte[]> normalizedKafkaProducer;

    static Producer<byte[], byte[]> normalizedKafkaProducer() {
        return new MockProducer<>(true, null, new ByteArraySerializer(), new ByteArraySerializer());
    }

    /** The index holds nothing (no search node): near-copies are found in this instance's memory only. */
    @TestBean
    NormalizerApplication.DuplicateLookup indexedFingerprints;

    static NormalizerApplication.DuplicateLookup indexedFingerprints() {
        return (id, simhash, maxDistance) -> Optional.empty();
    }

    @MockitoSpyBean
    BatchNormalizer normalizer;

    @Autowired
    InputDestination input;

    @Autowired
    OutputDestination output;

    @BeforeEach
    void clear() {
        ((MockProducer<byte[], byte[]>) normalizedKafkaProducer).clear();
        output.clear();
    }

    private static byte[] raw(String id, String body) {
        return EventCodec.encode(new RawArticle(id, "wiring", null, ContentKind.PAGE, "zh-Hans", null, body,
                RawArticle.TEXT_PLAIN, null, null, null, Instant.parse("2026-11-22T00:00:00Z")));
    }

    /** A polled batch as the Kafka binder hands it over: the payloads and one list per header. */
    static Message<List<byte[]>> batch(List<byte[]> payloads) {
        List<Integer> partitions = new ArrayList<>();
        List<Long> offsets = new ArrayList<>();
        List<byte[]> keys = new ArrayList<>();
        for (int i = 0; i < payloads.size(); i++) {
            partitions.add(1);
            offsets.add(200L + i);
            keys.add(("k" + i).getBytes(StandardCharsets.UTF_8));
        }
        return MessageBuilder.withPayload(payloads)
                .setHeader(KafkaHeaders.RECEIVED_KEY, keys)
                .setHeader(KafkaHeaders.RECEIVED_TOPIC, payloads.stream().map(p -> IN).toList())
                .setHeader(KafkaHeaders.RECEIVED_PARTITION, partitions)
                .setHeader(KafkaHeaders.OFFSET, offsets)
                .build();
    }

    private List<ProducerRecord<byte[], byte[]>> normalized() {
        return ((MockProducer<byte[], byte[]>) normalizedKafkaProducer).history();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aPageBecomesOneEventPerArticleKeyedByItsId() throws Exception {
        String page = Files.readString(Path.of("../../infra/samples/004_de0a8777002d9ed1.txt"));
        input.send(batch(List.of(raw("sha256:wiring", page))), IN);

        ArgumentCaptor<List<ConsumedRecord>> records = ArgumentCaptor.forClass(List.class);
        verify(normalizer, times(1)).normalize(records.capture());
        assertThat(records.getValue()).as("one call for the whole batch").hasSize(1);

        assertThat(normalized()).hasSize(3).allSatisfy(r -> {
            assertThat(r.topic()).isEqualTo("news.normalized");
            assertThat(new String(r.headers().lastHeader("contentType").value(), StandardCharsets.UTF_8))
                    .isEqualTo("application/json");
        });
        assertThat(normalized()).extracting(r -> new String(r.key(), StandardCharsets.UTF_8))
                .containsExactly("sha256:wiring#1", "sha256:wiring#2", "sha256:wiring#3");
        NormalizedArticle first = EventCodec.decode(normalized().getFirst().value(), NormalizedArticle.class);
        assertThat(first.id()).isEqualTo("sha256:wiring#1");
        assertThat(first.headline()).isEqualTo("为乡村高质量发展注入强动力");
        assertThat(output.receive(200, DLQ)).isNull();
    }

    @Test
    void poisonRecordsGoToNewsRawDlqWithAReasonNamingTheProblemAndTheOthersGoOn() throws Exception {
        byte[] empty = "{}".getBytes(StandardCharsets.UTF_8);
        byte[] notJson = "%PDF-1.7 not json".getBytes(StandardCharsets.UTF_8);
        byte[] badKind = "{\"id\":\"x\",\"source\":\"s\",\"kind\":\"POEM\",\"body\":\"b\"}".getBytes(StandardCharsets.UTF_8);
        String page = Files.readString(Path.of("../../infra/samples/004_de0a8777002d9ed1.txt"));
        input.send(batch(List.of(empty, notJson, raw("sha256:good", page), badKind)), IN);

        assertThat(normalized()).hasSize(3);
        Message<byte[]> e = output.receive(1_000, DLQ);
        Message<byte[]> n = output.receive(1_000, DLQ);
        Message<byte[]> k = output.receive(1_000, DLQ);
        assertThat(output.receive(100, DLQ)).isNull();

        assertThat(e.getPayload()).isEqualTo(empty);
        assertThat(e.getHeaders().get(KafkaHeaders.KEY)).isEqualTo("k0".getBytes(StandardCharsets.UTF_8));
        assertThat(text(e, DeadLetterHeaders.EXCEPTION_MESSAGE)).isEqualTo("RawArticle event without required fields id, source, kind, body");
        assertThat(text(e, DeadLetterHeaders.ORIGINAL_TOPIC)).isEqualTo(IN);
        assertThat(DeadLetterHeaders.partition((byte[]) e.getHeaders().get(DeadLetterHeaders.ORIGINAL_PARTITION))).isEqualTo(1);
        assertThat(DeadLetterHeaders.offset((byte[]) e.getHeaders().get(DeadLetterHeaders.ORIGINAL_OFFSET))).isEqualTo(200L);
        assertThat(text(n, DeadLetterHeaders.EXCEPTION_MESSAGE)).startsWith("not a valid RawArticle event (JSON expected): ");
        assertThat(DeadLetterHeaders.offset((byte[]) n.getHeaders().get(DeadLetterHeaders.ORIGINAL_OFFSET))).isEqualTo(201L);
        assertThat(text(k, DeadLetterHeaders.EXCEPTION_MESSAGE)).startsWith("not a valid RawArticle event (field kind): ");
        assertThat(DeadLetterHeaders.offset((byte[]) k.getHeaders().get(DeadLetterHeaders.ORIGINAL_OFFSET))).isEqualTo(203L);
    }

    private static String text(Message<?> m, String header) {
        return new String((byte[]) m.getHeaders().get(header), StandardCharsets.UTF_8);
    }
}
