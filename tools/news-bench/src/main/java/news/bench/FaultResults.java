package news.bench;

import java.util.List;
import java.util.Map;

/** Everything one {@code ./news bench faults} run observed: what the table, the CSV and the plot show. */
public record FaultResults(
        String run,
        Setup setup,
        List<Outcome> faults,
        DeliveryCheck.ExactlyOnce exactlyOnce,
        List<DeliveryCheck.PoisonOutcome> poison,
        LagSeries lag,
        List<Progress> progress,
        Map<String, Long> failedAttempts,
        int neverAcknowledged,
        String pusherError) {

    /** Where and how it ran. */
    public record Setup(int cores, String instances, int articles, double rate, String loadBefore, String loadAfter,
                        double pushSeconds, double totalSeconds) {}

    /**
     * One fault: injected at {@code injectedAt} (s since the run began), undone at {@code restoredAt} (the process ready
     * again, the consumer resumed, the records produced); lag back to 0 at {@code zeroAt} (null: not within the recovery
     * timeout); the peak lag between; whether articles were still being pushed when it was injected.
     */
    public record Outcome(FaultSchedule.Fault fault, double injectedAt, double restoredAt, Double zeroAt, long peakLag,
                          double lagUnknownSeconds, boolean underLoad, String error) {
        /** Seconds from the injection until lag was back to 0; NaN when it was not. */
        public double secondsToZero() {
            return zeroAt == null ? Double.NaN : zeroAt - injectedAt;
        }

        public double secondsToRestore() {
            return restoredAt - injectedAt;
        }
    }

    /** The pusher at one moment: articles due by the schedule so far, and acknowledged (202) so far. */
    public record Progress(double t, long due, long acknowledged) {}

    /** Every guarantee held: nothing lost, nothing extra or twice, every poison record dead-lettered readably, lag back to 0. */
    public boolean allHold() {
        return pusherError == null && exactlyOnce.holds() && poison.stream().allMatch(DeliveryCheck.PoisonOutcome::holds)
                && neverAcknowledged == 0
                && faults.stream().allMatch(f -> f.zeroAt() != null && f.error() == null);
    }
}
