package news.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Consumer lag of the stage groups over a run, one sample per poll of the broker: committed offset against log-end
 * offset, summed over each group's input partitions. A poll that failed (the broker is down) is a sample with no
 * figures: lag unknown, never taken for 0.
 */
public final class LagSeries {
    /** One poll, {@code t} seconds after the run began; {@code lagByGroup} is null when the broker did not answer. */
    public record Sample(double t, Map<String, Long> lagByGroup) {
        public Sample {
            lagByGroup = lagByGroup == null ? null : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(lagByGroup));
        }

        public boolean known() {
            return lagByGroup != null;
        }

        /** Lag over every group, or -1 when unknown. */
        public long total() {
            return lagByGroup == null ? -1 : lagByGroup.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    private final List<Sample> samples = new ArrayList<>();

    public synchronized void add(double t, Map<String, Long> lagByGroup) {
        if (!samples.isEmpty() && t < samples.getLast().t()) {
            throw new IllegalArgumentException("samples out of order: " + t + " after " + samples.getLast().t());
        }
        samples.add(new Sample(t, lagByGroup));
    }

    public synchronized List<Sample> samples() {
        return List.copyOf(samples);
    }

    /**
     * The time of the first known sample at or after {@code from} whose total lag is 0: when every stage had caught up
     * after a fault (the fault's end is {@code from}: a lag of 0 while a consumer is still paused or a process still down
     * would say nothing). Empty when lag has not been back to 0 since.
     */
    public synchronized OptionalDouble zeroAt(double from) {
        for (Sample s : samples) {
            if (s.t() >= from && s.known() && s.total() == 0) {
                return OptionalDouble.of(s.t());
            }
        }
        return OptionalDouble.empty();
    }

    /** The largest total lag known in {@code [from, to]}, 0 when none is known. */
    public synchronized long peak(double from, double to) {
        long peak = 0;
        for (Sample s : samples) {
            if (s.t() >= from && s.t() <= to && s.known()) {
                peak = Math.max(peak, s.total());
            }
        }
        return peak;
    }

    /** Seconds in {@code [from, to]} during which the broker did not answer (sum of the gaps between unknown samples). */
    public synchronized double unknownSeconds(double from, double to) {
        double unknown = 0;
        for (int i = 1; i < samples.size(); i++) {
            Sample prev = samples.get(i - 1), s = samples.get(i);
            if (!s.known() && s.t() >= from && prev.t() <= to) {
                unknown += Math.min(s.t(), to) - Math.max(prev.t(), from);
            }
        }
        return Math.max(0, unknown);
    }
}
