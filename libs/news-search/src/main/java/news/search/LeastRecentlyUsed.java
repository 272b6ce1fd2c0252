package news.search;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The bounded per-client registries of the search limits (rate limiters, bulkheads, time budgets): a map in access
 * order that drops its least recently used entry beyond {@code maxEntries}, so that invented keys or addresses cannot
 * grow it without bound. Not thread-safe: its owners synchronise on it.
 */
public final class LeastRecentlyUsed {
    /** The clients each per-client registry of the gateway keeps at most. */
    public static final int MAX_CLIENTS = 10_000;

    private LeastRecentlyUsed() {
    }

    public static <K, V> Map<K, V> map(int maxEntries) {
        return new LinkedHashMap<>(1024, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > maxEntries;
            }
        };
    }
}
