package news.enrich;

import java.util.Arrays;

/**
 * The entity model's weights of the char templates, grouped by char for run time: the bias, the five chars c-2 … c+2
 * of a position and the four bigrams c-2c-1 … c+1c+2. The five unigram templates of one char are the same char seen
 * from five positions, and the four bigram templates the same pair from four: so a char's five weight rows lie side by
 * side (found by a direct index on the char), and a pair's four (found in one hash lookup), instead of nine lookups
 * in {@link WeightTable} per char. Each group records which of its rows the model has, so that
 * {@link NerModel} adds exactly the weights it added before, in the same order. Immutable, thread-safe.
 */
final class CharWeights {

    private static final int T = NerTags.SIZE;
    /** Templates: bias 0, unigrams 1-5, bigrams 6-9 ({@link CharFeatures#NAMES}). */
    static final int UNIGRAM_FIRST = 1;
    static final int BIGRAM_FIRST = 6;
    static final int LAST = 9;
    private static final int UNIGRAMS = 5;
    private static final int BIGRAMS = 4;
    private static final int EDGES = 2;

    private final float[] bias;                 // null when the model has no bias row
    private final int[] charGroup;              // char index -> group, -1 none
    private final float[] unigramRows;          // per group UNIGRAMS × T
    private final byte[] unigramPresent;        // per group: bit m = row m present
    private final long[] pairKeys;              // open addressing, 0 = empty (a pair is never 0: see pairKey)
    private final int[] pairGroup;              // slot -> group index
    private final float[] bigramRows;           // per group BIGRAMS × T
    private final byte[] bigramPresent;
    private final int pairMask;

    /** Whether this class holds a key's weights (the templates {@value #UNIGRAM_FIRST}-{@value #LAST} and the bias). */
    static boolean holds(long key) {
        return CharFeatures.template(key) <= LAST;
    }

    /**
     * @param keys    feature keys (ascending, as in the model)
     * @param weights row {@code offset + i} holds the {@link NerTags#SIZE} weights of {@code keys[i]}
     */
    CharWeights(long[] keys, float[] weights, int offset) {
        float[] b = null;
        int[] groupOfChar = new int[0x10000 + EDGES];
        Arrays.fill(groupOfChar, -1);
        int chars = 0;
        com.carrotsearch.hppc.LongIntHashMap pairs = new com.carrotsearch.hppc.LongIntHashMap();
        for (long key : keys) {
            int template = CharFeatures.template(key);
            if (template >= UNIGRAM_FIRST && template < BIGRAM_FIRST) {
                int c = charIndex((int) CharFeatures.payload(key));
                if (c >= 0 && groupOfChar[c] < 0) {
                    groupOfChar[c] = chars++;
                }
            } else if (template >= BIGRAM_FIRST && template <= LAST) {
                long pair = CharFeatures.payload(key);
                if (pairable(pair) && !pairs.containsKey(pair)) {
                    pairs.put(pair, pairs.size());
                }
            }
        }
        float[] uni = new float[chars * UNIGRAMS * T];
        byte[] uniPresent = new byte[chars];
        float[] bi = new float[pairs.size() * BIGRAMS * T];
        byte[] biPresent = new byte[pairs.size()];
        for (int i = 0; i < keys.length; i++) {
            long key = keys[i];
            int template = CharFeatures.template(key);
            int from = (offset + i) * T;
            if (template == 0 && CharFeatures.payload(key) == 1) {
                b = Arrays.copyOfRange(weights, from, from + T);
            } else if (template >= UNIGRAM_FIRST && template < BIGRAM_FIRST) {
                int c = charIndex((int) CharFeatures.payload(key));
                if (c >= 0) {
                    int g = groupOfChar[c];
                    int m = template - UNIGRAM_FIRST;
                    System.arraycopy(weights, from, uni, (g * UNIGRAMS + m) * T, T);
                    uniPresent[g] |= (byte) (1 << m);
                }
            } else if (template >= BIGRAM_FIRST && template <= LAST) {
                long pair = CharFeatures.payload(key);
                if (pairable(pair)) {
                    int g = pairs.get(pair);
                    int m = template - BIGRAM_FIRST;
                    System.arraycopy(weights, from, bi, (g * BIGRAMS + m) * T, T);
                    biPresent[g] |= (byte) (1 << m);
                }
            }
        }
        // at most half full: an unknown pair (most pairs of a text) ends its probe after ~2.5 slots, 8 to a cache line
        int capacity = Integer.highestOneBit(Math.max(16, pairs.size() * 2 - 1)) << 1;
        long[] slotKeys = new long[capacity];
        int[] slotGroup = new int[capacity];
        for (com.carrotsearch.hppc.cursors.LongIntCursor e : pairs) {
            long k = pairKey(e.key);
            int slot = (int) CharFeatures.mix(k) & (capacity - 1);
            while (slotKeys[slot] != 0) {
                slot = (slot + 1) & (capacity - 1);
            }
            slotKeys[slot] = k;
            slotGroup[slot] = e.value;
        }
        this.bias = b;
        this.charGroup = groupOfChar;
        this.unigramRows = uni;
        this.unigramPresent = uniPresent;
        this.pairKeys = slotKeys;
        this.pairGroup = slotGroup;
        this.bigramRows = bi;
        this.bigramPresent = biPresent;
        this.pairMask = capacity - 1;
    }

    /** The index of a normalised char (a UTF-16 unit or one of the two edge marks), -1 for anything else. */
    private static int charIndex(int c) {
        if (c >= 0 && c <= 0xFFFF) {
            return c;
        }
        return c == CharFeatures.BEFORE_START ? 0x10000 : c == CharFeatures.AFTER_END ? 0x10001 : -1;
    }

    /** Whether a bigram payload is two chars {@link #charIndex} knows (the only pairs run time can produce). */
    private static boolean pairable(long pair) {
        return charIndex((int) (pair >>> 21)) >= 0 && charIndex((int) (pair & ((1 << 21) - 1))) >= 0;
    }

    /** A pair payload made nonzero (0 marks an empty slot; the pair of two U+0000 chars is 0). */
    private static long pairKey(long pair) {
        return pair | 1L << 62;
    }

    /** The unigram group of a normalised char: for {@link #addUnigram}, or -1. */
    int charGroup(int c) {
        int i = charIndex(c);
        return i < 0 ? -1 : charGroup[i];
    }

    /** The bigram group of two normalised chars: an index for {@link #addBigram}, or -1. */
    int pairGroup(int a, int b) {
        long k = pairKey((long) a << 21 | b);
        int slot = (int) CharFeatures.mix(k) & pairMask;
        while (true) {
            long s = pairKeys[slot];
            if (s == k) {
                return pairGroup[slot];
            }
            if (s == 0) {
                return -1;
            }
            slot = (slot + 1) & pairMask;
        }
    }

    /** Adds the bias weights (if the model has them). */
    void addBias(double[] emit, int at) {
        if (bias != null) {
            for (int t = 0; t < T; t++) {
                emit[at + t] += bias[t];
            }
        }
    }

    /** Adds row {@code m} (0 = c-2 … 4 = c+2) of a char's group (from {@link #charGroup}; -1: nothing). */
    void addUnigram(int group, int m, double[] emit, int at) {
        if (group < 0 || (unigramPresent[group] >>> m & 1) == 0) {
            return;
        }
        int base = (group * UNIGRAMS + m) * T;
        for (int t = 0; t < T; t++) {
            emit[at + t] += unigramRows[base + t];
        }
    }

    /** Adds row {@code m} (0 = c-2c-1 … 3 = c+1c+2) of a pair's group (from {@link #pairGroup}; -1: nothing). */
    void addBigram(int group, int m, double[] emit, int at) {
        if (group < 0 || (bigramPresent[group] >>> m & 1) == 0) {
            return;
        }
        int base = (group * BIGRAMS + m) * T;
        for (int t = 0; t < T; t++) {
            emit[at + t] += bigramRows[base + t];
        }
    }

    /** Memory held, in bytes. */
    long bytes() {
        return 4L * charGroup.length + 4L * unigramRows.length + unigramPresent.length + 12L * pairKeys.length
                + 4L * bigramRows.length + bigramPresent.length;
    }
}
