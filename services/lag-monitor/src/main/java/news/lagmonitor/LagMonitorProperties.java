package news.lagmonitor;

import java.time.Duration;
import java.util.regex.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param bootstrap               Kafka bootstrap servers
 * @param pollInterval            time between two Admin API polls (one observation per partition each)
 * @param windowSize              observations in a partition's status window (Burrow's default: 10)
 * @param groupPattern            regex over group ids: which consumer groups to watch (all by default, discovered each poll)
 * @param measureRecordTimestamps read the oldest unconsumed record's timestamp for lag seconds (else interpolate)
 * @param history                 how long the lag view's chart history is kept in memory
 */
@ConfigurationProperties("news.lag")
public record LagMonitorProperties(
        @DefaultValue("127.0.0.1:9092") String bootstrap,
        @DefaultValue("5s") Duration pollInterval,
        @DefaultValue("10") int windowSize,
        @DefaultValue(".*") Pattern groupPattern,
        @DefaultValue("true") boolean measureRecordTimestamps,
        @DefaultValue("15m") Duration history) {

    public LagMonitorProperties {
        if (windowSize < 2) {
            throw new IllegalArgumentException("news.lag.window-size must be >= 2, was " + windowSize);
        }
        if (pollInterval.isNegative() || pollInterval.isZero()) {
            throw new IllegalArgumentException("news.lag.poll-interval must be positive, was " + pollInterval);
        }
    }

    /** The status window as a duration: how long a stopped consumer can go unflagged at most. */
    public Duration window() {
        return pollInterval.multipliedBy(windowSize);
    }
}
