package news.search;

import java.util.Map;
import java.util.function.LongSupplier;

/**
 * A budget of Elasticsearch time per key (a client, or one shared key for everyone): a token bucket counted in
 * milliseconds of search time. It fills at {@code millisPerSecond} up to {@code burstMillis}; a search is admitted
 * while the balance is not negative and charged afterwards with the time it really took ({@code took}), so one slow
 * search can put its key into debt, and the key's next searches are refused until the debt is paid off at the fill
 * rate. What is charged is what the node spent, not a guess from the query's shape ({@link SearchCost} is the guess,
 * used before the search runs).
 *
 * <p>Keys live in a bounded LRU map of {@code maxKeys}; an evicted key starts again with a full budget, which only
 * the least recently seen keys ever get (the gateway keys it like its rate limit: on something a client cannot
 * multiply). Thread-safe; the clock is a {@link System#nanoTime()}-like supplier, so tests run on a fake one.
 */
public final class SearchTimeBudget {
    private final double millisPerSecond;
    private final double burstMillis;
    private final LongSupplier nanoTime;
    private final Map<String, Bucket> buckets;

    /**
     * @param millisPerSecond Elasticsearch time a key earns per second of wall time (its long-run share of the node)
     * @param burstMillis     the most a key can have saved up (and what a new key starts with)
     * @param maxKeys         keys remembered at once, least recently seen evicted beyond
     * @param nanoTime        the clock, in nanoseconds (monotonic)
     */
    public SearchTimeBudget(long millisPerSecond, long burstMillis, int maxKeys, LongSupplier nanoTime) {
        if (millisPerSecond <= 0 || burstMillis <= 0 || maxKeys <= 0) {
            throw new IllegalArgumentException("a search time budget needs a positive rate, burst and key bound, got "
                    + millisPerSecond + " ms/s, " + burstMillis + " ms, " + maxKeys + " keys");
        }
        this.millisPerSecond = millisPerSecond;
        this.burstMillis = burstMillis;
        this.nanoTime = nanoTime;
        this.buckets = LeastRecentlyUsed.map(maxKeys);
    }

    /**
     * 0 when the key may search now (its balance is not negative), else the whole seconds until its debt is paid off
     * (at least 1): the {@code Retry-After} of the refusal.
     */
    public synchronized long retryAfterSeconds(String key) {
        double balance = bucket(key).balance;
        if (balance >= 0) {
            return 0;
        }
        return Math.max(1, (long) Math.ceil(-balance / millisPerSecond));
    }

    /** Takes {@code millis} of Elasticsearch time from the key's balance, which may go below zero (debt). */
    public synchronized void charge(String key, long millis) {
        if (millis > 0) {
            bucket(key).balance -= millis;
        }
    }

    /** The key's balance now, in milliseconds (negative: in debt). */
    public synchronized double balanceMillis(String key) {
        return bucket(key).balance;
    }

    public long millisPerSecond() {
        return (long) millisPerSecond;
    }

    public long burstMillis() {
        return (long) burstMillis;
    }

    public synchronized int keys() {
        return buckets.size();
    }

    /** The key's bucket, filled for the time since it was last seen. */
    private Bucket bucket(String key) {
        long now = nanoTime.getAsLong();
        Bucket b = buckets.get(key);
        if (b == null) {
            b = new Bucket(burstMillis, now);
            buckets.put(key, b);
            return b;
        }
        long elapsed = now - b.updated;
        if (elapsed > 0) {
            b.balance = Math.min(burstMillis, b.balance + elapsed / 1e9 * millisPerSecond);
            b.updated = now;
        }
        return b;
    }

    private static final class Bucket {
        double balance;
        long updated;

        Bucket(double balance, long updated) {
            this.balance = balance;
            this.updated = updated;
        }
    }
}
