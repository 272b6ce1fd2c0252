package news.enrich;

/**
 * Ids of character bigram features without building a string per bigram: an open-addressing table keyed by the two
 * chars, sized for a load of at most one half. Ids are positive; 0 means "not a known bigram". Built once, then
 * read-only (thread-safe for reading).
 */
final class CharPairIds {
    private final int[] keys;
    private final int[] ids; // 0 = free slot
    private final int mask;

    CharPairIds(int expected) {
        int size = Integer.highestOneBit(Math.max(2, expected) * 2 - 1) * 2;
        keys = new int[size];
        ids = new int[size];
        mask = size - 1;
    }

    void put(char a, char b, int id) {
        if (id <= 0) {
            throw new IllegalArgumentException("feature ids start at 1");
        }
        int key = a << 16 | b;
        int slot = slot(key);
        while (ids[slot] != 0) {
            slot = (slot + 1) & mask;
        }
        keys[slot] = key;
        ids[slot] = id;
    }

    int get(char a, char b) {
        int key = a << 16 | b;
        int slot = slot(key);
        int id;
        while ((id = ids[slot]) != 0) {
            if (keys[slot] == key) {
                return id;
            }
            slot = (slot + 1) & mask;
        }
        return 0;
    }

    private int slot(int key) {
        return (key * 0x9E3779B1 >>> 12) & mask;
    }
}
