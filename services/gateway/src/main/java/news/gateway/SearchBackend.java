package news.gateway;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.timelimiter.TimeLimiter;
import io.github.resilience4j.timelimiter.TimeLimiterRegistry;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import org.springframework.stereotype.Component;

/**
 * Every Elasticsearch call goes through one circuit breaker and one time limit.
 *
 * <p>The breaker ({@value #BREAKER}, {@code resilience4j.circuitbreaker.instances.elasticsearch}): when the node is
 * unreachable, callers get a 503 at once instead of each waiting for a connection timeout.
 *
 * <p>The time limits ({@value #TIME_LIMIT} and, for expensive searches, {@value #EXPENSIVE_TIME_LIMIT}:
 * {@code resilience4j.timelimiter.instances.*}): the gateway answers within them whatever the node does. Elasticsearch's own {@code timeout} is best effort — checked per shard while
 * documents are collected, not while fuzzy and prefix terms are rewritten, not in the fetch and highlight phase, not
 * while the request waits in the node's search queue — so one search once took 18.9 s under a 5 s timeout. The call
 * is made with the asynchronous client; past the limit its future is cancelled and the caller's {@code onTimeout}
 * runs (ArticleSearchService cancels the node's search task by its X-Opaque-Id: cancelling the future aborts the
 * HTTP exchange, but on a pooled keep-alive connection the client does not close it, so the node never learns that
 * nobody waits — measured by SearchTimeLimitIT). A time-out does not count against the breaker: one expensive
 * search must not cut everyone off.
 */
@Component
class SearchBackend {
    static final String BREAKER = "elasticsearch";
    static final String TIME_LIMIT = "search";
    static final String EXPENSIVE_TIME_LIMIT = "expensive-search";

    private final CircuitBreaker breaker;
    private final TimeLimiter timeLimiter;
    private final TimeLimiter expensiveTimeLimiter;

    SearchBackend(CircuitBreakerRegistry breakers, TimeLimiterRegistry timeLimiters) {
        this.breaker = breakers.circuitBreaker(BREAKER);
        this.timeLimiter = timeLimiters.timeLimiter(TIME_LIMIT);
        this.expensiveTimeLimiter = timeLimiters.timeLimiter(EXPENSIVE_TIME_LIMIT);
    }

    /** Starts the call, waits for it at most the time limit (then cancels it), and returns its answer. */
    <T> T call(Call<T> call) throws IOException {
        return call(false, call, () -> {});
    }

    /**
     * {@link #call(Call)} under the time limit of an ordinary or an {@code expensive} search
     * ({@link news.search.SearchCost#EXPENSIVE}), running {@code onTimeout} when the limit cancelled the call.
     */
    <T> T call(boolean expensive, Call<T> call, Runnable onTimeout) throws IOException {
        TimeLimiter limiter = expensive ? expensiveTimeLimiter : timeLimiter;
        Callable<T> limited = TimeLimiter.decorateFutureSupplier(limiter, call::start);
        try {
            return breaker.executeCallable(limited);
        } catch (TimeoutException e) {
            onTimeout.run();
            throw new SearchTimeoutException(limiter.getTimeLimiterConfig().getTimeoutDuration(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for the search backend", e);
        } catch (Exception e) {
            throw rethrowable(e);
        }
    }

    Duration timeLimit() {
        return timeLimiter.getTimeLimiterConfig().getTimeoutDuration();
    }

    Duration expensiveTimeLimit() {
        return expensiveTimeLimiter.getTimeLimiterConfig().getTimeoutDuration();
    }

    CircuitBreaker.State state() {
        return breaker.getState();
    }

    /** The cause of a failed future as the exception it is (IOException, ElasticsearchException, …). */
    private static IOException rethrowable(Throwable e) {
        Throwable cause = e;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        if (cause instanceof IOException io) {
            return io;
        }
        if (cause instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        return new IOException(cause);
    }

    /** One request of the asynchronous client: its future is what the time limit cancels. */
    @FunctionalInterface
    interface Call<T> {
        CompletableFuture<T> start();
    }
}
