package news.lag;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * A partition's observed (log-end offset, time) points, for interpolating lag in seconds the way kafka-lag-exporter
 * does. Only points where the log end moved are kept (plus the latest one), so an idle partition does not push the
 * useful history out, and the table holds at most {@code capacity} points.
 */
public final class LogEndHistory {

    /** One observation: at {@code at} the log ended at {@code logEndOffset}. */
    public record Point(Instant at, long logEndOffset) {}

    private final int capacity;
    private final Deque<Point> points = new ArrayDeque<>();

    public LogEndHistory(int capacity) {
        if (capacity < 2) {
            throw new IllegalArgumentException("capacity must be >= 2, was " + capacity);
        }
        this.capacity = capacity;
    }

    /** Adds an observation; observations must come in time order. */
    public synchronized void add(Instant at, long logEndOffset) {
        Point last = points.peekLast();
        if (last != null && at.isBefore(last.at())) {
            throw new IllegalArgumentException("observations must come in time order: " + at + " before " + last.at());
        }
        if (last != null && last.logEndOffset() == logEndOffset && points.size() >= 2) {
            Point latest = points.pollLast();
            Point previous = points.peekLast();
            if (previous.logEndOffset() == logEndOffset) {
                // a run of equal offsets: keep only its first and its latest point (the latest bounds the interpolation)
                points.addLast(new Point(at, logEndOffset));
                return;
            }
            points.addLast(latest);
        }
        points.addLast(new Point(at, logEndOffset));
        while (points.size() > capacity) {
            points.pollFirst();
        }
    }

    public synchronized List<Point> points() {
        return new ArrayList<>(points);
    }

    /**
     * Lag in seconds of a group whose next record to read is {@code position}: now minus the moment the log end passed
     * {@code position} (i.e. when the record at {@code position} was appended), interpolated linearly between the two
     * observations around that moment. If the record is older than the oldest point, the age of that point is a lower bound.
     */
    public synchronized LagSeconds lagSeconds(long position, long logEndNow, Instant now) {
        if (position >= logEndNow) {
            return LagSeconds.caughtUp();
        }
        if (points.isEmpty()) {
            return LagSeconds.unknown();
        }
        long target = position + 1; // the log end reached position + 1 when the record at position was appended
        Point previous = null;
        for (Point p : points) {
            if (p.logEndOffset() >= target) {
                if (previous == null) {
                    return new LagSeconds(LagSeconds.secondsBetween(p.at(), now), LagSeconds.Method.INTERPOLATED, true);
                }
                double fraction = (double) (target - previous.logEndOffset()) / (p.logEndOffset() - previous.logEndOffset());
                long millis = previous.at().toEpochMilli()
                        + Math.round(fraction * (p.at().toEpochMilli() - previous.at().toEpochMilli()));
                return new LagSeconds(LagSeconds.secondsBetween(Instant.ofEpochMilli(millis), now), LagSeconds.Method.INTERPOLATED, false);
            }
            previous = p;
        }
        // no observed log end reached the record yet: it was appended after the latest point, so all we know is >= 0
        return new LagSeconds(0, LagSeconds.Method.INTERPOLATED, true);
    }
}
