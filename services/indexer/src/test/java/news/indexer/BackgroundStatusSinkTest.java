package news.indexer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import news.model.status.ArticleState;
import news.model.status.StatusEvent;
import org.junit.jupiter.api.Test;

class BackgroundStatusSinkTest {
    private static List<StatusEvent> batch(String id) {
        return List.of(new StatusEvent(id, "pyrb", "article", null, ArticleState.INDEXED, Instant.EPOCH, 1L, null, null));
    }

    @Test
    void theIndexerDoesNotWaitForTheStatusWriteAndWritesKeepTheirOrder() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        List<String> written = new CopyOnWriteArrayList<>();
        BackgroundStatusSink sink = new BackgroundStatusSink((StatusSink) events -> {
            try {
                release.await(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            written.add(events.getFirst().articleId());
        });
        long started = System.nanoTime();
        sink.record(batch("a"));
        sink.record(batch("b"));
        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started)).as("returned without waiting").isLessThan(1_000);
        assertThat(written).isEmpty();
        release.countDown();
        sink.close(); // shutdown writes out what is queued
        assertThat(written).containsExactly("a", "b");
    }

    @Test
    void aFullQueueMakesTheCallerWriteNothingIsDropped() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        List<String> written = new CopyOnWriteArrayList<>();
        BackgroundStatusSink sink = new BackgroundStatusSink((StatusSink) events -> {
            if (!Thread.currentThread().getName().equals("status-writer")) {
                written.add("caller:" + events.getFirst().articleId());
                release.countDown();
                return;
            }
            try {
                release.await(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            written.add(events.getFirst().articleId());
        });
        int total = BackgroundStatusSink.QUEUED_BATCHES + 2; // one running, QUEUED_BATCHES waiting, one more
        for (int i = 0; i < total; i++) {
            sink.record(batch("x" + i));
        }
        sink.close();
        assertThat(written).hasSize(total).contains("caller:x" + (total - 1));
    }
}
