package news.normalizer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import news.model.ContentKind;
import news.model.EventCodec;
import news.model.NormalizedArticle;
import news.model.RawArticle;
import news.text.ArticleNormalizer;
import news.text.NearDuplicateIndex;
import org.junit.jupiter.api.Test;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;

/** The normalizer's consumer without Kafka: one synchronous send per article, failures propagate, replays dropped. */
class NormalizeConsumerTest {
    private final StreamBridge bridge = mock(StreamBridge.class);
    private final List<Message<byte[]>> sent = new ArrayList<>();
    private final NearDuplicateIndex duplicates = new NearDuplicateIndex(1000, 3, 200);
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    /** What the index knows: originals by fingerprint (another instance emitted them, or this one before a restart). */
    private final java.util.Map<String, String> indexedOriginals = new java.util.HashMap<>();
    private final NormalizerApplication.DuplicateLookup indexed =
            (id, simhash, maxDistance) -> java.util.Optional.ofNullable(indexedOriginals.get(simhash)).filter(o -> !o.equals(id));
    private final Consumer<Message<byte[]>> normalize =
            new NormalizerApplication().normalize(new ArticleNormalizer(), duplicates, indexed, bridge, meters);

    @SuppressWarnings("unchecked")
    private void bridgeAccepts() {
        when(bridge.send(eq(NormalizerApplication.OUTPUT), any(Object.class))).thenAnswer(inv -> {
            sent.add((Message<byte[]>) inv.getArgument(1));
            return true;
        });
    }

    private static Message<byte[]> page(String file) throws Exception {
        Path path = Path.of("../../infra/samples", file);
        RawArticle raw = new RawArticle("sha256:page", "e2e", null, ContentKind.PAGE, "zh-Hans", null,
                Files.readString(path), RawArticle.TEXT_PLAIN, null, null, null, Instant.parse("2026-11-22T00:00:00Z"));
        return MessageBuilder.withPayload(EventCodec.encode(raw)).build();
    }

    @Test
    void aPageBecomesOneKeyedEventPerArticle() throws Exception {
        bridgeAccepts();
        normalize.accept(page("004_de0a8777002d9ed1.txt"));
        // Two articles and the photo printed on its own with its caption.
        assertThat(sent).hasSize(3);
        NormalizedArticle first = EventCodec.decode(sent.get(0).getPayload(), NormalizedArticle.class);
        assertThat(first.id()).isEqualTo("sha256:page#1");
        assertThat(new String((byte[]) sent.get(0).getHeaders().get(KafkaHeaders.KEY), StandardCharsets.UTF_8))
                .isEqualTo("sha256:page#1");
        assertThat(first.headline()).isEqualTo("为乡村高质量发展注入强动力");
        assertThat(first.meta().pageId()).isEqualTo("sha256:page");
        assertThat(first.meta().pageOrder()).isEqualTo(1);
        assertThat(first.meta().reporters()).containsExactly("王金伟");
        assertThat(first.meta().simhash()).hasSize(16);
    }

    @Test
    void anExactResendIsDroppedAsAReplay() throws Exception {
        bridgeAccepts();
        normalize.accept(page("004_de0a8777002d9ed1.txt"));
        normalize.accept(page("004_de0a8777002d9ed1.txt"));
        assertThat(sent).hasSize(3);
        assertThat(meters.counter("news.normalizer.replays").count()).isEqualTo(3);
    }

    @Test
    void aFailedSendFailsThePageAndTheRetrySendsWhatWasNotSent() throws Exception {
        // Second article's send is refused: the exception reaches the binder (retry, then news.raw.dlq).
        when(bridge.send(eq(NormalizerApplication.OUTPUT), any(Object.class))).thenReturn(true).thenReturn(false);
        assertThatThrownBy(() -> normalize.accept(page("004_de0a8777002d9ed1.txt")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("sha256:page#2");
        // On retry the first article (already acknowledged) is a replay; the second and the photo are sent.
        sent.clear();
        bridgeAccepts();
        normalize.accept(page("004_de0a8777002d9ed1.txt"));
        assertThat(sent).extracting(m -> EventCodec.decode(m.getPayload(), NormalizedArticle.class).id())
                .containsExactly("sha256:page#2", "sha256:page#3");
    }

    @Test
    void aNearCopyFromAnotherNewsroomIsLinked() throws Exception {
        bridgeAccepts();
        normalize.accept(page("004_de0a8777002d9ed1.txt"));
        String body = Files.readString(Path.of("../../infra/samples/004_de0a8777002d9ed1.txt"));
        RawArticle copy = new RawArticle("sha256:other", "other", null, ContentKind.PAGE, "zh-Hans", null,
                body.replaceFirst("日前", "近日"), RawArticle.TEXT_PLAIN, null, null, null, Instant.now());
        normalize.accept(MessageBuilder.withPayload(EventCodec.encode(copy)).build());
        NormalizedArticle linked = EventCodec.decode(sent.get(3).getPayload(), NormalizedArticle.class);
        assertThat(linked.id()).isEqualTo("sha256:other#1");
        assertThat(linked.meta().duplicateOf()).isEqualTo("sha256:page#1");
    }

    /** Another instance emitted the original (or this one, before a restart): the index links the near-copy. */
    @Test
    void aNearCopyOfWhatAnotherInstanceEmittedIsLinkedThroughTheIndex() throws Exception {
        String body = Files.readString(Path.of("../../infra/samples/004_de0a8777002d9ed1.txt"));
        RawArticle original = new RawArticle("sha256:orig", "pyrb", null, ContentKind.PAGE, "zh-Hans", null,
                body, RawArticle.TEXT_PLAIN, null, null, null, Instant.now());
        // what the indexer wrote for the other instance's articles: their fingerprints
        for (NormalizedArticle a : new ArticleNormalizer().normalizeAll(original)) {
            indexedOriginals.put(a.meta().simhash(), a.id());
        }
        bridgeAccepts();
        RawArticle copy = new RawArticle("sha256:copy", "other", null, ContentKind.PAGE, "zh-Hans", null,
                body, RawArticle.TEXT_PLAIN, null, null, null, Instant.now());
        normalize.accept(MessageBuilder.withPayload(EventCodec.encode(copy)).build()); // this instance's memory is empty
        NormalizedArticle first = EventCodec.decode(sent.get(0).getPayload(), NormalizedArticle.class);
        assertThat(first.id()).isEqualTo("sha256:copy#1");
        assertThat(first.meta().duplicateOf()).isEqualTo("sha256:orig#1");
        assertThat(meters.counter("news.normalizer.duplicates").count()).isEqualTo(2.0);
    }

    /** The binder dead-letters what the function throws, with its message as the reason a person reads. */
    @Test
    void anEmptyRecordFailsNamingTheMissingFieldsNotWithANullPointer() {
        assertThatThrownBy(() -> normalize.accept(MessageBuilder.withPayload("{}".getBytes(StandardCharsets.UTF_8)).build()))
                .isInstanceOf(news.model.InvalidEventException.class)
                .hasMessage("RawArticle event without required fields id, source, kind, body");
        assertThat(sent).isEmpty();
    }
}
