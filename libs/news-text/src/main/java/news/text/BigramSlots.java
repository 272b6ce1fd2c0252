package news.text;

/**
 * The open-addressing index the page-level bigram tables share: non-zero int keys (two characters packed as
 * {@code first << 16 | second}) mapped to slots, the values living in the owner's own arrays of {@link #capacity()}.
 * A power of two of two to four times the expected keys keeps the linear probes short; keys are never removed.
 */
final class BigramSlots {
    private final int[] keys;
    private final int mask;

    BigramSlots(int expectedKeys) {
        // 2-4x the expected keys: a table at half load made the probe loop the split's hottest line (linear probing's
        // clusters); at a quarter or less most look-ups end at the first slot.
        int capacity = Integer.highestOneBit(Math.max(64, expectedKeys)) << 2;
        mask = capacity - 1;
        keys = new int[capacity];
    }

    int capacity() {
        return keys.length;
    }

    /** The slot holding {@code key}, or the free slot where it would go. */
    int slot(int key) {
        int h = key * 0x9E3779B9;
        int i = (h ^ h >>> 16) & mask;
        while (keys[i] != 0 && keys[i] != key) {
            i = (i + 1) & mask;
        }
        return i;
    }

    boolean isFree(int slot) {
        return keys[slot] == 0;
    }

    /** Puts {@code key} into its free {@code slot} (from {@link #slot}). */
    void claim(int slot, int key) {
        keys[slot] = key;
    }

    boolean contains(int key) {
        return keys[slot(key)] == key;
    }
}
