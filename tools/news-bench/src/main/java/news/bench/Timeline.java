package news.bench;

import java.util.ArrayList;
import java.util.List;

/** Progress of one push: at each sample, how many articles were acknowledged by the ingestor and how many searchable. */
public final class Timeline {
    /** One observation, {@code t} seconds after the first article was sent. */
    public record Sample(double t, long acknowledged, long searchable) {}

    /** Rates at time {@code t}, over the window that ends there (articles/s). */
    public record Rate(double t, double acknowledged, double searchable) {}

    private final List<Sample> samples = new ArrayList<>();

    public synchronized void add(double t, long acknowledged, long searchable) {
        if (!samples.isEmpty() && t < samples.getLast().t()) {
            throw new IllegalArgumentException("samples out of order: " + t + " after " + samples.getLast().t());
        }
        samples.add(new Sample(t, acknowledged, searchable));
    }

    public synchronized List<Sample> samples() {
        return List.copyOf(samples);
    }

    /**
     * Throughput over time: for every sample at least {@code windowSeconds} after the start, the increase of each count
     * since the latest sample at least one window earlier, divided by the time between the two (so an uneven sampling
     * interval does not distort the rate). The start (t = 0, nothing sent) counts as a sample.
     */
    public synchronized List<Rate> rates(double windowSeconds) {
        List<Sample> all = new ArrayList<>();
        all.add(new Sample(0, 0, 0));
        all.addAll(samples);
        List<Rate> out = new ArrayList<>();
        int from = 0;
        for (int i = 1; i < all.size(); i++) {
            Sample s = all.get(i);
            if (s.t() < windowSeconds) {
                continue;
            }
            while (from + 1 < i && all.get(from + 1).t() <= s.t() - windowSeconds) {
                from++;
            }
            Sample p = all.get(from);
            double dt = s.t() - p.t();
            if (dt > 0) {
                out.add(new Rate(s.t(), (s.acknowledged() - p.acknowledged()) / dt, (s.searchable() - p.searchable()) / dt));
            }
        }
        return out;
    }
}
