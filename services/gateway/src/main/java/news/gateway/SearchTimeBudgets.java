package news.gateway;

import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadRegistry;
import jakarta.servlet.http.HttpServletRequest;
import java.util.concurrent.TimeUnit;
import java.util.function.LongConsumer;
import java.util.function.LongSupplier;
import news.search.LeastRecentlyUsed;
import news.search.SearchCost;
import news.search.SearchTimeBudget;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * What a search really costs: Elasticsearch time, charged after the answer with the node's {@code took} (or, when
 * there is no answer — a time-out, a failure — the time the gateway waited), against two budgets
 * ({@link SearchTimeBudget}, {@code news.gateway.search-time.*}):
 *
 * <ul>
 *   <li>one per client (keyed like the rate limit, {@link ClientRateLimiter#clientKey}: a verified read key, else
 *       the remote address; {@value #MAX_CLIENTS} clients at most): every search, similar and suggest request;</li>
 *   <li>one shared by every expensive search ({@link SearchCost#EXPENSIVE} or more), so that N clients sending
 *       expensive searches together get no more of the node than one: their share is fixed, not multiplied.</li>
 * </ul>
 *
 * Plus the {@value #EXPENSIVE_AT_ONCE} bulkhead (a Resilience4j instance in application.yml, so its metrics reach
 * Prometheus): expensive searches running at once on the whole gateway. A search is refused at once, 429 with the
 * Retry-After until the debt is paid off, while its client's budget (or, for an expensive one, the shared budget) is
 * in debt, or when the expensive slot is taken — refused before anything is sent, never queued. The per-search
 * weights of {@link SearchCost} are the guess before the search; this is the bill after it: a client whose few
 * searches are slow runs out as surely as one whose many searches are quick.
 */
@Component
class SearchTimeBudgets {
    static final int MAX_CLIENTS = LeastRecentlyUsed.MAX_CLIENTS;
    static final String EXPENSIVE_AT_ONCE = "expensive-searches";
    private static final String EXPENSIVE_KEY = "expensive";

    private final SearchTimeBudget clients;
    private final SearchTimeBudget expensive;
    private final Bulkhead expensiveAtOnce;
    private final LongSupplier nanoTime;

    @Autowired
    SearchTimeBudgets(SearchTimeBudgetProperties p, BulkheadRegistry registry) {
        this(p, registry.bulkhead(EXPENSIVE_AT_ONCE), System::nanoTime);
    }

    SearchTimeBudgets(SearchTimeBudgetProperties p, Bulkhead expensiveAtOnce, LongSupplier nanoTime) {
        this.clients = new SearchTimeBudget(p.clientMsPerSecond(), p.clientBurstMs(), MAX_CLIENTS, nanoTime);
        this.expensive = new SearchTimeBudget(p.expensiveMsPerSecond(), p.expensiveBurstMs(), 1, nanoTime);
        this.expensiveAtOnce = expensiveAtOnce;
        this.nanoTime = nanoTime;
    }

    /**
     * Admits a search of this {@link SearchCost cost} for the request's client, or refuses it (429). The admission
     * takes the node's {@code took} of what it sends and is closed when the search is done (charging it).
     */
    Admission admit(HttpServletRequest request, int cost) {
        String client = ClientRateLimiter.clientKey(request);
        long wait = clients.retryAfterSeconds(client);
        if (wait > 0) {
            throw new SearchBudgetExceededException(wait, "this client's searches have used its budget of search time ("
                    + clients.millisPerSecond() + " ms of Elasticsearch time per second, " + clients.burstMillis()
                    + " ms at once) and are " + debt(clients.balanceMillis(client)) + " ms over it; retry after " + wait
                    + " s");
        }
        boolean isExpensive = cost >= SearchCost.EXPENSIVE;
        if (isExpensive) {
            long sharedWait = expensive.retryAfterSeconds(EXPENSIVE_KEY);
            if (sharedWait > 0) {
                throw new SearchBudgetExceededException(sharedWait, "expensive searches (fuzzy or prefix operators, a"
                        + " long query, a deep page: this one costs " + cost + ") share a budget of "
                        + expensive.millisPerSecond() + " ms of Elasticsearch time per second on this gateway, used up"
                        + " for now; retry after " + sharedWait + " s, or search without them");
            }
            if (!expensiveAtOnce.tryAcquirePermission()) {
                int max = expensiveAtOnce.getBulkheadConfig().getMaxConcurrentCalls();
                throw new SearchBudgetExceededException(1, "the gateway runs at most " + max + " expensive search"
                        + (max == 1 ? "" : "es") + " at once (fuzzy or prefix operators, a long query, a deep page: this"
                        + " one costs " + cost + ") and that many are running; retry after 1 s, or search without them");
            }
        }
        return new Admission(client, isExpensive, nanoTime.getAsLong());
    }

    private static long debt(double balance) {
        return (long) Math.ceil(-balance);
    }

    double clientBalanceMillis(String client) {
        return clients.balanceMillis(client);
    }

    double expensiveBalanceMillis() {
        return expensive.balanceMillis(EXPENSIVE_KEY);
    }

    int clients() {
        return clients.keys();
    }

    /**
     * One admitted search: takes the {@code took} of each Elasticsearch answer ({@link #accept}); {@link #close}
     * charges their sum, or the time waited when none came, and frees the expensive slot.
     */
    final class Admission implements AutoCloseable, LongConsumer {
        private final String client;
        private final boolean expensiveSearch;
        private final long started;
        private long took = -1;
        private boolean closed;

        private Admission(String client, boolean expensiveSearch, long started) {
            this.client = client;
            this.expensiveSearch = expensiveSearch;
            this.started = started;
        }

        /** The node's {@code took} of one answer, in milliseconds. */
        @Override
        public void accept(long tookMillis) {
            took = Math.max(took, 0) + Math.max(tookMillis, 0);
        }

        @Override
        public void close() {
            if (closed) {
                return;
            }
            closed = true;
            long charged = took >= 0 ? took : TimeUnit.NANOSECONDS.toMillis(nanoTime.getAsLong() - started);
            clients.charge(client, charged);
            if (expensiveSearch) {
                expensive.charge(EXPENSIVE_KEY, charged);
                expensiveAtOnce.onComplete();
            }
        }
    }
}
