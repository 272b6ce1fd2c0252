package news.pdf.gen;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code ./news generate pages N SEED DIR [--layouts standard|extended] [--producer pdfbox|chromium]}: writes N generated pages (seed SEED) to DIR: {@code pdf/gen_NNNN.pdf},
 * {@code txt/gen_NNNN.txt} (poppler's {@code pdftotext}, default mode, as newsrooms extract), the annotations
 * {@code annotations.pdf.json} (keys {@code gen_NNNN.pdf}) and {@code annotations.txt.json} (keys
 * {@code gen_NNNN.txt}, the same entries), {@code truth/gen_NNNN.json} (full truth) and a README. Exit 2 on bad
 * arguments, 1 when pdftotext, the fonts or (for {@code --producer chromium}) Chromium are missing.
 * {@code --producer chromium} prints the same pages (same text, places and truth) through headless Chromium
 * ({@link ChromiumProducer}) instead of writing them with PDFBox. {@code --layouts extended} adds the layout classes of
 * {@link PageGenerator.Layouts#EXTENDED}; the default, {@code standard}, gives the pages every seed always gave.
 */
public final class GenerateCommand {
    private GenerateCommand() {
    }

    public static void main(String[] args) throws Exception {
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        PageGenerator.Layouts layouts = PageGenerator.Layouts.STANDARD;
        boolean chromium = false;
        boolean ok = args.length >= 3 && args.length % 2 == 1;
        for (int i = 3; ok && i + 1 < args.length; i += 2) {
            if (args[i].equals("--layouts") && args[i + 1].matches("standard|extended")) {
                layouts = PageGenerator.Layouts.valueOf(args[i + 1].toUpperCase(java.util.Locale.ROOT));
            } else if (args[i].equals("--producer") && args[i + 1].matches("pdfbox|chromium")) {
                chromium = args[i + 1].equals("chromium");
            } else {
                ok = false;
            }
        }
        if (!ok || !args[0].matches("\\d{1,5}") || !args[1].matches("-?\\d{1,18}")) {
            err.println("usage: ./news generate pages N SEED DIR [--layouts standard|extended] [--producer pdfbox|chromium]"
                    + "   (N pages, a number seed, the output folder; extended adds layout classes the standard pages"
                    + " lack; chromium prints the same pages through headless Chromium instead of writing them with"
                    + " PDFBox)");
            System.exit(2);
        }
        int n = Integer.parseInt(args[0]);
        long seed = Long.parseLong(args[1]);
        Path dir = Path.of(args[2]);
        for (String sub : new String[] {"pdf", "txt", "truth"}) {
            Files.createDirectories(dir.resolve(sub));
        }
        JsonMapper mapper = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
        Map<String, Object> pdfAnnotations = new LinkedHashMap<>();
        Map<String, Object> txtAnnotations = new LinkedHashMap<>();
        int articles = 0;
        try (Fonts fonts = Fonts.load()) {
            PageGenerator generator = new PageGenerator(fonts);
            ChromiumProducer printer = chromium ? ChromiumProducer.find(fonts) : null;
            for (int from = 1; from <= n; from += ChromiumProducer.BATCH) {
                List<GeneratedPage> batch = new ArrayList<>();
                for (int i = from; i <= n && i < from + ChromiumProducer.BATCH; i++) {
                    batch.add(generator.generate(seed, i, layouts));
                }
                if (printer != null) {
                    batch = printer.print(batch, seed);
                }
                for (GeneratedPage page : batch) {
                    Path pdf = dir.resolve("pdf").resolve(page.name() + ".pdf");
                    Files.write(pdf, page.pdf());
                    pdftotext(pdf, dir.resolve("txt").resolve(page.name() + ".txt"));
                    Files.writeString(dir.resolve("truth").resolve(page.name() + ".json"),
                            mapper.writeValueAsString(Annotations.truth(page)));
                    pdfAnnotations.put(page.name() + ".pdf", Annotations.entry(page));
                    txtAnnotations.put(page.name() + ".txt", Annotations.entry(page));
                    articles += page.articles().size();
                }
            }
            Files.writeString(dir.resolve("annotations.pdf.json"), mapper.writeValueAsString(pdfAnnotations));
            Files.writeString(dir.resolve("annotations.txt.json"), mapper.writeValueAsString(txtAnnotations));
            Files.writeString(dir.resolve("README.md"), readme(n, seed, layouts, chromium, articles, generator.corpusSize()));
        } catch (IOException e) {
            err.println("generate: " + e.getMessage());
            System.exit(1);
        }
        System.out.println("wrote " + n + " pages (" + articles + " pieces) with seed " + seed + " to " + dir);
    }

    /** Runs poppler's pdftotext in its default mode (UTF-8). */
    public static void pdftotext(Path pdf, Path txt) throws IOException, InterruptedException {
        Process p;
        try {
            p = new ProcessBuilder("pdftotext", "-enc", "UTF-8", pdf.toString(), txt.toString())
                    .redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new IOException("pdftotext not found: apt-get install poppler-utils (./news test installs it)", e);
        }
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IOException("pdftotext failed on " + pdf + ": " + new String(out, StandardCharsets.UTF_8));
        }
    }

    static String readme(int n, long seed, PageGenerator.Layouts layouts, boolean chromium, int articles, int corpus) {
        return """
                # Generated newspaper pages

                Written by `./news generate pages %d %d DIR%s` (tools/page-generator, `news.pdf.gen.GenerateCommand`):
                %d broadsheet pages, %d pieces, typeset from %d known articles (the seed pages' articles and cnews).
                The same command gives the same files.

                - `pdf/gen_NNNN.pdf` — the page (%s, fonts AR PL UMing / WenQuanYi Zen Hei / DejaVu Serif, embedded subsets)
                - `txt/gen_NNNN.txt` — `pdftotext -enc UTF-8` of it (poppler, default mode)
                - `annotations.pdf.json` — ground truth, keys `gen_NNNN.pdf`; `annotations.txt.json` — the same entries, keys
                  `gen_NNNN.txt`: `{"gen_0001.txt": {"articles": [{"kind", "headline", "subheadline", "first_words",
                  "last_words", "byline_people", "correspondents", "photographers"}]}}`, pieces in layout order
                  (rows top-down, modules left to right). `./news eval pages annotations.txt.json txt/`
                - `truth/gen_NNNN.json` — everything typeset: kicker, body paragraphs, the dateline opener, every string drawn,
                  the page furniture (masthead, numbers, date lines, editor line, section and column labels)

                Conventions: `kind` is `article`, `box` (an article in a frame) or `photo` (a picture whose text is only a
                caption and credit; headline null unless it has a title). `headline` is the main title (a two-part title
                set on two lines keeps its space); the kicker above it is not in the annotation (see truth/), `subheadline`
                is the line under it (often `——…`). `first_words` / `last_words`: the first and last 8 Han characters of the
                running text as typeset, after the dateline opener (`本报讯（记者 X）`) and before any end credit (`（X Y）`),
                signature line or jump line (`（下转第N版）`). `byline_people`: reporters, interns (实习生), signed authors
                (`□ X`, a bare name at the end), brief credits; `correspondents`: 通讯员; `photographers`: photo credits
                (`X 摄`, `X/摄`, `特约记者 X 摄`, `（X 摄）`). Briefs (简讯) are articles with no headline. All names are made up.
                """.formatted(n, seed,
                (layouts == PageGenerator.Layouts.EXTENDED ? " --layouts extended" : "")
                        + (chromium ? " --producer chromium" : ""), n, articles, corpus,
                chromium ? "printed by headless Chromium from HTML (Skia's PDF: CID fonts with ToUnicode, glyphs placed"
                        + " one by one, text blocks painted out of reading order)" : "PDFBox");
    }
}
