package news.classifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import news.model.ClassifiedArticle;
import news.model.ContentKind;
import news.model.EventCodec;
import news.model.NormalizedArticle;
import news.model.Enrichment;
import news.service.stream.ConsumedRecord;
import news.service.stream.DeadLetters;
import org.junit.jupiter.api.Test;

class BatchClassifierTest {
    static final Function<NormalizedArticle, ClassifiedArticle> ENRICH = a -> new ClassifiedArticle(a,
            new Enrichment(List.of(), List.of(), List.of(), List.of(), List.of("关键词"), "摘要"));

    record Sent(String key, ClassifiedArticle article) {}

    record Dead(ConsumedRecord record, String reason) {}

    final List<Sent> sent = new CopyOnWriteArrayList<>();
    final List<Dead> dead = new CopyOnWriteArrayList<>();

    static ConsumedRecord record(String id, long offset) {
        NormalizedArticle a = new NormalizedArticle(id, "bench", null, ContentKind.ARTICLE, "zh-Hans", "标题",
                List.of("正文。"), null, null, null, Instant.EPOCH);
        return new ConsumedRecord(id.getBytes(StandardCharsets.UTF_8), EventCodec.encode(a), "news.normalized", 2, offset);
    }

    BatchClassifier.ClassifiedSink acknowledging() {
        return (key, value) -> {
            sent.add(new Sent(new String(key, StandardCharsets.UTF_8), EventCodec.decode(value, ClassifiedArticle.class)));
            return CompletableFuture.completedFuture(null);
        };
    }

    DeadLetters deadLetters() {
        return (r, reason, details) -> dead.add(new Dead(r, reason));
    }

    @Test
    void everyArticleOfTheBatchIsSentKeyedByItsId() {
        new BatchClassifier(ENRICH, acknowledging(), deadLetters(), 3, Duration.ofSeconds(5))
                .classify(List.of(record("a", 10), record("b", 11), record("c", 12)));
        assertThat(sent).extracting(Sent::key).containsExactly("a", "b", "c");
        assertThat(sent).extracting(s -> s.article().id()).containsExactly("a", "b", "c");
        assertThat(dead).isEmpty();
    }

    @Test
    void itReturnsOnlyOnceKafkaAcknowledgedEverySend() throws Exception {
        List<CompletableFuture<Object>> pending = new CopyOnWriteArrayList<>();
        BatchClassifier c = new BatchClassifier(ENRICH, (k, v) -> {
            CompletableFuture<Object> f = new CompletableFuture<>();
            pending.add(f);
            return f;
        }, deadLetters(), 3, Duration.ofSeconds(10));
        AtomicBoolean returned = new AtomicBoolean();
        Thread consumer = Thread.ofPlatform().start(() -> {
            c.classify(List.of(record("a", 1), record("b", 2)));
            returned.set(true);
        });
        while (pending.size() < 2) {
            Thread.sleep(5);
        }
        pending.get(1).complete(null);
        Thread.sleep(200);
        assertThat(returned).as("returned (and so committed) before the first article was acknowledged").isFalse();
        pending.get(0).complete(null);
        consumer.join(5_000);
        assertThat(returned).isTrue();
    }

    @Test
    void aSendKafkaDoesNotAcknowledgeFailsTheWholeBatchSoNothingIsCommitted() {
        AtomicInteger n = new AtomicInteger();
        BatchClassifier c = new BatchClassifier(ENRICH, (k, v) -> n.incrementAndGet() == 2
                ? CompletableFuture.failedFuture(new org.apache.kafka.common.errors.TimeoutException("no ack"))
                : CompletableFuture.completedFuture(null), deadLetters(), 3, Duration.ofSeconds(5));
        assertThatThrownBy(() -> c.classify(List.of(record("a", 1), record("b", 2), record("c", 3))))
                .hasMessageContaining("did not acknowledge").hasMessageContaining("no ack");
        assertThat(n).as("the later articles were still sent, the failure reported after all settled").hasValue(3);
        assertThat(dead).isEmpty();
    }

    @Test
    void anAcknowledgementThatNeverComesFailsTheBatchAfterTheTimeout() {
        BatchClassifier c = new BatchClassifier(ENRICH, (k, v) -> new CompletableFuture<>(), deadLetters(), 3, Duration.ofMillis(200));
        assertThatThrownBy(() -> c.classify(List.of(record("a", 1)))).hasMessageContaining("did not acknowledge");
    }

    @Test
    void aRecordThatIsNotAnEventIsDeadLetteredWithItsOriginAndTheOthersGoOn() {
        ConsumedRecord poison = new ConsumedRecord("p".getBytes(StandardCharsets.UTF_8),
                "this is not an article".getBytes(StandardCharsets.UTF_8), "news.normalized", 4, 99);
        new BatchClassifier(ENRICH, acknowledging(), deadLetters(), 3, Duration.ofSeconds(5))
                .classify(List.of(record("a", 98), poison, record("b", 100)));
        assertThat(sent).extracting(Sent::key).containsExactly("a", "b");
        assertThat(dead).hasSize(1);
        assertThat(dead.getFirst().record()).isSameAs(poison);
        assertThat(dead.getFirst().reason()).contains("NormalizedArticle");
    }

    @Test
    void enrichmentIsTriedAttemptsTimesThenTheRecordIsDeadLettered() {
        AtomicInteger calls = new AtomicInteger();
        Function<NormalizedArticle, ClassifiedArticle> flaky = a -> {
            calls.incrementAndGet();
            if (a.id().equals("always")) {
                throw new IllegalStateException("model broken");
            }
            if (a.id().equals("twice") && calls.get() <= 2) {
                throw new IllegalStateException("transient");
            }
            return ENRICH.apply(a);
        };
        new BatchClassifier(flaky, acknowledging(), deadLetters(), 3, Duration.ofSeconds(5))
                .classify(List.of(record("twice", 1), record("always", 2)));
        assertThat(sent).extracting(Sent::key).containsExactly("twice");
        assertThat(dead).singleElement().satisfies(d -> assertThat(d.reason()).contains("3 times", "model broken"));
        assertThat(calls).hasValue(3 + 3);
    }

    @Test
    void aDeadLetterKafkaRefusesFailsTheBatch() {
        BatchClassifier c = new BatchClassifier(a -> {
            throw new IllegalStateException("bad");
        }, acknowledging(), (r, reason, details) -> {
            throw new IllegalStateException("dead-letter write was not acknowledged");
        }, 1, Duration.ofSeconds(5));
        assertThatThrownBy(() -> c.classify(List.of(record("a", 1)))).hasMessageContaining("not acknowledged");
    }

    @Test
    void theProducerKeepsTheSharedDurabilitySettings() {
        Map<String, Object> c = ClassifiedProducer.config("127.0.0.1:9092", "all", true, 5_242_880, 5, 30_000);
        assertThat(c).containsEntry("acks", "all").containsEntry("enable.idempotence", true)
                .containsEntry("max.request.size", 5_242_880).containsEntry("linger.ms", 5);
        assertThat((int) c.get("request.timeout.ms") + (int) c.get("linger.ms")).isLessThanOrEqualTo((int) c.get("delivery.timeout.ms"));
    }

    @Test
    void anArticleKafkaRefusesForItselfIsDeadLetteredNotRetriedForEver() {
        // A record too large for news.classified can never be sent: retrying the batch would block the partition.
        new BatchClassifier(ENRICH, (k, v) -> new String(k, StandardCharsets.UTF_8).equals("b")
                ? CompletableFuture.failedFuture(new org.apache.kafka.common.errors.RecordTooLargeException("6000000 bytes"))
                : acknowledging().send(k, v), deadLetters(), 3, Duration.ofSeconds(5))
                .classify(List.of(record("a", 1), record("b", 2), record("c", 3)));
        assertThat(sent).extracting(Sent::key).containsExactly("a", "c");
        assertThat(dead).singleElement().satisfies(d -> {
            assertThat(d.record().offset()).isEqualTo(2);
            assertThat(d.reason()).isEqualTo("news.classified refused article b: RecordTooLargeException: 6000000 bytes");
        });
    }

    @Test
    void anyOtherRefusalStillFailsTheBatchForARetry() {
        BatchClassifier c = new BatchClassifier(ENRICH, (k, v) -> CompletableFuture.failedFuture(
                new org.apache.kafka.common.errors.NotEnoughReplicasException("1 of 3")), deadLetters(), 3, Duration.ofSeconds(5));
        assertThatThrownBy(() -> c.classify(List.of(record("a", 1)))).hasMessageContaining("news.classified did not acknowledge");
        assertThat(dead).isEmpty();
    }
}
