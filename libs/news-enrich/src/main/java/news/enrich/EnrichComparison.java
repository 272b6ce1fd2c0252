package news.enrich;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntConsumer;
import java.util.regex.Pattern;

import news.model.NormalizedArticle;
import news.text.ChildFirstClassLoader;

/**
 * Before/after in one JVM: another build's enrichment classes (a {@code target/classes} folder of this module, e.g. the
 * build before a change) loaded beside this one, and each step's pass over the articles run alternately in both
 * (old, new, new, old, …), so that both see the same load on a shared machine. Figures are the thread CPU time per
 * article; the sums of each build and their ratio are what to read (and the median of the per-article ratios). Only {@code news.enrich} classes and resources
 * come from the other folder (child first); HanLP, the model records and the JDK are shared.
 */
final class EnrichComparison {

    private EnrichComparison() {}

    @SuppressWarnings("unchecked")
    static String run(Path otherClasses, List<NormalizedArticle> articles, int warmupSeconds, int seconds, String only)
            throws ReflectiveOperationException, IOException {
        if (!Files.isDirectory(otherClasses.resolve("news/enrich"))) {
            throw new IllegalArgumentException(otherClasses + " is not a news-enrich classes folder (no news/enrich/)");
        }
        ChildFirstClassLoader loader = new ChildFirstClassLoader(otherClasses, "news.enrich",
                EnrichComparison.class.getClassLoader());
        Class<?> bench = Class.forName("news.enrich.EnrichBenchmark", true, loader);
        Method passes = bench.getDeclaredMethod("passes", List.class);
        passes.setAccessible(true);
        Map<String, IntConsumer> before = (Map<String, IntConsumer>) passes.invoke(null, articles);
        Map<String, IntConsumer> after = EnrichBenchmark.passes(articles);
        Pattern keep = only == null ? null : Pattern.compile(only);
        List<String> names = new ArrayList<>();
        for (String name : after.keySet()) {
            if (before.containsKey(name) && (name.startsWith("whole") || keep == null || keep.matcher(name).find())) {
                names.add(name);
            }
        }
        int n = articles.size();
        long chars = 0;
        long bytes = 0;
        for (NormalizedArticle a : articles) {
            String text = (a.headline() == null ? "" : a.headline()) + a.bodyText();
            chars += text.length();
            bytes += text.getBytes(StandardCharsets.UTF_8).length;
        }
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long warmEnd = System.nanoTime() + warmupSeconds * 1_000_000_000L;
        while (System.nanoTime() < warmEnd) {
            for (String name : names) {
                for (int i = 0; i < n; i++) {
                    before.get(name).accept(i);
                    after.get(name).accept(i);
                }
            }
        }
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "before = %s, after = this build; %d articles, %,d chars, %,d UTF-8 bytes;"
                + " each article run by both builds in turn (before, after, after, before, …); thread CPU time%n",
                otherClasses, n, chars, bytes));
        b.append(String.format(Locale.ROOT, "%-42s %7s %13s %13s %11s %11s %11s%n", "step (1 thread)", "rounds",
                "before ms/a", "after ms/a", "after/bef.", "pair med.", "after MB/s"));
        long perStep = Math.max(1, seconds) * 1_000_000_000L / names.size();
        for (String name : names) {
            IntConsumer old = before.get(name);
            IntConsumer now = after.get(name);
            long oldSum = 0;
            long newSum = 0;
            List<Double> ratios = new ArrayList<>();
            int rounds = 0;
            long end = System.nanoTime() + perStep;
            do {
                for (int i = 0; i < n; i++) {
                    long o;
                    long a;
                    if ((i + rounds) % 2 == 0) {
                        o = cpuOf(cpu, old, i);
                        a = cpuOf(cpu, now, i);
                    } else {
                        a = cpuOf(cpu, now, i);
                        o = cpuOf(cpu, old, i);
                    }
                    oldSum += o;
                    newSum += a;
                    if (o > 0) {
                        ratios.add(a / (double) o);
                    }
                }
                rounds++;
            } while (System.nanoTime() < end || rounds < 3);
            double oldMs = oldSum / 1e6 / rounds / n;
            double newMs = newSum / 1e6 / rounds / n;
            b.append(String.format(Locale.ROOT, "%-42s %7d %13.2f %13.2f %11.3f %11.3f %11.2f%n", name, rounds, oldMs, newMs,
                    newMs / oldMs, median(ratios), bytes / (double) n / 1e6 / (newMs / 1000)));
            if (name.startsWith("whole")) {
                double perChar = chars / (double) n;
                b.append(String.format(Locale.ROOT, "%-42s %7s %13.2f %13.2f   CPU ms per 900-char article; MB/s per core"
                        + " before %.2f, after %.2f%n", "", "", oldMs * 900 / perChar, newMs * 900 / perChar,
                        bytes / (double) n / 1e6 / (oldMs / 1000), bytes / (double) n / 1e6 / (newMs / 1000)));
            }
        }
        return b.toString();
    }

    private static long cpuOf(ThreadMXBean cpu, IntConsumer step, int article) {
        long start = cpu.getCurrentThreadCpuTime();
        step.accept(article);
        return cpu.getCurrentThreadCpuTime() - start;
    }

    private static double median(List<Double> values) {
        double[] v = values.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(v);
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2.0;
    }

}
