package news.lag;

import java.time.Instant;
import java.util.Objects;

/**
 * One poll of one partition for one consumer group: what the group has committed and where the log ends, at one moment.
 *
 * @param observedAt        when the offsets were read (committed offsets are read first, then the log ends)
 * @param committedOffset   the group's committed offset (the next record it will read), {@link #NO_COMMIT} if it never committed
 * @param logEndOffset      the partition's log-end offset (the offset the next produced record gets)
 * @param logStartOffset    the partition's first retained offset (where a group without a commit starts, auto.offset.reset=earliest)
 * @param ownedByLiveMember whether a live member of the group has the partition assigned right now
 */
public record OffsetObservation(Instant observedAt, long committedOffset, long logEndOffset, long logStartOffset,
                                boolean ownedByLiveMember) {

    /** The committed offset of a partition the group never committed on. */
    public static final long NO_COMMIT = -1;

    public OffsetObservation {
        Objects.requireNonNull(observedAt, "observedAt");
        if (committedOffset < NO_COMMIT) {
            throw new IllegalArgumentException("committedOffset must be >= 0 or NO_COMMIT, was " + committedOffset);
        }
        if (logStartOffset < 0 || logEndOffset < logStartOffset) {
            throw new IllegalArgumentException("need 0 <= logStartOffset <= logEndOffset, was " + logStartOffset + ", " + logEndOffset);
        }
    }

    public boolean hasCommit() {
        return committedOffset != NO_COMMIT;
    }

    /** The offset the group reads next: its commit, or the log start when it never committed. */
    public long position() {
        return hasCommit() ? committedOffset : logStartOffset;
    }

    /**
     * Records produced and not yet consumed, never negative: the committed offset is read before the log end, so a
     * consumer that commits between the two reads cannot make it negative, and Kafka's own tool clamps the same way.
     */
    public long lag() {
        return Math.max(0, logEndOffset - position());
    }
}
