package news.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadConfig;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import news.search.SearchCost;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

/** The two time budgets and the gateway-wide expensive slot, on a fake clock (the YAML wiring: SearchTimeBudgetWiringTest). */
class SearchTimeBudgetsTest {
    private final AtomicLong clock = new AtomicLong(5_000_000_000L);
    private final Bulkhead slot = Bulkhead.of("expensive-searches",
            BulkheadConfig.custom().maxConcurrentCalls(1).maxWaitDuration(Duration.ZERO).build());
    private final SearchTimeBudgets budgets = new SearchTimeBudgets(
            new SearchTimeBudgetProperties(200, 5_000, 200, 6_000), slot, clock::get);

    private static MockHttpServletRequest from(String address) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/search");
        request.setRemoteAddr(address);
        return request;
    }

    private void advanceMillis(long ms) {
        clock.addAndGet(TimeUnit.MILLISECONDS.toNanos(ms));
    }

    private void search(String address, int cost, long took) {
        try (var admission = budgets.admit(from(address), cost)) {
            admission.accept(took);
        }
    }

    @Test
    void aSearchIsChargedTheTookOfItsAnswerToItsClient() {
        search("192.0.2.1", 1, 40);
        assertThat(budgets.clientBalanceMillis("ip:192.0.2.1")).isEqualTo(4_960);
        assertThat(budgets.expensiveBalanceMillis()).as("an ordinary search leaves the shared budget alone").isEqualTo(6_000);
        search("192.0.2.1", SearchCost.EXPENSIVE, 1_000);
        assertThat(budgets.clientBalanceMillis("ip:192.0.2.1")).isEqualTo(3_960);
        assertThat(budgets.expensiveBalanceMillis()).isEqualTo(5_000);
    }

    @Test
    void withoutAnAnswerTheTimeWaitedIsCharged() {
        var admission = budgets.admit(from("192.0.2.2"), SearchCost.EXPENSIVE);
        advanceMillis(6_200); // the gateway's time limit cut it off: no took
        admission.close();
        assertThat(budgets.clientBalanceMillis("ip:192.0.2.2")).as("a full bucket, then 6.2 s").isEqualTo(-1_200);
        assertThat(budgets.expensiveBalanceMillis()).isEqualTo(-200);
        admission.close();
        assertThat(budgets.clientBalanceMillis("ip:192.0.2.2")).as("charged once").isEqualTo(-1_200);
    }

    @Test
    void aClientInDebtIsRefusedAtOnceWithTheWaitAndAnotherClientIsNot() {
        search("192.0.2.3", 1, 7_000);
        assertThatThrownBy(() -> budgets.admit(from("192.0.2.3"), 1))
                .isInstanceOfSatisfying(SearchBudgetExceededException.class, e -> assertThat(e.retryAfterSeconds).isEqualTo(10))
                .hasMessageContaining("200 ms of Elasticsearch time per second", "2000 ms over it", "retry after 10 s");
        search("192.0.2.4", 1, 40);
        advanceMillis(10_000);
        search("192.0.2.3", 1, 40);
    }

    @Test
    void expensiveSearchesOfManyClientsShareOneBudget() {
        search("192.0.2.5", SearchCost.EXPENSIVE, 6_500);
        // another client, its own budget untouched: its expensive search waits for the shared one, its ordinary ones do not
        assertThatThrownBy(() -> budgets.admit(from("192.0.2.6"), 11))
                .isInstanceOfSatisfying(SearchBudgetExceededException.class, e -> assertThat(e.retryAfterSeconds).isEqualTo(3))
                .hasMessageContaining("share a budget of 200 ms", "this one costs 11");
        search("192.0.2.6", 1, 40);
        advanceMillis(2_500);
        search("192.0.2.6", 11, 100);
    }

    @Test
    void oneExpensiveSearchRunsAtOnceOnTheGatewayAndARefusalCostsNothing() {
        var running = budgets.admit(from("192.0.2.7"), SearchCost.EXPENSIVE);
        assertThatThrownBy(() -> budgets.admit(from("192.0.2.8"), SearchCost.EXPENSIVE))
                .isInstanceOfSatisfying(SearchBudgetExceededException.class, e -> assertThat(e.retryAfterSeconds).isEqualTo(1))
                .hasMessageContaining("at most 1 expensive search at once");
        assertThat(budgets.clientBalanceMillis("ip:192.0.2.8")).isEqualTo(5_000);
        search("192.0.2.8", SearchCost.EXPENSIVE - 1, 40); // not expensive: no slot needed
        running.accept(300);
        running.close();
        assertThat(slot.getMetrics().getAvailableConcurrentCalls()).isEqualTo(1);
        search("192.0.2.8", SearchCost.EXPENSIVE, 40);
        assertThat(slot.getMetrics().getAvailableConcurrentCalls()).isEqualTo(1);
    }

    @Test
    void aHostileClientSendingSlowExpensiveSearchesGetsTheFillRateAndNormalClientsAreNeverRefused() {
        // one minute: a hostile client retries its 3 s expensive search every 20 ms (the rate limit's pace), while
        // twenty normal clients each search once a second, ordinary searches of 30 ms
        long hostileMs = 0;
        long hostileRefusals = 0;
        long hostileFreeAt = clock.get();
        for (int tick = 0; tick < 3_000; tick++) { // 20 ms ticks
            if (clock.get() >= hostileFreeAt) {
                try {
                    var admission = budgets.admit(from("203.0.113.66"), 11);
                    admission.accept(3_000);
                    admission.close();
                    hostileMs += 3_000;
                    hostileFreeAt = clock.get() + TimeUnit.SECONDS.toNanos(3);
                } catch (SearchBudgetExceededException e) {
                    hostileRefusals++;
                }
            }
            if (tick % 50 == 0) {
                for (int c = 0; c < 20; c++) {
                    search("198.51.100." + c, 1, 30); // throws if refused
                }
            }
            advanceMillis(20);
        }
        assertThat(hostileMs).as("burst + 60 s at 200 ms/s, give or take one search").isBetween(15_000L, 6_000 + 12_000 + 3_000L);
        assertThat(hostileRefusals).isGreaterThan(1_000);
    }
}
