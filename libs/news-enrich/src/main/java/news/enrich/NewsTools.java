package news.enrich;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import news.model.ContentKind;
import news.model.Enrichment;
import news.model.Entity;
import news.model.NormalizedArticle;
import news.model.RawArticle;
import news.model.Subject;
import news.text.ArticleNormalizer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The enrichment's command-line tools behind {@code ./news eval|train|bench enrich}: evaluation on labelled files,
 * training a topic model file, and the speed benchmark. Each reads its input streaming (any size) and shows
 * progress on stderr; results go to stdout.
 */
@Command(name = "news", mixinStandardHelpOptions = true, subcommands = {
        NewsTools.Eval.class, NewsTools.Train.class, NewsTools.Bench.class},
        description = "Enrichment tools: eval topics|entities, train, bench enrich")
public final class NewsTools {

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs a command; exit code 0 on success, 2 for bad input (the message names the file/line), 1 otherwise. */
    static int run(String... args) {
        return new CommandLine(new NewsTools())
                .setExecutionExceptionHandler((e, cmd, parsed) -> {
                    cmd.getErr().println("news: " + e.getMessage());
                    return e instanceof IllegalArgumentException || e instanceof IOException ? 2 : 1;
                })
                .execute(args);
    }

    /** A progress bar over the bytes of a file (stderr), so a file of any size shows where it is. */
    static ProgressBar progress(String task, Path file) throws IOException {
        return new ProgressBarBuilder().setTaskName(task).setInitialMax(Files.size(file)).setUnit(" KB", 1024)
                .setStyle(ProgressBarStyle.ASCII).setConsumer(new me.tongfei.progressbar.ConsoleProgressBarConsumer(System.err))
                .setUpdateIntervalMillis(500).build();
    }

    static int utf8Length(String line) {
        return line.getBytes(StandardCharsets.UTF_8).length + 1;
    }

    static void requireFile(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("no such file: " + file);
        }
    }

    /** The topic classifier of the service, or one with the model in this file. */
    static TopicClassifier classifier(Path modelFile) throws IOException {
        if (modelFile == null) {
            return TopicClassifier.shared();
        }
        requireFile(modelFile);
        return new TopicClassifier(MediaTopics.standard(), TopicModel.load(modelFile), TopicLexicon.standard());
    }

    @Command(name = "eval", description = "Evaluate topics or entities on a labelled file",
            subcommands = {EvalTopics.class, EvalEntities.class})
    static final class Eval {}

    @Command(name = "topics", mixinStandardHelpOptions = true,
            description = "label<TAB>text lines (or label<TAB>headline<TAB>body): accuracy, per-topic P/R/F1, confusion")
    static final class EvalTopics implements Callable<Integer> {
        @Parameters(paramLabel = "FILE") Path file;
        @Option(names = "--map", paramLabel = "MAPFILE", description = "label<TAB>medtop code lines (default: the THUCNews mapping)")
        Path map;
        @Option(names = "--model", paramLabel = "MODELFILE", description = "a model written by ./news train (default: the service's)")
        Path model;
        @Option(names = "--headline-max", defaultValue = "60",
                description = "a two-column text up to this many chars is classified as a headline, longer as a body (default ${DEFAULT-VALUE})")
        int headlineMax;

        @Override
        public Integer call() throws IOException {
            requireFile(file);
            TopicLabels labels = map == null ? TopicLabels.thucnews() : TopicLabels.read(map);
            TopicClassifier classifier = classifier(model);
            TopicEvaluation eval = new TopicEvaluation();
            int skipped = 0;
            long lineNo = 0;
            List<String> unknown = new ArrayList<>();
            try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                 ProgressBar bar = progress("topics", file)) {
                String line;
                while ((line = in.readLine()) != null) {
                    lineNo++;
                    bar.stepBy(utf8Length(line));
                    if (line.isBlank() || line.startsWith("#")) {
                        continue;
                    }
                    String[] cols = line.split("\t", 3);
                    String gold = cols.length >= 2 ? labels.code(cols[0]) : null;
                    if (gold == null) {
                        skipped++;
                        if (unknown.size() < 5) {
                            unknown.add("line " + lineNo + ": " + (cols.length < 2 ? "no TAB" : "unknown label '" + cols[0] + "'"));
                        }
                        continue;
                    }
                    List<Subject> subjects;
                    if (cols.length == 3) {
                        subjects = classifier.classify(cols[1], cols[2]);
                    } else if (cols[1].strip().length() <= headlineMax) {
                        subjects = classifier.classify(cols[1], null);
                    } else {
                        subjects = classifier.classify(null, cols[1]);
                    }
                    eval.add(gold, subjects.stream().map(Subject::code).toList());
                }
            }
            PrintStream out = System.out;
            out.print(eval.report(MediaTopics.standard()));
            if (skipped > 0) {
                out.printf(Locale.ROOT, "%nskipped %d lines without a known label (%s)%n", skipped, String.join("; ", unknown));
            }
            if (eval.total() == 0) {
                throw new IllegalArgumentException(file + ": no line with a known label (expected label<TAB>text)");
            }
            return 0;
        }
    }

    @Command(name = "entities", mixinStandardHelpOptions = true,
            description = "character-level BIO file (char<space>tag a line, blank line between sentences): P/R/F1 per type,"
                    + " confusion of types, most frequent misses")
    static final class EvalEntities implements Callable<Integer> {
        @Parameters(paramLabel = "FILE") Path file;
        @Option(names = "--model", paramLabel = "MODELFILE",
                description = "a model written by ./news train entities (default: the shipped one)")
        Path model;

        @Override
        public Integer call() throws IOException {
            requireFile(file);
            if (model != null) {
                requireFile(model);
            }
            // the service's code path: each sentence segmented as a body, tagged, the mention rules applied
            EntityExtractor extractor = model == null ? new EntityExtractor() : new EntityExtractor(NerModel.load(model));
            AnalysedText.warmUp();
            EntityEvaluation eval = new EntityEvaluation();
            try (ProgressBar bar = progress("entities", file)) {
                BioCorpus.forEach(file, s -> eval.add(s.text(), s.spans(), extractor.mentions(s.text())), bar::stepBy);
            }
            if (eval.sentences() == 0) {
                throw new IllegalArgumentException(file + ": no sentence found");
            }
            System.out.print(eval.report());
            return 0;
        }
    }

    @Command(name = "train", mixinStandardHelpOptions = true, subcommands = {TrainEntities.class},
            description = "Train the topic model file from the bundled headlines plus newsroom label<TAB>text files;"
                    + " train entities: the entity model")
    static final class Train implements Callable<Integer> {
        @Parameters(paramLabel = "FILE", arity = "0..*", description = "extra label<TAB>text files (labels mapped with --map)")
        List<Path> files = new ArrayList<>();
        @Option(names = "--map", paramLabel = "MAPFILE", description = "label<TAB>medtop code lines for the extra files")
        Path map;
        @Option(names = {"-o", "--out"}, defaultValue = "models/topic-model.bin", description = "model file (default ${DEFAULT-VALUE})")
        Path out;
        @Option(names = "--algorithm", defaultValue = "linear",
                description = "linear (logistic regression, the service's default) or bayes (HanLP naive Bayes)")
        String algorithm;
        @Option(names = "--no-bundled", description = "train on the given files only")
        boolean noBundled;
        @Option(names = "--holdout-every", paramLabel = "N", defaultValue = "0",
                description = "leave every Nth bundled headline out (1-based line N, 2N, …) and write them to --holdout-out")
        int holdoutEvery;
        @Option(names = "--holdout-out", paramLabel = "FILE", description = "where the held-out lines go (label<TAB>title)")
        Path holdoutOut;

        @Override
        public Integer call() throws IOException {
            TopicLabels labels = map == null ? TopicLabels.thucnews() : TopicLabels.read(map);
            List<LabelledText> examples = new ArrayList<>();
            if (!noBundled) {
                TitleCorpus.Split split = TitleCorpus.split(holdoutEvery);
                examples.addAll(split.train());
                if (holdoutEvery > 0) {
                    Path target = holdoutOut == null ? Path.of("models/holdout.tsv") : holdoutOut;
                    if (target.toAbsolutePath().getParent() != null) {
                        Files.createDirectories(target.toAbsolutePath().getParent());
                    }
                    Files.write(target, split.heldOutLines(), StandardCharsets.UTF_8);
                    System.err.printf(Locale.ROOT, "held out %d headlines → %s%n", split.heldOutLines().size(), target);
                }
            }
            for (Path f : files) {
                requireFile(f);
                long lineNo = 0;
                try (BufferedReader in = Files.newBufferedReader(f, StandardCharsets.UTF_8); ProgressBar bar = progress("read " + f.getFileName(), f)) {
                    String line;
                    while ((line = in.readLine()) != null) {
                        lineNo++;
                        bar.stepBy(utf8Length(line));
                        if (line.isBlank() || line.startsWith("#")) {
                            continue;
                        }
                        String[] cols = line.split("\t", 2);
                        String code = cols.length == 2 ? labels.code(cols[0]) : null;
                        if (code == null || cols[1].isBlank()) {
                            throw new IllegalArgumentException(f + " line " + lineNo + ": expected label<TAB>text with a label"
                                    + " known to the map (use --map), got '" + TopicLabels.abbreviate(line) + "'");
                        }
                        examples.add(new LabelledText(code, cols[1].strip()));
                    }
                }
            }
            TopicModel model = switch (algorithm) {
                case "linear" -> LinearTopicModel.train(examples);
                case "bayes" -> NaiveBayesTopicModel.train(examples);
                default -> throw new IllegalArgumentException("--algorithm must be linear or bayes, got '" + algorithm + "'");
            };
            model.save(out);
            System.out.printf(Locale.ROOT, "trained on %d examples (%d topics) in %d ms → %s (%d bytes)%n",
                    examples.size(), model.codes().size(), model.trainingTime().toMillis(), out, Files.size(out));
            System.out.println("use it: NEWS_CLASSIFIER_MODEL_FILE=" + out.toAbsolutePath() + " (classifier service),"
                    + " or ./news eval topics FILE --model " + out);
            return 0;
        }
    }

    @Command(name = "bench", description = "Benchmarks", subcommands = {BenchEnrich.class})
    static final class Bench {}

    @Command(name = "enrich", mixinStandardHelpOptions = true,
            description = "Enrichment speed on the seed pages: articles/s and chars/s on one core, time per step")
    static final class BenchEnrich implements Callable<Integer> {
        @Option(names = "--samples", defaultValue = "infra/samples", description = "folder of .txt pages (default ${DEFAULT-VALUE})")
        Path samples;
        @Option(names = "--seconds", defaultValue = "20", description = "measured time per row (default ${DEFAULT-VALUE})")
        int seconds;
        @Option(names = "--warmup", defaultValue = "10", description = "warm-up seconds (default ${DEFAULT-VALUE})")
        int warmup;
        @Option(names = "--report", description = "also print topics, top entities and regions per page")
        boolean report;

        @Override
        public Integer call() throws IOException {
            if (!Files.isDirectory(samples)) {
                throw new IllegalArgumentException("no such folder: " + samples);
            }
            List<NormalizedArticle> pages = new ArrayList<>();
            ArticleNormalizer normalizer = new ArticleNormalizer();
            try (Stream<Path> s = Files.list(samples)) {
                for (Path f : s.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                    pages.add(normalizer.apply(new RawArticle(f.getFileName().toString(), "bench", null, ContentKind.PAGE,
                            "zh", null, Files.readString(f), RawArticle.TEXT_PLAIN, null, null, null, Instant.EPOCH)));
                }
            }
            if (pages.isEmpty()) {
                throw new IllegalArgumentException(samples + " has no .txt pages");
            }
            long t0 = System.nanoTime();
            ArticleEnricher enricher = new ArticleEnricher();
            long loadMs = (System.nanoTime() - t0) / 1_000_000;
            long chars = pages.stream().mapToLong(p -> p.bodyText().length() + (p.headline() == null ? 0 : p.headline().length())).sum();
            EnrichBenchmark.Result r = EnrichBenchmark.run(enricher, pages, warmup, seconds);
            Runtime rt = Runtime.getRuntime();
            System.gc();
            System.out.printf(Locale.ROOT, "enrichment benchmark: %d seed pages, %,d chars (%,d UTF-8 bytes), 1 thread, JVM %s%n",
                    pages.size(), chars, pages.stream().mapToLong(p -> p.bodyText().getBytes(StandardCharsets.UTF_8).length).sum(),
                    Runtime.version());
            System.out.printf(Locale.ROOT, "model load (HanLP dictionaries + topic model training): %d ms; heap in use after GC: %d MB%n%n",
                    loadMs, (rt.totalMemory() - rt.freeMemory()) >> 20);
            System.out.print(r.table());
            if (report) {
                System.out.println();
                for (NormalizedArticle p : pages) {
                    System.out.print(pageReport(p, enricher.enrich(p)));
                }
            }
            return 0;
        }

        static String pageReport(NormalizedArticle page, Enrichment e) {
            StringBuilder b = new StringBuilder();
            b.append(page.id()).append('\n');
            b.append("  topics   ").append(e.subjects().stream().map(s -> s.code() + " " + s.nameZh() + " " + s.confidence()).toList()).append('\n');
            b.append("  people   ").append(top(e.people())).append('\n');
            b.append("  places   ").append(top(e.places())).append('\n');
            b.append("  orgs     ").append(top(e.organisations())).append('\n');
            b.append("  credits  ").append(top(e.credits())).append('\n');
            b.append("  regions  ").append(e.regions().stream().limit(6).map(news.model.Region::display).toList()).append('\n');
            b.append("  keywords ").append(e.keywords()).append('\n');
            return b.toString();
        }

        private static List<String> top(List<Entity> list) {
            return list.stream().limit(6).map(x -> x.name() + "×" + x.count()).toList();
        }
    }
}
