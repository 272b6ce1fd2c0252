package news.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class TimelineTest {
    @Test
    void ratesAreIncreasesOverTheWindowThatEndsAtEachSample() {
        Timeline t = new Timeline();
        t.add(0.5, 100, 0);
        t.add(1.0, 200, 10);
        t.add(1.5, 200, 40);
        t.add(2.1, 200, 100);
        List<Timeline.Rate> r = t.rates(1.0);
        assertThat(r).hasSize(3);
        // at 1.0 s: since the start (0, 0, 0)
        assertThat(r.get(0).t()).isEqualTo(1.0);
        assertThat(r.get(0).acknowledged()).isCloseTo(200, within(1e-9));
        assertThat(r.get(0).searchable()).isCloseTo(10, within(1e-9));
        // at 1.5 s: since the sample at 0.5 s
        assertThat(r.get(1).acknowledged()).isCloseTo(100, within(1e-9));
        assertThat(r.get(1).searchable()).isCloseTo(40, within(1e-9));
        // at 2.1 s: since 1.0 s, over 1.1 s (uneven sampling does not distort the rate)
        assertThat(r.get(2).searchable()).isCloseTo(90 / 1.1, within(1e-9));
    }

    @Test
    void samplesMustBeInOrder() {
        Timeline t = new Timeline();
        t.add(1, 1, 1);
        assertThatThrownBy(() -> t.add(0.5, 1, 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
