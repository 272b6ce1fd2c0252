package news.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Remembers the articles already emitted and judges a new one: a <em>replay</em> (same id, same version, same body
 * fingerprint: drop it), a <em>near-duplicate</em> of an earlier article with another id (fingerprints within
 * {@link #maxDistance} bits: keep it, link it), or new.
 *
 * <p>Lookup uses the pigeonhole trick: with a distance of at most 3, two fingerprints that close agree exactly on at
 * least one of four 16-bit bands, so only articles sharing a band are compared. Bodies with fewer than
 * {@link #minChars} characters are never called duplicates (their fingerprints are too noisy). Bounded: the oldest
 * entries are forgotten beyond {@code capacity}. Not thread-safe; the normalizer calls it from one consumer thread.
 */
public final class NearDuplicateIndex {

    /** What {@link #judge} decided. {@code duplicateOf} is set for {@link Kind#DUPLICATE} only. */
    public record Verdict(Kind kind, String duplicateOf) {
        public enum Kind { NEW, REPLAY, DUPLICATE }

        static final Verdict NEW = new Verdict(Kind.NEW, null);
        static final Verdict REPLAY = new Verdict(Kind.REPLAY, null);
    }

    private record Entry(String id, String version, long fingerprint, boolean comparable) {}

    private final int capacity;
    private final int maxDistance;
    private final int minChars;
    private final LinkedHashMap<String, Entry> byId = new LinkedHashMap<>();
    private final List<Map<Integer, List<String>>> bands = new ArrayList<>();

    public NearDuplicateIndex(int capacity, int maxDistance, int minChars) {
        if (capacity < 1 || maxDistance < 0 || maxDistance > 3) {
            throw new IllegalArgumentException("capacity >= 1 and 0 <= maxDistance <= 3 required");
        }
        this.capacity = capacity;
        this.maxDistance = maxDistance;
        this.minChars = minChars;
        for (int b = 0; b < 4; b++) {
            bands.add(new HashMap<>());
        }
    }

    /** Judges an article without remembering it; call {@link #remember} once it has been emitted. */
    public Verdict judge(String id, String version, String body) {
        long fp = SimHash.of(body);
        Entry seen = byId.get(id);
        if (seen != null) {
            return Objects.equals(seen.version, version) && seen.fingerprint == fp ? Verdict.REPLAY : Verdict.NEW;
        }
        if (!comparable(body)) {
            return Verdict.NEW;
        }
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (int b = 0; b < 4; b++) {
            for (String other : bands.get(b).getOrDefault(band(fp, b), List.of())) {
                Entry e = byId.get(other);
                int d = SimHash.distance(fp, e.fingerprint);
                if (e.comparable && d <= maxDistance && d < bestDistance) {
                    best = other;
                    bestDistance = d;
                }
            }
        }
        return best == null ? Verdict.NEW : new Verdict(Verdict.Kind.DUPLICATE, best);
    }

    /** Records an emitted article (replacing what was known under its id). */
    public void remember(String id, String version, String body) {
        forget(id);
        long fp = SimHash.of(body);
        byId.put(id, new Entry(id, version, fp, comparable(body)));
        for (int b = 0; b < 4; b++) {
            bands.get(b).computeIfAbsent(band(fp, b), k -> new ArrayList<>()).add(id);
        }
        while (byId.size() > capacity) {
            forget(byId.firstEntry().getKey());
        }
    }

    public int size() {
        return byId.size();
    }

    private void forget(String id) {
        Entry old = byId.remove(id);
        if (old == null) {
            return;
        }
        for (int b = 0; b < 4; b++) {
            List<String> ids = bands.get(b).get(band(old.fingerprint, b));
            if (ids != null) {
                ids.remove(id);
                if (ids.isEmpty()) {
                    bands.get(b).remove(band(old.fingerprint, b));
                }
            }
        }
    }

    private boolean comparable(String body) {
        return body != null && body.codePointCount(0, body.length()) >= minChars;
    }

    /** Whether a body is long enough to be called a near-duplicate at all (see {@code minChars}). */
    public boolean isComparable(String body) {
        return comparable(body);
    }

    public int maxDistance() {
        return maxDistance;
    }

    /** The body length (code points) below which no article is called a near-duplicate. */
    public int minChars() {
        return minChars;
    }

    /**
     * The candidate closest to {@code fingerprint} within {@code maxDistance} bits, other than {@code id} itself; ties go
     * to the smaller id, so every instance picks the same original. Null when none is close enough.
     *
     * @param candidates id → fingerprint (e.g. what the index holds for articles sharing a band)
     */
    public static String closest(String id, long fingerprint, java.util.Map<String, Long> candidates, int maxDistance) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (var c : new java.util.TreeMap<>(candidates).entrySet()) {
            if (c.getKey().equals(id) || c.getValue() == null) {
                continue;
            }
            int d = SimHash.distance(fingerprint, c.getValue());
            if (d <= maxDistance && d < bestDistance) {
                best = c.getKey();
                bestDistance = d;
            }
        }
        return best;
    }

    private static int band(long fp, int b) {
        return (int) (fp >>> (16 * b) & 0xFFFF);
    }
}
