package news.enrich;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * TextRank over a word sequence with int ids and flat arrays, computing exactly what HanLP 1.8.6's
 * {@code TextRankKeyword.getTermAndRank} computes (same floats, bit for bit) at a fraction of the cost (that one
 * looks every neighbour up in a {@code TreeMap<String, TreeSet<String>>} on every iteration).
 *
 * <p>Semantics: each word is linked to the previous {@value #WINDOW}-1 words (a window of {@value #WINDOW}), in both
 * directions, without self-links or duplicate links. The initial score of a word is {@code sigmoid(degree)}; each
 * iteration (Jacobi: new scores from the previous ones only) sets {@code s'(v) = (1-d) + Σ d/deg(u) · s(u)} over the
 * neighbours u of v, summed in ascending id order, for at most {@value #MAX_ITERATIONS} iterations, stopping after
 * the first iteration whose largest change is at most {@value #MIN_DIFF}. All arithmetic is {@code float}, as in
 * HanLP. Ids in {@link #rank(int[], int)} are expected in the order HanLP sums in (String natural order):
 * {@link #rank(List)} assigns them so.
 *
 * <p>Pure and thread-safe.
 */
final class TextRank {

    static final int WINDOW = 5;
    static final float DAMPING = 0.85f;
    static final int MAX_ITERATIONS = 200;
    static final float MIN_DIFF = 0.001f;

    private TextRank() {}

    /** Rank per distinct word (String natural order decides the summation order, as in HanLP); empty for no words. */
    static Map<String, Float> rank(List<String> words) {
        if (words.isEmpty()) {
            return Map.of();
        }
        Map<String, Integer> firstIds = new HashMap<>();
        int[] sequence = new int[words.size()];
        for (int i = 0; i < sequence.length; i++) {
            Integer id = firstIds.putIfAbsent(words.get(i), firstIds.size());
            sequence[i] = id == null ? firstIds.size() - 1 : id;
        }
        // renumber in String order: HanLP iterates TreeSets, and float sums depend on the order
        String[] vocabulary = firstIds.keySet().toArray(String[]::new);
        Arrays.sort(vocabulary);
        int[] sortedId = new int[vocabulary.length];
        for (int i = 0; i < vocabulary.length; i++) {
            sortedId[firstIds.get(vocabulary[i])] = i;
        }
        for (int i = 0; i < sequence.length; i++) {
            sequence[i] = sortedId[sequence[i]];
        }
        float[] ranks = rank(sequence, vocabulary.length);
        Map<String, Float> out = HashMap.newHashMap(vocabulary.length);
        for (int i = 0; i < vocabulary.length; i++) {
            out.put(vocabulary[i], ranks[i]);
        }
        return out;
    }

    /**
     * Ranks of the ids {@code 0 … vocabularySize-1} for a sequence of ids (each id in range). Ids that do not occur
     * get the rank of an isolated word, 1-d (they do not influence the others).
     */
    static float[] rank(int[] sequence, int vocabularySize) {
        Graph g = Graph.of(sequence, vocabularySize);
        int n = vocabularySize;
        float[] score = new float[n];
        float[] next = new float[n];
        // d / degree of each node, as HanLP computes it (float division) for each neighbour
        float[] share = new float[n];
        for (int v = 0; v < n; v++) {
            int degree = g.degree(v);
            score[v] = sigmoid(degree);
            share[v] = degree == 0 ? 0f : DAMPING / degree;
        }
        int[] start = g.start;
        int[] neighbours = g.neighbours;
        for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
            float maxDiff = 0f;
            for (int v = 0; v < n; v++) {
                float s = 1 - DAMPING;
                for (int k = start[v], end = start[v + 1]; k < end; k++) {
                    int u = neighbours[k];
                    s = s + share[u] * score[u];
                }
                next[v] = s;
                maxDiff = Math.max(maxDiff, Math.abs(s - score[v]));
            }
            float[] t = score;
            score = next;
            next = t;
            if (maxDiff <= MIN_DIFF) {
                break;
            }
        }
        return score;
    }

    /** HanLP's {@code sigMoid}: computed in double, returned as float. */
    static float sigmoid(float x) {
        return (float) (1.0 / (1.0 + Math.exp(-x)));
    }

    /**
     * The co-occurrence graph in compressed rows: neighbours of v are {@code neighbours[start[v] … start[v+1])},
     * ascending, distinct, never v itself.
     */
    record Graph(int[] start, int[] neighbours) {

        static Graph of(int[] sequence, int vocabularySize) {
            // every link in both directions as (from << 32 | to), then sort and drop duplicates
            long[] links = new long[Math.max(0, sequence.length) * 2 * (WINDOW - 1)];
            int count = 0;
            for (int i = 0; i < sequence.length; i++) {
                int w = sequence[i];
                if (w < 0 || w >= vocabularySize) {
                    throw new IllegalArgumentException("id out of range: " + w);
                }
                for (int j = Math.max(0, i - (WINDOW - 1)); j < i; j++) {
                    int q = sequence[j];
                    if (q != w) {
                        links[count++] = (long) w << 32 | q;
                        links[count++] = (long) q << 32 | w;
                    }
                }
            }
            Arrays.sort(links, 0, count);
            int[] start = new int[vocabularySize + 1];
            int[] neighbours = new int[count];
            int m = 0;
            for (int k = 0; k < count; k++) {
                if (k > 0 && links[k] == links[k - 1]) {
                    continue;
                }
                int from = (int) (links[k] >>> 32);
                neighbours[m++] = (int) links[k];
                start[from + 1]++;
            }
            for (int v = 0; v < vocabularySize; v++) {
                start[v + 1] += start[v];
            }
            return new Graph(start, Arrays.copyOf(neighbours, m));
        }

        int degree(int v) {
            return start[v + 1] - start[v];
        }
    }
}
