package news.text;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * {@code ./news bench text [DIR] [pdf=PDFDIR] [seconds=S] [compare=CLASSES]}: single-thread throughput of text repair
 * ({@link TextRepair#paragraphs}) and of page splitting ({@link PageSplitter#split}, which includes repair) over the
 * sample pages, in MB/s of UTF-8 input; with {@code pdf=}, also of print PDF page splitting
 * ({@link news.text.pdf.PdfPageSplitter}: parse, layout, repair, bylines) over the PDFs there, in pages/s. Each stage warms up for S seconds, then is timed for S seconds; prints a table with two rates: per second
 * of wall-clock time and per second of this thread's CPU time. On a shared machine the CPU figure is the one-core
 * throughput; the wall figure also counts the time other processes held the core. With {@code compare=}, only the
 * split, this build against another build's classes in one JVM ({@link TextComparison}).
 */
public final class TextBenchmark {
    private TextBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Path dir = Path.of("infra/samples");
        Path pdfDir = null;
        double seconds = 3;
        Path compare = null;
        for (String a : args) {
            if (a.startsWith("compare=")) {
                compare = Path.of(a.substring(8));
            } else if (a.startsWith("seconds=")) {
                seconds = Double.parseDouble(a.substring(8));
            } else if (a.startsWith("pdf=")) {
                pdfDir = Path.of(a.substring(4));
            } else {
                dir = Path.of(a);
            }
        }
        List<String> pages = new ArrayList<>();
        long bytes = 0;
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                String text = Files.readString(p);
                pages.add(text);
                bytes += text.getBytes(StandardCharsets.UTF_8).length;
            }
        }
        if (pages.isEmpty()) {
            System.err.println("bench text: no .txt pages in " + dir);
            System.exit(2);
        }
        if (compare != null) {
            try {
                out.print(TextComparison.run(compare, pages, bytes, seconds));
            } catch (IllegalArgumentException | ReflectiveOperationException e) {
                System.err.println("bench text: cannot compare with " + compare + ": " + e.getMessage());
                System.exit(2);
            }
            return;
        }
        TextRepair repair = TextRepair.forPlainText();
        PageSplitter splitter = new PageSplitter();
        new PersonNames().split("李超张培龙"); // load HanLP outside the timed loop, as a running service would have
        out.printf("pages: %d (%d bytes UTF-8) from %s; warm-up %.0f s, measured %.0f s per stage, 1 thread%n%n",
                pages.size(), bytes, dir, seconds, seconds);
        out.printf("%-28s %12s %12s %12s %14s%n", "stage", "MB/s (CPU)", "MB/s (wall)", "pages/s (CPU)",
                "ms/page (CPU)");
        row(out, "repair (paragraphs)", pages, bytes, seconds, p -> repair.paragraphs(p).size());
        // the same text as an HTML body (text/html): each line a <p>, so the jsoup step is measured on real text
        TextRepair html = TextRepair.forHtml();
        List<String> htmlPages = pages.stream().map(TextBenchmark::asHtml).toList();
        long htmlBytes = htmlPages.stream().mapToLong(h -> h.getBytes(StandardCharsets.UTF_8).length).sum();
        row(out, "repair HTML (<p> per line)", htmlPages, htmlBytes, seconds, p -> html.paragraphs(p).size());
        row(out, "split (repair + split)", pages, bytes, seconds, p -> splitter.split(p).size());
        if (pdfDir != null) {
            List<byte[]> pdfs = new ArrayList<>();
            long pdfBytes = 0;
            try (Stream<Path> files = Files.list(pdfDir)) {
                for (Path p : files.filter(f -> f.toString().endsWith(".pdf")).sorted().toList()) {
                    byte[] b = Files.readAllBytes(p);
                    pdfs.add(b);
                    pdfBytes += b.length;
                }
            }
            if (pdfs.isEmpty()) {
                System.err.println("bench text: no .pdf pages in " + pdfDir);
                System.exit(2);
            }
            news.text.pdf.PdfPageSplitter pdfSplitter = new news.text.pdf.PdfPageSplitter();
            row(out, "pdf split (" + pdfs.size() + " PDFs; MB of PDF)", pdfs, pdfBytes, seconds, p -> {
                try {
                    return pdfSplitter.split(p).size();
                } catch (news.pdf.PdfPageException e) {
                    throw new IllegalStateException(e);
                }
            });
        }
        out.printf("%ntarget: >= 20 MB/s for repair + split on one core; >= 5 pages/s for a broadsheet PDF page%n");
    }

    private static <T> void row(PrintStream out, String name, List<T> pages, long bytes, double seconds,
                                java.util.function.ToIntFunction<T> stage) {
        long sink = run(pages, seconds, stage)[1];
        long[] measured = run(pages, seconds, stage);
        double wall = measured[0] / 1e9;
        double cpu = measured[3] / 1e9;
        long passes = measured[2];
        double mb = bytes * passes / 1e6;
        out.printf("%-28s %12.1f %12.1f %12.0f %14.3f%n", name, mb / cpu, mb / wall, pages.size() * passes / cpu,
                cpu * 1000 / (pages.size() * passes));
        if (sink == Long.MIN_VALUE) {
            out.println(); // keeps the warm-up from being optimised away
        }
    }

    /** {elapsed ns, checksum, passes over all pages, this thread's CPU ns}. */
    private static <T> long[] run(List<T> pages, double seconds, java.util.function.ToIntFunction<T> stage) {
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long deadline = System.nanoTime() + (long) (seconds * 1e9);
        long cpuStart = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        long sum = 0;
        long passes = 0;
        do {
            for (T p : pages) {
                sum += stage.applyAsInt(p);
            }
            passes++;
        } while (System.nanoTime() < deadline);
        return new long[] {System.nanoTime() - start, sum, passes, threads.getCurrentThreadCpuTime() - cpuStart};
    }

    /** A text page as the HTML body a web source would send: one paragraph per line, {@code &} and {@code <} escaped. */
    static String asHtml(String page) {
        StringBuilder b = new StringBuilder(page.length() * 2);
        for (String line : page.split("\\R")) {
            b.append("<p>").append(line.replace("&", "&amp;").replace("<", "&lt;")).append("</p>\n");
        }
        return b.toString();
    }
}
