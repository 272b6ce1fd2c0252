package news.lag;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class PartitionTrackerTest {

    static final Instant T0 = Instant.parse("2026-11-22T08:00:00Z");

    @Test
    void keepsOnlyTheWindowAndJudgesIt() {
        PartitionTracker t = new PartitionTracker(3, 16);
        for (int i = 0; i < 6; i++) t.add(new OffsetObservation(T0.plusSeconds(i), 10, 20 + i, 0, false));
        assertThat(t.window()).hasSize(3).extracting(OffsetObservation::logEndOffset).containsExactly(23L, 24L, 25L);
        assertThat(t.evaluate().status()).isEqualTo(LagStatus.STOP);
    }

    @Test
    void lagSecondsPrefersTheMeasuredRecordTimestamp() {
        PartitionTracker t = new PartitionTracker(3, 16);
        t.add(new OffsetObservation(T0, 10, 20, 0, true));
        LagSeconds s = t.lagSeconds(T0.minusSeconds(7), T0);
        assertThat(s).isEqualTo(new LagSeconds(7.0, LagSeconds.Method.MEASURED, false));
    }

    @Test
    void lagSecondsFallsBackToInterpolation() {
        PartitionTracker t = new PartitionTracker(3, 16);
        t.add(new OffsetObservation(T0, 10, 10, 0, true));
        t.add(new OffsetObservation(T0.plusSeconds(10), 10, 30, 0, true));
        LagSeconds s = t.lagSeconds(null, T0.plusSeconds(10));
        assertThat(s.method()).isEqualTo(LagSeconds.Method.INTERPOLATED);
        assertThat(s.seconds()).isEqualTo(9.5); // end 11 reached at T0 + 0.5 s
    }

    @Test
    void caughtUpIsZeroEvenWithAnOldRecordTimestamp() {
        PartitionTracker t = new PartitionTracker(3, 16);
        t.add(new OffsetObservation(T0, 30, 30, 0, true));
        assertThat(t.lagSeconds(T0.minusSeconds(3600), T0)).isEqualTo(LagSeconds.caughtUp());
    }

    @Test
    void observationLagCountsFromTheLogStartWithoutACommitAndNeverGoesNegative() {
        assertThat(new OffsetObservation(T0, OffsetObservation.NO_COMMIT, 50, 20, false).lag()).isEqualTo(30);
        assertThat(new OffsetObservation(T0, 60, 50, 0, true).lag()).isZero();
    }
}
