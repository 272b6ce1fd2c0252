package news.enrich;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import com.carrotsearch.hppc.LongIntHashMap;
import com.hankcs.hanlp.seg.common.Term;

/**
 * Distributional clusters of chars and of HanLP words, learnt from unlabelled text, as features of the entity model:
 * chars (or words) that occur between the same neighbours fall into one cluster (transliteration chars, surnames,
 * place and organisation suffixes, country names), so what the labelled sentences teach about one carries over to
 * the others, also to names never seen in them. Each item (a char or word seen at least {@value #MIN_COUNT} times) is
 * a vector of positive pointwise mutual information with its left and right neighbours (the most frequent ones),
 * clustered by spherical k-means (k-means++ seeding with a fixed seed, so the same text gives the same clusters).
 * Chars get a fine (256) and a coarse (64) cluster, words one (256). Immutable.
 */
final class Clusters {

    static final int MIN_COUNT = 5;
    static final int FINE = 256;
    static final int COARSE = 64;
    static final int WORDS = 256;
    private static final int CONTEXTS = 1000;
    private static final int ITERATIONS = 20;

    private static final Clusters NONE = new Clusters(new TreeMap<>(), new TreeMap<>());

    /** char → fine << 8 | coarse, +1 (0 = unknown) */
    private final short[] charCluster = new short[65536];
    private final LongIntHashMap wordCluster = new LongIntHashMap();
    private final TreeMap<Character, Integer> chars;
    private final TreeMap<String, Integer> words;

    private Clusters(TreeMap<Character, Integer> chars, TreeMap<String, Integer> words) {
        this.chars = chars;
        this.words = words;
        chars.forEach((c, v) -> charCluster[c] = (short) (v + 1));
        words.forEach((w, v) -> wordCluster.put(CharFeatures.wordHash(w), v + 1));
    }

    static Clusters none() {
        return NONE;
    }

    boolean isEmpty() {
        return chars.isEmpty() && words.isEmpty();
    }

    /** Fine cluster of a normalised char, +1; 0 when unknown. */
    int fine(int normalisedChar) {
        int v = normalisedChar < 65536 ? charCluster[normalisedChar] & 0xFFFF : 0;
        return v == 0 ? 0 : ((v - 1) >>> 8) + 1;
    }

    /** Coarse cluster of a normalised char, +1; 0 when unknown. */
    int coarse(int normalisedChar) {
        int v = normalisedChar < 65536 ? charCluster[normalisedChar] & 0xFFFF : 0;
        return v == 0 ? 0 : ((v - 1) & 0xFF) + 1;
    }

    /** Cluster of a word by its {@link CharFeatures#wordHash}, +1; 0 when unknown. */
    int word(long wordHash) {
        return wordCluster.getOrDefault(wordHash, 0);
    }

    /** Learns the clusters from unlabelled texts (each segmented as the enricher segments a body). */
    static Clusters learn(List<String> texts) {
        List<int[]> charSequences = new ArrayList<>();
        List<String[]> wordSequences = new ArrayList<>();
        for (String text : texts) {
            int[] c = new int[text.length()];
            for (int i = 0; i < c.length; i++) {
                c[i] = CharFeatures.normalise(text.charAt(i));
            }
            charSequences.add(c);
            AnalysedText a = AnalysedText.analyse(null, text);
            List<Term> terms = a.bodyTerms();
            String[] w = new String[terms.size()];
            for (int i = 0; i < w.length; i++) {
                w[i] = EntityLexicon.normalise(terms.get(i).word);
            }
            wordSequences.add(w);
        }
        // chars
        Map<Integer, Integer> charIds = new HashMap<>();
        List<int[]> charIdSequences = ids(charSequences, charIds);
        int[] fine = kmeans(charIdSequences, charIds.size(), FINE, 42);
        int[] coarse = kmeans(charIdSequences, charIds.size(), COARSE, 43);
        TreeMap<Character, Integer> chars = new TreeMap<>();
        charIds.forEach((c, id) -> {
            if (fine[id] >= 0) {
                chars.put((char) (int) c, fine[id] << 8 | coarse[id]);
            }
        });
        // words
        Map<String, Integer> wordIds = new HashMap<>();
        List<int[]> wordIdSequences = new ArrayList<>();
        for (String[] w : wordSequences) {
            int[] s = new int[w.length];
            for (int i = 0; i < w.length; i++) {
                s[i] = wordIds.computeIfAbsent(w[i], x -> wordIds.size());
            }
            wordIdSequences.add(s);
        }
        int[] wordCluster = kmeans(wordIdSequences, wordIds.size(), WORDS, 44);
        TreeMap<String, Integer> words = new TreeMap<>();
        wordIds.forEach((w, id) -> {
            if (wordCluster[id] >= 0) {
                words.put(w, wordCluster[id]);
            }
        });
        return new Clusters(chars, words);
    }

    private static List<int[]> ids(List<int[]> sequences, Map<Integer, Integer> ids) {
        List<int[]> out = new ArrayList<>();
        for (int[] s : sequences) {
            int[] x = new int[s.length];
            for (int i = 0; i < s.length; i++) {
                x[i] = ids.computeIfAbsent(s[i], c -> ids.size());
            }
            out.add(x);
        }
        return out;
    }

    /**
     * Spherical k-means over PPMI vectors of left and right neighbours; the cluster of each item, -1 for items seen
     * fewer than {@value #MIN_COUNT} times. Ids are in first-occurrence order, so the result is deterministic.
     */
    static int[] kmeans(List<int[]> sequences, int vocabulary, int k, long seed) {
        long[] count = new long[vocabulary];
        for (int[] s : sequences) {
            for (int x : s) {
                count[x]++;
            }
        }
        // contexts: the most frequent items (ties by id), then "other" and the sentence edge
        Integer[] byFrequency = new Integer[vocabulary];
        for (int i = 0; i < vocabulary; i++) {
            byFrequency[i] = i;
        }
        Arrays.sort(byFrequency, (a, b) -> count[a] != count[b] ? Long.compare(count[b], count[a]) : Integer.compare(a, b));
        int contexts = Math.min(CONTEXTS, vocabulary);
        int[] contextOf = new int[vocabulary];
        Arrays.fill(contextOf, contexts);
        for (int i = 0; i < contexts; i++) {
            contextOf[byFrequency[i]] = i;
        }
        int edge = contexts + 1;
        int dims = 2 * (contexts + 2);
        List<Integer> items = new ArrayList<>();
        int[] row = new int[vocabulary];
        Arrays.fill(row, -1);
        for (int id : byFrequency) {
            if (count[id] >= MIN_COUNT) {
                row[id] = items.size();
                items.add(id);
            }
        }
        int v = items.size();
        int[] out = new int[vocabulary];
        Arrays.fill(out, -1);
        if (v <= k) {
            for (int i = 0; i < v; i++) {
                out[items.get(i)] = i;
            }
            return out;
        }
        // (item row, context) pairs as longs, sorted and counted: no boxed maps
        long pairs = 0;
        for (int[] s : sequences) {
            for (int x : s) {
                if (row[x] >= 0) {
                    pairs += 2;
                }
            }
        }
        long[] pair = new long[Math.toIntExact(pairs)];
        long[] contextCount = new long[dims];
        int p = 0;
        for (int[] s : sequences) {
            for (int i = 0; i < s.length; i++) {
                int r = row[s[i]];
                if (r < 0) {
                    continue;
                }
                int left = i == 0 ? edge : contextOf[s[i - 1]];
                int right = contexts + 2 + (i == s.length - 1 ? edge : contextOf[s[i + 1]]);
                pair[p++] = (long) r << 32 | left;
                pair[p++] = (long) r << 32 | right;
                contextCount[left]++;
                contextCount[right]++;
            }
        }
        long total = pairs;
        Arrays.sort(pair);
        int[][] index = new int[v][];
        float[][] value = new float[v][];
        int at = 0;
        for (int r = 0; r < v; r++) {
            long itemCount = 2 * count[items.get(r)];
            int from = at;
            while (at < pair.length && (int) (pair[at] >>> 32) == r) {
                at++;
            }
            int[] idx = new int[at - from];
            float[] val = new float[at - from];
            int n = 0;
            double norm = 0;
            for (int q = from; q < at; ) {
                int context = (int) pair[q];
                int end = q;
                while (end < at && (int) pair[end] == context) {
                    end++;
                }
                double pmi = Math.log((double) (end - q) * total / ((double) itemCount * contextCount[context]));
                if (pmi > 0) {
                    idx[n] = context;
                    val[n] = (float) pmi;
                    norm += pmi * pmi;
                    n++;
                }
                q = end;
            }
            idx = Arrays.copyOf(idx, n);
            val = Arrays.copyOf(val, n);
            for (int i = 0; i < n; i++) {
                val[i] /= (float) Math.sqrt(norm);
            }
            index[r] = idx;
            value[r] = val;
        }
        pair = null;
        // k-means++ seeding (cosine distance), fixed seed
        Random random = new Random(seed);
        double[][] centroid = new double[k][dims];
        double[] nearest = new double[v];
        Arrays.fill(nearest, Double.MAX_VALUE);
        int first = random.nextInt(v);
        for (int c = 0; c < k; c++) {
            int chosen = first;
            if (c > 0) {
                double sum = 0;
                for (double d : nearest) {
                    sum += d;
                }
                double pick = random.nextDouble() * sum;
                for (int r = 0; r < v; r++) {
                    pick -= nearest[r];
                    if (pick <= 0) {
                        chosen = r;
                        break;
                    }
                }
            }
            for (int i = 0; i < index[chosen].length; i++) {
                centroid[c][index[chosen][i]] = value[chosen][i];
            }
            for (int r = 0; r < v; r++) {
                double d = Math.max(0, 1 - dot(index[r], value[r], centroid[c]));
                nearest[r] = Math.min(nearest[r], d);
            }
        }
        int[] assignment = new int[v];
        for (int iteration = 0; iteration < ITERATIONS; iteration++) {
            int changed = 0;
            for (int r = 0; r < v; r++) {
                int best = 0;
                double bestDot = Double.NEGATIVE_INFINITY;
                for (int c = 0; c < k; c++) {
                    double d = dot(index[r], value[r], centroid[c]);
                    if (d > bestDot) {
                        bestDot = d;
                        best = c;
                    }
                }
                if (iteration == 0 || assignment[r] != best) {
                    changed++;
                }
                assignment[r] = best;
            }
            for (double[] c : centroid) {
                Arrays.fill(c, 0);
            }
            for (int r = 0; r < v; r++) {
                double[] c = centroid[assignment[r]];
                for (int i = 0; i < index[r].length; i++) {
                    c[index[r][i]] += value[r][i];
                }
            }
            for (double[] c : centroid) {
                double norm = 0;
                for (double x : c) {
                    norm += x * x;
                }
                if (norm > 0) {
                    double scale = 1 / Math.sqrt(norm);
                    for (int i = 0; i < c.length; i++) {
                        c[i] *= scale;
                    }
                }
            }
            if (changed == 0) {
                break;
            }
        }
        for (int r = 0; r < v; r++) {
            out[items.get(r)] = assignment[r];
        }
        return out;
    }

    private static double dot(int[] index, float[] value, double[] centroid) {
        double s = 0;
        for (int i = 0; i < index.length; i++) {
            s += value[i] * centroid[index[i]];
        }
        return s;
    }

    int chars() {
        return chars.size();
    }

    int words() {
        return words.size();
    }

    void write(DataOutputStream out) throws IOException {
        out.writeInt(chars.size());
        for (Map.Entry<Character, Integer> e : chars.entrySet()) {
            out.writeChar(e.getKey());
            out.writeShort(e.getValue());
        }
        out.writeInt(words.size());
        for (Map.Entry<String, Integer> e : words.entrySet()) {
            out.writeUTF(e.getKey());
            out.writeByte(e.getValue());
        }
    }

    static Clusters read(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > 65536) {
            throw new IOException("bad char cluster count " + n);
        }
        TreeMap<Character, Integer> chars = new TreeMap<>();
        for (int i = 0; i < n; i++) {
            chars.put(in.readChar(), in.readUnsignedShort());
        }
        int m = in.readInt();
        if (m < 0 || m > 10_000_000) {
            throw new IOException("bad word cluster count " + m);
        }
        TreeMap<String, Integer> words = new TreeMap<>();
        for (int i = 0; i < m; i++) {
            words.put(in.readUTF(), in.readUnsignedByte());
        }
        return new Clusters(chars, words);
    }
}
