package news.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;

/**
 * Print PDFs of producers other than PDFBox, written here as raw content streams: the size in the text matrix with
 * {@code Tf 1}, glyphs placed one by one in {@code TJ} arrays with kerning, a y-flipped text matrix under a scaled CTM
 * (Skia's), text painted out of reading order, a column inside a form XObject, white text on a black box, and a
 * subheading in an unnamed Type 3 font with a ToUnicode map (what Chromium writes for synthetic bold). The reader must
 * find the layout it finds on the same page written plainly.
 */
class OtherProducersTest {
    private static final float H = PDRectangle.A4.getHeight();
    private final PdfLayoutReader reader = new PdfLayoutReader();

    /** A line: font resource, size, x, baseline from the top, text. */
    private record Line(String font, float size, float x, float top, String text) {
    }

    /**
     * A headline over two columns of ten lines, as PdfLayoutReaderTest draws it (words joined by hyphens: a Times word
     * space is exactly the quarter em at which a gap starts to read as a space, so whether it does is rounding).
     */
    private static List<Line> article() {
        List<Line> lines = new ArrayList<>();
        lines.add(new Line("F2", 24, 60, 80, "Harbour Opens"));
        for (int i = 0; i < 10; i++) {
            lines.add(new Line("F1", 10, 40, 120 + i * 13, "left" + i + "-aaaa-bbbb-cc"));
        }
        for (int i = 0; i < 10; i++) {
            lines.add(new Line("F1", 10, 134, 120 + i * 13, "right" + i + "-eeee-ffff-gg"));
        }
        return lines;
    }

    /** The plain way: {@code Tf} with the size, one {@code Tj} per line, in reading order. */
    private static String plain(Line l) {
        return String.format(Locale.ROOT, "BT /%s %.2f Tf %.2f %.2f Td (%s) Tj ET\n", l.font(), l.size(), l.x(),
                H - l.top(), l.text());
    }

    /**
     * Another producer's way: {@code Tf 1} and the size in {@code Tm}, each glyph with a kerning adjustment in a
     * {@code TJ} array (the advance a little tightened, as justification and pair kerning do).
     */
    private static String kerned(Line l) {
        StringBuilder tj = new StringBuilder("[");
        for (char c : l.text().toCharArray()) {
            tj.append('(').append(c).append(") 12 ");
        }
        tj.append(']');
        return String.format(Locale.ROOT, "BT /%s 1 Tf %.2f 0 0 %.2f %.2f %.2f Tm %s TJ ET\n", l.font(), l.size(),
                l.size(), l.x(), H - l.top(), tj);
    }

    /** Skia's way: a CTM scaled 0.75 with y flipped, the size in Tf in CSS pixels, the text matrix flipped back. */
    private static String flipped(Line l) {
        float px = l.size() / 0.75f;
        return String.format(Locale.ROOT, "q 0.75 0 0 -0.75 0 %.2f cm BT /%s %.4f Tf 1 0 0 -1 %.4f %.4f Tm (%s) Tj ET Q\n",
                H, l.font(), px, l.x() / 0.75f, l.top() / 0.75f, l.text());
    }

    private static byte[] page(String content, COSDictionary extraFonts, COSStream form) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            COSDictionary fonts = new COSDictionary();
            fonts.setItem("F1", new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN));
            fonts.setItem("F2", new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD));
            if (extraFonts != null) {
                fonts.addAll(extraFonts);
            }
            COSDictionary resources = new COSDictionary();
            resources.setItem(COSName.FONT, fonts);
            if (form != null) {
                form.setItem(COSName.RESOURCES, resources);
                COSDictionary xobjects = new COSDictionary();
                xobjects.setItem("X1", form);
                resources.setItem(COSName.XOBJECT, xobjects);
            }
            page.getCOSObject().setItem(COSName.RESOURCES, resources);
            page.setContents(new PDStream(doc, new java.io.ByteArrayInputStream(content.getBytes(StandardCharsets.US_ASCII))));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static List<List<String>> blocks(PageLayout page) {
        List<List<String>> out = new ArrayList<>();
        for (Module m : page.modules()) {
            out.add(m.blocks().stream().map(TextBlock::text).toList());
        }
        return out;
    }

    @Test
    void glyphByGlyphTextSizedInTheMatrixAndPaintedOutOfOrderReadsLikeThePlainPage() throws Exception {
        StringBuilder plain = new StringBuilder();
        article().forEach(l -> plain.append(plain(l)));
        PageLayout expected = reader.read(page(plain.toString(), null, null)).getFirst();
        assertThat(blocks(expected)).hasSize(1);
        assertThat(expected.modules().getFirst().blocks()).extracting(b -> b.lines().size()).containsExactly(1, 10, 10);

        // kerned TJ arrays with Tf 1, the right column's lines first, bottom-up, then the headline, then the left column
        // shuffled
        List<Line> lines = article();
        List<Line> left = new ArrayList<>(lines.subList(1, 11));
        List<Line> right = new ArrayList<>(lines.subList(11, 21));
        Collections.reverse(right);
        Collections.shuffle(left, new Random(7));
        StringBuilder other = new StringBuilder();
        right.forEach(l -> other.append(kerned(l)));
        other.append(kerned(lines.getFirst()));
        left.forEach(l -> other.append(flipped(l)));
        PageLayout read = reader.read(page(other.toString(), null, null)).getFirst();
        assertThat(read.bodySize()).isEqualTo(10f);
        assertThat(blocks(read)).isEqualTo(blocks(expected));
        assertThat(read.isHeadline(read.modules().getFirst().blocks().getFirst())).isTrue();
    }

    @Test
    void aColumnInAFormXObjectAndWhiteTextOnABlackBoxAreReadInPlace() throws Exception {
        List<Line> lines = article();
        StringBuilder plain = new StringBuilder();
        lines.forEach(l -> plain.append(plain(l)));
        PageLayout expected = reader.read(page(plain.toString(), null, null)).getFirst();

        // the right column drawn in a form XObject placed by its matrix (its own coordinates start at the column's
        // top left), the headline white on a black bar behind a clip path
        COSStream form = new COSStream();
        StringBuilder formContent = new StringBuilder();
        for (Line l : lines.subList(11, 21)) {
            formContent.append(String.format(Locale.ROOT, "BT /F1 10 Tf %.2f %.2f Td (%s) Tj ET\n", l.x() - 134,
                    120 - l.top(), l.text()));
        }
        try (OutputStream o = form.createOutputStream()) {
            o.write(formContent.toString().getBytes(StandardCharsets.US_ASCII));
        }
        form.setItem(COSName.TYPE, COSName.XOBJECT);
        form.setItem(COSName.SUBTYPE, COSName.FORM);
        form.setItem(COSName.BBOX, new PDRectangle(-10, -200, 300, 220).getCOSArray());
        form.setItem(COSName.MATRIX, floats(1, 0, 0, 1, 134, H - 120));
        StringBuilder content = new StringBuilder();
        content.append(String.format(Locale.ROOT, "0 0 0 rg 50 %.2f 200 34 re f\n", H - 90));
        content.append(String.format(Locale.ROOT, "q 40 %.2f 300 60 re W n 1 1 1 rg ", H - 100)).append(plain(lines.getFirst()))
                .append("0 0 0 rg Q\n");
        lines.subList(1, 11).forEach(l -> content.append(plain(l)));
        content.append("q /X1 Do Q\n");
        PageLayout read = reader.read(page(content.toString(), null, form)).getFirst();
        assertThat(blocks(read)).isEqualTo(blocks(expected));
    }

    @Test
    void aLineInAnUnnamedType3FontAmongNamedBodyTextIsBold() throws Exception {
        // body text in Times; a subheading between paragraphs in a Type 3 font with no name, mapped by ToUnicode
        StringBuilder content = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            if (i == 6) {
                content.append(plain(new Line("T3", 10, 40, 120 + i * 13, "KEY-FACTS")));
            } else {
                content.append(plain(new Line("F1", 10, 40, 120 + i * 13, "body" + i + "-aaaa-bbbb-cc")));
            }
        }
        COSDictionary fonts = new COSDictionary();
        fonts.setItem("T3", unnamedType3());
        PageLayout read = reader.read(page(content.toString(), fonts, null)).getFirst();
        List<TextLine> all = read.modules().stream().flatMap(m -> m.blocks().stream()).flatMap(b -> b.lines().stream())
                .toList();
        TextLine sub = all.stream().filter(l -> l.text().equals("KEY-FACTS")).findFirst().orElseThrow();
        assertThat(sub.bold()).isTrue();
        assertThat(sub.font()).isEmpty();
        assertThat(all.stream().filter(l -> l.text().startsWith("body"))).hasSize(11).noneMatch(TextLine::bold);

        // a page set entirely in unnamed fonts (a TeX bitmap-font PDF): nothing tells a weight, nothing is bold
        StringBuilder allType3 = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            allType3.append(plain(new Line("T3", 10, 40, 120 + i * 13, i == 6 ? "KEY-FACTS" : "BODY-TEXT-LINE-" + i)));
        }
        PageLayout type3 = reader.read(page(allType3.toString(), fonts, null)).getFirst();
        assertThat(type3.modules().stream().flatMap(m -> m.blocks().stream()).flatMap(b -> b.lines().stream()))
                .isNotEmpty().noneMatch(TextLine::bold);
    }

    @Test
    void aHeadlinePrintedTwiceSlightlyShiftedIsReadOnceAndBold() throws Exception {
        // fake bold by overprinting: the headline in the regular face, then again 0.3 pt to the right (some producers
        // print a glyph two or three times; Chromium fills it and strokes a copy in a Type 3 font)
        List<Line> lines = article();
        Line head = new Line("F1", 24, 60, 80, "Harbour Opens");
        StringBuilder content = new StringBuilder(plain(head))
                .append(plain(new Line("F1", 24, 60.3f, 80, "Harbour Opens")));
        lines.subList(1, 21).forEach(l -> content.append(plain(l)));
        PageLayout read = reader.read(page(content.toString(), null, null)).getFirst();
        TextBlock first = read.modules().getFirst().blocks().getFirst();
        assertThat(first.text().replace(" ", "")).isEqualTo("HarbourOpens");
        assertThat(first.bold()).isTrue();
        assertThat(read.isHeadline(first)).isTrue();
        assertThat(read.modules().getFirst().blocks()).extracting(b -> b.lines().size()).containsExactly(1, 10, 10);
        // printed once it is the regular face
        StringBuilder once = new StringBuilder(plain(head));
        lines.subList(1, 21).forEach(l -> once.append(plain(l)));
        assertThat(reader.read(page(once.toString(), null, null)).getFirst().modules().getFirst().blocks().getFirst()
                .bold()).isFalse();
    }

    /** A Type 3 font without a name: glyphs for A–Z, digits and space (filled boxes), a ToUnicode map for them. */
    private static COSDictionary unnamedType3() throws IOException {
        COSDictionary font = new COSDictionary();
        font.setItem(COSName.TYPE, COSName.FONT);
        font.setItem(COSName.SUBTYPE, COSName.TYPE3);
        font.setItem(COSName.FONT_BBOX, new PDRectangle(0, 0, 1000, 1000).getCOSArray());
        font.setItem(COSName.FONT_MATRIX, floats(0.001f, 0, 0, 0.001f, 0, 0));
        COSDictionary procs = new COSDictionary();
        COSArray differences = new COSArray();
        differences.add(COSInteger.get(32));
        COSArray widths = new COSArray();
        StringBuilder cmap = new StringBuilder("/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n"
                + "/CMapName /T3U def 1 begincodespacerange <00> <FF> endcodespacerange\n");
        List<String> bf = new ArrayList<>();
        for (int c = 32; c <= 90; c++) {
            String name = "g" + c;
            COSStream proc = new COSStream();
            try (OutputStream o = proc.createOutputStream()) {
                o.write((c == 32 ? "250 0 d0" : "600 0 0 0 550 700 d1 50 0 450 700 re f").getBytes(StandardCharsets.US_ASCII));
            }
            procs.setItem(COSName.getPDFName(name), proc);
            differences.add(COSName.getPDFName(name));
            widths.add(COSInteger.get(c == 32 ? 250 : 600));
            bf.add(String.format(Locale.ROOT, "<%02X> <%04X>", c, c));
        }
        cmap.append(bf.size()).append(" beginbfchar\n").append(String.join("\n", bf)).append("\nendbfchar\n")
                .append("endcmap CMapName currentdict /CMap defineresource pop end end\n");
        COSStream toUnicode = new COSStream();
        try (OutputStream o = toUnicode.createOutputStream()) {
            o.write(cmap.toString().getBytes(StandardCharsets.US_ASCII));
        }
        font.setItem(COSName.CHAR_PROCS, procs);
        COSDictionary encoding = new COSDictionary();
        encoding.setItem(COSName.TYPE, COSName.ENCODING);
        encoding.setItem(COSName.DIFFERENCES, differences);
        font.setItem(COSName.ENCODING, encoding);
        font.setInt(COSName.FIRST_CHAR, 32);
        font.setInt(COSName.LAST_CHAR, 90);
        font.setItem(COSName.WIDTHS, widths);
        font.setItem(COSName.TO_UNICODE, toUnicode);
        return font;
    }

    private static COSArray floats(float... values) {
        COSArray a = new COSArray();
        for (float v : values) {
            a.add(new COSFloat(v));
        }
        return a;
    }
}
