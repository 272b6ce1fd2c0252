package news.enrich;

/**
 * The entity model's weights for run time: an open-addressing table (linear probing, at most 70 % full) whose slot
 * holds a feature's fingerprint and its {@link NerTags#SIZE} weights as half floats side by side, 8 ints (32 bytes,
 * two slots per cache line), so that a feature costs one memory access where a key → row map plus a weight array
 * cost two, and the table (4 MB for the shipped model: the templates with dense weight arrays are left out) stays
 * small. The weights are half
 * floats already (the model file stores them so), the table loses nothing.
 *
 * <p>A slot keeps 31 bits of the mixed key ({@link CharFeatures#mix}, bijective) besides the bits that chose the
 * slot: an unknown feature matches a slot's fingerprint by chance once in ~2 billion lookups (feature-hashing
 * practice; the effect is one stray weight), known features always find theirs. Immutable, thread-safe.
 */
final class WeightTable {

    private static final int STRIDE = 8;
    private static final int TAGS = NerTags.SIZE;

    private final int[] slots;
    private final int mask;

    /**
     * @param keys    feature keys (no duplicates)
     * @param weights row {@code offset + i} holds the {@link NerTags#SIZE} weights of {@code keys[i]}
     */
    WeightTable(long[] keys, float[] weights, int offset) {
        this(keys, weights, offset, key -> true);
    }

    /** As above, with only the keys {@code include} accepts (the others are looked up elsewhere). */
    WeightTable(long[] keys, float[] weights, int offset, java.util.function.LongPredicate include) {
        int count = 0;
        for (long key : keys) {
            count += include.test(key) ? 1 : 0;
        }
        // at most 70 % full: linear probing stays short, and the shipped model's table (4 MB) fits the caches better
        int capacity = Integer.highestOneBit(Math.max(16, (int) (count / 0.7) - 1)) << 1;
        this.mask = capacity - 1;
        this.slots = new int[capacity * STRIDE];
        for (int i = 0; i < keys.length; i++) {
            if (!include.test(keys[i])) {
                continue;
            }
            long m = CharFeatures.mix(keys[i]);
            int slot = index(m);
            while (slots[slot * STRIDE] != 0) {
                slot = (slot + 1) & mask;
            }
            int base = slot * STRIDE;
            slots[base] = fingerprint(m);
            for (int t = 0; t < TAGS; t++) {
                int half = Float.floatToFloat16(weights[(offset + i) * TAGS + t]) & 0xFFFF;
                slots[base + 1 + (t >> 1)] |= half << ((t & 1) << 4);
            }
        }
    }

    private int index(long mixed) {
        return (int) mixed & mask;
    }

    /** The key's upper 32 bits, low bit forced to 1 (0 marks an empty slot). */
    private static int fingerprint(long mixed) {
        return (int) (mixed >>> 32) | 1;
    }

    /** Adds the weights of {@code key} (if known) to {@code emit[at … at + TAGS)}; whether it was known. */
    boolean addTo(long key, double[] emit, int at) {
        long m = CharFeatures.mix(key);
        int f = fingerprint(m);
        int slot = index(m);
        while (true) {
            int base = slot * STRIDE;
            int g = slots[base];
            if (g == f) {
                for (int t = 0; t < TAGS; t++) {
                    short half = (short) (slots[base + 1 + (t >> 1)] >>> ((t & 1) << 4));
                    emit[at + t] += Float.float16ToFloat(half);
                }
                return true;
            }
            if (g == 0) {
                return false;
            }
            slot = (slot + 1) & mask;
        }
    }

    /** Memory held, in bytes. */
    long bytes() {
        return 4L * slots.length;
    }
}
