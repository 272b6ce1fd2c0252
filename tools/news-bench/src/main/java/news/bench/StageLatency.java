package news.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * (e) broken down by stage: where each article's time from its send to the poll that found it searchable went. The
 * steps come from the article status index ({@code news-status}), which records each step with the timestamp of the
 * record that proves it — news.raw (the ingestor's send), news.normalized, news.classified (each stage's send) — and
 * the indexer's clock after its bulk was acknowledged. Each stage is the time from the step before: the ingestor's
 * (send → news.raw), the normalizer's (news.raw → news.normalized: its queue, its batch and its lookup), the
 * classifier's, the indexer's (news.classified → indexed) and the refresh and poll (indexed → found by a search).
 * Every process runs on the same machine, so the clocks are one.
 */
final class StageLatency {
    static final List<String> STAGES = List.of("ingestor (send → news.raw)", "normalizer", "classifier", "indexer",
            "refresh + poll");

    /** One article's steps, epoch milliseconds; absent steps leave the article out. */
    record Steps(long accepted, long normalized, long classified, long indexed) {}

    /** One stage over the articles whose every step was recorded. */
    record Stage(String name, int articles, double meanMs, double p50Ms, double p90Ms, double p99Ms) {}

    private StageLatency() {}

    /**
     * @param phaseStartEpochMs wall-clock time of the phase's start (samples' {@code sentSeconds} count from it)
     * @return one row per stage, empty when no sampled article has every step recorded
     */
    static List<Stage> of(List<Results.Latency.Sample> samples, double phaseStartEpochMs, Map<String, Steps> steps) {
        List<double[]> rows = new ArrayList<>();
        for (Results.Latency.Sample s : samples) {
            Steps t = steps.get(s.id());
            if (t == null) {
                continue;
            }
            double sent = phaseStartEpochMs + s.sentSeconds() * 1000, searchable = sent + s.searchableMs();
            rows.add(new double[] {t.accepted() - sent, t.normalized() - t.accepted(), t.classified() - t.normalized(),
                    t.indexed() - t.classified(), searchable - t.indexed()});
        }
        List<Stage> out = new ArrayList<>();
        if (rows.isEmpty()) {
            return out;
        }
        for (int k = 0; k < STAGES.size(); k++) {
            int stage = k;
            // Millisecond timestamps of different clocks' readings can cross by a millisecond or two: never below 0.
            double[] v = rows.stream().mapToDouble(r -> Math.max(0, r[stage])).sorted().toArray();
            out.add(new Stage(STAGES.get(k), v.length, Arrays.stream(v).average().orElse(0), percentile(v, 50),
                    percentile(v, 90), percentile(v, 99)));
        }
        return out;
    }

    /** Nearest rank of sorted values. */
    static double percentile(double[] sorted, double p) {
        int rank = (int) Math.ceil(p / 100 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }
}
