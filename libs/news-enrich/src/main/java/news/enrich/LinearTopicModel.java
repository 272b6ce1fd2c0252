package news.enrich;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.common.Term;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;

/**
 * L2-regularised logistic regression (LIBLINEAR, Java port {@code de.bwaldvogel:liblinear}) over HanLP words plus
 * character unigrams and bigrams, L2-normalised counts. Bigrams make it robust to segmentation differences between
 * headlines and body text; logistic regression gives calibrated probabilities for the topic mix.
 *
 * <p>This is the <b>headline model</b> of {@link TopicClassifier} (the full-article model is {@link ArticleTopicModel}).
 * C = {@value #C} was chosen by 5-fold cross-validation on the training half only (every 5th headline held out,
 * see {@link TitleCorpus#split}); the held-out half was used once, for the reported figure. Training is deterministic
 * (trust-region Newton, features numbered in order of first appearance), so a model file is reproducible from the data.
 * The weights are kept as floats ({@link LinearWeights}); the model is written into the topic model file
 * ({@link TopicModels}).
 */
public final class LinearTopicModel {

    /** Regularisation strength, from cross-validation on the training half (grid 0.5 … 64). */
    static final double C = 64;

    private final LinearWeights weights;
    private final Map<String, Integer> vocabulary;
    private final FeatureIndex index;
    private final Duration trainingTime;
    private final int trainingSize;

    private LinearTopicModel(LinearWeights weights, Map<String, Integer> vocabulary, Duration trainingTime,
                             int trainingSize) {
        this.weights = weights;
        this.vocabulary = vocabulary;
        this.index = new FeatureIndex(vocabulary);
        this.trainingTime = trainingTime;
        this.trainingSize = trainingSize;
    }

    /** The headline model of the shipped topic model file. */
    public static LinearTopicModel shared() {
        return TopicModels.shipped().headline();
    }

    /**
     * Trains a model.
     *
     * @throws IllegalArgumentException with fewer than two distinct codes
     */
    public static LinearTopicModel train(Collection<LabelledText> examples) {
        List<String> codes = new ArrayList<>(new TreeSet<>(examples.stream().map(LabelledText::code).toList()));
        if (codes.size() < 2) {
            throw new IllegalArgumentException("need examples of at least two topics");
        }
        long start = System.nanoTime();
        Map<String, Integer> vocabulary = new LinkedHashMap<>();
        Feature[][] x = new Feature[examples.size()][];
        double[] y = new double[examples.size()];
        int i = 0;
        for (LabelledText e : examples) {
            x[i] = vector(features(words(e.text()), e.text()), vocabulary, true);
            y[i] = codes.indexOf(e.code());
            i++;
        }
        Problem problem = new Problem();
        problem.l = x.length;
        problem.n = vocabulary.size() + 1;
        problem.x = x;
        problem.y = y;
        problem.bias = 1;
        Linear.disableDebugOutput();
        Model model = Linear.train(problem, new Parameter(SolverType.L2R_LR, C, 0.01));
        return new LinearTopicModel(LinearWeights.of(model, codes.toArray(String[]::new)), Map.copyOf(vocabulary),
                Duration.ofNanos(System.nanoTime() - start), examples.size());
    }

    static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        for (Term t : HanLP.segment(text)) {
            if (t.word != null && !t.word.isBlank()) {
                out.add(t.word);
            }
        }
        return out;
    }

    /**
     * Word features, then char unigrams and bigrams of the text without whitespace. (Punctuation stays a feature:
     * dropping it scored lower in cross-validation on the training half, 86.6 % vs 87.1 %.)
     */
    static List<String> features(List<String> words, String text) {
        List<String> f = new ArrayList<>(words.size() + 2 * text.length());
        for (String w : words) {
            f.add("w:" + w);
        }
        StringBuilder s = new StringBuilder(text.length());
        text.codePoints().filter(cp -> !Character.isWhitespace(cp)).forEach(s::appendCodePoint);
        for (int i = 0; i < s.length(); i++) {
            f.add("c:" + s.charAt(i));
            if (i + 1 < s.length()) {
                f.add("b:" + s.charAt(i) + s.charAt(i + 1));
            }
        }
        return f;
    }

    private static Feature[] vector(List<String> features, Map<String, Integer> vocabulary, boolean grow) {
        TreeMap<Integer, Double> counts = new TreeMap<>();
        for (String f : features) {
            Integer id = vocabulary.get(f);
            if (id == null && grow) {
                id = vocabulary.size() + 1;
                vocabulary.put(f, id);
            }
            if (id != null) {
                counts.merge(id, 1.0, Double::sum);
            }
        }
        double norm = Math.sqrt(counts.values().stream().mapToDouble(v -> v * v).sum());
        Feature[] out = new Feature[counts.size()];
        int i = 0;
        for (Map.Entry<Integer, Double> e : counts.entrySet()) {
            out[i++] = new FeatureNode(e.getKey(), e.getValue() / (norm == 0 ? 1 : norm));
        }
        return out;
    }

    /** Posterior per code for a raw text (segmented like the training data); empty when no feature is known. */
    public Map<String, Double> predict(String text) {
        if (text == null || text.isBlank()) {
            return Map.of();
        }
        return posterior(index.vector(words(text), text));
    }

    /** Posterior for already segmented tokens (stop words removed); empty when no token is known. */
    public Map<String, Double> predictTokens(List<String> tokens) {
        return posterior(index.vector(tokens, String.join("", tokens)));
    }

    FeatureIndex index() {
        return index;
    }

    /** The slow reference of {@link FeatureIndex#vector}: feature strings looked up one by one (what training does). */
    Feature[] referenceVector(List<String> words, String text) {
        List<String> features = features(words, text);
        // a text without a letter or digit (only punctuation) carries no topic: no posterior, like an empty one
        if (features.stream().noneMatch(f -> f.codePoints().skip(2).anyMatch(Character::isLetterOrDigit))) {
            return new Feature[0];
        }
        return vector(features, vocabulary, false);
    }

    private Map<String, Double> posterior(Feature[] v) {
        if (v.length == 0) {
            return Map.of();
        }
        int[] ids = new int[v.length];
        double[] values = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            ids[i] = v[i].getIndex();
            values[i] = v[i].getValue();
        }
        return weights.posterior(ids, values, v.length);
    }

    /** How many of these tokens the model knows as features. */
    public int knownTokens(List<String> tokens) {
        int known = 0;
        for (String t : tokens) {
            if (t != null && index.words.containsKey(t)) {
                known++;
            }
        }
        return known;
    }

    public List<String> codes() {
        return List.of(weights.codes());
    }

    public Duration trainingTime() {
        return trainingTime;
    }

    public int trainingSize() {
        return trainingSize;
    }

    /**
     * The vocabulary split by feature kind, so that prediction looks features up without building their strings: words
     * in a map, char unigrams in a table indexed by the char, bigrams in an open-addressing table keyed by the two
     * chars. {@link #vector} gives exactly the vector of {@code vector(features(words, text), vocabulary, false)}
     * (same ids, same counts, same norm), and an empty one where {@code posterior} used to answer "no topic".
     */
    static final class FeatureIndex {
        final Map<String, Integer> words = new HashMap<>();
        private final int[] unigrams = new int[Character.MAX_VALUE + 1];
        private final CharPairIds bigramIds;

        FeatureIndex(Map<String, Integer> vocabulary) {
            int bigrams = 0;
            for (String f : vocabulary.keySet()) {
                if (f.length() == 4 && f.startsWith("b:")) {
                    bigrams++;
                }
            }
            bigramIds = new CharPairIds(bigrams);
            vocabulary.forEach((f, id) -> {
                if (f.startsWith("w:")) {
                    words.put(f.substring(2), id);
                } else if (f.length() == 3 && f.startsWith("c:")) {
                    unigrams[f.charAt(2)] = id;
                } else if (f.length() == 4 && f.startsWith("b:")) {
                    bigramIds.put(f.charAt(2), f.charAt(3), id);
                }
            });
        }

        private int bigram(char a, char b) {
            return bigramIds.get(a, b);
        }

        /** L2-normalised counts of the known features of these words and this text, ascending ids. */
        Feature[] vector(List<String> tokens, String text) {
            // the text without whitespace, as features() builds it (by code point)
            char[] s = new char[text.length()];
            int len = 0;
            for (int i = 0; i < text.length(); ) {
                int cp = text.codePointAt(i);
                i += Character.charCount(cp);
                if (!Character.isWhitespace(cp)) {
                    len += Character.toChars(cp, s, len);
                }
            }
            int[] ids = new int[tokens.size() + 2 * len];
            int n = 0;
            boolean letterOrDigit = false;
            for (String token : tokens) {
                String w = String.valueOf(token); // as "w:" + token
                Integer id = words.get(w);
                if (id != null) {
                    ids[n++] = id;
                }
                letterOrDigit = letterOrDigit || w.codePoints().anyMatch(Character::isLetterOrDigit);
            }
            for (int i = 0; i < len; i++) {
                char c = s[i];
                int id = unigrams[c];
                if (id != 0) {
                    ids[n++] = id;
                }
                letterOrDigit = letterOrDigit || Character.isLetterOrDigit((int) c);
                if (i + 1 < len) {
                    char d = s[i + 1];
                    id = bigram(c, d);
                    if (id != 0) {
                        ids[n++] = id;
                    }
                    // the bigram's string is one code point when the two chars are a surrogate pair
                    letterOrDigit = letterOrDigit
                            || Character.isSurrogatePair(c, d) && Character.isLetterOrDigit(Character.toCodePoint(c, d));
                }
            }
            if (!letterOrDigit || n == 0) {
                return new Feature[0];
            }
            Arrays.sort(ids, 0, n);
            int distinct = 0;
            double sumOfSquares = 0; // integer-valued, so exact in any order
            for (int i = 0; i < n; ) {
                int j = i;
                while (j < n && ids[j] == ids[i]) {
                    j++;
                }
                double count = j - i;
                sumOfSquares += count * count;
                distinct++;
                i = j;
            }
            double norm = Math.sqrt(sumOfSquares);
            Feature[] out = new Feature[distinct];
            int k = 0;
            for (int i = 0; i < n; ) {
                int j = i;
                while (j < n && ids[j] == ids[i]) {
                    j++;
                }
                out[k++] = new FeatureNode(ids[i], (j - i) / (norm == 0 ? 1 : norm));
                i = j;
            }
            return out;
        }
    }

    /** Training size, vocabulary (feature per id), weights. */
    void write(DataOutputStream out) throws IOException {
        out.writeInt(trainingSize);
        String[] byId = new String[vocabulary.size() + 1];
        vocabulary.forEach((f, id) -> byId[id] = f);
        out.writeInt(vocabulary.size());
        for (int i = 1; i < byId.length; i++) {
            out.writeUTF(byId[i]);
        }
        weights.write(out);
    }

    static LinearTopicModel read(DataInputStream in) throws IOException {
        int size = in.readInt();
        int n = in.readInt();
        if (n < 0 || n > 50_000_000) {
            throw new IOException("bad headline vocabulary size " + n);
        }
        Map<String, Integer> vocabulary = new HashMap<>(n * 2);
        for (int i = 1; i <= n; i++) {
            vocabulary.put(in.readUTF(), i);
        }
        LinearWeights weights = LinearWeights.read(in);
        if (weights.features() != n) {
            throw new IOException("headline model: " + weights.features() + " weights for " + n + " features");
        }
        return new LinearTopicModel(weights, Map.copyOf(vocabulary), Duration.ZERO, size);
    }
}
