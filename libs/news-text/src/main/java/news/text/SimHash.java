package news.text;

/**
 * 64-bit SimHash (Charikar) of a repaired body: features are overlapping character bigrams of the text with
 * whitespace removed, each hashed with 64-bit FNV-1a and a final avalanche mix, all weighted 1. Near-identical texts
 * differ in few bits; {@link #distance} counts them.
 */
public final class SimHash {
    private SimHash() {
    }

    /** The fingerprint of {@code text}; 0 for text with fewer than two non-space characters. */
    public static long of(String text) {
        if (text == null) {
            return 0;
        }
        int[] counts = new int[64];
        int features = 0;
        int prev = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                continue;
            }
            if (prev >= 0) {
                long h = mix(fnv(prev, c));
                for (int bit = 0; bit < 64; bit++) {
                    counts[bit] += (h >>> bit & 1) == 1 ? 1 : -1;
                }
                features++;
            }
            prev = c;
        }
        if (features == 0) {
            return 0;
        }
        long result = 0;
        for (int bit = 0; bit < 64; bit++) {
            if (counts[bit] > 0) {
                result |= 1L << bit;
            }
        }
        return result;
    }

    /** Number of differing bits. */
    public static int distance(long a, long b) {
        return Long.bitCount(a ^ b);
    }

    /** 16 lower-case hex digits. */
    public static String hex(long fingerprint) {
        return String.format("%016x", fingerprint);
    }

    private static long fnv(int a, char b) {
        long h = 0xcbf29ce484222325L;
        h = (h ^ (a & 0xff)) * 0x100000001b3L;
        h = (h ^ (a >>> 8)) * 0x100000001b3L;
        h = (h ^ (b & 0xff)) * 0x100000001b3L;
        h = (h ^ (b >>> 8)) * 0x100000001b3L;
        return h;
    }

    /** MurmurHash3's fmix64: spreads FNV's weak low-bit differences over all 64 bits. */
    private static long mix(long k) {
        k ^= k >>> 33;
        k *= 0xff51afd7ed558ccdL;
        k ^= k >>> 33;
        k *= 0xc4ceb93fe53a87cdL;
        k ^= k >>> 33;
        return k;
    }
}
