package news.enrich;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ./news train entities}: trains the entity model from the corpora in {@code datasets/ner/} and writes the model
 * file the enricher ships ({@value #MODEL}). Same data and options → same bytes (the SHA-256 is printed).
 */
@Command(name = "entities", mixinStandardHelpOptions = true,
        description = "Train the entity model (PER/LOC/ORG) from datasets/ner/ and write the shipped model file")
final class TrainEntities implements Callable<Integer> {

    static final String MSRA = "datasets/ner/msra-train-part.bio";
    static final String CLUENER = "datasets/ner/cluener-train.bio";
    static final String MODEL = "libs/news-enrich/src/main/resources/" + NerModel.RESOURCE;
    /** The held-out part of MSRA: every 10th sentence (1-based 10, 20, …), never trained on. */
    static final int HOLDOUT_EVERY = 10;

    @Option(names = "--msra", paramLabel = "FILE", description = "MSRA training sentences, BIO (default " + MSRA + ")")
    Path msra;
    @Option(names = "--cluener", paramLabel = "FILE",
            description = "also train on this CLUENER file (other conventions: domain-adapted, see README); default off")
    Path cluener;
    @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "model file (default " + MODEL + ")")
    Path out;
    @Option(names = "--holdout-every", paramLabel = "N", defaultValue = "0",
            description = "hold out every Nth MSRA sentence, never trained on (default ${DEFAULT-VALUE}: train on "
                    + "all, as the shipped model; " + HOLDOUT_EVERY + " = the held-out part of every figure)")
    int holdoutEvery;
    @Option(names = "--holdout-out", paramLabel = "FILE", description = "write the held-out sentences here (BIO)")
    Path holdoutOut;
    @Option(names = "--dev-every", paramLabel = "N", defaultValue = "0",
            description = "for tuning: also leave every Nth remaining sentence out and score it after each epoch")
    int devEvery;
    @Option(names = "--dev-block", paramLabel = "B", defaultValue = "0",
            description = "for tuning: the dev part is every Nth block of B consecutive sentences (whole articles)")
    int devBlock;
    @Option(names = "--dev-out", paramLabel = "FILE", description = "write the dev sentences here (BIO)")
    Path devOut;
    @Option(names = "--epochs", defaultValue = "10", description = "passes over the data (default ${DEFAULT-VALUE})")
    int epochs;
    @Option(names = "--min-count", defaultValue = "2",
            description = "features seen fewer times are not used (default ${DEFAULT-VALUE})")
    int minCount;
    @Option(names = "--seed", defaultValue = "42", description = "seed of the per-epoch shuffles (default ${DEFAULT-VALUE})")
    long seed;
    @Option(names = "--min-weight", defaultValue = "0.95",
            description = "prune features whose largest averaged weight is smaller (default ${DEFAULT-VALUE})")
    float minWeight;

    @Option(names = "--lexicon-block", paramLabel = "B", defaultValue = "100",
            description = "the lexicon's folds are blocks of B consecutive sentences (default ${DEFAULT-VALUE})")
    int lexiconBlock;
    @Option(names = "--lexicon-folds", defaultValue = "5",
            description = "lexicon of the training part's names, jackknifed over N folds (0 = none; default ${DEFAULT-VALUE})")
    int lexiconFolds;
    @Option(names = "--gazetteer", negatable = true, defaultValue = "false",
            description = "the gazetteer's place names in the lexicon (default ${DEFAULT-VALUE})")
    boolean gazetteer;

    @Option(names = "--cluener-labels", defaultValue = "AUGMENTED",
            description = "how CLUENER is learnt from: ${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE}; see README)")
    NerTrainer.AuxiliaryLabels cluenerLabels;

    @Option(names = "--no-clusters",
            description = "without the char and word clusters (by default learnt from unlabelled text: the MSRA "
                    + "training part, CLUENER and the cnews articles)")
    boolean noClusters;

    @Option(names = "--external-names", paramLabel = "FILE",
            description = "gold names of another corpus (BIO) as lexicon features of their own (default " + CLUENER
                    + "; repeat the option for several files)")
    List<Path> externalNames;
    @Option(names = "--no-external-names", description = "without the external names")
    boolean noExternalNames;

    @Option(names = "--no-name-dictionary",
            description = "without the features of jieba's dictionary of names (the model of issue 12's fourth round)")
    boolean noNameDictionary;

    @Option(names = "--jieba-segmentation",
            description = "experiment (issue 12 sixth round): templates of jieba's segmentation of the sentence (the "
                    + "char's position in its word, the word's length and part of speech, agreement with HanLP's word)")
    boolean jiebaSegmentation;
    @Option(names = "--jieba-lattice",
            description = "experiment (issue 12 sixth round): jieba's whole dictionary as a lattice (the longest word "
                    + "starting, ending, around the char: length and part of speech)")
    boolean jiebaLattice;

    @Option(names = "--ensemble", defaultValue = "3",
            description = "perceptron runs (own shuffles) whose weights are averaged (default ${DEFAULT-VALUE})")
    int ensemble;

    @Option(names = "--crf-l2", paramLabel = "C", defaultValue = "0",
            description = "train a CRF (L-BFGS) with this L2 penalty instead of the averaged perceptron (default "
                    + "${DEFAULT-VALUE}: the perceptron)")
    double crfL2;
    @Option(names = "--crf-iterations", defaultValue = "300",
            description = "at most this many L-BFGS iterations of the CRF (default ${DEFAULT-VALUE})")
    int crfIterations;

    @Option(names = "--replaced-copies", paramLabel = "N", defaultValue = "0",
            description = "also train on N copies of each sentence with its mentions replaced by other names of the "
                    + "same type (default ${DEFAULT-VALUE})")
    int replacedCopies;
    @Option(names = "--replacement-names", paramLabel = "FILE",
            description = "more names (gold spans of this BIO file) for the replacements, beside the training part's")
    List<Path> replacementNames;
    @Option(names = "--replaced-types", paramLabel = "PLO", defaultValue = "PLO",
            description = "which mentions are replaced: P people, L places, O organisations (default ${DEFAULT-VALUE})")
    String replacedTypes;

    @Option(names = "--entity-bias", defaultValue = "0",
            description = "added to the weight of starting an entity (B-, S-) after training: more recall, less "
                    + "precision (default ${DEFAULT-VALUE}; with a dev part the log shows a sweep)")
    float entityBias;

    @Option(names = "--mine-with", paramLabel = "MODEL",
            description = "experiment: tag the cnews articles with this model and write the names it finds at least "
                    + "twice, with one type 9 times in 10, to --mine-out (BIO, one name a sentence); then exit")
    Path mineWith;
    @Option(names = "--mine-out", paramLabel = "FILE", description = "where --mine-with writes the names")
    Path mineOut;

    @Override
    public Integer call() throws IOException {
        if (mineWith != null) {
            return mine();
        }
        if (epochs < 1 || minCount < 1) {
            throw new IllegalArgumentException("--epochs and --min-count must be at least 1");
        }
        if (crfL2 < 0 || crfIterations < 1) {
            throw new IllegalArgumentException("--crf-l2 must be 0 (the perceptron) or more, --crf-iterations at least 1");
        }
        if (replacedCopies < 0 || !replacedTypes.matches("[PLO]*")) {
            throw new IllegalArgumentException("--replaced-copies must be 0 or more, --replaced-types letters of PLO, "
                    + "not '" + replacedTypes + "'");
        }
        Path root = msra == null || out == null ? repositoryRoot() : null;
        Path msraFile = msra != null ? msra : root.resolve(MSRA);
        Path outFile = out != null ? out : root.resolve(MODEL);
        List<BioCorpus.Sentence> all = BioCorpus.read(msraFile);
        BioCorpus.Split split = BioCorpus.split(all, holdoutEvery);
        System.err.printf(Locale.ROOT, "%s: %,d sentences; held out %,d (every %d), training part %,d%n", msraFile,
                all.size(), split.heldOut().size(), holdoutEvery, split.train().size());
        if (holdoutOut != null) {
            BioCorpus.write(split.heldOut(), holdoutOut);
            System.err.println("held-out sentences → " + holdoutOut);
        }
        List<BioCorpus.Sentence> train = split.train();
        List<BioCorpus.Sentence> dev = List.of();
        if (devEvery > 1) {
            BioCorpus.Split inner = BioCorpus.splitBlocks(train, devEvery, devBlock);
            train = inner.train();
            dev = inner.heldOut();
            System.err.printf(Locale.ROOT, "dev: every %d%s of the training part, %,d sentences (not trained on)%n",
                    devEvery, devBlock > 1 ? " block of " + devBlock : "", dev.size());
            if (devOut != null) {
                BioCorpus.write(dev, devOut);
            }
        }
        List<BioCorpus.Sentence> auxiliary = new ArrayList<>();
        if (cluener != null) {
            auxiliary.addAll(BioCorpus.read(cluener));
            System.err.printf(Locale.ROOT, "%s: %,d sentences (auxiliary)%n", cluener, auxiliary.size());
        }
        NerTrainer.Options options = new NerTrainer.Options(epochs, minCount, minWeight, seed, lexiconFolds,
                gazetteer, cluenerLabels, !noClusters ? unlabelled(root != null ? root : repositoryRoot(), train) : List.of(),
                ensemble, lexiconBlock, externalNames(root), crfL2, crfIterations, replacedCopies,
                replacementNames == null ? List.of() : readAll(replacementNames), replacedTypes, entityBias,
                !noNameDictionary, jiebaSegmentation, jiebaLattice);
        NerModel model = NerTrainer.train(train, auxiliary, dev, options, System.err::println);
        model.save(outFile);
        System.out.printf(Locale.ROOT, "entity model: %,d features → %s (%,d bytes, sha256 %s)%n", model.features(),
                outFile, Files.size(outFile), sha256(outFile));
        System.out.println("evaluate it: ./news eval entities HELDOUT.bio --model " + outFile
                + " (write the held-out part with --holdout-out)");
        return 0;
    }

    private static List<BioCorpus.Sentence> readAll(List<Path> files) throws IOException {
        List<BioCorpus.Sentence> out = new ArrayList<>();
        for (Path f : files) {
            out.addAll(BioCorpus.read(f));
        }
        return out;
    }

    private int mine() throws IOException {
        if (mineOut == null) {
            throw new IllegalArgumentException("--mine-with needs --mine-out FILE");
        }
        NerModel model = NerModel.load(mineWith);
        java.util.Map<String, int[]> counts = new java.util.TreeMap<>();
        int texts = 0;
        for (String text : unlabelled(repositoryRoot(), List.of(), false)) {
            AnalysedText analysed = AnalysedText.analyse(null, text);
            for (AnalysedText.Chunk c : analysed.bodyChunks()) {
                for (NerModel.Mention m : model.recognise(analysed.body(), c.begin(), c.end(), c.terms())) {
                    EntityEvaluation.Span s = m.span();
                    if (s.end() - s.begin() >= 2) {
                        counts.computeIfAbsent(analysed.body().substring(s.begin(), s.end()), k -> new int[3])
                                [s.type().ordinal()]++;
                    }
                }
            }
            texts++;
        }
        List<BioCorpus.Sentence> names = new ArrayList<>();
        news.model.Entity.EntityType[] types = news.model.Entity.EntityType.values();
        counts.forEach((name, c) -> {
            int total = c[0] + c[1] + c[2];
            for (int t = 0; t < 3; t++) {
                if (c[t] >= 2 && c[t] * 10 >= total * 9) {
                    names.add(new BioCorpus.Sentence(name, List.of(new EntityEvaluation.Span(0, name.length(), types[t]))));
                }
            }
        });
        BioCorpus.write(names, mineOut);
        System.out.printf(Locale.ROOT, "%,d texts; %,d distinct names found, %,d kept → %s%n", texts, counts.size(),
                names.size(), mineOut);
        return 0;
    }

    /** CLUENER's gold names (by default) as the model's external lexicon; none with --no-external-names. */
    private List<BioCorpus.Sentence> externalNames(Path root) throws IOException {
        if (noExternalNames) {
            return List.of();
        }
        List<Path> files = externalNames != null ? externalNames
                : List.of((root != null ? root : repositoryRoot()).resolve(CLUENER));
        List<BioCorpus.Sentence> sentences = new ArrayList<>();
        for (Path file : files) {
            List<BioCorpus.Sentence> read = BioCorpus.read(file);
            System.err.printf(Locale.ROOT, "%s: %,d sentences, their names as the external lexicon%n", file,
                    read.size());
            sentences.addAll(read);
        }
        return sentences;
    }

    static final String CNEWS = "datasets/cnews-articles/articles.tsv";

    /**
     * Unlabelled text for the clusters: the MSRA sentences trained on (never the held-out or dev part), CLUENER's
     * sentences and the cnews articles' text.
     */
    static List<String> unlabelled(Path root, List<BioCorpus.Sentence> train) throws IOException {
        return unlabelled(root, train, true);
    }

    private static List<String> unlabelled(Path root, List<BioCorpus.Sentence> train, boolean cluener)
            throws IOException {
        List<String> texts = new ArrayList<>();
        train.forEach(s -> texts.add(s.text()));
        if (cluener) {
            BioCorpus.read(root.resolve(CLUENER)).forEach(s -> texts.add(s.text()));
        }
        for (String line : Files.readAllLines(root.resolve(CNEWS))) {
            int tab = line.indexOf('\t');
            if (tab >= 0) {
                for (String paragraph : line.substring(tab + 1).split("[\\s\u3000]+")) {
                    if (!paragraph.isEmpty()) {
                        texts.add(paragraph);
                    }
                }
            }
        }
        return texts;
    }

    /** The repository root: the first directory up from here holding datasets/ner and libs/news-enrich. */
    static Path repositoryRoot() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("datasets/ner")) && Files.isDirectory(p.resolve("libs/news-enrich"))) {
                return p;
            }
        }
        throw new IllegalArgumentException("datasets/ner not found above " + Path.of("").toAbsolutePath()
                + ": run from the repository, or give --msra and -o");
    }

    static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
