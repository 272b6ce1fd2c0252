package news.enrich;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import news.model.NormalizedArticle;

/**
 * Single-thread throughput of the whole enrichment and of each step on a fixed set of articles (what
 * {@code ./news bench enrich} prints). One thread = one core; the service's throughput scales with cores because
 * {@link ArticleEnricher#enrich} holds no lock.
 */
final class EnrichBenchmark {

    /** Wall-clock figures, and the thread's CPU time (steadier on a shared machine). */
    record Row(String step, double msPerArticle, double articlesPerSecond, double charsPerSecond, double cpuMsPerArticle) {}

    record Result(List<Row> rows, double totalMs, long chars, long bytes, int articles) {
        String table() {
            StringBuilder b = new StringBuilder();
            b.append(String.format(Locale.ROOT, "%-42s %12s %12s %14s %12s %8s %10s %11s%n", "step (1 thread)",
                    "ms/article", "articles/s", "chars/s", "MB/s UTF-8", "share", "CPU ms/a", "CPU MB/s"));
            for (Row r : rows) {
                b.append(String.format(Locale.ROOT, "%-42s %12.2f %12.1f %,14.0f %12.2f %7.0f%% %10.2f %11.2f%n",
                        r.step(), r.msPerArticle(), r.articlesPerSecond(), r.charsPerSecond(),
                        r.charsPerSecond() * bytes / (double) chars / 1e6,
                        r.step().startsWith("whole") ? 100 : 100 * r.msPerArticle() / totalMs, r.cpuMsPerArticle(),
                        bytes / (double) articles / 1e6 / (r.cpuMsPerArticle() / 1000)));
            }
            Row whole = rows.getFirst();
            double charsPerArticle = chars / (double) articles;
            b.append(String.format(Locale.ROOT, "whole enrich: %.2f CPU ms per 900-char article (%.0f ns of CPU per char)%n",
                    whole.cpuMsPerArticle() * 900 / charsPerArticle, whole.cpuMsPerArticle() * 1e6 / charsPerArticle));
            Row ner = rows.stream().filter(r -> r.step().contains("of which the NER model")).findFirst().orElse(null);
            if (ner != null) {
                b.append(String.format(Locale.ROOT, "NER model: %.0f ns per char (%.0f ns of CPU)%n",
                        1e9 / ner.charsPerSecond(), ner.cpuMsPerArticle() * 1e6 / (chars / (double) articles)));
            }
            return b.toString();
        }
    }

    private EnrichBenchmark() {}

    static Result run(ArticleEnricher enricher, List<NormalizedArticle> articles, int warmupSeconds, int seconds) {
        return run(enricher, articles, warmupSeconds, seconds, null);
    }

    /**
     * {@code only}: a regular expression; only the rows whose step name contains a match are measured, the whole
     * enrichment always first (null: every row). For a profiler, or to time one step quickly.
     */
    static Result run(ArticleEnricher enricher, List<NormalizedArticle> articles, int warmupSeconds, int seconds,
                      String only) {
        List<String> heads = new ArrayList<>();
        List<String> bodies = new ArrayList<>();
        long chars = 0;
        long bytes = 0;
        for (NormalizedArticle a : articles) {
            String h = a.headline() == null ? "" : a.headline();
            heads.add(h);
            bodies.add(a.bodyText());
            chars += h.length() + a.bodyText().length();
            bytes += (h + a.bodyText()).getBytes(StandardCharsets.UTF_8).length;
        }
        Map<String, IntStep> steps = steps(enricher, articles);
        if (only != null) {
            java.util.regex.Pattern keep = java.util.regex.Pattern.compile(only);
            steps.keySet().removeIf(k -> !k.startsWith("whole") && !keep.matcher(k).find());
        }
        // warm-up: the JIT compiles the hot paths of every step
        long warmEnd = System.nanoTime() + warmupSeconds * 1_000_000_000L;
        while (System.nanoTime() < warmEnd) {
            for (IntStep s : steps.values()) {
                for (int i = 0; i < articles.size(); i++) {
                    s.run(i);
                }
            }
        }
        List<Row> rows = new ArrayList<>();
        double total = 0;
        long perStep = Math.max(1, seconds) * 1_000_000_000L / steps.size();
        boolean first = true;
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        for (Map.Entry<String, IntStep> e : steps.entrySet()) {
            long n = 0;
            long cpuStart = cpu.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            long end = start + (first ? Math.max(perStep, 3_000_000_000L) : perStep);
            long now;
            do {
                for (int i = 0; i < articles.size(); i++) {
                    e.getValue().run(i);
                }
                n += articles.size();
                now = System.nanoTime();
            } while (now < end);
            double ms = (now - start) / 1e6 / n;
            double cpuMs = (cpu.getCurrentThreadCpuTime() - cpuStart) / 1e6 / n;
            if (first) {
                total = ms;
                first = false;
            }
            rows.add(new Row(e.getKey(), ms, 1000 / ms, chars / (double) articles.size() * 1000 / ms, cpuMs));
        }
        return new Result(rows, total, chars, bytes, articles.size());
    }

    /**
     * The measured steps, each a function of the article's index: the whole enrichment first, then its parts on
     * inputs prepared once (the segmentation, the entities and the ranks of each article).
     */
    static Map<String, IntStep> steps(ArticleEnricher enricher, List<NormalizedArticle> articles) {
        List<String> heads = new ArrayList<>();
        List<String> bodies = new ArrayList<>();
        for (NormalizedArticle a : articles) {
            heads.add(a.headline() == null ? "" : a.headline());
            bodies.add(a.bodyText());
        }
        TopicClassifier classifier = TopicClassifier.shared();
        EntityExtractor entities = new EntityExtractor();
        KeywordExtractor keywords = new KeywordExtractor();
        RegionResolver regions = new RegionResolver(Gazetteer.standard());
        List<AnalysedText> analysed = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            analysed.add(AnalysedText.analyse(heads.get(i), bodies.get(i)));
        }
        List<Map<String, Float>> ranks = analysed.stream().map(keywords::rank).toList();
        List<EntityExtractor.Entities> found = analysed.stream().map(entities::extract).toList();

        Map<String, IntStep> steps = new LinkedHashMap<>();
        steps.put("whole enrich (ArticleEnricher)", i -> enricher.enrich(articles.get(i)));
        steps.put("segmentation (HanLP, person names)", i -> AnalysedText.analyse(heads.get(i), bodies.get(i)));
        steps.put("traditional check (HanLP t2s)", i -> {
            ArticleEnricher.isTraditional(heads.get(i));
            ArticleEnricher.isTraditional(bodies.get(i));
        });
        steps.put("topics (model + lexicon)", i -> classifier.classify(analysed.get(i)));
        steps.put("entities (NER model, rules, counts)", i -> entities.extract(analysed.get(i)));
        NerModel model = NerModel.standard();
        steps.put("  of which the NER model", i -> {
            AnalysedText a = analysed.get(i);
            model.recognise(a.headline(), 0, a.headline().length(), a.headlineTerms());
            for (AnalysedText.Chunk c : a.bodyChunks()) {
                model.recognise(a.body(), c.begin(), c.end(), c.terms());
            }
        });
        steps.put("keywords (TextRank)", i -> keywords.rank(analysed.get(i)));
        steps.put("summary", i -> keywords.summary(analysed.get(i), ranks.get(i)));
        steps.put("regions (gazetteer)", i -> regions.resolve(found.get(i).places(),
                heads.get(i) + "\n" + bodies.get(i)));
        steps.put("credits", i -> Credits.find(List.of(), bodies.get(i)));

        return steps;
    }

    /**
     * Each step as a plain {@link java.util.function.IntConsumer} of the article's index (JDK types only): what
     * {@link EnrichComparison} calls in this build and in an older one loaded beside it.
     */
    static Map<String, java.util.function.IntConsumer> passes(List<NormalizedArticle> articles) {
        Map<String, java.util.function.IntConsumer> out = new LinkedHashMap<>();
        steps(new ArticleEnricher(), articles).forEach((name, step) -> out.put(name, step::run));
        return out;
    }

    @FunctionalInterface
    interface IntStep {
        void run(int i);
    }
}
