package news.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LagSeriesTest {
    static Map<String, Long> lag(long normalizer, long classifier, long indexer) {
        Map<String, Long> m = new LinkedHashMap<>();
        m.put("normalizer", normalizer);
        m.put("classifier", classifier);
        m.put("indexer", indexer);
        return m;
    }

    @Test
    void lagIsBackToZeroAtTheFirstSampleAfterTheFaultsEndWhereEveryGroupIsCaughtUp() {
        LagSeries s = new LagSeries();
        s.add(1, lag(0, 0, 0));   // before the fault: says nothing about the recovery
        s.add(2, lag(0, 40, 0));
        s.add(3, lag(0, 0, 0));   // a zero while the fault lasts (before `from`) does not count either
        s.add(4, lag(0, 90, 3));
        s.add(5, lag(0, 10, 0));
        s.add(6, lag(0, 0, 2));   // one group still behind
        s.add(7, lag(0, 0, 0));
        s.add(8, lag(5, 0, 0));
        assertThat(s.zeroAt(3.5)).hasValue(7.0);
        assertThat(s.zeroAt(7)).hasValue(7.0);
        assertThat(s.zeroAt(7.5)).isEmpty();
        assertThat(s.peak(2, 7)).isEqualTo(93);
    }

    @Test
    void anUnknownLagWhileTheBrokerIsDownIsNeverTakenForZero() {
        LagSeries s = new LagSeries();
        s.add(10, lag(3, 0, 0));
        s.add(11, null);
        s.add(12, null);
        s.add(14, null);
        s.add(15, lag(0, 0, 1));
        s.add(16, lag(0, 0, 0));
        assertThat(s.zeroAt(10.5)).hasValue(16.0);
        assertThat(s.samples().get(1).total()).isEqualTo(-1);
        assertThat(s.peak(10, 16)).isEqualTo(3);
        // unknown from the last known sample (10) until the last unknown one (14)
        assertThat(s.unknownSeconds(10, 16)).isEqualTo(4.0);
        assertThat(s.unknownSeconds(12, 13)).isEqualTo(1.0);
        assertThat(s.unknownSeconds(15, 16)).isZero();
    }

    @Test
    void samplesMustComeInOrder() {
        LagSeries s = new LagSeries();
        s.add(2, lag(0, 0, 0));
        assertThatThrownBy(() -> s.add(1, lag(0, 0, 0))).hasMessageContaining("out of order");
    }
}
