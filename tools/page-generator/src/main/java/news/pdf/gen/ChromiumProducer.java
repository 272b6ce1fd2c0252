package news.pdf.gen;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import news.pdf.gen.Fonts.Face;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.multipdf.Splitter;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * A second producer for the generated pages: the page a {@link PageGenerator} drew ({@link PageDrawing}) rendered
 * again as HTML with absolute positions and printed by headless Chromium, whose PDF backend (Skia) writes nothing the
 * way PDFBox does: subset CID fonts with {@code ToUnicode} maps, the size in the matrices rather than in {@code Tf},
 * glyphs placed one by one, synthetic bold as Type 3 fonts of one glyph each, boxes and rules as filled paths, text of
 * some blocks inside form XObjects (transparency groups) or clip paths, white text on the dark label boxes, and the
 * text blocks painted in an order of their own (shuffled with the page's seed), not in reading order. The text, its
 * places and the truth are the PDFBox page's.
 *
 * <p>One Chromium process prints a batch of pages as one document (one HTML page per generated page, page breaks
 * between them); the PDF is split into one file per page with PDFBox.
 */
public final class ChromiumProducer {
    /** Pages printed by one Chromium process. */
    static final int BATCH = 4;
    private static final long TIMEOUT_SECONDS = 300;

    private final Fonts fonts;
    private final String executable;

    ChromiumProducer(Fonts fonts, String executable) {
        this.fonts = fonts;
        this.executable = executable;
    }

    /** The producer, or an IOException naming what to install when Chromium is not there. */
    public static ChromiumProducer find(Fonts fonts) throws IOException {
        return find(fonts, System.getenv("CHROMIUM"), System.getenv("PATH"));
    }

    static ChromiumProducer find(Fonts fonts, String env, String path) throws IOException {
        String exe = chromium(env, path);
        if (exe == null) {
            throw new IOException("--producer chromium needs Chromium, which is not installed: apt-get install chromium"
                    + " (./news test installs it), or set CHROMIUM to its path");
        }
        return new ChromiumProducer(fonts, exe);
    }

    /** Chromium's path: {@code CHROMIUM}, else the first of the usual names on the PATH; null when none is there. */
    static String chromium(String env, String path) {
        if (env != null && !env.isBlank()) {
            return Files.isExecutable(Path.of(env)) ? env : null;
        }
        for (String name : new String[] {"chromium", "chromium-browser", "google-chrome", "google-chrome-stable"}) {
            for (String dir : (path == null ? "/usr/bin" : path).split(java.io.File.pathSeparator)) {
                if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, name))) {
                    return Path.of(dir, name).toString();
                }
            }
        }
        return null;
    }

    /**
     * The pages printed by Chromium, in order, each its own PDF; {@code seed} shuffles the order the text blocks are
     * painted in (page by page, a stream of its own: the pages' text and truth do not depend on it).
     */
    public List<GeneratedPage> print(List<GeneratedPage> pages, long seed) throws IOException, InterruptedException {
        List<GeneratedPage> out = new ArrayList<>();
        for (int from = 0; from < pages.size(); from += BATCH) {
            List<GeneratedPage> batch = pages.subList(from, Math.min(pages.size(), from + BATCH));
            List<byte[]> pdfs = printBatch(batch, seed);
            for (int i = 0; i < batch.size(); i++) {
                out.add(batch.get(i).withPdf(pdfs.get(i)));
            }
        }
        return out;
    }

    private List<byte[]> printBatch(List<GeneratedPage> batch, long seed) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("news-chromium-");
        try {
            Path html = dir.resolve("pages.html");
            Path pdf = dir.resolve("pages.pdf");
            Files.writeString(html, html(batch, seed, writeFonts(batch, dir)), StandardCharsets.UTF_8);
            Process p = new ProcessBuilder(executable, "--headless", "--no-sandbox", "--disable-gpu",
                    "--disable-dev-shm-usage", "--no-first-run", "--no-default-browser-check",
                    "--user-data-dir=" + dir.resolve("profile"), "--no-pdf-header-footer",
                    "--print-to-pdf=" + pdf, html.toUri().toString())
                    .redirectErrorStream(true).redirectOutput(dir.resolve("chromium.log").toFile()).start();
            if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
                throw new IOException("chromium did not print " + batch.size() + " pages in " + TIMEOUT_SECONDS + " s");
            }
            if (p.exitValue() != 0 || !Files.isRegularFile(pdf)) {
                throw new IOException("chromium failed (exit " + p.exitValue() + "): "
                        + tail(Files.readString(dir.resolve("chromium.log"), StandardCharsets.UTF_8)));
            }
            return split(Files.readAllBytes(pdf), batch.size());
        } finally {
            if (System.getenv("NEWS_KEEP_HTML") != null) { // to look at what Chromium was given
                System.err.println("kept " + dir);
            } else {
                try (Stream<Path> files = Files.walk(dir)) {
                    files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
                }
            }
        }
    }

    private static String tail(String log) {
        return log.length() > 600 ? log.substring(log.length() - 600) : log;
    }

    /** One PDF per page of Chromium's document; an error when its page count is not the batch's. */
    static List<byte[]> split(byte[] pdf, int expected) throws IOException {
        List<byte[]> out = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            if (doc.getNumberOfPages() != expected) {
                throw new IOException("chromium printed " + doc.getNumberOfPages() + " pages for " + expected
                        + " (a page overflowed its sheet?)");
            }
            for (PDDocument page : new Splitter().split(doc)) {
                try (page) {
                    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                    page.save(bytes);
                    out.add(bytes.toByteArray());
                }
            }
        }
        return out;
    }

    /**
     * Each face cut down to the characters of the batch, written into {@code dir} as a TrueType file for
     * {@code @font-face}; returns the file URLs by face.
     */
    private java.util.Map<Face, String> writeFonts(List<GeneratedPage> batch, Path dir) throws IOException {
        java.util.Map<Face, java.util.Set<Integer>> used = new java.util.EnumMap<>(Face.class);
        for (GeneratedPage page : batch) {
            for (PageDrawing.Item item : page.drawing().items()) {
                if (item instanceof PageDrawing.Line l) {
                    for (PageDrawing.Run r : l.runs()) {
                        r.text().codePoints().forEach(cp -> used.computeIfAbsent(r.face(), f -> new java.util.TreeSet<>())
                                .add(cp));
                    }
                }
            }
        }
        java.util.Map<Face, String> urls = new java.util.EnumMap<>(Face.class);
        for (Face face : Face.values()) {
            Path file = dir.resolve(face.name().toLowerCase(Locale.ROOT) + ".ttf");
            java.util.Set<Integer> cps = used.getOrDefault(face, new java.util.TreeSet<>());
            cps.add((int) ' ');
            Files.write(file, fonts.subset(face, cps));
            urls.put(face, file.toUri().toString());
        }
        return urls;
    }

    /** The batch as one HTML document, a sheet per page (also used by the tests; no Chromium needed). */
    String html(List<GeneratedPage> batch, long seed, java.util.Map<Face, String> fontUrls) throws IOException {
        PageDrawing first = batch.get(0).drawing();
        StringBuilder h = new StringBuilder(1 << 20);
        h.append("<!doctype html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><style>\n")
                .append("@page { size: ").append(pt(first.width)).append(' ').append(pt(first.height))
                .append("; margin: 0 }\n");
        for (Face face : Face.values()) {
            h.append("@font-face { font-family: \"").append(family(face)).append("\"; src: url(\"")
                    .append(fontUrls.get(face)).append("\") format(\"truetype\") }\n");
        }
        h
                .append("html, body { margin: 0; padding: 0; font-family: NewsSong }\n")
                .append(".page { position: relative; overflow: hidden; break-after: page }\n")
                .append(".page:last-child { break-after: auto }\n")
                .append(".t { position: absolute; white-space: pre; line-height: 0 }\n")
                .append(".b { position: absolute; box-sizing: border-box }\n")
                .append("</style></head><body>\n");
        for (GeneratedPage page : batch) {
            page(h, page.drawing(), new Random(seed * 1_000_037L + page.name().hashCode()));
        }
        return h.append("</body></html>\n").toString();
    }

    private void page(StringBuilder h, PageDrawing d, Random order) throws IOException {
        h.append("<div class=\"page\" style=\"width:").append(pt(d.width)).append(";height:").append(pt(d.height))
                .append("\">\n");
        List<PageDrawing.Box> dark = new ArrayList<>();
        List<List<PageDrawing.Line>> groups = new ArrayList<>();
        PageDrawing.Line previous = null;
        for (PageDrawing.Item item : d.items()) {
            if (item instanceof PageDrawing.Box b) {
                box(h, b);
                if (b.fill() != null && luminance(b.fill()) < 0.5f) {
                    dark.add(b);
                }
            } else if (item instanceof PageDrawing.Line l) {
                // a text block: lines stacked in one column at one size, as a layout program's text frame
                boolean sameBlock = previous != null && Math.abs(l.x() - previous.x()) < 0.5f
                        && l.size() == previous.size() && l.baseline() > previous.baseline()
                        && l.baseline() - previous.baseline() <= 2.2f * l.size();
                if (!sameBlock) {
                    groups.add(new ArrayList<>());
                }
                groups.get(groups.size() - 1).add(l);
                previous = l;
            }
        }
        // painted in an order of their own (after the boxes, which they stand on), as a layout program paints its
        // frames in the order they were made, not in reading order
        Collections.shuffle(groups, order);
        for (List<PageDrawing.Line> group : groups) {
            int wrap = order.nextInt(6);
            // a transparency group (opacity) is a form XObject in Skia's PDF; a clip path around a text frame
            String open = switch (wrap) {
                case 0 -> "<div style=\"opacity:0.998\">";
                case 1 -> "<div class=\"b\" style=\"left:0;top:0;width:" + pt(d.width) + ";height:" + pt(d.height)
                        + ";clip-path:inset(0.5pt)\">";
                default -> "";
            };
            h.append(open);
            for (PageDrawing.Line l : group) {
                line(h, l, dark);
            }
            h.append(open.isEmpty() ? "" : "</div>").append('\n');
        }
        h.append("</div>\n");
    }

    private void line(StringBuilder h, PageDrawing.Line l, List<PageDrawing.Box> dark) throws IOException {
        // a line box of line-height 0 puts the baseline (ascent - descent) / 2 under its top, with the ascent and
        // descent rounded to whole CSS pixels as Blink does
        float[] m = fonts.verticalMetrics(l.face());
        float px = l.size() * 4 / 3f;
        float offset = (Math.round(m[0] * px) - Math.round(m[1] * px)) / 2f * 0.75f;
        boolean white = false;
        for (PageDrawing.Box b : dark) {
            float cy = l.baseline() - l.size() * 0.35f;
            white |= l.x() >= b.x() && l.x() < b.x() + b.w() && cy >= b.top() && cy <= b.top() + b.h();
        }
        h.append("<div class=\"t\" style=\"left:").append(pt(l.x())).append(";top:").append(pt(l.baseline() - offset))
                .append(";font-family:").append(family(l.face())).append(";font-size:").append(pt(l.size()));
        if (l.bold()) {
            h.append(";font-weight:bold"); // no bold cut: Chromium synthesizes it
        }
        if (l.spacing() != 0) {
            h.append(";letter-spacing:").append(pt(l.spacing()));
        }
        if (white) {
            h.append(";color:#fff");
        }
        h.append("\">");
        for (PageDrawing.Run r : l.runs()) {
            if (r.face() == l.face() && !r.raised()) {
                escape(h, r.text());
            } else {
                h.append("<span style=\"font-family:").append(family(r.face())).append(";font-size:")
                        .append(pt(r.size()));
                if (r.raised()) {
                    h.append(";position:relative;top:").append(pt(-l.size() * 0.22f));
                }
                h.append("\">");
                escape(h, r.text());
                h.append("</span>");
            }
        }
        h.append("</div>");
    }

    private static void box(StringBuilder h, PageDrawing.Box b) {
        float lw = b.stroke() == null ? 0 : b.lineWidth();
        // a stroke is centred on the path; a CSS border lies inside the box
        h.append("<div class=\"b\" style=\"left:").append(pt(b.x() - lw / 2)).append(";top:").append(pt(b.top() - lw / 2))
                .append(";width:").append(pt(b.w() + lw)).append(";height:").append(pt(b.h() + lw));
        if (b.fill() != null) {
            h.append(";background:").append(rgb(b.fill()));
        }
        if (b.stroke() != null) {
            h.append(";border:").append(pt(lw)).append(" solid ").append(rgb(b.stroke()));
        }
        h.append("\"></div>\n");
    }

    private static String family(Face f) {
        return switch (f) {
            case SONG -> "NewsSong";
            case HEI -> "NewsHei";
            case LATIN -> "NewsLatin";
        };
    }

    private static float luminance(Color c) {
        return (0.299f * c.getRed() + 0.587f * c.getGreen() + 0.114f * c.getBlue()) / 255f;
    }

    private static String rgb(Color c) {
        return "rgb(" + c.getRed() + "," + c.getGreen() + "," + c.getBlue() + ")";
    }

    private static String pt(float v) {
        return String.format(Locale.ROOT, "%.3fpt", v);
    }

    private static void escape(StringBuilder h, String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> h.append("&amp;");
                case '<' -> h.append("&lt;");
                case '>' -> h.append("&gt;");
                default -> h.append(c);
            }
        }
    }
}
