package news.service.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.InvalidRecordException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;

class AcknowledgedSendsTest {

    @Test
    void aSendCompletesOnlyWhenKafkaAcknowledgesIt() {
        MockProducer<byte[], byte[]> producer = new MockProducer<>(false, null, new ByteArraySerializer(), new ByteArraySerializer());
        AcknowledgedSends sends = new AcknowledgedSends(producer, "news.normalized");
        CompletableFuture<?> f = sends.send("a".getBytes(StandardCharsets.UTF_8), "{}".getBytes(StandardCharsets.UTF_8));
        assertThat(f).isNotDone();
        assertThat(producer.history().getFirst().topic()).isEqualTo("news.normalized");
        assertThat(new String(producer.history().getFirst().headers().lastHeader("contentType").value(), StandardCharsets.UTF_8))
                .isEqualTo("application/json");
        producer.completeNext();
        assertThat(f).isCompleted();
    }

    @Test
    void oneRefusedSendFailsTheWholeBatchNamingTheTopic() {
        MockProducer<byte[], byte[]> producer = new MockProducer<>(false, null, new ByteArraySerializer(), new ByteArraySerializer());
        AcknowledgedSends sends = new AcknowledgedSends(producer, "news.normalized");
        List<CompletableFuture<?>> batch = List.of(sends.send(null, new byte[0]), sends.send(null, new byte[0]));
        producer.completeNext();
        producer.errorNext(new RuntimeException("no ack"));
        assertThatThrownBy(() -> AcknowledgedSends.awaitAll(batch, Duration.ofSeconds(5), "news.normalized"))
                .hasMessageContaining("news.normalized did not acknowledge").hasMessageContaining("no ack");
    }

    @Test
    void aRecordKafkaRefusesForItselfIsReturnedByIndexInsteadOfFailingTheBatch() {
        MockProducer<byte[], byte[]> producer = new MockProducer<>(false, null, new ByteArraySerializer(), new ByteArraySerializer());
        AcknowledgedSends sends = new AcknowledgedSends(producer, "news.normalized");
        List<CompletableFuture<?>> batch = List.of(sends.send(null, new byte[0]), sends.send(null, new byte[0]),
                sends.send(null, new byte[0]));
        producer.completeNext();
        producer.errorNext(new RecordTooLargeException("5300000 bytes"));
        producer.errorNext(new InvalidRecordException("compacted topic needs a key"));
        Map<Integer, Throwable> refused = AcknowledgedSends.awaitAll(batch, Duration.ofSeconds(5), "news.normalized");
        assertThat(refused).containsOnlyKeys(1, 2);
        assertThat(AcknowledgedSends.refusedReason("news.normalized", "a#1", refused.get(1)))
                .isEqualTo("news.normalized refused article a#1: RecordTooLargeException: 5300000 bytes");
        assertThat(AcknowledgedSends.refusesTheRecord(new RuntimeException("no ack"))).isFalse();
    }

    @Test
    void anUnansweredSendTimesOut() {
        MockProducer<byte[], byte[]> producer = new MockProducer<>(false, null, new ByteArraySerializer(), new ByteArraySerializer());
        List<CompletableFuture<?>> batch = List.of(new AcknowledgedSends(producer, "t").send(null, new byte[0]));
        assertThatThrownBy(() -> AcknowledgedSends.awaitAll(batch, Duration.ofMillis(50), "t"))
                .hasMessageContaining("t did not acknowledge");
    }

    @Test
    void theSettingsKeepAcksAndIdempotence() {
        Map<String, Object> c = AcknowledgedSends.config("127.0.0.1:9092", "all", true, 5_242_880, 5, 30_000, "x");
        assertThat(c).containsEntry(ProducerConfig.ACKS_CONFIG, "all").containsEntry(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true)
                .containsEntry(ProducerConfig.LINGER_MS_CONFIG, 5).containsEntry(ProducerConfig.CLIENT_ID_CONFIG, "x");
    }
}
