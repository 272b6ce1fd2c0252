package news.lag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class LagSecondsTest {

    static final Instant T0 = Instant.parse("2026-11-22T08:00:00Z");

    @Test
    void caughtUpIsZeroNotNaN() {
        LagSeconds s = LagSeconds.caughtUp();
        assertThat(s.seconds()).isZero();
        assertThat(s.method().label()).isEqualTo("caught-up");
    }

    @Test
    void measuredIsNowMinusTheRecordTimestamp() {
        LagSeconds s = LagSeconds.measured(T0, T0.plusMillis(12_345));
        assertThat(s.seconds()).isEqualTo(12.345);
        assertThat(s.method().label()).isEqualTo("oldest-unconsumed-record-timestamp");
    }

    @Test
    void aRecordTimestampInTheFutureCountsAsZero() {
        assertThat(LagSeconds.measured(T0.plusSeconds(3), T0).seconds()).isZero();
    }

    @Test
    void nanAndNegativeAreRefused() {
        assertThatThrownBy(() -> new LagSeconds(Double.NaN, LagSeconds.Method.MEASURED, false)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LagSeconds(-1, LagSeconds.Method.MEASURED, false)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void interpolatesBetweenTheTwoPointsAroundTheRecord() {
        LogEndHistory h = new LogEndHistory(10);
        h.add(T0, 100);
        h.add(T0.plusSeconds(10), 200);
        h.add(T0.plusSeconds(20), 300);
        // record 149 was appended when the end reached 150: halfway between T0 and T0+10 s
        LagSeconds s = h.lagSeconds(149, 300, T0.plusSeconds(20));
        assertThat(s.method()).isEqualTo(LagSeconds.Method.INTERPOLATED);
        assertThat(s.seconds()).isEqualTo(15.0);
        assertThat(s.lowerBound()).isFalse();
    }

    @Test
    void anIdleStretchDoesNotStretchTheEstimate() {
        // the end sat at 100 from T0 to T0+60 s, then 10 records came in the next 10 s
        LogEndHistory h = new LogEndHistory(10);
        h.add(T0, 100);
        for (int i = 1; i <= 6; i++) h.add(T0.plusSeconds(10L * i), 100);
        h.add(T0.plusSeconds(70), 110);
        assertThat(h.points()).extracting(LogEndHistory.Point::logEndOffset).containsExactly(100L, 100L, 110L);
        // record 100 arrived between T0+60 and T0+70 s (end 101 at T0+61 s), not somewhere since T0
        assertThat(h.lagSeconds(100, 110, T0.plusSeconds(70)).seconds()).isEqualTo(9.0);
    }

    @Test
    void aRecordOlderThanTheHistoryGivesALowerBound() {
        LogEndHistory h = new LogEndHistory(3);
        for (int i = 0; i < 5; i++) h.add(T0.plusSeconds(10L * i), 100L * (i + 1));
        assertThat(h.points()).hasSize(3);
        LagSeconds s = h.lagSeconds(50, 500, T0.plusSeconds(40));
        assertThat(s.lowerBound()).isTrue();
        assertThat(s.seconds()).isEqualTo(20.0); // the oldest kept point is T0+20 s
    }

    @Test
    void caughtUpInterpolationIsZero() {
        LogEndHistory h = new LogEndHistory(3);
        h.add(T0, 100);
        assertThat(h.lagSeconds(100, 100, T0.plusSeconds(99))).isEqualTo(LagSeconds.caughtUp());
    }

    @Test
    void noHistoryIsUnknownNotNaN() {
        LagSeconds s = new LogEndHistory(3).lagSeconds(1, 5, T0);
        assertThat(s.method()).isEqualTo(LagSeconds.Method.UNKNOWN);
        assertThat(s.seconds()).isZero();
    }

    @Test
    void outOfOrderObservationsAreRefused() {
        LogEndHistory h = new LogEndHistory(3);
        h.add(T0.plusSeconds(5), 1);
        assertThatThrownBy(() -> h.add(T0, 2)).isInstanceOf(IllegalArgumentException.class);
    }
}
