package news.indexer;

import jakarta.annotation.PreDestroy;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import news.model.status.StatusEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Component;

/**
 * The indexer's own steps (indexed, stale, withheld, canceled) written to the status index by one background thread,
 * so that the next batch's bulk does not wait for the last batch's status write (a round trip to Elasticsearch per
 * batch, on the path every article takes to search). Status is best effort beside the news (see {@link StatusIndex}):
 * what a crash leaves unwritten is what a failed status write leaves. Writes keep their order; when
 * {@link #QUEUED_BATCHES} are waiting, the indexer writes the next one itself (back-pressure, nothing dropped); at
 * shutdown the queue is written out before the process ends.
 */
@Component
@Primary
class BackgroundStatusSink implements StatusSink {
    private static final Logger log = LoggerFactory.getLogger(BackgroundStatusSink.class);
    static final int QUEUED_BATCHES = 32;

    private final StatusSink target;
    private final ThreadPoolExecutor writer;

    @org.springframework.beans.factory.annotation.Autowired
    BackgroundStatusSink(StatusIndex target, StatusProperties properties) {
        this(properties.enabled() ? target : StatusSink.NONE);
    }

    BackgroundStatusSink(StatusSink target) {
        this.target = target;
        this.writer = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(QUEUED_BATCHES),
                Thread.ofPlatform().name("status-writer").daemon(true).factory(), new ThreadPoolExecutor.CallerRunsPolicy());
    }

    @Override
    public void record(List<StatusEvent> events) {
        if (!events.isEmpty()) {
            writer.execute(() -> target.record(events));
        }
    }

    @PreDestroy
    void close() throws InterruptedException {
        writer.shutdown();
        if (!writer.awaitTermination(30, TimeUnit.SECONDS)) {
            log.warn("status writes still queued at shutdown batches={}", writer.getQueue().size());
        }
    }
}
