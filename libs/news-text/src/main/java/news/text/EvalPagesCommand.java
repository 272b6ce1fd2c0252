package news.text;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.zip.CRC32;

/**
 * {@code ./news eval pages ANNOTATION.json DIR [--part all|tune|holdout] [-v]}: splits every page the annotation file
 * names (file names relative to DIR) and prints, per page and in total, headline recall, body boundaries, byline-name
 * recall and article-count error as defined in {@link PageEval}; {@code -v} lists every miss. A page file is split by
 * the first {@link PageFileSplitter} that reads it: {@code .pdf} through {@link news.text.pdf.PdfPageFileSplitter}
 * (the service's PDF path), {@code .txt} through {@link PageSplitter}.
 *
 * <p>{@code --part} picks a fixed subset by file name: a page is held out when CRC-32 of its name (as written in the
 * annotation, UTF-8) is divisible by {@value #HOLDOUT_MODULUS}; {@code tune} is the rest. Exit 2 with a message for a
 * missing or malformed annotation file, a missing directory or page file, or a page format no splitter reads.
 */
public final class EvalPagesCommand {
    /** One page in this many (by CRC-32 of its file name) is held out. */
    static final int HOLDOUT_MODULUS = 4;

    private EvalPagesCommand() {
    }

    public static void main(String[] args) throws IOException {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        List<String> positional = new ArrayList<>();
        boolean verbose = false;
        String part = "all";
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "-v", "--verbose" -> verbose = true;
                case "--part" -> {
                    if (i + 1 >= args.length) {
                        fail("--part needs all, tune or holdout");
                    }
                    part = args[++i];
                }
                default -> positional.add(args[i]);
            }
        }
        if (positional.size() != 2 || !List.of("all", "tune", "holdout").contains(part)) {
            fail("usage: ./news eval pages ANNOTATION.json DIR [--part all|tune|holdout] [-v]");
        }
        Path annotationFile = Path.of(positional.get(0));
        Path dir = Path.of(positional.get(1));
        if (!Files.isRegularFile(annotationFile)) {
            fail("no such annotation file: " + annotationFile);
        }
        if (!Files.isDirectory(dir)) {
            fail("no such directory: " + dir);
        }
        PageAnnotations annotations;
        try {
            annotations = PageAnnotations.parse(Files.readString(annotationFile, StandardCharsets.UTF_8));
        } catch (PageAnnotations.InvalidAnnotationException e) {
            fail(annotationFile + ": " + e.getMessage());
            return;
        }
        List<PageFileSplitter> splitters = new ArrayList<>();
        ServiceLoader.load(PageFileSplitter.class).forEach(splitters::add);
        splitters.add(new PageFileSplitter.Text());

        PageEval eval = new PageEval();
        List<PageEval.PageResult> results = new ArrayList<>();
        for (Map.Entry<String, PageAnnotations.Page> e : annotations.pages().entrySet()) {
            if (!inPart(e.getKey(), part)) {
                continue;
            }
            Path file = dir.resolve(e.getKey());
            if (!Files.isRegularFile(file)) {
                fail("page file named in the annotation is missing: " + file);
            }
            PageFileSplitter splitter = splitters.stream().filter(s -> s.reads(file)).findFirst().orElse(null);
            if (splitter == null) {
                fail("no splitter reads " + file.getFileName() + " (text pages are .txt, print PDF pages .pdf)");
            }
            List<PageArticle> items;
            try {
                items = splitter.split(file);
            } catch (IOException ex) {
                fail("cannot split " + file + ": " + ex.getMessage());
                return;
            }
            results.add(eval.score(e.getKey(), e.getValue(), items));
        }
        if (results.isEmpty()) {
            fail("no page of " + annotationFile + " is in part " + part);
        }
        print(out, annotationFile, dir, part, results, verbose);
    }

    static boolean inPart(String pageName, String part) {
        if (part.equals("all")) {
            return true;
        }
        CRC32 crc = new CRC32();
        crc.update(pageName.getBytes(StandardCharsets.UTF_8));
        boolean heldOut = crc.getValue() % HOLDOUT_MODULUS == 0;
        return part.equals("holdout") == heldOut;
    }

    static void print(PrintStream out, Path annotationFile, Path dir, String part, List<PageEval.PageResult> results,
                      boolean verbose) {
        out.printf("pages: %d from %s (annotations %s, part %s)%n%n", results.size(), dir, annotationFile, part);
        int width = Math.max(12, results.stream().mapToInt(r -> r.page().length()).max().orElse(12));
        String format = "%-" + width + "s %9s %9s %9s %9s %7s%n";
        out.printf(format, "page", "articles", "headline", "body", "names", "count±");
        PageEval.Score total = PageEval.Score.ZERO;
        for (PageEval.PageResult r : results) {
            PageEval.Score s = r.score();
            total = total.plus(s);
            out.printf(format, r.page(), s.split() + "/" + s.annotated(), s.headlineRight() + "/" + s.headlineTotal(),
                    s.bodyRight() + "/" + s.bodyTotal(), s.namesFound() + "/" + s.namesTotal(),
                    (s.split() >= s.annotated() ? "+" : "-") + s.countError());
        }
        PageEval.Score t = total;
        out.printf(format, "total", t.split() + "/" + t.annotated(), t.headlineRight() + "/" + t.headlineTotal(),
                t.bodyRight() + "/" + t.bodyTotal(), t.namesFound() + "/" + t.namesTotal(), String.valueOf(t.countError()));
        out.println();
        out.printf(Locale.ROOT, "headline recall       %6.3f  (%d/%d)%n", t.headlineRecall(), t.headlineRight(), t.headlineTotal());
        out.printf(Locale.ROOT, "body boundaries       %6.3f  (%d/%d: right start and end, nothing of another article)%n",
                t.bodyBoundaries(), t.bodyRight(), t.bodyTotal());
        out.printf(Locale.ROOT, "byline-name recall    %6.3f  (%d/%d; %d extra names)%n", t.nameRecall(), t.namesFound(),
                t.namesTotal(), t.namesExtra());
        out.printf(Locale.ROOT, "article-count error   %6d  (%d of %d pages exact)%n", t.countError(), t.pagesExact(), t.pages());
        out.printf(Locale.ROOT, "kicker / subheadline  %d/%d, %d/%d   photos %d/%d   boxes %d/%d%n", t.kickerRight(),
                t.kickerTotal(), t.subRight(), t.subTotal(), t.photosFound(), t.photosTotal(), t.boxesFound(), t.boxesTotal());
        out.printf(Locale.ROOT, "spaced bodies %d   furniture inside articles %d%n", t.spacedBodies(), t.furnitureLeaks());
        if (verbose) {
            for (PageEval.PageResult r : results) {
                if (!r.misses().isEmpty()) {
                    out.println();
                    out.println(r.page() + ":");
                    r.misses().forEach(m -> out.println("  " + m));
                }
            }
        }
    }

    private static void fail(String message) {
        System.err.println("eval pages: " + message);
        System.exit(2);
    }
}
