package news.enrich;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import com.hankcs.hanlp.seg.common.Term;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;

/**
 * The full-article topic model: L2-regularised logistic regression (LIBLINEAR) over the words of the segmented article
 * (stop words out) and the character bigrams of its letters and digits, headline counts weighted
 * {@value #HEADLINE_WEIGHT}x, sublinear TF ({@code 1 + ln tf}) times IDF, L2-normalised. Features seen in fewer than
 * {@value #MIN_DF} training articles are dropped.
 *
 * <p>The classes are the codes the dataset labels map to, which may be deeper than level 1 (house and home, trend,
 * video game, construction and property): the classifier sums them up the hierarchy. Choices (C, features, MIN_DF,
 * headlines in or out) were made by 5-fold cross-validation on the training part of the cnews articles only (see the
 * README); training is deterministic (features numbered in order of first appearance), so the same data gives the
 * same model file.
 */
final class ArticleTopicModel {

    static final double C = 64;
    static final double HEADLINE_WEIGHT = 3;
    static final int MIN_DF = 3;

    /** One training article: its topic code, headline (may be empty) and body. */
    record Example(String code, String headline, String body) {}

    private final Vocabulary vocabulary;
    private final float[] idf;        // by feature id (index 0 unused)
    private final LinearWeights weights;
    private final int trainingSize;
    private final Duration trainingTime;

    private ArticleTopicModel(Vocabulary vocabulary, float[] idf, LinearWeights weights, int trainingSize,
                              Duration trainingTime) {
        this.vocabulary = vocabulary;
        this.idf = idf;
        this.weights = weights;
        this.trainingSize = trainingSize;
        this.trainingTime = trainingTime;
    }

    /**
     * Trains on these articles (segmented as at prediction).
     *
     * @throws IllegalArgumentException with fewer than two distinct codes
     */
    static ArticleTopicModel train(List<Example> examples) {
        List<String> codes = new ArrayList<>(new TreeSet<>(examples.stream().map(Example::code).toList()));
        if (codes.size() < 2) {
            throw new IllegalArgumentException("need articles of at least two topics");
        }
        long start = System.nanoTime();
        List<Map<String, Double>> counts = new ArrayList<>(examples.size());
        Map<String, Integer> df = new HashMap<>();
        for (Example e : examples) {
            Map<String, Double> c = featureCounts(AnalysedText.analyse(e.headline(), e.body()));
            counts.add(c);
            c.keySet().forEach(f -> df.merge(f, 1, Integer::sum));
        }
        // ids in order of first appearance (articles in order, features of an article sorted): deterministic
        Map<String, Integer> ids = new LinkedHashMap<>();
        for (Map<String, Double> c : counts) {
            for (String f : new TreeSet<>(c.keySet())) {
                if (df.get(f) >= MIN_DF) {
                    ids.putIfAbsent(f, ids.size() + 1);
                }
            }
        }
        int n = examples.size();
        float[] idf = new float[ids.size() + 1];
        ids.forEach((f, id) -> idf[id] = (float) idf(n, df.get(f)));
        Feature[][] x = new Feature[n][];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            int[] fid = new int[counts.get(i).size()];
            double[] val = new double[fid.length];
            int k = 0;
            for (Map.Entry<String, Double> e : counts.get(i).entrySet()) {
                Integer id = ids.get(e.getKey());
                if (id != null) {
                    fid[k] = id;
                    val[k] = e.getValue();
                    k++;
                }
            }
            x[i] = toFeatures(fid, val, weigh(fid, val, k, idf));
            y[i] = codes.indexOf(examples.get(i).code());
        }
        Problem problem = new Problem();
        problem.l = n;
        problem.n = ids.size() + 1;
        problem.x = x;
        problem.y = y;
        problem.bias = 1;
        Linear.disableDebugOutput();
        Model model = Linear.train(problem, new Parameter(SolverType.L2R_LR, C, 0.01));
        List<String> byId = new ArrayList<>(ids.keySet());
        return new ArticleTopicModel(new Vocabulary(byId), idf, LinearWeights.of(model, codes.toArray(String[]::new)),
                n, Duration.ofNanos(System.nanoTime() - start));
    }

    static double idf(int documents, int df) {
        return Math.log((documents + 1.0) / (df + 1.0)) + 1;
    }

    /** Feature counts of an analysed article as strings ("w:word", "b:xy"): the training view. */
    static Map<String, Double> featureCounts(AnalysedText text) {
        Map<String, Double> c = new HashMap<>();
        addCounts(c, text.headlineTerms(), text.headline(), HEADLINE_WEIGHT);
        addCounts(c, text.bodyTerms(), text.body(), 1);
        return c;
    }

    private static void addCounts(Map<String, Double> c, List<Term> terms, String text, double weight) {
        for (Term t : terms) {
            if (StopWords.shouldInclude(t)) {
                c.merge("w:" + t.word, weight, Double::sum);
            }
        }
        char prev = 0;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (!Character.isLetterOrDigit(ch)) {
                continue;
            }
            if (prev != 0) {
                c.merge("b:" + prev + ch, weight, Double::sum);
            }
            prev = ch;
        }
    }

    /** Posterior per class code for an analysed article; empty when it has no known feature. */
    Map<String, Double> predict(AnalysedText text) {
        Sparse v = vocabulary.counts(text, HEADLINE_WEIGHT);
        if (v.n() == 0) {
            return Map.of();
        }
        weigh(v.ids(), v.values(), v.n(), idf);
        return weights.posterior(v.ids(), v.values(), v.n());
    }

    /** (1 + ln tf) * idf, L2-normalised, in place; returns n. */
    private static int weigh(int[] ids, double[] vals, int n, float[] idf) {
        double sum = 0;
        for (int i = 0; i < n; i++) {
            vals[i] = (1 + Math.log(vals[i])) * idf[ids[i]];
            sum += vals[i] * vals[i];
        }
        double norm = Math.sqrt(sum);
        if (norm > 0) {
            for (int i = 0; i < n; i++) {
                vals[i] /= norm;
            }
        }
        return n;
    }

    private static Feature[] toFeatures(int[] ids, double[] vals, int n) {
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Integer.compare(ids[a], ids[b]));
        Feature[] out = new Feature[n];
        for (int i = 0; i < n; i++) {
            out[i] = new FeatureNode(ids[order[i]], vals[order[i]]);
        }
        return out;
    }

    List<String> codes() {
        return List.of(weights.codes());
    }

    int trainingSize() {
        return trainingSize;
    }

    Duration trainingTime() {
        return trainingTime;
    }

    int features() {
        return vocabulary.size();
    }

    void write(DataOutputStream out) throws IOException {
        out.writeInt(trainingSize);
        vocabulary.write(out);
        for (int i = 1; i < idf.length; i++) {
            out.writeFloat(idf[i]);
        }
        weights.write(out);
    }

    static ArticleTopicModel read(DataInputStream in) throws IOException {
        int size = in.readInt();
        Vocabulary vocabulary = Vocabulary.read(in);
        float[] idf = new float[vocabulary.size() + 1];
        for (int i = 1; i < idf.length; i++) {
            idf[i] = in.readFloat();
        }
        LinearWeights weights = LinearWeights.read(in);
        if (weights.features() != vocabulary.size()) {
            throw new IOException("article model: " + weights.features() + " weights for " + vocabulary.size() + " features");
        }
        return new ArticleTopicModel(vocabulary, idf, weights, size, Duration.ZERO);
    }

    /** A sparse vector: ascending ids with their values, the first n entries used. */
    record Sparse(int[] ids, double[] values, int n) {}

    /**
     * Feature strings by id, with lookups that build no strings on the hot path: words in a hash map, bigrams in an
     * open-addressing table keyed by the two chars.
     */
    static final class Vocabulary {
        private final List<String> byId;  // id - 1 -> feature
        private final Map<String, Integer> words = new HashMap<>();
        private final CharPairIds bigramIds;

        Vocabulary(List<String> byId) {
            this.byId = List.copyOf(byId);
            int bigrams = 0;
            for (String f : byId) {
                if (f.startsWith("b:")) {
                    bigrams++;
                }
            }
            bigramIds = new CharPairIds(bigrams);
            for (int i = 0; i < byId.size(); i++) {
                String f = byId.get(i);
                int id = i + 1;
                if (f.startsWith("w:")) {
                    words.put(f.substring(2), id);
                } else if (f.length() == 4 && f.startsWith("b:")) {
                    bigramIds.put(f.charAt(2), f.charAt(3), id);
                } else {
                    throw new IllegalArgumentException("not a feature: " + f);
                }
            }
        }

        int size() {
            return byId.size();
        }

        int bigram(char a, char b) {
            return bigramIds.get(a, b);
        }

        /** Known-feature counts of an article as {@link #featureCounts} would count them (headline weighted). */
        Sparse counts(AnalysedText text, double headlineWeight) {
            int[] head = ids(text.headlineContentTerms(), text.headline());
            int[] body = ids(text.bodyContentTerms(), text.body());
            int[] ids = new int[head.length + body.length];
            double[] values = new double[ids.length];
            int n = 0;
            int i = 0;
            int j = 0;
            while (i < head.length || j < body.length) {
                int id = i < head.length && (j >= body.length || head[i] <= body[j]) ? head[i] : body[j];
                double count = 0;
                while (i < head.length && head[i] == id) {
                    count += headlineWeight;
                    i++;
                }
                while (j < body.length && body[j] == id) {
                    count += 1;
                    j++;
                }
                ids[n] = id;
                values[n] = count;
                n++;
            }
            return new Sparse(ids, values, n);
        }

        /**
         * Sorted ids of the known features of these terms (stop words already out: {@link AnalysedText}'s content
         * terms) and this text (repeated per occurrence).
         */
        private int[] ids(List<Term> contentTerms, String text) {
            int[] out = new int[contentTerms.size() + text.length()];
            int n = 0;
            for (Term t : contentTerms) {
                Integer id = words.get(t.word);
                if (id != null) {
                    out[n++] = id;
                }
            }
            char prev = 0;
            for (int i = 0; i < text.length(); i++) {
                char ch = text.charAt(i);
                if (!Character.isLetterOrDigit(ch)) {
                    continue;
                }
                if (prev != 0) {
                    int id = bigram(prev, ch);
                    if (id != 0) {
                        out[n++] = id;
                    }
                }
                prev = ch;
            }
            Arrays.sort(out, 0, n);
            return Arrays.copyOf(out, n);
        }

        void write(DataOutputStream out) throws IOException {
            out.writeInt(byId.size());
            for (String f : byId) {
                out.writeUTF(f);
            }
        }

        static Vocabulary read(DataInputStream in) throws IOException {
            int n = in.readInt();
            if (n < 0 || n > 50_000_000) {
                throw new IOException("bad vocabulary size " + n);
            }
            List<String> byId = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                byId.add(in.readUTF());
            }
            try {
                return new Vocabulary(byId);
            } catch (IllegalArgumentException e) {
                throw new IOException(e.getMessage(), e);
            }
        }
    }
}
