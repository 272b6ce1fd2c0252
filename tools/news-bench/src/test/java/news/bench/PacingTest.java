package news.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class PacingTest {
    @Test
    void slowRatesSendSingleArticles() {
        Pacing p = Pacing.of(15, 20);
        assertThat(p.perRequest()).isEqualTo(1);
        assertThat(p.intervalSeconds()).isCloseTo(1 / 15.0, within(1e-9));
    }

    @Test
    void fasterRatesSendSmallBatchesAndStayUnderTheRequestLimit() {
        Pacing p = Pacing.of(56.5, 20);
        assertThat(p.perRequest()).isEqualTo(3);
        assertThat(p.requestsPerSecond()).isLessThanOrEqualTo(20).isCloseTo(56.5 / 3, within(1e-9));
        assertThat(p.perRequest() / p.intervalSeconds()).isCloseTo(56.5, within(1e-9)); // the rate asked for, exactly
    }

    @Test
    void aRateMustBePositive() {
        assertThatThrownBy(() -> Pacing.of(0, 20)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Pacing.of(Double.NaN, 20)).isInstanceOf(IllegalArgumentException.class);
    }
}
