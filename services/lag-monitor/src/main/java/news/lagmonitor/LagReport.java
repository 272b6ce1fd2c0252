package news.lagmonitor;

import java.time.Instant;
import java.util.List;

/**
 * What {@code GET /api/v1/lag} answers: every watched group with every partition, and the total over all groups.
 *
 * @param poll              number of the successful poll these figures come from (1, 2, …; 0 before the first)
 * @param observedAt        when the offsets were read (null before the first successful poll)
 * @param stale             true when the latest poll failed and these are the figures of an earlier one
 * @param lastError         why the latest poll failed, null when it worked
 * @param pollIntervalSeconds time between polls
 * @param windowSize        observations in the status window
 * @param windowSeconds     the status window as time (a stopped consumer is flagged within this)
 * @param totalLag          lag in messages over all groups and partitions
 * @param lagSecondsMethod  how lag seconds are found, in words
 */
public record LagReport(long poll, Instant observedAt, boolean stale, String lastError, double pollIntervalSeconds, int windowSize,
                        double windowSeconds, long totalLag, String lagSecondsMethod, List<GroupLag> groups) {

    /**
     * @param status        OK, WARN or ERR (ERR when a partition is STOP, STALL or REWIND), Burrow's group vocabulary
     * @param statusCode    Burrow's number for it (OK 1, WARN 2, ERR 3)
     * @param state         the broker's group state (Stable, Empty, PreparingRebalance, ...)
     * @param totalLag      sum of the partitions' lag in messages
     * @param maxLag        the largest partition lag
     * @param maxLagSeconds the largest partition lag in seconds
     * @param worstPartition the partition with the worst status (then the largest lag), null when the group has none
     */
    public record GroupLag(String group, String status, int statusCode, String state, int members, long totalLag, long maxLag,
                           double maxLagSeconds, String worstPartition, List<PartitionLag> partitions) {}

    /**
     * @param committedOffset   null when the group never committed on this partition (its lag then counts from the log start)
     * @param lagSeconds        0 when caught up (never NaN)
     * @param lagSecondsMethod  caught-up | oldest-unconsumed-record-timestamp | interpolated-from-log-end-observations | unknown
     * @param lagSecondsLowerBound true when the real figure is at least lagSeconds (record older than the observed history)
     * @param owner             client id of the live member that has the partition assigned, null when none
     * @param windowComplete    false until the window holds windowSize observations (not judged yet)
     * @param reason            why this status, in words
     */
    public record PartitionLag(String topic, int partition, Long committedOffset, long logEndOffset, long logStartOffset,
                               long lag, double lagSeconds, String lagSecondsMethod, boolean lagSecondsLowerBound,
                               String status, int statusCode, boolean windowComplete, String owner, String reason) {}

    /** One point of the lag view's chart: each group's total lag and max lag seconds at one poll. */
    public record HistoryPoint(Instant at, java.util.Map<String, Long> lagByGroup, java.util.Map<String, Double> lagSecondsByGroup) {}
}
