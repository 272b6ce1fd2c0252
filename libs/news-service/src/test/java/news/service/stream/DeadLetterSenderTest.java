package news.service.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;
import org.springframework.cloud.stream.binder.kafka.common.BinderHeaderMapper;
import org.springframework.cloud.stream.function.StreamOperations;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;

class DeadLetterSenderTest {
    private final StreamOperations bridge = mock(StreamOperations.class);
    private final List<Message<?>> sent = new ArrayList<>();
    private final ConsumedRecord record = new ConsumedRecord("sha256:a".getBytes(StandardCharsets.UTF_8),
            "{}".getBytes(StandardCharsets.UTF_8), "news.classified", 2, 41L, 1_700_000_000_000L, "CREATE_TIME");

    private void bridgeAcknowledges(boolean acknowledged) {
        when(bridge.send(eq("dlq-out"), any(Object.class))).thenAnswer(inv -> {
            sent.add(inv.getArgument(1));
            return acknowledged;
        });
    }

    @Test
    void theDeadLetterIsTheOriginalKeyAndPayloadWithTheReason() {
        bridgeAcknowledges(true);
        new DeadLetterSender(bridge, "dlq-out", "news.classified.dlq").send(record, "not a valid news.classified event: id missing");
        Message<?> m = sent.getFirst();
        assertThat(m.getPayload()).isEqualTo(record.payload());
        assertThat(m.getHeaders().get(KafkaHeaders.KEY)).isEqualTo(record.key());
        assertThat(new String((byte[]) m.getHeaders().get(DeadLetterHeaders.EXCEPTION_MESSAGE), StandardCharsets.UTF_8))
                .isEqualTo("not a valid news.classified event: id missing");
    }

    /**
     * What reaches Kafka after the binder's header mapper: the same bytes the binder's own DLQ writes for the same
     * record (KafkaMessageChannelBinder: topic as UTF-8, partition putInt, offset and timestamp putLong).
     */
    @Test
    void onTheWireTheHeadersHaveTheTypesOfTheBindersOwnDeadLetters() {
        bridgeAcknowledges(true);
        new DeadLetterSender(bridge, "dlq-out", "news.classified.dlq")
                .send(record, "elasticsearch rejected the document", Map.of("x-elasticsearch-status", "400"));
        Headers kafka = new RecordHeaders();
        new BinderHeaderMapper().fromHeaders(sent.getFirst().getHeaders(), kafka);

        assertThat(kafka.lastHeader("x-original-topic").value()).isEqualTo("news.classified".getBytes(StandardCharsets.UTF_8));
        assertThat(kafka.lastHeader("x-original-partition").value()).isEqualTo(ByteBuffer.allocate(4).putInt(2).array());
        assertThat(kafka.lastHeader("x-original-offset").value()).isEqualTo(ByteBuffer.allocate(8).putLong(41L).array());
        assertThat(kafka.lastHeader("x-original-timestamp").value())
                .isEqualTo(ByteBuffer.allocate(8).putLong(1_700_000_000_000L).array());
        assertThat(kafka.lastHeader("x-original-timestamp-type").value()).isEqualTo("CREATE_TIME".getBytes(StandardCharsets.UTF_8));
        assertThat(new String(kafka.lastHeader("x-exception-message").value(), StandardCharsets.UTF_8))
                .isEqualTo("elasticsearch rejected the document");
        assertThat(new String(kafka.lastHeader("x-elasticsearch-status").value(), StandardCharsets.UTF_8)).isEqualTo("400");
        assertThat(DeadLetterHeaders.partition(kafka.lastHeader("x-original-partition").value())).isEqualTo(2);
        assertThat(DeadLetterHeaders.offset(kafka.lastHeader("x-original-offset").value())).isEqualTo(41L);
    }

    @Test
    void anUnknownOriginIsLeftOutNotMadeUp() {
        bridgeAcknowledges(true);
        new DeadLetterSender(bridge, "dlq-out", "news.normalized.dlq")
                .send(new ConsumedRecord(null, "x".getBytes(), null, -1, -1), "bad");
        assertThat(sent.getFirst().getHeaders()).doesNotContainKeys("x-original-topic", "x-original-partition",
                "x-original-offset", "x-original-timestamp").containsKey("x-exception-message");
    }

    @Test
    void aDeadLetterTheBinderDoesNotConfirmFailsSoTheBatchIsNotCommitted() {
        bridgeAcknowledges(false);
        assertThatThrownBy(() -> new DeadLetterSender(bridge, "dlq-out", "news.normalized.dlq").send(record, "bad"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("news.normalized.dlq");
    }
}
