package news.enrich;

import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.hankcs.hanlp.classification.classifiers.NaiveBayesClassifier;
import com.hankcs.hanlp.classification.corpus.Document;
import com.hankcs.hanlp.classification.corpus.MemoryDataSet;
import com.hankcs.hanlp.classification.models.NaiveBayesModel;
import com.hankcs.hanlp.classification.utilities.io.ConsoleLogger;
import com.hankcs.hanlp.classification.utilities.io.ILogger;
import com.hankcs.hanlp.collection.trie.bintrie.BinTrie;

/**
 * HanLP's multinomial {@link NaiveBayesClassifier} (chi-square feature selection, HanLP notional-word tokenizer)
 * trained in memory on labelled texts whose labels are IPTC qcodes.
 *
 * <p>Training is deterministic: same examples in the same order give the same model. The trained model is only read
 * afterwards, so {@link #predict} is thread-safe. {@link #shared()} trains once per JVM on the bundled
 * {@link TitleCorpus} (about 1-2 s).
 */
public final class NaiveBayesTopicModel implements TopicModel {

    private static final Object TRAIN_LOCK = new Object();

    private static final class Holder {
        static final NaiveBayesTopicModel INSTANCE = train(TitleCorpus.load());
    }

    private final NaiveBayesClassifier classifier;
    private final BinTrie<Integer> vocabulary;
    private final Set<String> codes;
    private final Duration trainingTime;
    private final int trainingSize;

    private NaiveBayesTopicModel(NaiveBayesClassifier classifier, Duration trainingTime, int trainingSize) {
        this.classifier = classifier;
        NaiveBayesModel model = classifier.getNaiveBayesModel();
        this.vocabulary = model.wordIdTrie;
        this.codes = Set.copyOf(new TreeSet<>(List.of(model.catalog)));
        this.trainingTime = trainingTime;
        this.trainingSize = trainingSize;
    }

    /** The model trained on the bundled headline corpus, trained on first call (once per JVM). */
    public static NaiveBayesTopicModel shared() {
        return Holder.INSTANCE;
    }

    /**
     * Trains a new model.
     *
     * @throws IllegalArgumentException when there are fewer than two distinct codes
     */
    public static NaiveBayesTopicModel train(Collection<LabelledText> examples) {
        if (examples.stream().map(LabelledText::code).distinct().count() < 2) {
            throw new IllegalArgumentException("need examples of at least two topics");
        }
        synchronized (TRAIN_LOCK) {
            long start = System.nanoTime();
            ILogger previous = ConsoleLogger.logger;
            ConsoleLogger.logger = SilentLogger.INSTANCE; // HanLP prints training progress to stdout otherwise
            try {
                MemoryDataSet data = new MemoryDataSet();
                for (LabelledText example : examples) {
                    data.add(example.code(), example.text());
                }
                NaiveBayesClassifier classifier = new NaiveBayesClassifier();
                classifier.enableProbability(true);
                classifier.train(data);
                return new NaiveBayesTopicModel(classifier, Duration.ofNanos(System.nanoTime() - start),
                        examples.size());
            } finally {
                ConsoleLogger.logger = previous;
            }
        }
    }

    /**
     * Posterior probability of each trained code for a text, tokenized like the training data.
     * Empty when the text has no word the model knows (the posterior would just be the prior).
     */
    @Override
    public Map<String, Double> predict(String text) {
        if (text == null || text.isBlank()) {
            return Map.of();
        }
        String[] tokens = classifier.getNaiveBayesModel().tokenizer.segment(text);
        return predictTokens(List.of(tokens));
    }

    /**
     * Posterior for already segmented tokens (stop words should already be removed). Empty when no token is known.
     */
    @Override
    public Map<String, Double> predictTokens(List<String> tokens) {
        if (knownTokens(tokens) == 0) {
            return Map.of();
        }
        Map<String, Double> posterior = classifier.predict(new Document(vocabulary, tokens.toArray(String[]::new)));
        return new LinkedHashMap<>(posterior);
    }

    /** How many of these tokens are features of the model. */
    @Override
    public int knownTokens(List<String> tokens) {
        int known = 0;
        for (String token : tokens) {
            if (token != null && !token.isEmpty() && vocabulary.get(token) != null) {
                known++;
            }
        }
        return known;
    }

    /** Codes the model was trained on. */
    @Override
    public Set<String> codes() {
        return codes;
    }

    /** Wall-clock time training took (segmentation, feature selection, estimation). */
    @Override
    public Duration trainingTime() {
        return trainingTime;
    }

    @Override
    public int trainingSize() {
        return trainingSize;
    }

    /**
     * Writes the trained model (HanLP's serializable {@link NaiveBayesModel}: catalog, vocabulary, log priors and
     * likelihoods). Training is deterministic, so the same data in the same order gives the same file.
     */
    @Override
    public void save(java.nio.file.Path file) throws java.io.IOException {
        java.nio.file.Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            java.nio.file.Files.createDirectories(parent);
        }
        try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(
                new java.io.BufferedOutputStream(java.nio.file.Files.newOutputStream(file)))) {
            out.writeInt(trainingSize);
            out.writeObject(classifier.getNaiveBayesModel());
        }
    }

    /**
     * Reads a model written by {@link #save}.
     *
     * @throws java.io.IOException when the file cannot be read or is not a model file
     */
    public static NaiveBayesTopicModel load(java.nio.file.Path file) throws java.io.IOException {
        try (java.io.ObjectInputStream in = new java.io.ObjectInputStream(
                new java.io.BufferedInputStream(java.nio.file.Files.newInputStream(file)))) {
            int size = in.readInt();
            Object model = in.readObject();
            if (!(model instanceof NaiveBayesModel nb)) {
                throw new java.io.IOException(file + " is not a topic model file");
            }
            NaiveBayesClassifier classifier = new NaiveBayesClassifier(nb);
            classifier.enableProbability(true);
            return new NaiveBayesTopicModel(classifier, Duration.ZERO, size);
        } catch (ClassNotFoundException | ClassCastException | java.io.StreamCorruptedException e) {
            throw new java.io.IOException(file + " is not a topic model file: " + e.getMessage(), e);
        }
    }

    /** Keeps HanLP's classification logger quiet during training. */
    private enum SilentLogger implements ILogger {
        INSTANCE;

        @Override
        public void out(String format, Object... args) {}

        @Override
        public void err(String format, Object... args) {}

        @Override
        public void start(String format, Object... args) {}

        @Override
        public void finish(String format, Object... args) {}
    }

}
