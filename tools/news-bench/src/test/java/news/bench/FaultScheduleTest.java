package news.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FaultScheduleTest {
    static FaultSchedule.Options options(Set<String> skip) {
        return new FaultSchedule.Options(60, 10, 30, "classifier-2", "normalizer", 500, skip);
    }

    @Test
    void everyInstanceOfEveryStageIsKilledThenTheIngestorSearchAndBrokerInTurn() {
        List<FaultSchedule.Fault> s = FaultSchedule.of(2, 6, options(Set.of()));
        assertThat(s).extracting(FaultSchedule.Fault::name).containsExactly(
                "kill normalizer", "kill normalizer-2", "kill classifier", "kill classifier-2", "kill indexer", "kill indexer-2",
                "kill ingestor", "kill search, down 60 s", "kill kafka, down 10 s", "pause classifier-2 30 s",
                "add normalizer-3", "remove normalizer-3",
                "4 poison → news.raw", "2 poison → news.normalized", "2 poison → news.classified", "resend 500");
        assertThat(s.get(7)).isEqualTo(new FaultSchedule.Fault(FaultSchedule.Kind.KILL, "search", 60, 0));
        assertThat(s.get(9).kind()).isEqualTo(FaultSchedule.Kind.PAUSE);
        assertThat(s.get(15)).isEqualTo(new FaultSchedule.Fault(FaultSchedule.Kind.RESEND, "ingestor", 0, 500));
    }

    @Test
    void threeInstancesAreThreeKillsPerStageAndTheRebalanceAddsTheFourth() {
        List<FaultSchedule.Fault> s = FaultSchedule.of(3, 6, options(Set.of("ingestor", "search", "broker", "pause", "poison", "resend")));
        assertThat(s).extracting(FaultSchedule.Fault::target).containsExactly("normalizer", "normalizer-2", "normalizer-3",
                "classifier", "classifier-2", "classifier-3", "indexer", "indexer-2", "indexer-3", "normalizer-4", "normalizer-4");
    }

    @Test
    void skippedGroupsAreLeftOutAndUnknownOnesRefused() {
        assertThat(FaultSchedule.of(1, 6, options(Set.of("stages", "search", "broker", "pause", "rebalance", "poison", "resend"))))
                .extracting(FaultSchedule.Fault::name).containsExactly("kill ingestor");
        assertThatThrownBy(() -> options(Set.of("network"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown fault group 'network'");
    }

    @Test
    void theRebalanceNeedsAPartitionToSpareAndInstancesMustFitThePartitions() {
        assertThatThrownBy(() -> FaultSchedule.of(6, 6, options(Set.of()))).hasMessageContaining("below the partition count");
        assertThat(FaultSchedule.of(6, 6, options(Set.of("rebalance")))).hasSize(6 * 3 + 4 + 3 + 1);
        assertThatThrownBy(() -> FaultSchedule.of(7, 6, options(Set.of()))).hasMessageContaining("1..6");
        assertThatThrownBy(() -> FaultSchedule.of(0, 6, options(Set.of()))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void poisonGoesToTheDeadLetterTopicOfTheStageThatConsumesIt() {
        assertThat(PoisonRecords.DEAD_LETTER_TOPIC).containsExactlyInAnyOrderEntriesOf(Map.of("news.raw", "news.raw.dlq",
                "news.normalized", "news.normalized.dlq", "news.classified", "news.classified.dlq"));
        assertThat(PoisonRecords.forTopic("news.raw")).hasSize(4);
        assertThat(PoisonRecords.forTopic("news.classified")).extracting(PoisonRecords.Poison::kind)
                .containsExactly("{} (every field missing)", "JSON cut off");
        assertThatThrownBy(() -> PoisonRecords.forTopic("news.raw.dlq")).hasMessageContaining("no dead-letter topic");
    }

    @Test
    void argumentsAreCheckedWithMessagesNamingTheProblem() {
        assertThat(FaultBenchmark.arguments(new String[0])).containsEntry("articles", "10000").containsEntry("instances", "2")
                .containsEntry("rate", "25").containsEntry("pause-target", "classifier-2");
        assertThat(FaultBenchmark.arguments(new String[] {"instances=3"})).containsEntry("pause-target", "classifier-3");
        assertThatThrownBy(() -> FaultBenchmark.arguments(new String[] {"rate=fast"})).hasMessageContaining("rate must be");
        assertThatThrownBy(() -> FaultBenchmark.arguments(new String[] {"articles=0"})).hasMessageContaining("articles must be at least 1");
        assertThatThrownBy(() -> FaultBenchmark.arguments(new String[] {"resend=20", "articles=10"})).hasMessageContaining("cannot exceed");
        assertThatThrownBy(() -> FaultBenchmark.arguments(new String[] {"rebalance=gateway"})).hasMessageContaining("rebalance must be");
        assertThatThrownBy(() -> FaultBenchmark.arguments(new String[] {"skip=search,disk"})).hasMessageContaining("'disk'");
        assertThatThrownBy(() -> FaultBenchmark.arguments(new String[] {"faults=all"})).hasMessageContaining("unknown argument 'faults=all'");
    }
}
