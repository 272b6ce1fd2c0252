package news.normalizer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import news.model.ContentKind;
import news.model.EventCodec;
import news.model.NormalizedArticle;
import news.model.RawArticle;
import news.service.stream.ConsumedRecord;
import news.service.stream.DeadLetters;
import news.text.ArticleNormalizer;
import news.text.NearDuplicateIndex;
import org.junit.jupiter.api.Test;

/** The normalizer's batch logic without Kafka: asynchronous sends all acknowledged before it returns, replays, near-copies, dead letters. */
class BatchNormalizerTest {
    record Sent(String key, NormalizedArticle article) {}

    record Dead(ConsumedRecord record, String reason) {}

    private final List<Sent> sent = new CopyOnWriteArrayList<>();
    private final List<Dead> dead = new CopyOnWriteArrayList<>();
    private final NearDuplicateIndex duplicates = new NearDuplicateIndex(1000, 3, 200);
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    /** What the index knows: originals by fingerprint (another instance emitted them, or this one before a restart). */
    private final Map<String, String> indexedOriginals = new HashMap<>();
    private final AtomicInteger indexLookups = new AtomicInteger();
    private final NormalizerApplication.DuplicateLookup indexed = new NormalizerApplication.DuplicateLookup() {
        @Override
        public Optional<String> originalOf(String id, String simhash, int maxDistance) {
            return Optional.ofNullable(indexedOriginals.get(simhash)).filter(o -> !o.equals(id));
        }

        @Override
        public Map<String, String> originalsOf(List<NormalizerApplication.Probe> probes, int maxDistance) {
            indexLookups.incrementAndGet();
            return NormalizerApplication.DuplicateLookup.super.originalsOf(probes, maxDistance);
        }
    };
    private final DeadLetters deadLetters = (r, reason, details) -> dead.add(new Dead(r, reason));
    private long offset;

    private BatchNormalizer normalizer(BatchNormalizer.NormalizedSink sink) {
        return new BatchNormalizer(new ArticleNormalizer()::normalizeAll, duplicates, indexed, sink, deadLetters, meters, 3,
                Duration.ofSeconds(10));
    }

    private BatchNormalizer acknowledging() {
        return normalizer((key, value) -> {
            sent.add(new Sent(new String(key, StandardCharsets.UTF_8), EventCodec.decode(value, NormalizedArticle.class)));
            return CompletableFuture.completedFuture(null);
        });
    }

    private static String samplePage() throws Exception {
        return Files.readString(Path.of("../../infra/samples/004_de0a8777002d9ed1.txt"));
    }

    private ConsumedRecord page(String id, String source, String body) {
        RawArticle raw = new RawArticle(id, source, null, ContentKind.PAGE, "zh-Hans", null, body, RawArticle.TEXT_PLAIN,
                null, null, null, Instant.parse("2026-11-22T00:00:00Z"));
        return record(EventCodec.encode(raw));
    }

    private ConsumedRecord record(byte[] payload) {
        return new ConsumedRecord(null, payload, "news.raw", 3, offset++);
    }

    private List<String> sentIds() {
        return sent.stream().map(s -> s.article().id()).toList();
    }

    @Test
    void aPageBecomesOneKeyedEventPerArticle() throws Exception {
        acknowledging().normalize(List.of(page("sha256:page", "e2e", samplePage())));
        // Two articles and the photo printed on its own with its caption.
        assertThat(sentIds()).containsExactly("sha256:page#1", "sha256:page#2", "sha256:page#3");
        assertThat(sent).allSatisfy(s -> assertThat(s.key()).isEqualTo(s.article().id()));
        NormalizedArticle first = sent.getFirst().article();
        assertThat(first.headline()).isEqualTo("为乡村高质量发展注入强动力");
        assertThat(first.meta().pageId()).isEqualTo("sha256:page");
        assertThat(first.meta().pageOrder()).isEqualTo(1);
        assertThat(first.meta().reporters()).containsExactly("王金伟");
        assertThat(first.meta().simhash()).hasSize(16);
        assertThat(meters.counter("news.normalizer.articles").count()).isEqualTo(3);
        assertThat(indexLookups).as("one index lookup for the whole batch").hasValue(1);
    }

    @Test
    void anExactResendIsDroppedAsAReplayInTheNextBatchAndInTheSameBatch() throws Exception {
        BatchNormalizer n = acknowledging();
        n.normalize(List.of(page("sha256:page", "e2e", samplePage()), page("sha256:page", "e2e", samplePage())));
        assertThat(sent).hasSize(3);
        n.normalize(List.of(page("sha256:page", "e2e", samplePage())));
        assertThat(sent).hasSize(3);
        assertThat(meters.counter("news.normalizer.replays").count()).isEqualTo(6);
    }

    @Test
    void itReturnsOnlyOnceKafkaAcknowledgedEverySend() throws Exception {
        List<CompletableFuture<Object>> pending = new CopyOnWriteArrayList<>();
        BatchNormalizer n = normalizer((k, v) -> {
            CompletableFuture<Object> f = new CompletableFuture<>();
            pending.add(f);
            return f;
        });
        List<ConsumedRecord> batch = List.of(page("sha256:page", "e2e", samplePage()));
        AtomicBoolean returned = new AtomicBoolean();
        Thread consumer = Thread.ofPlatform().start(() -> {
            n.normalize(batch);
            returned.set(true);
        });
        while (pending.size() < 3) {
            Thread.sleep(5);
        }
        pending.get(1).complete(null);
        pending.get(2).complete(null);
        Thread.sleep(200);
        assertThat(returned).as("returned (and so committed) before the first article was acknowledged").isFalse();
        pending.get(0).complete(null);
        consumer.join(5_000);
        assertThat(returned).isTrue();
    }

    @Test
    void aRefusedSendFailsTheBatchAndItsRetrySendsEveryArticleAgain() throws Exception {
        AtomicInteger sends = new AtomicInteger();
        BatchNormalizer failingOnce = normalizer((k, v) -> sends.incrementAndGet() == 2
                ? CompletableFuture.failedFuture(new IllegalStateException("no ack"))
                : CompletableFuture.completedFuture(null));
        List<ConsumedRecord> batch = List.of(page("sha256:page", "e2e", samplePage()));
        assertThatThrownBy(() -> failingOnce.normalize(batch)).hasMessageContaining("news.normalized did not acknowledge")
                .hasMessageContaining("no ack");
        // Nothing of the failed batch was remembered: the retry (same records, the container's) sends all of it.
        acknowledging().normalize(batch);
        assertThat(sentIds()).containsExactly("sha256:page#1", "sha256:page#2", "sha256:page#3");
        assertThat(meters.counter("news.normalizer.replays").count()).isZero();
    }

    @Test
    void aNearCopyFromAnotherNewsroomIsLinkedInTheNextBatchAndInTheSameBatch() throws Exception {
        String body = samplePage();
        BatchNormalizer n = acknowledging();
        n.normalize(List.of(page("sha256:page", "e2e", body), page("sha256:same", "other", body.replaceFirst("日前", "近日"))));
        n.normalize(List.of(page("sha256:later", "third", body.replaceFirst("日前", "近日"))));
        Map<String, String> duplicateOf = new HashMap<>();
        sent.forEach(s -> duplicateOf.put(s.article().id(), String.valueOf(s.article().meta().duplicateOf())));
        assertThat(duplicateOf).containsEntry("sha256:page#1", "null")
                .containsEntry("sha256:same#1", "sha256:page#1")
                .containsEntry("sha256:later#1", "sha256:page#1");
    }

    /** Another instance emitted the original (or this one, before a restart): the index links the near-copy. */
    @Test
    void aNearCopyOfWhatAnotherInstanceEmittedIsLinkedThroughTheIndex() throws Exception {
        String body = samplePage();
        RawArticle original = new RawArticle("sha256:orig", "pyrb", null, ContentKind.PAGE, "zh-Hans", null,
                body, RawArticle.TEXT_PLAIN, null, null, null, Instant.now());
        for (NormalizedArticle a : new ArticleNormalizer().normalizeAll(original)) {
            indexedOriginals.put(a.meta().simhash(), a.id());
        }
        acknowledging().normalize(List.of(page("sha256:copy", "other", body))); // this instance's memory is empty
        NormalizedArticle first = sent.getFirst().article();
        assertThat(first.id()).isEqualTo("sha256:copy#1");
        assertThat(first.meta().duplicateOf()).isEqualTo("sha256:orig#1");
        assertThat(meters.counter("news.normalizer.duplicates").count()).isEqualTo(2.0);
    }

    @Test
    void poisonRecordsAreDeadLetteredWithAReasonNamingTheProblemAndTheOthersGoOn() throws Exception {
        ConsumedRecord empty = record("{}".getBytes(StandardCharsets.UTF_8));
        ConsumedRecord notJson = record("%PDF-1.7 not json".getBytes(StandardCharsets.UTF_8));
        ConsumedRecord good = page("sha256:page", "e2e", samplePage());
        ConsumedRecord badKind = record("{\"id\":\"x\",\"source\":\"s\",\"kind\":\"POEM\",\"body\":\"b\"}".getBytes(StandardCharsets.UTF_8));
        acknowledging().normalize(List.of(empty, notJson, good, badKind));
        assertThat(sent).hasSize(3);
        assertThat(dead).extracting(Dead::record).containsExactly(empty, notJson, badKind);
        assertThat(dead.get(0).reason()).isEqualTo("RawArticle event without required fields id, source, kind, body");
        assertThat(dead.get(1).reason()).startsWith("not a valid RawArticle event (JSON expected): ");
        assertThat(dead.get(2).reason()).startsWith("not a valid RawArticle event (field kind): ");
    }

    @Test
    void aRecordWhoseNormalizationKeepsFailingIsTriedThenDeadLettered() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        ArticleNormalizer real = new ArticleNormalizer();
        java.util.function.Function<RawArticle, List<NormalizedArticle>> broken = raw -> {
            if (raw.id().equals("bad")) {
                calls.incrementAndGet();
                throw new IllegalStateException("splitter broke");
            }
            return real.normalizeAll(raw);
        };
        List<Sent> out = new ArrayList<>();
        BatchNormalizer n = new BatchNormalizer(broken, duplicates, indexed, (k, v) -> {
            out.add(new Sent(new String(k, StandardCharsets.UTF_8), EventCodec.decode(v, NormalizedArticle.class)));
            return CompletableFuture.completedFuture(null);
        }, deadLetters, meters, 3, Duration.ofSeconds(5));
        n.normalize(List.of(page("bad", "e2e", samplePage()), page("sha256:page", "e2e", samplePage())));
        assertThat(calls).hasValue(3);
        assertThat(dead).singleElement().satisfies(d -> assertThat(d.reason())
                .isEqualTo("normalization failed 3 times: java.lang.IllegalStateException: splitter broke"));
        assertThat(out).hasSize(3);
    }

    @Test
    void anArticleKafkaRefusesForItselfDeadLettersItsRecordOnceAndTheBatchGoesOn() throws Exception {
        // Too large for news.normalized: no retry could ever send it, and retrying would block the partition.
        BatchNormalizer n = normalizer((k, v) -> new String(k, StandardCharsets.UTF_8).startsWith("sha256:big#")
                ? CompletableFuture.failedFuture(new org.apache.kafka.common.errors.RecordTooLargeException("too big"))
                : CompletableFuture.completedFuture(sent.add(new Sent(new String(k, StandardCharsets.UTF_8),
                        EventCodec.decode(v, NormalizedArticle.class)))));
        ConsumedRecord big = page("sha256:big", "e2e", samplePage());
        ConsumedRecord other = page("sha256:page", "e2e", samplePage().replace("濮阳", "安阳"));
        n.normalize(List.of(big, other));
        assertThat(sentIds()).containsExactly("sha256:page#1", "sha256:page#2", "sha256:page#3");
        assertThat(dead).singleElement().satisfies(d -> {
            assertThat(d.record()).isSameAs(big);
            assertThat(d.reason()).isEqualTo("news.normalized refused article sha256:big#1: RecordTooLargeException: too big");
        });
    }
}
