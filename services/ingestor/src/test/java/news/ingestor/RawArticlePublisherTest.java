package news.ingestor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.List;
import news.model.ContentKind;
import news.model.RawArticle;
import org.junit.jupiter.api.Test;
import org.springframework.cloud.stream.function.StreamBridge;

/** A batch is all-or-nothing: a record too large for Kafka is found before anything is sent. */
class RawArticlePublisherTest {
    private final StreamBridge bridge = mock(StreamBridge.class);

    private static RawArticle article(String id, int bodyChars) {
        return new RawArticle(id, "pyrb", null, ContentKind.ARTICLE, "zh-Hans", "标题", "字".repeat(bodyChars),
                RawArticle.TEXT_PLAIN, null, null, null, Instant.parse("2026-12-01T00:00:00Z"));
    }

    @Test
    void anArticleTooLargeForARecordStopsTheBatchBeforeTheFirstSend() {
        RawArticlePublisher publisher = new RawArticlePublisher(bridge, 64 * 1024, 4);
        List<RawArticle> batch = List.of(article("a", 10), article("b", 10), article("c", 30_000), article("d", 10));
        assertThatThrownBy(() -> publisher.publish(batch)).isInstanceOf(PayloadTooLargeException.class)
                .hasMessageContaining("article c is too large");
        verify(bridge, never()).send(any(String.class), any(Object.class));
    }

    @Test
    void everyArticleIsSentInOrderWhenAllFit() {
        when(bridge.send(eq(RawArticlePublisher.BINDING), any(Object.class))).thenReturn(true);
        RawArticlePublisher publisher = new RawArticlePublisher(bridge, 64 * 1024, 4);
        publisher.publish(List.of(article("a", 10), article("b", 10)));
        verify(bridge, org.mockito.Mockito.times(2)).send(eq(RawArticlePublisher.BINDING), any(Object.class));
        assertThat(RawArticlePublisher.RECORD_OVERHEAD).isLessThan(64 * 1024);
    }

    @Test
    void aBatchIsSentConcurrentlyAndAFailedSendFailsTheCallAfterAllFinished() throws Exception {
        java.util.concurrent.atomic.AtomicInteger inFlight = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicInteger maxInFlight = new java.util.concurrent.atomic.AtomicInteger();
        java.util.Set<String> sent = java.util.concurrent.ConcurrentHashMap.newKeySet();
        when(bridge.send(eq(RawArticlePublisher.BINDING), any(Object.class))).thenAnswer(inv -> {
            int now = inFlight.incrementAndGet();
            maxInFlight.accumulateAndGet(now, Math::max);
            Thread.sleep(20);
            inFlight.decrementAndGet();
            @SuppressWarnings("unchecked")
            org.springframework.messaging.Message<byte[]> m = (org.springframework.messaging.Message<byte[]>) inv.getArgument(1);
            String key = new String((byte[]) m.getHeaders().get(org.springframework.kafka.support.KafkaHeaders.KEY));
            sent.add(key);
            return !key.equals("a7"); // Kafka does not acknowledge one of them
        });
        RawArticlePublisher publisher = new RawArticlePublisher(bridge, 64 * 1024, 4);
        List<RawArticle> batch = java.util.stream.IntStream.range(0, 20).mapToObj(i -> article("a" + i, 10)).toList();
        assertThatThrownBy(() -> publisher.publish(batch)).isInstanceOf(KafkaUnavailableException.class);
        assertThat(sent).as("every send was made and awaited").hasSize(20);
        assertThat(maxInFlight.get()).isBetween(2, 4);
    }
}
