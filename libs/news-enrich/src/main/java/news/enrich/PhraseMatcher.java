package news.enrich;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.hankcs.hanlp.collection.AhoCorasick.AhoCorasickDoubleArrayTrie;

/**
 * Finds a fixed set of phrases in text with an Aho-Corasick automaton (linear in the text), keeping leftmost-longest,
 * non-overlapping matches: with phrases 濮阳 and 濮阳县, "濮阳县" is one match of 濮阳县. Thread-safe once built.
 */
final class PhraseMatcher<V> {

    /** A match: {@code [begin, end)} in the scanned text. */
    record Match<V>(int begin, int end, String phrase, V value) {}

    private final AhoCorasickDoubleArrayTrie<Entry<V>> trie;

    private record Entry<V>(String phrase, V value) {}

    PhraseMatcher(Map<String, V> phrases) {
        TreeMap<String, Entry<V>> map = new TreeMap<>();
        phrases.forEach((phrase, value) -> {
            if (phrase != null && !phrase.isEmpty()) {
                map.put(phrase, new Entry<>(phrase, value));
            }
        });
        if (map.isEmpty()) {
            trie = null;
        } else {
            trie = new AhoCorasickDoubleArrayTrie<>();
            trie.build(map);
        }
    }

    /** Leftmost-longest non-overlapping matches, in text order. */
    List<Match<V>> find(String text) {
        if (trie == null || text == null || text.isEmpty()) {
            return List.of();
        }
        List<long[]> raw = new ArrayList<>();
        List<Entry<V>> values = new ArrayList<>();
        trie.parseText(text.toCharArray(), (AhoCorasickDoubleArrayTrie.IHit<Entry<V>>) (begin, end, value) -> {
            raw.add(new long[] {begin, end, values.size()});
            values.add(value);
        });
        if (raw.isEmpty()) {
            return List.of();
        }
        long[][] hits = raw.toArray(long[][]::new);
        // leftmost first; at the same start the longest first
        Arrays.sort(hits, (a, b) -> a[0] != b[0] ? Long.compare(a[0], b[0]) : Long.compare(b[1], a[1]));
        List<Match<V>> out = new ArrayList<>();
        long cursor = 0;
        for (long[] hit : hits) {
            if (hit[0] >= cursor) {
                Entry<V> e = values.get((int) hit[2]);
                out.add(new Match<>((int) hit[0], (int) hit[1], e.phrase(), e.value()));
                cursor = hit[1];
            }
        }
        return out;
    }
}
