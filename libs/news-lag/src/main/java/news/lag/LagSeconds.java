package news.lag;

import java.time.Duration;
import java.time.Instant;

/**
 * How far behind a group is in time on one partition, and how that was found out.
 *
 * @param seconds    never negative, never NaN: 0 when caught up
 * @param method     how the figure was obtained
 * @param lowerBound true when the true figure is at least this (the record is older than every point observed)
 */
public record LagSeconds(double seconds, Method method, boolean lowerBound) {

    public enum Method {
        /** Caught up: nothing unconsumed, so 0 (not NaN, not the age of the last record). */
        CAUGHT_UP("caught-up"),
        /** Now minus the timestamp of the oldest unconsumed record (the record at the committed offset), read from the broker. */
        MEASURED("oldest-unconsumed-record-timestamp"),
        /** kafka-lag-exporter's way: when the log end passed the committed offset, interpolated from observed (log-end, time) points. */
        INTERPOLATED("interpolated-from-log-end-observations"),
        /** No figure could be had (no timestamped record and no observation history yet). */
        UNKNOWN("unknown");

        private final String label;

        Method(String label) {
            this.label = label;
        }

        /** The name used in the JSON and the terminal table. */
        public String label() {
            return label;
        }
    }

    public LagSeconds {
        if (Double.isNaN(seconds) || seconds < 0) {
            throw new IllegalArgumentException("seconds must be a non-negative number, was " + seconds);
        }
    }

    public static LagSeconds caughtUp() {
        return new LagSeconds(0, Method.CAUGHT_UP, false);
    }

    public static LagSeconds unknown() {
        return new LagSeconds(0, Method.UNKNOWN, false);
    }

    /** Age of the oldest unconsumed record; a timestamp in the future (clock skew) counts as 0. */
    public static LagSeconds measured(Instant oldestUnconsumedRecordTimestamp, Instant now) {
        return new LagSeconds(secondsBetween(oldestUnconsumedRecordTimestamp, now), Method.MEASURED, false);
    }

    static double secondsBetween(Instant from, Instant to) {
        return Math.max(0, Duration.between(from, to).toMillis() / 1000.0);
    }
}
