package news.enrich;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipException;

import com.hankcs.hanlp.seg.common.Term;

import news.model.Entity.EntityType;

/**
 * The trained character tagger for people, places and organisations: a linear model over {@link CharFeatures} keys
 * with first-order tag transitions, decoded by Viterbi restricted to valid BIOES sequences ({@link NerTags}).
 *
 * <p>Weights are laid out as HanLP's {@code LinearModel} lays them out (row × tag, the first {@code tags + 1} rows
 * being the transitions from each tag and from BOS), so the trainer can use HanLP's {@code AveragedPerceptron}; the
 * decoder is this class's own because HanLP's {@code viterbiDecode} rescores every feature for every tag pair
 * (tags² × features per char instead of tags × features + tags²) and allows invalid sequences. Feature keys map to
 * weights through {@link WeightTable}, an open-addressing table holding each key next to its weights (one memory
 * access per feature). Nothing is allocated per feature.
 *
 * <p>File: gzip of magic, version, tag names, template names, feature count, transitions, the feature keys in
 * ascending order (varint deltas) and the weights as IEEE half floats (the model in memory holds the half-float
 * values, so a saved and loaded model predicts exactly as the saved one). Immutable and thread-safe.
 */
public final class NerModel {

    /** Where the shipped model lives on the classpath. */
    public static final String RESOURCE = "news/enrich/ner/ner-model.bin.gz";
    private static final String MAGIC = "news-ner-model";
    private static final int VERSION = 2;
    private static final int T = NerTags.SIZE;

    private static final class Shipped {
        static final NerModel INSTANCE = loadResource();
    }

    private final long[] keys;          // ascending; row of keys[i] is T + 1 + i
    private final float[] weights;      // (T + 1 + keys.length) × T
    private final WeightTable table;
    private final CharWeights charWeights;
    private final double[] constrainedTransitions;
    private final EntityLexicon lexicon;
    private final Clusters clusters;
    /** Per template with small payloads ({@link CharFeatures#DENSE_BOUND}): weights by payload, else null. */
    private final float[][] dense;
    /** Whether the model has weights for jieba's words ({@link CharFeatures#JIEBA_WORD} …): else not computed. */
    private final boolean jieba;

    private NerModel(long[] keys, float[] weights, EntityLexicon lexicon, Clusters clusters) {
        this.keys = keys;
        this.lexicon = lexicon;
        this.clusters = clusters;
        this.dense = dense(keys, weights);
        this.weights = weights;
        this.constrainedTransitions = transitions(weights, true);
        // keys of the templates with dense arrays are never looked up in the table: left out, it stays half the size
        // the bias, char and bigram templates are grouped by char (CharWeights): neither they are in the table
        this.charWeights = new CharWeights(keys, weights, T + 1);
        this.table = new WeightTable(keys, weights, T + 1, key -> !isDense(key) && !CharWeights.holds(key));
        // the names two of its templates read (NameDictionary, 1-2 s to load): with the model, not on the first article
        NameDictionary.standard();
        this.jieba = Arrays.stream(keys).anyMatch(key -> CharFeatures.template(key) >= CharFeatures.BASE_TEMPLATES);
        if (jieba) {
            JiebaWords.standard();
        }
    }

    /** The model shipped in the jar (loaded once per JVM). */
    public static NerModel standard() {
        return Shipped.INSTANCE;
    }

    private static NerModel loadResource() {
        InputStream in = NerModel.class.getClassLoader().getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("missing resource " + RESOURCE + " (train it: ./news train entities)");
        }
        try (in) {
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /**
     * A model from trained weights: keeps the features whose largest absolute weight (as a half float) is at least
     * {@code minWeight}, rounds weights to half floats.
     *
     * @param keys    feature key of each weight row after the transition rows
     * @param weights (T + 1 + keys.length) × T, HanLP's layout
     */
    static NerModel of(long[] keys, float[] weights, float minWeight, EntityLexicon lexicon, Clusters clusters) {
        if (weights.length != (T + 1 + keys.length) * T) {
            throw new IllegalArgumentException("weights do not match the keys");
        }
        Integer[] order = new Integer[keys.length];
        int kept = 0;
        for (int i = 0; i < keys.length; i++) {
            float max = 0;
            for (int t = 0; t < T; t++) {
                max = Math.max(max, Math.abs(half(weights[(T + 1 + i) * T + t])));
            }
            if (max > 0 && max >= minWeight) {
                order[kept++] = i;
            }
        }
        Integer[] sorted = Arrays.copyOf(order, kept);
        Arrays.sort(sorted, (a, b) -> Long.compare(keys[a], keys[b]));
        long[] k = new long[kept];
        float[] w = new float[(T + 1 + kept) * T];
        for (int i = 0; i < (T + 1) * T; i++) {
            w[i] = half(weights[i]);
        }
        for (int i = 0; i < kept; i++) {
            k[i] = keys[sorted[i]];
            if (i > 0 && k[i] == k[i - 1]) {
                throw new IllegalArgumentException("duplicate feature key " + k[i]);
            }
            for (int t = 0; t < T; t++) {
                w[(T + 1 + i) * T + t] = half(weights[(T + 1 + sorted[i]) * T + t]);
            }
        }
        return new NerModel(k, w, lexicon, clusters);
    }

    private static float half(float f) {
        return Float.float16ToFloat(Float.floatToFloat16(f));
    }

    private static float[][] dense(long[] keys, float[] weights) {
        float[][] dense = new float[CharFeatures.TEMPLATES][];
        for (int j = 0; j < dense.length; j++) {
            if (CharFeatures.DENSE_BOUND[j] > 0) {
                dense[j] = new float[CharFeatures.DENSE_BOUND[j] * T];
            }
        }
        for (int i = 0; i < keys.length; i++) {
            float[] d = dense[CharFeatures.template(keys[i])];
            long payload = CharFeatures.payload(keys[i]);
            if (d != null && payload < CharFeatures.DENSE_BOUND[CharFeatures.template(keys[i])]) {
                System.arraycopy(weights, (T + 1 + i) * T, d, (int) payload * T, T);
            }
        }
        return dense;
    }

    /** Whether a key's weights are in a dense array ({@link CharFeatures#DENSE_BOUND}), as {@link #emissions} reads. */
    private static boolean isDense(long key) {
        int template = CharFeatures.template(key);
        return template < CharFeatures.TEMPLATES && CharFeatures.DENSE_BOUND[template] > 0
                && CharFeatures.payload(key) < CharFeatures.DENSE_BOUND[template];
    }

    /** The lexicon of names the features look up. */
    EntityLexicon lexicon() {
        return lexicon;
    }

    /** Number of features (weight rows besides the transitions). */
    public int features() {
        return keys.length;
    }

    /**
     * Tags of the chars {@code [begin, end)} of {@code text}: {@link NerTags} ids, a valid BIOES sequence.
     *
     * @param terms HanLP terms of the text with offsets in {@code text} (those outside the range are ignored)
     */
    int[] tag(String text, int begin, int end, List<Term> terms) {
        int n = end - begin;
        int[] out = new int[n];
        if (n == 0) {
            return out;
        }
        Scratch scratch = Scratch.get();
        double[] emit = emissions(text, begin, end, terms, scratch);
        int[] back = scratch.back(n * T);
        double[] last = new double[T];
        forward(emit, constrainedTransitions, n, back, last, null);
        backtrack(last, back, n, true, out);
        return out;
    }

    /**
     * Emission scores {@code n × T} of the chars: the weights of their features, summed in template order. The bias,
     * char and bigram templates come from {@link CharWeights} (one lookup per char and one per pair of chars instead
     * of ten per char), the templates with small payloads from dense arrays, the others from {@link WeightTable}.
     */
    double[] emissions(String text, int begin, int end, List<Term> terms) {
        return Arrays.copyOf(emissions(text, begin, end, terms, Scratch.get()), (end - begin) * T);
    }

    /** As above, into this thread's scratch arrays: the first {@code n × T} values of the array returned. */
    private double[] emissions(String text, int begin, int end, List<Term> terms, Scratch scratch) {
        int n = end - begin;
        int k = CharFeatures.TEMPLATES;
        long[] featureKeys = scratch.keys(n * k);
        CharFeatures.extract(text, begin, end, terms, lexicon, clusters, jieba, featureKeys);
        double[] emit = scratch.emit(n * T);
        // the normalised chars with two edge marks on each side (as CharFeatures numbers them), read off the keys
        int[] ext = new int[n + 4];
        ext[0] = (int) CharFeatures.payload(featureKeys[1]);
        ext[1] = (int) CharFeatures.payload(featureKeys[2]);
        for (int i = 0; i < n; i++) {
            ext[i + 2] = (int) CharFeatures.payload(featureKeys[i * k + 3]);
        }
        ext[n + 2] = (int) CharFeatures.payload(featureKeys[(n - 1) * k + 4]);
        ext[n + 3] = (int) CharFeatures.payload(featureKeys[(n - 1) * k + 5]);
        int[] unigram = new int[n + 4];
        int[] bigram = new int[n + 3];
        for (int q = 0; q < n + 4; q++) {
            unigram[q] = charWeights.charGroup(ext[q]);
        }
        for (int q = 0; q < n + 3; q++) {
            bigram[q] = charWeights.pairGroup(ext[q], ext[q + 1]);
        }
        for (int i = 0; i < n; i++) {
            int at = i * T;
            charWeights.addBias(emit, at);
            for (int m = 0; m < 5; m++) {
                charWeights.addUnigram(unigram[i + m], m, emit, at);
            }
            for (int m = 0; m < 4; m++) {
                charWeights.addBigram(bigram[i + m], m, emit, at);
            }
            for (int j = CharWeights.LAST + 1; j < k; j++) {
                long key = featureKeys[i * k + j];
                if (key == 0) {
                    continue;
                }
                float[] d = dense[j];
                if (d != null && CharFeatures.payload(key) < CharFeatures.DENSE_BOUND[j]) {
                    int base = (int) CharFeatures.payload(key) * T;
                    for (int t = 0; t < T; t++) {
                        emit[at + t] += d[base + t];
                    }
                } else {
                    table.addTo(key, emit, at);
                }
            }
        }
        return emit;
    }

    /**
     * This thread's arrays for a chunk: the feature keys (38 longs per char, 300 KB for a chunk of 1,000 chars), the
     * emissions and the Viterbi tables. Fresh arrays per chunk cost their zeroing, the cache misses of every first
     * write and the garbage; these grow to the largest chunk (at most {@value AnalysedText#CHUNK_CHARS} chars of body,
     * {@value AnalysedText#MAX_HEADLINE_CHARS} of headline) and are zeroed only where a sum starts from zero.
     */
    private static final class Scratch {
        private static final ThreadLocal<Scratch> OF_THREAD = ThreadLocal.withInitial(Scratch::new);
        private long[] keys = new long[0];
        private double[] emit = new double[0];
        private double[] forward = new double[0];
        private double[] backward = new double[0];
        private int[] back = new int[0];

        static Scratch get() {
            return OF_THREAD.get();
        }

        /** Zeroed up to {@code size}. */
        long[] keys(int size) {
            if (keys.length < size) {
                keys = new long[Math.max(size, 2 * keys.length)];
            } else {
                Arrays.fill(keys, 0, size, 0L);
            }
            return keys;
        }

        /** Zeroed up to {@code size}. */
        double[] emit(int size) {
            if (emit.length < size) {
                emit = new double[Math.max(size, 2 * emit.length)];
            } else {
                Arrays.fill(emit, 0, size, 0.0);
            }
            return emit;
        }

        /** Not zeroed: the forward pass writes every value it reads. */
        double[] forward(int size) {
            if (forward.length < size) {
                forward = new double[Math.max(size, 2 * forward.length)];
            }
            return forward;
        }

        /** Not zeroed: the backward pass writes every value it reads. */
        double[] backward(int size) {
            if (backward.length < size) {
                backward = new double[Math.max(size, 2 * backward.length)];
            }
            return backward;
        }

        /** Not zeroed: the forward pass writes the back pointers of chars 1 … n-1, the first char's are never used. */
        int[] back(int size) {
            if (back.length < size) {
                back = new int[Math.max(size, 2 * back.length)];
            }
            return back;
        }
    }


    /**
     * The weight rows of the chars' features ({@code n × TEMPLATES}, -1 for unknown) as the trainer numbers them:
     * for checking that the run-time table scores exactly as {@link #decode} (a binary search, not for the hot path).
     */
    int[] rows(String text, int begin, int end, List<Term> terms) {
        int n = end - begin;
        int k = CharFeatures.TEMPLATES;
        long[] featureKeys = new long[n * k];
        CharFeatures.extract(text, begin, end, terms, lexicon, clusters, jieba, featureKeys);
        int[] featureRows = new int[n * k];
        for (int i = 0; i < featureKeys.length; i++) {
            int at = featureKeys[i] == 0 ? -1 : Arrays.binarySearch(keys, featureKeys[i]);
            featureRows[i] = at < 0 ? -1 : T + 1 + at;
        }
        return featureRows;
    }

    /** The weights in the trainer's layout (see {@link #of}), for checks. */
    float[] weights() {
        return weights.clone();
    }

    /** A recognised span and the model's margin for it (see {@link #recognise}). */
    record Mention(EntityEvaluation.Span span, double margin) {}

    /**
     * The entity spans of the chars {@code [begin, end)} (offsets in {@code text}), a person's with its margin: the
     * score of the best tagging minus the score of the best tagging in which the span's chars are all O (found with
     * a backward pass, only run when there is a person). A margin near 0 means the model nearly left the span out;
     * the people facet keeps only names the model is sure of. Places and organisations get NaN.
     */
    List<Mention> recognise(String text, int begin, int end, List<Term> terms) {
        int n = end - begin;
        if (n == 0) {
            return List.of();
        }
        Scratch scratch = Scratch.get();
        double[] emit = emissions(text, begin, end, terms, scratch);
        double[] trans = constrainedTransitions;
        // forward: best score of a prefix ending at i with tag t (emission included); backward: best score of the
        // rest given tag t at i
        double[] forward = scratch.forward(n * T);
        int[] back = scratch.back(n * T);
        double[] last = new double[T];
        forward(emit, trans, n, back, last, forward);
        int[] tags = new int[n];
        double bestScore = backtrack(last, back, n, true, tags);
        List<EntityEvaluation.Span> spans = NerTags.spans(tags, n, 0);
        List<Mention> out = new ArrayList<>(spans.size());
        boolean person = false;
        for (EntityEvaluation.Span s : spans) { // a loop: the stream here was a hot spot in profiles
            person |= s.type() == EntityType.PERSON;
        }
        if (!person) {
            for (EntityEvaluation.Span s : spans) {
                out.add(new Mention(new EntityEvaluation.Span(begin + s.begin(), begin + s.end(), s.type()), Double.NaN));
            }
            return out;
        }
        double[] backward = scratch.backward(n * T);
        for (int t = 0; t < T; t++) {
            backward[(n - 1) * T + t] = NerTags.canEnd(t) ? 0 : Double.NEGATIVE_INFINITY;
        }
        for (int i = n - 2; i >= 0; i--) {
            int e = (i + 1) * T;
            for (int t = 0; t < T; t++) {
                double best = Double.NEGATIVE_INFINITY;
                for (int next = 0; next < T; next++) {
                    best = Math.max(best, trans[t * T + next] + emit[e + next] + backward[e + next]);
                }
                backward[i * T + t] = best;
            }
        }
        for (EntityEvaluation.Span s : spans) {
            if (s.type() != EntityType.PERSON) {
                out.add(new Mention(new EntityEvaluation.Span(begin + s.begin(), begin + s.end(), s.type()), Double.NaN));
                continue;
            }
            double left;
            if (s.begin() == 0) {
                left = weights[NerTags.BOS * T + NerTags.O];
            } else {
                left = Double.NEGATIVE_INFINITY;
                for (int t = 0; t < T; t++) {
                    left = Math.max(left, forward[(s.begin() - 1) * T + t] + trans[t * T + NerTags.O]);
                }
            }
            double middle = 0;
            for (int i = s.begin(); i < s.end(); i++) {
                middle += emit[i * T + NerTags.O] + (i > s.begin() ? weights[NerTags.O * T + NerTags.O] : 0);
            }
            double forced = left + middle + backward[(s.end() - 1) * T + NerTags.O];
            out.add(new Mention(new EntityEvaluation.Span(begin + s.begin(), begin + s.end(), s.type()),
                    bestScore - forced));
        }
        return out;
    }

    static double[] emissions(float[] w, int[] rows, int k, int n) {
        double[] emit = new double[n * T];
        for (int i = 0; i < n; i++) {
            int e = i * T;
            for (int j = 0; j < k; j++) {
                int r = rows[i * k + j];
                if (r < 0) {
                    continue;
                }
                int base = r * T;
                for (int t = 0; t < T; t++) {
                    emit[e + t] += w[base + t];
                }
            }
        }
        return emit;
    }

    /**
     * Viterbi over {@code n} chars with {@code k} weight rows per char ({@code rows[i * k + j]}, -1 for none); with
     * {@code constrained} only valid BIOES sequences. Scores as HanLP's {@code LinearModel.viterbiDecode} (the same
     * result when unconstrained: emission + transition from the previous tag, BOS at the first char, first maximum
     * wins).
     */
    static void decode(float[] w, int[] rows, int k, int n, boolean constrained, int[] out) {
        double[] emit = emissions(w, rows, k, n);
        double[] trans = transitions(w, constrained);
        int[] back = new int[n * T];
        double[] score = new double[T];
        forward(emit, trans, n, back, score, null);
        backtrack(score, back, n, constrained, out);
    }

    /** As {@link #decode} (constrained), each char {@code i} restricted to the tags of bit mask {@code allowed[i]}. */
    static void decode(float[] w, int[] rows, int k, int n, int[] allowed, int[] out) {
        double[] emit = emissions(w, rows, k, n);
        for (int i = 0; i < n; i++) {
            for (int t = 0; t < T; t++) {
                if ((allowed[i] >>> t & 1) == 0) {
                    emit[i * T + t] = Double.NEGATIVE_INFINITY;
                }
            }
        }
        double[] trans = transitions(w, true);
        int[] back = new int[n * T];
        double[] score = new double[T];
        forward(emit, trans, n, back, score, null);
        backtrack(score, back, n, true, out);
    }

    /** Follows the back pointers from the best last tag (one that may end a sequence when constrained); its score. */
    private static double backtrack(double[] last, int[] back, int n, boolean constrained, int[] out) {
        int arg = 0;
        for (int t = 1; t < T; t++) {
            if (last[t] > last[arg] && (!constrained || NerTags.canEnd(t))) {
                arg = t;
            }
        }
        double best = last[arg];
        for (int i = n - 1; i >= 0; i--) {
            out[i] = arg;
            arg = back[i * T + arg];
        }
        return best;
    }

    /**
     * Transition scores {@code (T + 1) × T} (from each tag and from BOS), -∞ where a constrained sequence may not go.
     */
    private static double[] transitions(float[] w, boolean constrained) {
        double[] trans = new double[(T + 1) * T];
        for (int prev = 0; prev <= T; prev++) {
            for (int cur = 0; cur < T; cur++) {
                trans[prev * T + cur] = constrained && !ALLOWED[prev * T + cur] ? Double.NEGATIVE_INFINITY : w[prev * T + cur];
            }
        }
        return trans;
    }

    private static final boolean[] ALLOWED = new boolean[(T + 1) * T];

    static {
        for (int prev = 0; prev <= T; prev++) {
            for (int cur = 0; cur < T; cur++) {
                ALLOWED[prev * T + cur] = NerTags.allowed(prev, cur);
            }
        }
    }

    /**
     * The Viterbi forward pass: back pointers, the scores of the last char's tags in {@code last}, and when
     * {@code all} is given the best prefix score of every char and tag ({@code n × T}, emission included). The same
     * sums in the same order as HanLP's {@code viterbiDecode} (emission + transition, then added to the previous
     * score; the first maximum wins).
     */
    private static void forward(double[] emit, double[] trans, int n, int[] back, double[] last, double[] all) {
        double[] score = new double[T];
        double[] next = new double[T];
        for (int t = 0; t < T; t++) {
            score[t] = emit[t] + trans[NerTags.BOS * T + t];
        }
        if (all != null) {
            System.arraycopy(score, 0, all, 0, T);
        }
        for (int i = 1; i < n; i++) {
            int e = i * T;
            for (int cur = 0; cur < T; cur++) {
                double em = emit[e + cur];
                double best = Double.NEGATIVE_INFINITY;
                int arg = 0;
                for (int prev = 0; prev < T; prev++) {
                    double s = score[prev] + (em + trans[prev * T + cur]);
                    if (s > best) {
                        best = s;
                        arg = prev;
                    }
                }
                next[cur] = best;
                back[e + cur] = arg;
            }
            double[] swap = score;
            score = next;
            next = swap;
            if (all != null) {
                System.arraycopy(score, 0, all, e, T);
            }
        }
        System.arraycopy(score, 0, last, 0, T);
    }

    /** Writes the model (gzip); the same model gives the same bytes. */
    public void save(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            write(out);
        }
    }

    void write(OutputStream target) throws IOException {
        GZIPOutputStream gzip = new GZIPOutputStream(target, 1 << 16);
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(gzip, 1 << 16));
        out.writeUTF(MAGIC);
        out.writeInt(VERSION);
        out.writeInt(T);
        for (String tag : NerTags.NAMES) {
            out.writeUTF(tag);
        }
        // without jieba's words the templates before them only: such a model's file is as before they existed
        int templates = jieba ? CharFeatures.TEMPLATES : CharFeatures.BASE_TEMPLATES;
        out.writeInt(templates);
        for (int j = 0; j < templates; j++) {
            out.writeUTF(CharFeatures.NAMES[j]);
        }
        lexicon.write(out);
        clusters.write(out);
        out.writeInt(keys.length);
        long previous = 0;
        for (long key : keys) {
            writeVarLong(out, key - previous);
            previous = key;
        }
        for (float f : weights) {
            out.writeShort(Float.floatToFloat16(f));
        }
        out.flush();
        gzip.finish();
    }

    /** Reads a model file written by {@link #save}. */
    public static NerModel load(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in);
        } catch (IOException e) {
            throw new IOException(file + ": not an entity model (" + e.getMessage() + ")", e);
        }
    }

    static NerModel read(InputStream source) throws IOException {
        DataInputStream in;
        try {
            in = new DataInputStream(new BufferedInputStream(new GZIPInputStream(source, 1 << 16), 1 << 16));
        } catch (ZipException | EOFException e) {
            throw new IOException("not gzip", e);
        }
        if (!MAGIC.equals(in.readUTF())) {
            throw new IOException("bad magic");
        }
        int version = in.readInt();
        if (version != VERSION) {
            throw new IOException("version " + version + ", this build reads " + VERSION);
        }
        int tags = in.readInt();
        String[] tagNames = new String[Math.max(0, Math.min(tags, 64))];
        for (int i = 0; i < tagNames.length; i++) {
            tagNames[i] = in.readUTF();
        }
        if (!Arrays.equals(tagNames, NerTags.NAMES)) {
            throw new IOException("tags " + Arrays.toString(tagNames) + ", expected " + Arrays.toString(NerTags.NAMES));
        }
        int templates = in.readInt();
        String[] names = new String[Math.max(0, Math.min(templates, 256))];
        for (int i = 0; i < names.length; i++) {
            names[i] = in.readUTF();
        }
        if (!Arrays.equals(names, CharFeatures.NAMES)
                && !Arrays.equals(names, Arrays.copyOf(CharFeatures.NAMES, CharFeatures.BASE_TEMPLATES))) {
            throw new IOException("feature templates " + Arrays.toString(names) + " differ from this build's "
                    + Arrays.toString(CharFeatures.NAMES) + " (retrain: ./news train entities)");
        }
        EntityLexicon lexicon = EntityLexicon.read(in);
        Clusters clusters = Clusters.read(in);
        int count = in.readInt();
        if (count < 0 || count > 50_000_000) {
            throw new IOException("bad feature count " + count);
        }
        long[] keys = new long[count];
        long previous = 0;
        for (int i = 0; i < count; i++) {
            long delta = readVarLong(in);
            if (i > 0 && delta <= 0) {
                throw new IOException("feature keys out of order");
            }
            keys[i] = previous + delta;
            previous = keys[i];
        }
        float[] weights = new float[(T + 1 + count) * T];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = Float.float16ToFloat(in.readShort());
        }
        if (in.read() != -1) {
            throw new IOException("trailing bytes");
        }
        for (long key : keys) {
            if (CharFeatures.template(key) >= names.length) {
                throw new IOException("a feature of template " + CharFeatures.template(key) + ", the file names "
                        + names.length + " templates");
            }
        }
        return new NerModel(keys, weights, lexicon, clusters);
    }

    private static void writeVarLong(DataOutputStream out, long v) throws IOException {
        while ((v & ~0x7FL) != 0) {
            out.writeByte((int) ((v & 0x7F) | 0x80));
            v >>>= 7;
        }
        out.writeByte((int) v);
    }

    private static long readVarLong(DataInputStream in) throws IOException {
        long v = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            int b = in.readUnsignedByte();
            v |= (long) (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return v;
            }
        }
        throw new IOException("bad varint");
    }
}
