package news.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class SearchTimeBudgetTest {
    private final AtomicLong clock = new AtomicLong(1_000_000_000L);

    private SearchTimeBudget budget(long perSecond, long burst, int maxKeys) {
        return new SearchTimeBudget(perSecond, burst, maxKeys, clock::get);
    }

    private void advanceMillis(long ms) {
        clock.addAndGet(TimeUnit.MILLISECONDS.toNanos(ms));
    }

    @Test
    void aNewKeyStartsWithAFullBudgetAndMaySearchUntilItIsInDebt() {
        SearchTimeBudget b = budget(250, 5_000, 100);
        assertThat(b.balanceMillis("ip:192.0.2.1")).isEqualTo(5_000);
        b.charge("ip:192.0.2.1", 4_900);
        assertThat(b.retryAfterSeconds("ip:192.0.2.1")).as("100 ms left: not in debt").isZero();
        b.charge("ip:192.0.2.1", 100);
        assertThat(b.retryAfterSeconds("ip:192.0.2.1")).as("exactly spent: not in debt").isZero();
        b.charge("ip:192.0.2.1", 1);
        assertThat(b.retryAfterSeconds("ip:192.0.2.1")).as("1 ms of debt: wait a whole second").isEqualTo(1);
    }

    @Test
    void oneSlowSearchPutsItsKeyIntoDebtThatIsPaidOffAtTheFillRate() {
        SearchTimeBudget b = budget(250, 5_000, 100);
        b.charge("hostile", 6_500); // admitted with 5 s in the bucket, took 6.5 s
        assertThat(b.balanceMillis("hostile")).isEqualTo(-1_500);
        assertThat(b.retryAfterSeconds("hostile")).as("1,500 ms at 250 ms/s").isEqualTo(6);
        advanceMillis(4_000);
        assertThat(b.retryAfterSeconds("hostile")).as("500 ms of debt left").isEqualTo(2);
        advanceMillis(2_000);
        assertThat(b.retryAfterSeconds("hostile")).isZero();
        assertThat(b.balanceMillis("hostile")).isEqualTo(0, org.assertj.core.data.Offset.offset(1e-6));
    }

    @Test
    void theBalanceRefillsUpToTheBurstOnly() {
        SearchTimeBudget b = budget(250, 5_000, 100);
        b.charge("k", 1_000);
        advanceMillis(60_000);
        assertThat(b.balanceMillis("k")).isEqualTo(5_000);
    }

    @Test
    void keysAreIndependent() {
        SearchTimeBudget b = budget(250, 5_000, 100);
        b.charge("a", 20_000);
        assertThat(b.retryAfterSeconds("a")).isEqualTo(60);
        assertThat(b.retryAfterSeconds("b")).isZero();
        assertThat(b.balanceMillis("b")).isEqualTo(5_000);
    }

    @Test
    void aNormalClientsOrdinarySearchesAreNeverRefused() {
        // a generous human: two searches a second for an hour, each taking 100 ms on the node (a busy one: ordinary
        // searches take 5-40 ms), and now and then a slow one of 2 s
        SearchTimeBudget b = budget(250, 5_000, 100);
        for (int i = 0; i < 7_200; i++) {
            assertThat(b.retryAfterSeconds("user")).as("search %d", i).isZero();
            b.charge("user", i % 600 == 0 ? 2_000 : 100);
            advanceMillis(500);
        }
    }

    @Test
    void aClientSendingSlowSearchesBackToBackGetsNoMoreThanTheFillRate() {
        // closed loop of 3 s searches, retrying every 100 ms when refused: over 10 minutes it is admitted for about
        // 250 ms per second (plus the first burst), not the 1,000 ms per second it asks for
        SearchTimeBudget b = budget(250, 5_000, 100);
        long spent = 0;
        long end = clock.get() + TimeUnit.MINUTES.toNanos(10);
        while (clock.get() < end) {
            if (b.retryAfterSeconds("hostile") == 0) {
                b.charge("hostile", 3_000);
                spent += 3_000;
                advanceMillis(3_000);
            } else {
                advanceMillis(100);
            }
        }
        assertThat(spent).isBetween(600L * 250, 600L * 250 + 5_000 + 3_000);
    }

    @Test
    void theKeysAreBoundedAndTheLeastRecentlySeenIsForgotten() {
        SearchTimeBudget b = budget(250, 5_000, 3);
        b.charge("a", 10_000);
        b.charge("b", 10_000);
        b.charge("c", 10_000);
        b.retryAfterSeconds("a"); // a seen again: b is now the eldest
        b.charge("d", 1);
        assertThat(b.keys()).isEqualTo(3);
        assertThat(b.balanceMillis("a")).as("remembered").isNegative();
        assertThat(b.balanceMillis("b")).as("forgotten, starts afresh").isEqualTo(5_000);
    }

    @Test
    void aClockGoingBackwardsNeitherFillsNorEmpties() {
        SearchTimeBudget b = budget(250, 5_000, 100);
        b.charge("k", 6_000);
        clock.addAndGet(-TimeUnit.SECONDS.toNanos(100));
        assertThat(b.balanceMillis("k")).isEqualTo(-1_000);
    }

    @Test
    void nonsenseSettingsAreRefused() {
        assertThatThrownBy(() -> budget(0, 5_000, 10)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0 ms/s");
        assertThatThrownBy(() -> budget(250, -1, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> budget(250, 5_000, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
