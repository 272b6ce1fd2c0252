package news.lag;

import java.time.Duration;
import java.util.List;

/**
 * Burrow's evaluation rules on a sliding window of offset observations (oldest first), adapted to what the Kafka
 * Admin API shows. Burrow reads every commit from {@code __consumer_offsets} and so can tell "no commits" (STOP) from
 * "commits of the same offset" (STALL); the Admin API gives only the latest committed offset, so here the difference
 * is made by the group's membership: a partition whose offset does not move is STALL while a live member owns it
 * (the consumer is there but stuck or paused) and STOP when nobody does (the consumer is gone).
 *
 * <p>In order, for the newest observation's lag L:
 * <ol>
 *   <li>L = 0: OK. A caught-up partition is never in trouble, however long ago its last commit or last record was:
 *       no traffic is not a stuck consumer (Burrow's false STOP on idle partitions).</li>
 *   <li>Window not yet full: OK, marked incomplete (not judged yet).</li>
 *   <li>Offset unchanged over the whole window and nobody owns the partition: STOP.</li>
 *   <li>If the lag was above zero at every observation of the window (else OK: it was caught up within the window):
 *     <ul>
 *       <li>the committed offset went back between two observations: REWIND;</li>
 *       <li>the committed offset did not move over the window: STALL (a live member owns it, else rule 3 applied);</li>
 *       <li>the offset moved but the lag never decreased between two observations: WARN;</li>
 *       <li>else OK.</li>
 *     </ul></li>
 * </ol>
 * An idle partition that still has lag is not idle for its consumer: a backlog nobody reads is STOP, one a member sits
 * on is STALL.
 */
public final class LagRules {

    private LagRules() {}

    /**
     * @param window     the partition's observations, oldest first (at most {@code windowSize} are used: the newest)
     * @param windowSize the number of observations a full window holds (Burrow's default is 10)
     */
    public static Evaluation evaluate(List<OffsetObservation> window, int windowSize) {
        if (windowSize < 2) {
            throw new IllegalArgumentException("windowSize must be >= 2, was " + windowSize);
        }
        if (window.isEmpty()) {
            return new Evaluation(LagStatus.OK, false, "no observations yet");
        }
        List<OffsetObservation> w = window.size() > windowSize ? window.subList(window.size() - windowSize, window.size()) : window;
        OffsetObservation first = w.getFirst();
        OffsetObservation last = w.getLast();
        boolean complete = w.size() == windowSize;
        if (last.lag() == 0) {
            return new Evaluation(LagStatus.OK, complete, "caught up (lag 0)");
        }
        if (!complete) {
            return new Evaluation(LagStatus.OK, false,
                    "lag " + last.lag() + "; not judged until the window holds " + windowSize + " observations (" + w.size() + " so far)");
        }
        String span = w.size() + " observations (" + seconds(first, last) + ")";
        boolean offsetUnchanged = w.stream().allMatch(o -> o.position() == first.position());
        if (offsetUnchanged && !last.ownedByLiveMember()) {
            return new Evaluation(LagStatus.STOP, true, "committed offset " + describePosition(last) + " unchanged over " + span
                    + ", lag " + last.lag() + ", no live member owns the partition");
        }
        if (w.stream().anyMatch(o -> o.lag() == 0)) {
            return new Evaluation(LagStatus.OK, true, "lag " + last.lag() + ", caught up within the window");
        }
        for (int i = 1; i < w.size(); i++) {
            if (w.get(i).position() < w.get(i - 1).position()) {
                return new Evaluation(LagStatus.REWIND, true, "committed offset went back from " + w.get(i - 1).position()
                        + " to " + w.get(i).position() + " within " + span);
            }
        }
        if (offsetUnchanged) {
            return new Evaluation(LagStatus.STALL, true, "committed offset " + describePosition(last) + " unchanged over " + span
                    + ", lag " + first.lag() + " -> " + last.lag() + ", although a live member owns the partition");
        }
        boolean lagNeverDecreased = true;
        for (int i = 1; i < w.size(); i++) {
            if (w.get(i).lag() < w.get(i - 1).lag()) {
                lagNeverDecreased = false;
                break;
            }
        }
        if (lagNeverDecreased) {
            return new Evaluation(LagStatus.WARN, true, "consuming (offset " + first.position() + " -> " + last.position()
                    + ") but lag never decreased over " + span + ": " + first.lag() + " -> " + last.lag());
        }
        return new Evaluation(LagStatus.OK, true, "consuming, lag " + last.lag() + " decreased within the window");
    }

    private static String describePosition(OffsetObservation o) {
        return o.hasCommit() ? String.valueOf(o.committedOffset()) : "none (log start " + o.logStartOffset() + ")";
    }

    private static String seconds(OffsetObservation first, OffsetObservation last) {
        Duration d = Duration.between(first.observedAt(), last.observedAt());
        return String.format(java.util.Locale.ROOT, "%.1f s", d.toMillis() / 1000.0);
    }
}
