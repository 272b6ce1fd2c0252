package news.indexer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import news.service.stream.DeadLetterHeaders;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.cloud.stream.binder.test.EnableTestBinder;
import org.springframework.cloud.stream.binder.test.InputDestination;
import org.springframework.cloud.stream.binder.test.OutputDestination;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The indexer's stream wiring on the Spring Cloud Stream test binder (no broker), writing to {@link LocalElasticsearch}
 * (no search node): the application as configured, from the index bootstrap to news.classified.dlq.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@EnableTestBinder
class IndexerWiringTest {
    static final String IN = "news.classified";
    static final String DLQ = "news.classified.dlq";
    static final LocalElasticsearch es = new LocalElasticsearch();

    @DynamicPropertySource
    static void elasticsearch(DynamicPropertyRegistry registry) {
        registry.add("spring.elasticsearch.uris", es::url);
        // Only the index function: the status recorder also reads news.classified.dlq, and on the test binder an input
        // destination takes the messages the DLQ output sends to it (the e2e test covers the recorder on a real broker).
        registry.add("spring.cloud.function.definition", () -> "index");
    }

    @AfterAll
    static void stop() {
        es.close();
    }

    @Autowired
    InputDestination input;

    @Autowired
    OutputDestination output;

    @BeforeEach
    void clear() {
        es.bulkRequests.clear();
        es.documents.clear();
        output.clear();
    }

    /** A polled batch as the Kafka binder hands it over: the payloads and one list per header. */
    static Message<List<byte[]>> batch(List<String> keys, List<byte[]> payloads) {
        List<Integer> partitions = new ArrayList<>();
        List<Long> offsets = new ArrayList<>();
        for (int i = 0; i < payloads.size(); i++) {
            partitions.add(1);
            offsets.add(500L + i);
        }
        return MessageBuilder.withPayload(payloads)
                .setHeader(KafkaHeaders.RECEIVED_KEY, keys.stream().map(k -> k.getBytes(StandardCharsets.UTF_8)).toList())
                .setHeader(KafkaHeaders.RECEIVED_TOPIC, payloads.stream().map(p -> IN).toList())
                .setHeader(KafkaHeaders.RECEIVED_PARTITION, partitions)
                .setHeader(KafkaHeaders.OFFSET, offsets)
                .build();
    }

    static byte[] article(String id) {
        return BulkIndexWriterFailurePathsTest.article(id).payload();
    }

    @Test
    void theBootstrapInstalledTheTemplateAndABatchIsOneBulkRequest() {
        input.send(batch(List.of("a", "b", "c"), List.of(article("a"), article("b"), article("c"))), IN);
        assertThat(es.bulkIds()).containsExactly(List.of("a", "b", "c"));
        assertThat(es.documents.get("b").path("id").asString()).isEqualTo("b");
        assertThat(output.receive(200, DLQ)).isNull();
    }

    @Test
    void poisonRecordsAndRefusedDocumentsGoToTheDeadLetterTopicWithReadableReasons() {
        es.itemError("refused", 400, "mapper_parsing_exception", Integer.MAX_VALUE);
        byte[] empty = "{}".getBytes(StandardCharsets.UTF_8);
        byte[] notJson = "not json".getBytes(StandardCharsets.UTF_8);
        byte[] wrongSchema = "{\"article\":\"a string\",\"enrichment\":{}}".getBytes(StandardCharsets.UTF_8);
        input.send(batch(List.of("e", "ok", "n", "w", "refused"),
                List.of(empty, article("ok"), notJson, wrongSchema, article("refused"))), IN);

        assertThat(es.documents).containsOnlyKeys("ok");
        Message<byte[]> e = output.receive(1_000, DLQ);
        Message<byte[]> n = output.receive(1_000, DLQ);
        Message<byte[]> w = output.receive(1_000, DLQ);
        Message<byte[]> refused = output.receive(1_000, DLQ);
        assertThat(output.receive(100, DLQ)).isNull();

        assertThat(text(e, DeadLetterHeaders.EXCEPTION_MESSAGE))
                .isEqualTo("not a valid news.classified event: ClassifiedArticle event without required fields article, enrichment");
        assertThat(e.getPayload()).isEqualTo(empty);
        assertThat(DeadLetterHeaders.offset((byte[]) e.getHeaders().get(DeadLetterHeaders.ORIGINAL_OFFSET))).isEqualTo(500L);
        assertThat(text(n, DeadLetterHeaders.EXCEPTION_MESSAGE))
                .startsWith("not a valid news.classified event: not a valid ClassifiedArticle event (JSON expected): ");
        assertThat(text(w, DeadLetterHeaders.EXCEPTION_MESSAGE))
                .startsWith("not a valid news.classified event: not a valid ClassifiedArticle event (field article): ");

        assertThat(refused.getHeaders().get(KafkaHeaders.KEY)).isEqualTo("refused".getBytes(StandardCharsets.UTF_8));
        assertThat(text(refused, DeadLetterHeaders.EXCEPTION_MESSAGE))
                .isEqualTo("elasticsearch rejected the document (400 mapper_parsing_exception): scripted by the test for refused");
        assertThat(text(refused, BulkIndexWriter.STATUS_HEADER)).isEqualTo("400");
        assertThat(text(refused, BulkIndexWriter.ERROR_TYPE_HEADER)).isEqualTo("mapper_parsing_exception");
        assertThat(text(refused, DeadLetterHeaders.ORIGINAL_TOPIC)).isEqualTo(IN);
        assertThat(DeadLetterHeaders.partition((byte[]) refused.getHeaders().get(DeadLetterHeaders.ORIGINAL_PARTITION))).isEqualTo(1);
        assertThat(DeadLetterHeaders.offset((byte[]) refused.getHeaders().get(DeadLetterHeaders.ORIGINAL_OFFSET))).isEqualTo(504L);
    }

    private static String text(Message<?> m, String header) {
        return new String((byte[]) m.getHeaders().get(header), StandardCharsets.UTF_8);
    }
}
