package news.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StageLatencyTest {
    private static final double START = 1_800_000_000_000.0;

    @Test
    void eachStageIsTheTimeFromTheStepBeforeAndTheyAddUpToTheLatency() {
        List<Results.Latency.Sample> samples = new ArrayList<>();
        Map<String, StageLatency.Steps> steps = new HashMap<>();
        for (int i = 0; i < 100; i++) {
            // sent at START + i s; 10 ms to news.raw, 20 + i normalizer, 30 classifier, 40 indexer, then 400 to searchable
            double sentMs = START + i * 1000.0;
            long raw = (long) sentMs + 10, normalized = raw + 20 + i, classified = normalized + 30, indexed = classified + 40;
            samples.add(new Results.Latency.Sample("a" + i, i, 5, 10 + 20 + i + 30 + 40 + 400));
            steps.put("a" + i, new StageLatency.Steps(raw, normalized, classified, indexed));
        }
        samples.add(new Results.Latency.Sample("no-status", 0, 5, 9_999)); // no steps recorded: left out
        List<StageLatency.Stage> stages = StageLatency.of(samples, START, steps);

        assertThat(stages).extracting(StageLatency.Stage::name).containsExactlyElementsOf(StageLatency.STAGES);
        assertThat(stages).allSatisfy(s -> assertThat(s.articles()).isEqualTo(100));
        assertThat(stages.get(0).p50Ms()).isEqualTo(10);
        StageLatency.Stage normalizer = stages.get(1);
        assertThat(normalizer.p50Ms()).isEqualTo(69); // 20 + 49: the 50th of 20..119
        assertThat(normalizer.p99Ms()).isEqualTo(118);
        assertThat(normalizer.meanMs()).isEqualTo(69.5);
        assertThat(stages.get(4).p90Ms()).isEqualTo(400);
    }

    @Test
    void clocksThatCrossByAMillisecondNeverMakeAStageNegativeAndNoStatusMeansNoRows() {
        List<Results.Latency.Sample> samples = List.of(new Results.Latency.Sample("a", 0, 1, 100));
        Map<String, StageLatency.Steps> steps = Map.of("a", new StageLatency.Steps((long) START - 1, (long) START + 10,
                (long) START + 20, (long) START + 30));
        assertThat(StageLatency.of(samples, START, steps).getFirst().p50Ms()).isZero();
        assertThat(StageLatency.of(samples, START, Map.of())).isEmpty();
    }
}
