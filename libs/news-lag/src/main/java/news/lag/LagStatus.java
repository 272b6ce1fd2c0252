package news.lag;

import java.util.Collection;

/**
 * Burrow's status vocabulary, with Burrow's numeric codes (what {@code burrow_kafka_consumer_status} exports).
 * A partition is OK, WARN, STOP, STALL or REWIND; a group is OK, WARN or ERR (ERR as soon as one partition is
 * STOP, STALL or REWIND), or NOTFOUND when the broker does not know it.
 */
public enum LagStatus {
    NOTFOUND(0),
    /** Caught up, or consuming and the lag is going down at least once in the window. */
    OK(1),
    /** Consuming (the committed offset moves) but the lag never decreases over the window: falling behind. */
    WARN(2),
    /** Group only: at least one partition is STOP, STALL or REWIND. */
    ERR(3),
    /** Lag and nobody consuming: the committed offset did not move over the window and no live member owns the partition. */
    STOP(4),
    /** Lag and a live member owns the partition, but its committed offset did not move over the window. */
    STALL(5),
    /** The committed offset went backwards within the window (a reset or a replay). */
    REWIND(6);

    private final int code;

    LagStatus(int code) {
        this.code = code;
    }

    /** Burrow's number for the status (NOTFOUND 0, OK 1, WARN 2, ERR 3, STOP 4, STALL 5, REWIND 6). */
    public int code() {
        return code;
    }

    /** True for the partition statuses that make a group ERR. */
    public boolean isError() {
        return this == ERR || this == STOP || this == STALL || this == REWIND;
    }

    /** A group's status from its partitions' statuses: ERR if any is an error, else WARN if any warns, else OK. */
    public static LagStatus ofGroup(Collection<LagStatus> partitionStatuses) {
        if (partitionStatuses.isEmpty()) {
            return OK;
        }
        if (partitionStatuses.stream().anyMatch(LagStatus::isError)) {
            return ERR;
        }
        return partitionStatuses.contains(WARN) ? WARN : OK;
    }
}
