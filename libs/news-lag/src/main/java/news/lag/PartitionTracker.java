package news.lag;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * The sliding window of one group's observations of one partition, and that partition's log-end history for
 * interpolated lag seconds. Thread-safe: a poller adds, HTTP requests read.
 */
public final class PartitionTracker {

    private final int windowSize;
    private final Deque<OffsetObservation> window = new ArrayDeque<>();
    private final LogEndHistory logEnds;

    public PartitionTracker(int windowSize, int historyPoints) {
        if (windowSize < 2) {
            throw new IllegalArgumentException("windowSize must be >= 2, was " + windowSize);
        }
        this.windowSize = windowSize;
        this.logEnds = new LogEndHistory(historyPoints);
    }

    public synchronized void add(OffsetObservation observation) {
        OffsetObservation last = window.peekLast();
        if (last != null && observation.observedAt().isBefore(last.observedAt())) {
            throw new IllegalArgumentException("observations must come in time order");
        }
        window.addLast(observation);
        while (window.size() > windowSize) {
            window.pollFirst();
        }
        logEnds.add(observation.observedAt(), observation.logEndOffset());
    }

    public synchronized List<OffsetObservation> window() {
        return new ArrayList<>(window);
    }

    public synchronized Evaluation evaluate() {
        return LagRules.evaluate(new ArrayList<>(window), windowSize);
    }

    /**
     * Lag in seconds at the latest observation: measured from the oldest unconsumed record's timestamp when the caller
     * could read it (null when not), else interpolated from the observed log ends.
     */
    public synchronized LagSeconds lagSeconds(Instant oldestUnconsumedRecordTimestamp, Instant now) {
        OffsetObservation last = window.peekLast();
        if (last == null) {
            return LagSeconds.unknown();
        }
        if (last.lag() == 0) {
            return LagSeconds.caughtUp();
        }
        if (oldestUnconsumedRecordTimestamp != null) {
            return LagSeconds.measured(oldestUnconsumedRecordTimestamp, now);
        }
        return logEnds.lagSeconds(last.position(), last.logEndOffset(), now);
    }
}
