package news.lag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Synthetic offset series, one per rule: what a monitoring team expects to see for each situation. */
class LagRulesTest {

    static final Instant T0 = Instant.parse("2026-11-22T08:00:00Z");
    static final int WINDOW = 5;

    /** Builds a series of observations 5 s apart: each call adds one poll. */
    static final class Series {
        final List<OffsetObservation> points = new ArrayList<>();

        Series poll(long committed, long logEnd, boolean owned) {
            points.add(new OffsetObservation(T0.plusSeconds(5L * points.size()), committed, logEnd, 0, owned));
            return this;
        }

        Series owned(long committed, long logEnd) {
            return poll(committed, logEnd, true);
        }

        Series orphan(long committed, long logEnd) {
            return poll(committed, logEnd, false);
        }

        Evaluation evaluate() {
            return LagRules.evaluate(points, WINDOW);
        }
    }

    static Series series() {
        return new Series();
    }

    @Nested
    class CaughtUp {
        @Test
        void idlePartitionWithNoTrafficAndNoMemberIsOkNotStop() {
            // Burrow's classic false alarm: no new records, so no commits for a long time, and the consumer has left
            Series s = series();
            for (int i = 0; i < 8; i++) s.orphan(500, 500);
            assertThat(s.evaluate()).isEqualTo(new Evaluation(LagStatus.OK, true, "caught up (lag 0)"));
        }

        @Test
        void caughtUpWithNoObservationHistoryIsOkAtOnce() {
            Evaluation e = series().owned(42, 42).evaluate();
            assertThat(e.status()).isEqualTo(LagStatus.OK);
            assertThat(e.reason()).contains("caught up");
        }

        @Test
        void emptyPartitionNeverCommittedIsOk() {
            Series s = series();
            for (int i = 0; i < 5; i++) s.orphan(OffsetObservation.NO_COMMIT, 0);
            assertThat(s.evaluate().status()).isEqualTo(LagStatus.OK);
        }

        @Test
        void lagZeroNowWinsOverAStuckLookingHistory() {
            Evaluation e = series().orphan(10, 50).orphan(10, 50).orphan(10, 50).orphan(10, 50).orphan(50, 50).evaluate();
            assertThat(e.status()).isEqualTo(LagStatus.OK);
        }
    }

    @Nested
    class IncompleteWindow {
        @Test
        void lagWithTooFewObservationsIsNotJudgedYet() {
            Evaluation e = series().orphan(10, 50).orphan(10, 60).orphan(10, 70).evaluate();
            assertThat(e.status()).isEqualTo(LagStatus.OK);
            assertThat(e.windowComplete()).isFalse();
            assertThat(e.reason()).contains("3 so far");
        }

        @Test
        void noObservationsIsOkAndIncomplete() {
            assertThat(LagRules.evaluate(List.of(), WINDOW)).isEqualTo(new Evaluation(LagStatus.OK, false, "no observations yet"));
        }

        @Test
        void theFifthObservationCompletesTheWindowAndJudges() {
            Series s = series().orphan(10, 50).orphan(10, 60).orphan(10, 70).orphan(10, 80);
            assertThat(s.evaluate().status()).isEqualTo(LagStatus.OK);
            assertThat(s.orphan(10, 90).evaluate().status()).isEqualTo(LagStatus.STOP);
        }
    }

    @Nested
    class Stop {
        @Test
        void consumerGoneWhileProducerWritesIsStop() {
            Evaluation e = series().orphan(100, 120).orphan(100, 140).orphan(100, 160).orphan(100, 180).orphan(100, 200).evaluate();
            assertThat(e.status()).isEqualTo(LagStatus.STOP);
            assertThat(e.windowComplete()).isTrue();
            assertThat(e.reason()).contains("committed offset 100 unchanged over 5 observations (20.0 s)", "lag 100", "no live member");
        }

        @Test
        void backlogNobodyReadsIsStopEvenWithoutNewTraffic() {
            // the topic is idle, but for this group it is not: 30 records wait and nobody consumes them
            Series s = series();
            for (int i = 0; i < 5; i++) s.orphan(70, 100);
            assertThat(s.evaluate().status()).isEqualTo(LagStatus.STOP);
        }

        @Test
        void stopIsFlaggedEvenIfTheWindowStartedCaughtUp() {
            // consumer left right after catching up; the producer goes on
            Evaluation e = series().orphan(100, 100).orphan(100, 110).orphan(100, 120).orphan(100, 130).orphan(100, 140).evaluate();
            assertThat(e.status()).isEqualTo(LagStatus.STOP);
        }

        @Test
        void groupThatNeverCommittedAndHasNoMemberIsStop() {
            Series s = series();
            for (int i = 0; i < 5; i++) s.orphan(OffsetObservation.NO_COMMIT, 40 + i);
            Evaluation e = s.evaluate();
            assertThat(e.status()).isEqualTo(LagStatus.STOP);
            assertThat(e.reason()).contains("none (log start 0)");
        }

        @Test
        void consumerThatJustLeftButMovedWithinTheWindowIsNotYetStop() {
            Evaluation e = series().orphan(90, 120).orphan(100, 140).orphan(100, 160).orphan(100, 180).orphan(100, 200).evaluate();
            assertThat(e.status()).isNotEqualTo(LagStatus.STOP);
            // the offset moved and lag never went down: falling behind
            assertThat(e.status()).isEqualTo(LagStatus.WARN);
        }

        @Test
        void onlyTheNewestWindowCounts() {
            Series s = series().orphan(0, 10).orphan(5, 10).orphan(10, 20); // old activity
            for (int i = 0; i < 5; i++) s.orphan(10, 30 + i);
            assertThat(s.evaluate().status()).isEqualTo(LagStatus.STOP);
        }
    }

    @Nested
    class Stall {
        @Test
        void pausedConsumerThatStillOwnsThePartitionIsStall() {
            Evaluation e = series().owned(100, 120).owned(100, 140).owned(100, 160).owned(100, 180).owned(100, 200).evaluate();
            assertThat(e.status()).isEqualTo(LagStatus.STALL);
            assertThat(e.reason()).contains("lag 20 -> 100", "live member owns");
        }

        @Test
        void stuckOnAPoisonRecordWithoutNewTrafficIsStall() {
            Series s = series();
            for (int i = 0; i < 5; i++) s.owned(64, 65);
            assertThat(s.evaluate().status()).isEqualTo(LagStatus.STALL);
        }

        @Test
        void stuckOwnedPartitionThatWasCaughtUpWithinTheWindowIsOk() {
            // Burrow: a zero lag anywhere in the window means the consumer kept up recently
            Evaluation e = series().owned(100, 100).owned(100, 101).owned(100, 102).owned(100, 103).owned(100, 104).evaluate();
            assertThat(e.status()).isEqualTo(LagStatus.OK);
            assertThat(e.reason()).contains("caught up within the window");
        }
    }

    @Nested
    class Rewind {
        @Test
        void offsetGoingBackIsRewind() {
            Evaluation e = series().owned(100, 200).owned(110, 200).owned(20, 200).owned(30, 200).owned(40, 200).evaluate();
            assertThat(e.status()).isEqualTo(LagStatus.REWIND);
            assertThat(e.reason()).contains("from 110 to 20");
        }

        @Test
        void rewindIsJudgedBeforeStall() {
            Evaluation e = series().owned(100, 200).owned(50, 200).owned(50, 200).owned(50, 200).owned(50, 200).evaluate();
            assertThat(e.status()).isEqualTo(LagStatus.REWIND);
        }

        @Test
        void rewindOutsideTheWindowIsForgotten() {
            Series s = series().owned(100, 300).owned(50, 300);
            for (int i = 0; i < 5; i++) s.owned(60 + 10 * i, 300);
            assertThat(s.evaluate().status()).isEqualTo(LagStatus.OK);
        }
    }

    @Nested
    class Warn {
        @Test
        void consumingButLagGrowingIsWarn() {
            Evaluation e = series().owned(100, 150).owned(110, 170).owned(120, 190).owned(130, 210).owned(140, 230).evaluate();
            assertThat(e.status()).isEqualTo(LagStatus.WARN);
            assertThat(e.reason()).contains("offset 100 -> 140", "50 -> 90");
        }

        @Test
        void consumingAtExactlyTheProducersPaceWithABacklogIsWarn() {
            // Burrow's rule: lag that never decreases, even if constant, is a warning
            Series s = series();
            for (int i = 0; i < 5; i++) s.owned(100 + 10L * i, 150 + 10L * i);
            assertThat(s.evaluate().status()).isEqualTo(LagStatus.WARN);
        }
    }

    @Nested
    class Ok {
        @Test
        void consumingWithLagGoingDownOnceIsOk() {
            Evaluation e = series().owned(100, 150).owned(110, 170).owned(150, 175).owned(160, 190).owned(170, 210).evaluate();
            assertThat(e.status()).isEqualTo(LagStatus.OK);
            assertThat(e.reason()).contains("decreased");
        }

        @Test
        void drainingABacklogWithoutTrafficIsOk() {
            Series s = series();
            for (int i = 0; i < 5; i++) s.orphan(100 + 20L * i, 1000);
            // even with no member listed (between rebalances), a moving offset is not STOP
            assertThat(s.evaluate().status()).isEqualTo(LagStatus.OK);
        }
    }

    @Test
    void windowSizeBelowTwoIsRefused() {
        assertThatThrownBy(() -> LagRules.evaluate(List.of(), 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("windowSize");
    }

    @Test
    void aLongerListIsCutToTheNewestWindow() {
        Series s = series();
        for (int i = 0; i < 20; i++) s.owned(10L * i, 10L * i + 100); // constant lag 100 while consuming: WARN
        s.points.set(0, new OffsetObservation(T0, 5000, 5000, 0, true)); // a rewind long ago, outside the window
        assertThat(s.evaluate().status()).isEqualTo(LagStatus.WARN);
    }
}
