package news.text;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * {@code ./news bench text compare=CLASSES}: before/after of page splitting in one JVM. Another build's
 * {@code news.text} classes (a {@code libs/news-text/target/classes} folder, e.g. the build before a change) are loaded
 * beside this one and both split the same pages in short batches, taking turns (before, after, after, before, …), so
 * that both see the same load and JIT conditions on a shared machine; separate runs of {@code ./news bench text} on a
 * loaded 2-core machine differ by more than most changes do. Figures are MB of UTF-8 per second of this thread's CPU
 * time, per batch; the medians and their ratio are what to read. Only {@code news.text} classes and resources come
 * from the other folder (child first); HanLP, the model records and the JDK are shared.
 */
final class TextComparison {
    private static final int WARM_UP_BATCHES = 10;
    private static final int PASSES_PER_BATCH = 3;

    private TextComparison() {
    }

    /** One build's splitter, called by reflection when it lives in another class loader. */
    private record Build(String name, Object splitter, Method splitPage) {
        void split(String page) throws ReflectiveOperationException {
            splitPage.invoke(splitter, page);
        }
    }

    static String run(Path otherClasses, List<String> pages, long bytes, double seconds)
            throws ReflectiveOperationException, IOException {
        if (!Files.isRegularFile(otherClasses.resolve("news/text/PageSplitter.class"))) {
            throw new IllegalArgumentException(otherClasses
                    + " is not a news-text classes folder (no news/text/PageSplitter.class)");
        }
        Class<?> other = Class.forName("news.text.PageSplitter", true,
                new ChildFirstClassLoader(otherClasses, "news.text", TextComparison.class.getClassLoader()));
        Build[] builds = {
            new Build("before (" + otherClasses + ")", other.getConstructor().newInstance(),
                    other.getMethod("splitPage", String.class)),
            new Build("after (this build)", new PageSplitter(), PageSplitter.class.getMethod("splitPage", String.class)),
        };
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        List<List<Double>> rates = List.of(new ArrayList<>(), new ArrayList<>());
        long end = System.nanoTime() + (long) (seconds * 1e9);
        for (int round = 0; round < WARM_UP_BATCHES + 3 || System.nanoTime() < end; round++) {
            for (int i = 0; i < builds.length; i++) {
                int k = (round + i) % builds.length; // who goes first alternates
                long start = cpu.getCurrentThreadCpuTime();
                for (int pass = 0; pass < PASSES_PER_BATCH; pass++) {
                    for (String page : pages) {
                        builds[k].split(page);
                    }
                }
                long used = cpu.getCurrentThreadCpuTime() - start;
                if (round >= WARM_UP_BATCHES && used > 0) {
                    rates.get(k).add(PASSES_PER_BATCH * bytes / 1e6 / (used / 1e9));
                }
            }
        }
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "split (repair + split), %d pages, batches of %d passes taking turns after"
                + " %d warm-up batches; MB of UTF-8 per CPU-second of this thread%n", pages.size(), PASSES_PER_BATCH,
                WARM_UP_BATCHES));
        b.append(String.format(Locale.ROOT, "%-60s %8s %8s %8s %8s %8s%n", "build", "median", "p25", "p75", "batches",
                "ratio"));
        double base = Double.NaN;
        for (int k = 0; k < builds.length; k++) {
            List<Double> r = rates.get(k);
            Collections.sort(r);
            double median = r.isEmpty() ? Double.NaN : r.get(r.size() / 2);
            if (k == 0) {
                base = median;
            }
            b.append(String.format(Locale.ROOT, "%-60s %8.2f %8.2f %8.2f %8d %8.3f%n", builds[k].name(), median,
                    r.isEmpty() ? Double.NaN : r.get(r.size() / 4), r.isEmpty() ? Double.NaN : r.get(3 * r.size() / 4),
                    r.size(), median / base));
        }
        return b.toString();
    }
}
