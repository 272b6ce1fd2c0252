package news.indexer;

import java.util.List;
import news.model.status.StatusEvent;

/** Where the indexer records the steps it took for each article ({@link StatusIndex}); best effort, never throws. */
interface StatusSink {
    void record(List<StatusEvent> events);

    StatusSink NONE = events -> { };
}
