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

    private static final int TAGS = NerTags.SIZE;

    /** Per slot two ints: the key's fingerprint (0 = empty) and its row in {@link #rows}. */
    private final int[] slots;
    /** The weights, {@link NerTags#SIZE} per row, the half-float values widened to float (exact). */
    private final float[] rows;
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
        // at most half full: an unknown key (a third of the lookups) ends its probe after ~2.5 slots, 8 to a cache line
        int capacity = Integer.highestOneBit(Math.max(16, count * 2 - 1)) << 1;
        this.mask = capacity - 1;
        this.slots = new int[capacity * 2];
        this.rows = new float[count * TAGS];
        int row = 0;
        for (int i = 0; i < keys.length; i++) {
            if (!include.test(keys[i])) {
                continue;
            }
            long m = CharFeatures.mix(keys[i]);
            int slot = index(m);
            while (slots[slot * 2] != 0) {
                slot = (slot + 1) & mask;
            }
            slots[slot * 2] = fingerprint(m);
            slots[slot * 2 + 1] = row * TAGS;
            for (int t = 0; t < TAGS; t++) {
                rows[row * TAGS + t] = Float.float16ToFloat(Float.floatToFloat16(weights[(offset + i) * TAGS + t]));
            }
            row++;
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
            int g = slots[slot * 2];
            if (g == f) {
                int base = slots[slot * 2 + 1];
                for (int t = 0; t < TAGS; t++) {
                    emit[at + t] += rows[base + t];
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
        return 4L * slots.length + 4L * rows.length;
    }
}
