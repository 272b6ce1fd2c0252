package news.enrich;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Finds a fixed set of phrases in text, keeping leftmost-longest, non-overlapping matches: with phrases 濮阳 and
 * 濮阳县, "濮阳县" is one match of 濮阳县. Thread-safe once built.
 *
 * <p>Phrases are bucketed by their first two chars (one-char phrases apart), longest first, in open-addressing
 * tables; the scan looks up the bucket at each position and jumps past a match. That is the same result as
 * collecting every occurrence and keeping the leftmost-longest ones. Building is O(phrases): the enrichment builds
 * one per article (its names), where HanLP's Aho-Corasick double-array trie allocated and cleared about 18 MB per
 * build.
 */
final class PhraseMatcher<V> {

    /** A match: {@code [begin, end)} in the scanned text. */
    record Match<V>(int begin, int end, String phrase, V value) {}

    private record Entry<V>(String phrase, V value) {}

    /** Phrases of two chars or more by their first two chars, longest first. */
    private final Table<Entry<V>[]> pairs;
    /** One-char phrases by their char. */
    private final Table<Entry<V>> singles;

    @SuppressWarnings("unchecked")
    PhraseMatcher(Map<String, V> phrases) {
        List<Entry<V>> longer = new ArrayList<>(phrases.size());
        List<Entry<V>> single = new ArrayList<>();
        phrases.forEach((phrase, value) -> {
            if (phrase != null && !phrase.isEmpty()) {
                (phrase.length() == 1 ? single : longer).add(new Entry<>(phrase, value));
            }
        });
        // by first two chars, then longest first (two phrases of one length cannot both match at one position)
        longer.sort(Comparator.<Entry<V>>comparingInt(e -> key(e.phrase().charAt(0), e.phrase().charAt(1)))
                .thenComparing(Comparator.<Entry<V>>comparingInt(e -> e.phrase().length()).reversed()));
        int distinct = 0;
        for (int i = 0; i < longer.size(); i++) {
            if (i == 0 || key(longer.get(i)) != key(longer.get(i - 1))) {
                distinct++;
            }
        }
        pairs = new Table<>(distinct);
        for (int from = 0; from < longer.size(); ) {
            int to = from + 1;
            while (to < longer.size() && key(longer.get(to)) == key(longer.get(from))) {
                to++;
            }
            pairs.put(key(longer.get(from)), longer.subList(from, to).toArray(Entry[]::new));
            from = to;
        }
        singles = new Table<>(single.size());
        single.forEach(e -> singles.put(e.phrase().charAt(0), e));
    }

    private static int key(char first, char second) {
        return first << 16 | second;
    }

    private static int key(Entry<?> e) {
        return key(e.phrase().charAt(0), e.phrase().charAt(1));
    }

    /** Leftmost-longest non-overlapping matches, in text order. */
    List<Match<V>> find(String text) {
        if (pairs.size + singles.size == 0 || text == null || text.isEmpty()) {
            return List.of();
        }
        List<Match<V>> out = null;
        int n = text.length();
        int i = 0;
        scan:
        while (i < n) {
            char c = text.charAt(i);
            if (i + 1 < n && pairs.size > 0) {
                Entry<V>[] bucket = pairs.get(key(c, text.charAt(i + 1)));
                if (bucket != null) {
                    for (Entry<V> e : bucket) {
                        String p = e.phrase();
                        if (text.startsWith(p, i)) {
                            out = add(out, new Match<>(i, i + p.length(), p, e.value()));
                            i += p.length();
                            continue scan;
                        }
                    }
                }
            }
            if (singles.size > 0) {
                Entry<V> e = singles.get(c);
                if (e != null) {
                    out = add(out, new Match<>(i, i + 1, e.phrase(), e.value()));
                }
            }
            i++;
        }
        return out == null ? List.of() : out;
    }

    private static <V> List<Match<V>> add(List<Match<V>> out, Match<V> m) {
        List<Match<V>> list = out == null ? new ArrayList<>() : out;
        list.add(m);
        return list;
    }

    /**
     * Open addressing on int keys, load at most 1/2; a null value marks a free slot. A bit per hash value (16 bits per
     * key, at most 64 K bits) answers most misses from a small array, without touching the slots.
     */
    private static final class Table<T> {
        final int size;
        private final int[] keys;
        private final Object[] values;
        private final int mask;
        private final long[] filter;
        private final int filterMask;

        Table(int size) {
            this.size = size;
            int capacity = Integer.highestOneBit(Math.max(2, size) * 2 - 1) * 2;
            keys = new int[capacity];
            values = new Object[capacity];
            mask = capacity - 1;
            int bits = Math.min(1 << 16, Math.max(64, capacity * 8));
            filter = new long[bits >>> 6];
            filterMask = bits - 1;
        }

        private static int hash(int key) {
            return key * 0x9E3779B1 >>> 12;
        }

        void put(int key, T value) {
            int h = hash(key);
            filter[(h & filterMask) >>> 6] |= 1L << h;
            int slot = h & mask;
            while (values[slot] != null) {
                slot = (slot + 1) & mask;
            }
            keys[slot] = key;
            values[slot] = value;
        }

        @SuppressWarnings("unchecked")
        T get(int key) {
            int h = hash(key);
            if ((filter[(h & filterMask) >>> 6] & 1L << h) == 0) {
                return null;
            }
            int slot = h & mask;
            Object v;
            while ((v = values[slot]) != null) {
                if (keys[slot] == key) {
                    return (T) v;
                }
                slot = (slot + 1) & mask;
            }
            return null;
        }
    }
}
