package news.service.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;

class BatchRecordsTest {

    @Test
    void aPolledBatchBecomesRecordsInOrderWithTheirOrigin() {
        Message<List<byte[]>> batch = MessageBuilder.withPayload(List.of("a".getBytes(), "b".getBytes()))
                .setHeader(KafkaHeaders.RECEIVED_KEY, List.of("k1".getBytes(StandardCharsets.UTF_8), "k2".getBytes(StandardCharsets.UTF_8)))
                .setHeader(KafkaHeaders.RECEIVED_TOPIC, List.of("news.classified", "news.classified"))
                .setHeader(KafkaHeaders.RECEIVED_PARTITION, List.of(0, 2))
                .setHeader(KafkaHeaders.OFFSET, List.of(41L, 7L))
                .setHeader(KafkaHeaders.RECEIVED_TIMESTAMP, List.of(1_700_000_000_000L, 1_700_000_000_001L))
                .setHeader(KafkaHeaders.TIMESTAMP_TYPE, List.of("CREATE_TIME", "CREATE_TIME"))
                .build();
        List<ConsumedRecord> records = BatchRecords.of(batch);
        assertThat(records).extracting(ConsumedRecord::keyText).containsExactly("k1", "k2");
        assertThat(records).extracting(r -> new String(r.payload())).containsExactly("a", "b");
        assertThat(records).extracting(ConsumedRecord::topic).containsOnly("news.classified");
        assertThat(records).extracting(ConsumedRecord::partition).containsExactly(0, 2);
        assertThat(records).extracting(ConsumedRecord::offset).containsExactly(41L, 7L);
        assertThat(records).extracting(ConsumedRecord::timestamp).containsExactly(1_700_000_000_000L, 1_700_000_000_001L);
        assertThat(records).extracting(ConsumedRecord::timestampType).containsOnly("CREATE_TIME");
    }

    @Test
    void missingHeadersDoNotLoseRecords() {
        List<ConsumedRecord> records = BatchRecords.of(MessageBuilder.withPayload(List.of("x".getBytes())).build());
        assertThat(records).singleElement().satisfies(r -> {
            assertThat(r.key()).isNull();
            assertThat(r.topic()).isNull();
            assertThat(r.partition()).isEqualTo(-1);
            assertThat(r.offset()).isEqualTo(-1);
        });
    }

    @Test
    void aKeyThatIsNotBytesIsKeptAsItsText() {
        Message<List<byte[]>> batch = MessageBuilder.withPayload(List.of("x".getBytes()))
                .setHeader(KafkaHeaders.RECEIVED_KEY, List.of("sha256:abc")).build();
        assertThat(BatchRecords.of(batch).getFirst().keyText()).isEqualTo("sha256:abc");
    }

    @Test
    void aBatchWithConversionFailuresIsRefusedNotSilentlyShortened() {
        Message<List<byte[]>> batch = MessageBuilder.withPayload(List.<byte[]>of())
                .setHeader(KafkaHeaders.CONVERSION_FAILURES, Arrays.asList(new RuntimeException("x"), null))
                .build();
        assertThatThrownBy(() -> BatchRecords.of(batch)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("failed to convert 2 record(s)");
        Message<List<byte[]>> none = MessageBuilder.withPayload(List.of("x".getBytes()))
                .setHeader(KafkaHeaders.CONVERSION_FAILURES, Arrays.asList((Object) null)).build();
        assertThat(BatchRecords.of(none)).hasSize(1);
    }
}
