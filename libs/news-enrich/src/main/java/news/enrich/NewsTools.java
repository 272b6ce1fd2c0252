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
        description = "Enrichment tools: eval topics|entities|seeds, train topics, bench enrich")
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

    /** The topic classifier of the service, or one with the models in this file; the hand lexicon on or off. */
    static TopicClassifier classifier(Path modelFile, String lexicon) throws IOException {
        TopicClassifier standard;
        if (modelFile == null) {
            standard = TopicClassifier.shared();
        } else {
            requireFile(modelFile);
            standard = new TopicClassifier(MediaTopics.standard(), TopicModels.load(modelFile),
                    TopicClassifier.STANDARD_USES_LEXICON ? TopicLexicon.standard() : null);
        }
        return switch (lexicon == null ? "default" : lexicon) {
            case "default" -> standard;
            case "on" -> standard.withLexicon(TopicLexicon.standard());
            case "off" -> standard.withLexicon(null);
            default -> throw new IllegalArgumentException("--lexicon must be on or off, got '" + lexicon + "'");
        };
    }

    /** A path relative to the repository root, found from the working directory up (the tools may run anywhere in it). */
    static Path inRepository(Path relative) {
        Path dir = Path.of("").toAbsolutePath();
        for (Path d = dir; d != null; d = d.getParent()) {
            if (Files.exists(d.resolve(relative))) {
                return d.resolve(relative);
            }
        }
        return relative;
    }

    @Command(name = "eval", description = "Evaluate topics or entities on a labelled file, or show the seed articles' topics",
            subcommands = {EvalTopics.class, EvalEntities.class, EvalSeeds.class, EvalSnapshot.class})
    static final class Eval {}

    @Command(name = "topics", mixinStandardHelpOptions = true,
            description = "label<TAB>text lines (or label<TAB>headline<TAB>body): accuracy, figures per level, per-topic P/R/F1, confusion")
    static final class EvalTopics implements Callable<Integer> {
        @Parameters(paramLabel = "FILE") Path file;
        @Option(names = "--map", paramLabel = "MAPFILE",
                description = "label<TAB>medtop code lines (default: the bundled mapping of the THUCNews and cnews labels)")
        Path map;
        @Option(names = "--model", paramLabel = "MODELFILE", description = "a model file written by ./news train topics (default: the shipped one)")
        Path model;
        @Option(names = "--lexicon", paramLabel = "on|off", description = "add the hand keyword lexicon or not (default: as the service)")
        String lexicon;

        @Option(names = "--headline-max", defaultValue = "60",
                description = "a two-column text up to this many chars is classified as a headline, longer as a body (default ${DEFAULT-VALUE})")
        int headlineMax;

        @Option(names = "--errors", description = "also print each example whose gold topic (at its own level) was not returned")
        boolean errors;

        @Override
        public Integer call() throws IOException {
            requireFile(file);
            List<String> misses = new ArrayList<>();
            TopicLabels labels = map == null ? TopicLabels.standard() : TopicLabels.read(map);
            TopicClassifier classifier = classifier(model, lexicon);
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
                    List<String> codes = subjects.stream().map(Subject::code).toList();
                    eval.add(gold, codes);
                    if (errors && !codes.contains(gold)) {
                        String head = cols.length == 3 ? cols[1] : cols[1].substring(0, Math.min(30, cols[1].length()));
                        misses.add("line " + lineNo + "  gold " + gold + "  " + head + "\n    "
                                + subjects.stream().map(s -> s.code().substring(7) + " " + s.nameZh() + " " + s.confidence())
                                        .collect(java.util.stream.Collectors.joining(" | ")));
                    }
                }
            }
            PrintStream out = System.out;
            out.print(eval.report());
            if (errors) {
                out.printf(Locale.ROOT, "%n%d examples without their gold topic:%n", misses.size());
                misses.forEach(out::println);
            }
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
        @Option(names = "--errors", paramLabel = "OUTFILE",
                description = "write each sentence with an error here: the text, then gold and predicted spans")
        Path errors;

        @Override
        public Integer call() throws IOException {
            requireFile(file);
            if (model != null) {
                requireFile(model);
            }
            StringBuilder wrong = new StringBuilder();
            // the service's code path: each sentence segmented as a body, tagged, the mention rules applied
            EntityExtractor extractor = model == null ? new EntityExtractor() : new EntityExtractor(NerModel.load(model));
            AnalysedText.warmUp();
            EntityEvaluation eval = new EntityEvaluation();
            try (ProgressBar bar = progress("entities", file)) {
                BioCorpus.forEach(file, s -> {
                    List<EntityEvaluation.Span> predicted = extractor.mentions(s.text());
                    eval.add(s.text(), s.spans(), predicted);
                    if (errors != null && !new java.util.HashSet<>(s.spans()).equals(new java.util.HashSet<>(predicted))) {
                        wrong.append(s.text()).append('\n');
                        for (EntityEvaluation.Span g : s.spans()) {
                            if (!predicted.contains(g)) {
                                wrong.append("  missed ").append(g.type()).append(' ')
                                        .append(s.text(), g.begin(), g.end()).append('\n');
                            }
                        }
                        for (EntityEvaluation.Span p : predicted) {
                            if (!s.spans().contains(p)) {
                                wrong.append("  wrong  ").append(p.type()).append(' ')
                                        .append(s.text(), p.begin(), p.end()).append('\n');
                            }
                        }
                    }
                }, bar::stepBy);
            }
            if (errors != null) {
                Files.writeString(errors, wrong);
            }
            if (eval.sentences() == 0) {
                throw new IllegalArgumentException(file + ": no sentence found");
            }
            System.out.print(eval.report());
            return 0;
        }
    }

    @Command(name = "seeds", mixinStandardHelpOptions = true,
            description = "Split each seed page into its articles and print each article's topics (for reading)")
    static final class EvalSeeds implements Callable<Integer> {
        @Parameters(paramLabel = "FOLDER", arity = "0..1", description = "folder of .txt pages (default: infra/samples)")
        Path folder;
        @Option(names = "--model", paramLabel = "MODELFILE", description = "a model file written by ./news train topics (default: the shipped one)")
        Path model;
        @Option(names = "--lexicon", paramLabel = "on|off", description = "add the hand keyword lexicon or not (default: as the service)")
        String lexicon;
        @Option(names = "--places", description = "also print each article's places facet and regions (the service's enrichment)")
        boolean places;

        @Override
        public Integer call() throws IOException {
            Path dir = folder != null ? folder : inRepository(Path.of("infra", "samples"));
            ArticleEnricher enricher = places ? new ArticleEnricher() : null;
            if (!Files.isDirectory(dir)) {
                throw new IllegalArgumentException("no such folder: " + dir);
            }
            TopicClassifier classifier = classifier(model, lexicon);
            ArticleNormalizer normalizer = new ArticleNormalizer();
            int articles = 0;
            int deep = 0;
            try (Stream<Path> s = Files.list(dir)) {
                for (Path f : s.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                    RawArticle page = new RawArticle(f.getFileName().toString(), "seeds", null, ContentKind.PAGE, "zh",
                            null, Files.readString(f), RawArticle.TEXT_PLAIN, null, null, null, Instant.EPOCH);
                    for (NormalizedArticle a : normalizer.normalizeAll(page)) {
                        List<Subject> subjects = classifier.classify(a.headline(), a.bodyText());
                        articles++;
                        if (subjects.stream().anyMatch(x -> MediaTopics.standard().level(x.code()) >= 2)) {
                            deep++;
                        }
                        System.out.println(a.id() + "  " + a.headline() + "  (" + a.bodyText().length() + " chars)");
                        System.out.println("    " + describe(subjects));
                        if (enricher != null) {
                            Enrichment e = enricher.enrich(a);
                            System.out.println("    places  " + e.places().stream().map(x -> x.name() + "×" + x.count()).toList());
                            System.out.println("    regions " + e.regions().stream().map(news.model.Region::display).toList());
                        }
                    }
                }
            }
            System.out.printf(Locale.ROOT, "%n%d articles, %d with a level-2 or deeper subject%n", articles, deep);
            return 0;
        }

        static String describe(List<Subject> subjects) {
            StringBuilder b = new StringBuilder();
            for (Subject x : subjects) {
                if (!b.isEmpty()) {
                    b.append(" | ");
                }
                b.append(x.code().substring(7)).append(' ').append(x.nameZh()).append(' ').append(x.confidence())
                        .append(" (L").append(MediaTopics.standard().level(x.code())).append(')');
            }
            return b.toString();
        }
    }

    /** {@code ./news train} alone retrains both shipped models with their defaults (the files the service reads). */
    @Command(name = "snapshot", mixinStandardHelpOptions = true,
            description = "Every field of the enrichment of a fixed sample (seed pages, their articles, cnews articles),"
                    + " as text for diff: the golden check of speed work")
    static final class EvalSnapshot implements Callable<Integer> {
        @Option(names = {"-o", "--out"}, required = true, paramLabel = "FILE", description = "output file")
        Path out;
        @Option(names = "--samples", defaultValue = "infra/samples", description = "folder of .txt pages (default ${DEFAULT-VALUE})")
        Path samples;
        @Option(names = "--cnews", defaultValue = "500", description = "cnews articles, evenly spaced over the file (default ${DEFAULT-VALUE})")
        int cnews;

        @Override
        public Integer call() throws IOException {
            Path dir = inRepository(samples);
            if (!Files.isDirectory(dir)) {
                throw new IllegalArgumentException("no such folder: " + dir);
            }
            Path cnewsFile = inRepository(ArticleCorpus.CNEWS);
            if (cnews > 0) {
                requireFile(cnewsFile);
            }
            List<EnrichmentSnapshot.Sample> sample = EnrichmentSnapshot.sample(dir, cnewsFile, cnews);
            ArticleEnricher enricher = new ArticleEnricher();
            try (java.io.PrintWriter w = new java.io.PrintWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8))) {
                EnrichmentSnapshot.write(enricher, sample, w);
            }
            System.out.printf(Locale.ROOT, "%d articles written to %s%n", sample.size(), out);
            return 0;
        }
    }

    @Command(name = "train", mixinStandardHelpOptions = true,
            description = "Train the shipped models: both with no subcommand, or topics / entities with options",
            subcommands = {TrainTopics.class, TrainEntities.class})
    static final class Train implements Callable<Integer> {
        @Override
        public Integer call() {
            int entities = new CommandLine(new TrainEntities()).execute();
            if (entities != 0) {
                return entities;
            }
            return new CommandLine(new TrainTopics()).execute();
        }
    }

    @Command(name = "topics", mixinStandardHelpOptions = true,
            description = "Train the topic model file: the article model on the cnews full articles, the headline model"
                    + " on the bundled THUCNews headlines (plus newsroom label<TAB>text files)")
    static final class TrainTopics implements Callable<Integer> {
        static final Path SHIPPED = Path.of("libs", "news-enrich", "src", "main", "resources", "news", "enrich", "topic-model.bin");

        @Parameters(paramLabel = "FILE", arity = "0..*",
                description = "extra label<TAB>text files (labels mapped with --map): texts over --headline-max chars train the article model, shorter ones the headline model")
        List<Path> files = new ArrayList<>();
        @Option(names = "--map", paramLabel = "MAPFILE", description = "label<TAB>medtop code lines for the extra files")
        Path map;
        @Option(names = "--articles", paramLabel = "FILE", description = "the labelled full articles (default: datasets/cnews-articles/articles.tsv of the repository)")
        Path articles;
        @Option(names = "--official-press", paramLabel = "FILE",
                description = "official-press text for the domain model, character BIO or one sentence a line (default: datasets/ner/msra-train-part.bio of the repository)")
        Path officialPress;
        @Option(names = {"-o", "--out"}, paramLabel = "MODELFILE", description = "model file (default: the shipped one, " + "libs/news-enrich/src/main/resources/news/enrich/topic-model.bin)")
        Path out;
        @Option(names = "--holdout-every", paramLabel = "N", defaultValue = "5",
                description = "leave every Nth article of each label out (the Nth, 2Nth, … in file order; default ${DEFAULT-VALUE},"
                        + " the split of every reported figure: the shipped model never saw those articles); 0 = train on all")
        int holdoutEvery;
        @Option(names = "--holdout-out", paramLabel = "FILE", description = "where the held-out articles go (label<TAB>text)")
        Path holdoutOut;
        @Option(names = "--headline-max", defaultValue = "60", description = "see FILE (default ${DEFAULT-VALUE})")
        int headlineMax;
        @Option(names = "--headline-holdout-every", paramLabel = "N", defaultValue = "0",
                description = "leave every Nth bundled THUCNews headline out of the headline model (the Nth, 2Nth, … line;"
                        + " 5 = the split of the reported headline figures); default ${DEFAULT-VALUE}: the shipped model"
                        + " trains on all 10,000")
        int headlineHoldoutEvery;
        @Option(names = "--headline-holdout-out", paramLabel = "FILE", description = "where the held-out headlines go (label<TAB>title)")
        Path headlineHoldoutOut;

        @Override
        public Integer call() throws IOException {
            Path articleFile = articles != null ? articles : inRepository(ArticleCorpus.CNEWS);
            requireFile(articleFile);
            ArticleCorpus.Split split = ArticleCorpus.split(ArticleCorpus.read(articleFile, TopicLabels.standard()), holdoutEvery);
            List<ArticleTopicModel.Example> train = new ArrayList<>();
            split.train().forEach(a -> train.add(a.example()));
            if (holdoutEvery > 0 && holdoutOut != null) {
                Path target = holdoutOut;
                if (target.toAbsolutePath().getParent() != null) {
                    Files.createDirectories(target.toAbsolutePath().getParent());
                }
                Files.write(target, split.heldOut().stream().map(ArticleCorpus.Article::line).toList(), StandardCharsets.UTF_8);
                System.err.printf(Locale.ROOT, "held out %d articles → %s%n", split.heldOut().size(), target);
            }
            TitleCorpus.Split titles = TitleCorpus.split(headlineHoldoutEvery);
            List<LabelledText> headlines = new ArrayList<>(titles.train());
            if (headlineHoldoutEvery > 0 && headlineHoldoutOut != null) {
                Path target = headlineHoldoutOut;
                if (target.toAbsolutePath().getParent() != null) {
                    Files.createDirectories(target.toAbsolutePath().getParent());
                }
                Files.write(target, titles.heldOutLines(), StandardCharsets.UTF_8);
                System.err.printf(Locale.ROOT, "held out %d headlines → %s%n", titles.heldOutLines().size(), target);
            }
            TopicLabels labels = map == null ? TopicLabels.standard() : TopicLabels.read(map);
            for (Path f : files) {
                requireFile(f);
                for (ArticleCorpus.Article a : ArticleCorpus.read(f, labels)) {
                    if (a.headline().isEmpty() && a.body().length() <= headlineMax) {
                        headlines.add(new LabelledText(a.code(), a.body()));
                    } else {
                        train.add(a.example());
                    }
                }
            }
            System.err.printf(Locale.ROOT, "training on %d articles and %d headlines …%n", train.size(), headlines.size());
            Path pressFile = officialPress != null ? officialPress : inRepository(OfficialPress.MSRA);
            requireFile(pressFile);
            List<String> press = OfficialPress.documents(pressFile);
            System.err.printf(Locale.ROOT, "official press: %d documents from %s%n", press.size(), pressFile);
            TopicModels models = TopicModels.train(train, headlines, press);
            Path target = out != null ? out : inRepository(SHIPPED.getParent()).resolve(SHIPPED.getFileName());
            models.save(target);
            System.out.printf(Locale.ROOT, "%s%ntrained in %d ms → %s (%,d bytes)%n", models.describe(),
                    models.trainingTime().toMillis(), target, Files.size(target));
            if (out != null) {
                System.out.println("use it: NEWS_CLASSIFIER_MODEL_FILE=" + target.toAbsolutePath() + " (classifier service),"
                        + " or ./news eval topics FILE --model " + target);
            }
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
        @Option(names = "--only", paramLabel = "REGEX", description = "measure only the steps whose name matches (the whole"
                + " enrichment always; 'none' for it alone, e.g. under a profiler)")
        String only;
        @Option(names = "--compare", paramLabel = "CLASSES", description = "before/after in one run: another build's"
                + " libs/news-enrich/target/classes folder loaded beside this one, passes alternating (see EnrichComparison)")
        Path compare;
        @Option(names = "--top", defaultValue = "6", description = "entities per type in the report (default ${DEFAULT-VALUE})")
        int top;

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
            if (compare != null) {
                try {
                    System.out.print(EnrichComparison.run(compare, pages, warmup, seconds, only));
                } catch (ReflectiveOperationException e) {
                    throw new IllegalArgumentException("cannot load the other build from " + compare + ": " + e, e);
                }
                return 0;
            }
            long t0 = System.nanoTime();
            ArticleEnricher enricher = new ArticleEnricher();
            long loadMs = (System.nanoTime() - t0) / 1_000_000;
            long chars = pages.stream().mapToLong(p -> p.bodyText().length() + (p.headline() == null ? 0 : p.headline().length())).sum();
            EnrichBenchmark.Result r = EnrichBenchmark.run(enricher, pages, warmup, seconds, only);
            Runtime rt = Runtime.getRuntime();
            System.gc();
            System.out.printf(Locale.ROOT, "enrichment benchmark: %d seed pages, %,d chars (%,d UTF-8 bytes), 1 thread, JVM %s%n",
                    pages.size(), chars, pages.stream().mapToLong(p -> p.bodyText().getBytes(StandardCharsets.UTF_8).length).sum(),
                    Runtime.version());
            System.out.printf(Locale.ROOT, "model load (HanLP dictionaries + topic model training): %d ms; heap in use after GC: %d MB;"
                    + " resident set of this JVM: %s%n%n", loadMs, (rt.totalMemory() - rt.freeMemory()) >> 20, residentSet());
            System.out.print(r.table());
            if (report) {
                System.out.println();
                for (NormalizedArticle p : pages) {
                    System.out.print(pageReport(p, enricher.enrich(p), top));
                }
            }
            return 0;
        }

        /** VmRSS from /proc/self/status (Linux), or "unknown". */
        static String residentSet() {
            try {
                for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                    if (line.startsWith("VmRSS:")) {
                        long kb = Long.parseLong(line.replaceAll("[^0-9]", ""));
                        return (kb >> 10) + " MB";
                    }
                }
            } catch (IOException | NumberFormatException | SecurityException e) {
                // not Linux, or no procfs: nothing to report
            }
            return "unknown";
        }

        static String pageReport(NormalizedArticle page, Enrichment e) {
            return pageReport(page, e, 6);
        }

        static String pageReport(NormalizedArticle page, Enrichment e, int top) {
            StringBuilder b = new StringBuilder();
            b.append(page.id()).append('\n');
            b.append("  topics   ").append(e.subjects().stream().map(s -> s.code() + " " + s.nameZh() + " " + s.confidence()).toList()).append('\n');
            b.append("  people   ").append(top(e.people(), top)).append('\n');
            b.append("  places   ").append(top(e.places(), top)).append('\n');
            b.append("  orgs     ").append(top(e.organisations(), top)).append('\n');
            b.append("  credits  ").append(top(e.credits(), top)).append('\n');
            b.append("  regions  ").append(e.regions().stream().limit(6).map(news.model.Region::display).toList()).append('\n');
            b.append("  keywords ").append(e.keywords()).append('\n');
            return b.toString();
        }

        private static List<String> top(List<Entity> list, int top) {
            return list.stream().limit(Math.max(0, top)).map(x -> x.name() + "×" + x.count()).toList();
        }
    }
}
