package news.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;

/**
 * The reader on small PDFs drawn here with PDFBox's standard fonts (Latin text, so no CJK font is needed): what it
 * refuses and why, and the layout it finds (lines, columns, headline ranges, reading order).
 */
class PdfLayoutReaderTest {
    private static final PDFont REGULAR = new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN);
    private static final PDFont BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private final PdfLayoutReader reader = new PdfLayoutReader();

    /** Text lines to draw: font, size, x, baseline from the top, text. */
    private record Run(PDFont font, float size, float x, float top, String text) {
    }

    private static byte[] pdf(int pages, List<Run> runs) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            for (int p = 0; p < pages; p++) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    for (Run r : runs) {
                        cs.beginText();
                        cs.setFont(r.font(), r.size());
                        cs.newLineAtOffset(r.x(), PDRectangle.A4.getHeight() - r.top());
                        cs.showText(r.text());
                        cs.endText();
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    /** A headline over two columns of ten lines each, some 19 pt apart. */
    private static List<Run> twoColumnArticle() {
        List<Run> runs = new java.util.ArrayList<>();
        runs.add(new Run(BOLD, 24, 60, 80, "Harbour Opens"));
        for (int i = 0; i < 10; i++) {
            runs.add(new Run(REGULAR, 10, 40, 120 + i * 13, "left" + i + " aaaa bbbb cc"));
            runs.add(new Run(REGULAR, 10, 134, 120 + i * 13, "right" + i + " eeee ffff gg"));
        }
        return runs;
    }

    @Test
    void bytesThatAreNotAPdfAreRefusedAsSuch() {
        assertThatThrownBy(() -> reader.read("本报讯 plain text".getBytes()))
                .isInstanceOf(PdfPageException.class)
                .satisfies(e -> assertThat(((PdfPageException) e).reason()).isEqualTo(PdfPageException.Reason.NOT_A_PDF))
                .hasMessageContaining("%PDF-");
        assertThatThrownBy(() -> reader.read("%PDF-1.7\n1 0 obj << /Type".getBytes()))
                .satisfies(e -> assertThat(((PdfPageException) e).reason()).isEqualTo(PdfPageException.Reason.NOT_A_PDF))
                .hasMessageContaining("cannot be parsed");
        assertThat(PdfLayoutReader.looksLikePdf("\n%PDF-1.4".getBytes())).isTrue();
        assertThat(PdfLayoutReader.looksLikePdf("%PD".getBytes())).isFalse();
    }

    @Test
    void aPageWithoutTextLayerIsRefusedNamingTheScan() throws Exception {
        byte[] scan;
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.addRect(20, 20, 500, 700);
                cs.fill();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            scan = out.toByteArray();
        }
        assertThatThrownBy(() -> reader.check(scan))
                .satisfies(e -> assertThat(((PdfPageException) e).reason()).isEqualTo(PdfPageException.Reason.NO_TEXT_LAYER))
                .hasMessageContaining("no text layer").hasMessageContaining("OCR");
    }

    @Test
    void anEncryptedPdfIsRefused() throws Exception {
        byte[] plain = pdf(1, twoColumnArticle());
        byte[] locked;
        try (PDDocument doc = org.apache.pdfbox.Loader.loadPDF(plain)) {
            doc.protect(new StandardProtectionPolicy("owner", "user", new AccessPermission()));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            locked = out.toByteArray();
        }
        assertThatThrownBy(() -> reader.read(locked))
                .satisfies(e -> assertThat(((PdfPageException) e).reason()).isEqualTo(PdfPageException.Reason.ENCRYPTED))
                .hasMessageContaining("password");
    }

    @Test
    void moreThanEightPagesAreRefused() throws Exception {
        byte[] issue = pdf(PdfLayoutReader.MAX_PAGES + 1, twoColumnArticle());
        assertThatThrownBy(() -> reader.check(issue))
                .satisfies(e -> assertThat(((PdfPageException) e).reason()).isEqualTo(PdfPageException.Reason.TOO_MANY_PAGES));
        reader.check(pdf(2, twoColumnArticle()));
    }

    @Test
    void aHeadlineOverTwoColumnsIsOneModuleReadHeadlineThenColumnByColumn() throws Exception {
        PageLayout page = reader.read(pdf(1, twoColumnArticle())).getFirst();
        assertThat(page.bodySize()).isEqualTo(10f);
        assertThat(page.modules()).hasSize(1);
        List<TextBlock> blocks = page.modules().getFirst().blocks();
        assertThat(blocks).extracting(b -> b.lines().size()).containsExactly(1, 10, 10);
        assertThat(blocks.getFirst().text()).isEqualTo("Harbour Opens");
        assertThat(page.isHeadline(blocks.getFirst())).isTrue();
        assertThat(blocks.get(0).bold()).isTrue();
        assertThat(blocks.get(1).lines().getFirst().text()).startsWith("left0");
        assertThat(blocks.get(2).lines().getFirst().text()).startsWith("right0");
        // the two columns share baselines but never a line: the gutter is wider than any gap inside a line
        assertThat(blocks.get(1).text()).doesNotContain("right");
    }

    @Test
    void twoArticlesSideBySideAreTwoModulesEachWithItsColumns() throws Exception {
        List<Run> runs = new java.util.ArrayList<>(twoColumnArticle());
        runs.add(new Run(BOLD, 22, 320, 80, "Budget Passed"));
        for (int i = 0; i < 8; i++) {
            runs.add(new Run(REGULAR, 10, 300, 120 + i * 13, "other" + i + " iiii jjjj kkkk ll"));
        }
        PageLayout page = reader.read(pdf(1, runs)).getFirst();
        assertThat(page.modules()).hasSize(2);
        assertThat(page.modules().get(0).blocks().getFirst().text()).isEqualTo("Harbour Opens");
        assertThat(page.modules().get(0).blocks()).hasSize(3);
        assertThat(page.modules().get(1).blocks()).extracting(TextBlock::text)
                .first().isEqualTo("Budget Passed");
        assertThat(page.modules().get(1).blocks()).hasSize(2);
    }
    /** One A4 page (optionally rotated) with the runs and what {@code draw} adds to its content stream. */
    private static byte[] drawn(int rotation, List<Run> runs, Drawing draw) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            page.setRotation(rotation);
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                draw.on(cs, PDRectangle.A4.getHeight());
                for (Run r : runs) {
                    cs.beginText();
                    cs.setFont(r.font(), r.size());
                    cs.newLineAtOffset(r.x(), PDRectangle.A4.getHeight() - r.top());
                    cs.showText(r.text());
                    cs.endText();
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    private interface Drawing {
        void on(PDPageContentStream cs, float pageHeight) throws IOException;
    }

    @Test
    void drawnRulesAndFramesAreReadAndFillsAndBackgroundsAreNot() throws Exception {
        byte[] pdf = drawn(0, twoColumnArticle(), (cs, h) -> {
            // a page-sized border, a photo's grey fill, a white line: none is a separator
            cs.addRect(5, 5, PDRectangle.A4.getWidth() - 10, h - 10);
            cs.stroke();
            cs.setNonStrokingColor(0.7f);
            cs.addRect(300, h - 400, 200, 150);
            cs.fill();
            cs.setStrokingColor(1f);
            cs.moveTo(300, h - 500);
            cs.lineTo(500, h - 500);
            cs.stroke();
            cs.setStrokingColor(0f);
            cs.setNonStrokingColor(0f);
            // a vertical rule in the gutter (x 127, top 110 to 260), a thin filled bar under the columns, a box frame
            cs.setLineWidth(0.5f);
            cs.moveTo(127, h - 110);
            cs.lineTo(127, h - 260);
            cs.stroke();
            cs.addRect(40, h - 271, 200, 1);
            cs.fill();
            cs.addRect(300, h - 700, 200, 100);
            cs.stroke();
        });
        PageLayout page = reader.read(pdf).getFirst();
        Separators sep = page.separators();
        assertThat(sep.frames()).containsExactly(new Frame(300, 600, 500, 700));
        assertThat(sep.rules()).contains(new Rule(127, 110, 127, 260), new Rule(40, 270.5f, 240, 270.5f));
        assertThat(sep.rules()).noneMatch(r -> r.top() == 500 || r.x1() == 5 || r.top() > 250 && r.top() < 410 && r.x1() >= 300);
        // the rule stands between the two columns of the headline: they are separated now
        List<TextBlock> blocks = page.blocks();
        TextBlock left = blocks.stream().filter(b -> b.text().startsWith("left0")).findFirst().orElseThrow();
        TextBlock right = blocks.stream().filter(b -> b.text().startsWith("right0")).findFirst().orElseThrow();
        assertThat(page.separated(left, right)).isTrue();
    }

    @Test
    void aPageShownRotatedOrDrawnTurnedReadsInTheFrameOfItsText() throws Exception {
        Drawing rule = (cs, h) -> {
            cs.moveTo(127, h - 110);
            cs.lineTo(127, h - 260);
            cs.stroke();
        };
        PageLayout upright = reader.read(drawn(0, twoColumnArticle(), rule)).getFirst();
        // /Rotate alone (the text upright in the unrotated page): read as is, the rule where it was drawn
        PageLayout shown = reader.read(drawn(90, twoColumnArticle(), rule)).getFirst();
        assertThat(shown.width()).isEqualTo(PDRectangle.A4.getWidth());
        assertThat(shown.separators().rules()).containsExactly(new Rule(127, 110, 127, 260));
        assertThat(shown.text()).isEqualTo(upright.text());
        // the same page drawn turned by 90° on a landscape sheet (how some print systems write portrait pages):
        // glyphs and rule come back in the text's frame, the layout is the upright page's
        byte[] turned;
        try (PDDocument src = org.apache.pdfbox.Loader.loadPDF(drawn(0, twoColumnArticle(), rule));
             PDDocument doc = new PDDocument()) {
            var form = new org.apache.pdfbox.multipdf.LayerUtility(doc).importPageAsForm(src, 0);
            float w = PDRectangle.A4.getWidth();
            float h = PDRectangle.A4.getHeight();
            PDPage page = new PDPage(new PDRectangle(h, w));
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.transform(new org.apache.pdfbox.util.Matrix(0, 1, -1, 0, h, 0));
                cs.drawForm(form);
            }
            page.setRotation(270);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            turned = out.toByteArray();
        }
        PageLayout read = reader.read(turned).getFirst();
        assertThat(read.width()).isEqualTo(PDRectangle.A4.getWidth());
        assertThat(read.height()).isEqualTo(PDRectangle.A4.getHeight());
        assertThat(read.text()).isEqualTo(upright.text());
        assertThat(read.separators().rules()).hasSize(1).allSatisfy(r -> {
            assertThat(r.x1()).isCloseTo(127f, org.assertj.core.data.Offset.offset(0.01f));
            assertThat(r.top()).isCloseTo(110f, org.assertj.core.data.Offset.offset(0.01f));
            assertThat(r.bottom()).isCloseTo(260f, org.assertj.core.data.Offset.offset(0.01f));
        });
    }

    /**
     * A page whose text is set in a Type 3 font with glyph names no Unicode table knows ({@code /g1}) and no ToUnicode
     * map: glyphs are printed, their characters cannot be known.
     */
    private static byte[] unmappedType3Page(int glyphs) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            org.apache.pdfbox.cos.COSDictionary font = new org.apache.pdfbox.cos.COSDictionary();
            font.setItem(org.apache.pdfbox.cos.COSName.TYPE, org.apache.pdfbox.cos.COSName.FONT);
            font.setItem(org.apache.pdfbox.cos.COSName.SUBTYPE, org.apache.pdfbox.cos.COSName.TYPE3);
            font.setItem(org.apache.pdfbox.cos.COSName.FONT_BBOX, new PDRectangle(0, 0, 1000, 1000).getCOSArray());
            font.setItem(org.apache.pdfbox.cos.COSName.FONT_MATRIX, floats(0.001f, 0f, 0f, 0.001f, 0f, 0f));
            org.apache.pdfbox.cos.COSStream proc = doc.getDocument().createCOSStream();
            try (java.io.OutputStream o = proc.createOutputStream()) {
                o.write("1000 0 0 0 1000 1000 d1 0 0 1000 1000 re f".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            }
            org.apache.pdfbox.cos.COSDictionary procs = new org.apache.pdfbox.cos.COSDictionary();
            procs.setItem(org.apache.pdfbox.cos.COSName.getPDFName("g1"), proc);
            font.setItem(org.apache.pdfbox.cos.COSName.CHAR_PROCS, procs);
            org.apache.pdfbox.cos.COSDictionary encoding = new org.apache.pdfbox.cos.COSDictionary();
            encoding.setItem(org.apache.pdfbox.cos.COSName.TYPE, org.apache.pdfbox.cos.COSName.ENCODING);
            org.apache.pdfbox.cos.COSArray differences = new org.apache.pdfbox.cos.COSArray();
            differences.add(org.apache.pdfbox.cos.COSInteger.get(65));
            differences.add(org.apache.pdfbox.cos.COSName.getPDFName("g1"));
            encoding.setItem(org.apache.pdfbox.cos.COSName.DIFFERENCES, differences);
            font.setItem(org.apache.pdfbox.cos.COSName.ENCODING, encoding);
            font.setInt(org.apache.pdfbox.cos.COSName.FIRST_CHAR, 65);
            font.setInt(org.apache.pdfbox.cos.COSName.LAST_CHAR, 65);
            font.setItem(org.apache.pdfbox.cos.COSName.WIDTHS, floats(1000f));
            org.apache.pdfbox.pdmodel.PDResources resources = new org.apache.pdfbox.pdmodel.PDResources();
            resources.getCOSObject().setItem(org.apache.pdfbox.cos.COSName.FONT, new org.apache.pdfbox.cos.COSDictionary());
            ((org.apache.pdfbox.cos.COSDictionary) resources.getCOSObject().getDictionaryObject(org.apache.pdfbox.cos.COSName.FONT))
                    .setItem(org.apache.pdfbox.cos.COSName.getPDFName("F1"), font);
            page.setResources(resources);
            StringBuilder content = new StringBuilder("BT /F1 10 Tf 40 800 Td (");
            content.append("A".repeat(glyphs)).append(") Tj ET");
            page.setContents(new org.apache.pdfbox.pdmodel.common.PDStream(doc,
                    new java.io.ByteArrayInputStream(content.toString().getBytes(java.nio.charset.StandardCharsets.US_ASCII))));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static org.apache.pdfbox.cos.COSArray floats(float... values) {
        org.apache.pdfbox.cos.COSArray a = new org.apache.pdfbox.cos.COSArray();
        for (float v : values) {
            a.add(new org.apache.pdfbox.cos.COSFloat(v));
        }
        return a;
    }

    @Test
    void textInAFontWithoutUnicodeMappingIsRefusedNamingTheFonts() throws Exception {
        assertThatThrownBy(() -> reader.read(unmappedType3Page(40)))
                .isInstanceOf(PdfPageException.class)
                .hasMessageContaining("fonts without a Unicode mapping")
                .hasMessageContaining("40 of its 40 characters")
                .satisfies(e -> assertThat(((PdfPageException) e).reason()).isEqualTo(PdfPageException.Reason.NO_TEXT_LAYER));
    }

    @Test
    void aVeryLargePageIsReadLikeAnyOther() throws Exception {
        // a poster-sized page (200 in × 200 in, PDF's largest): positions are just bigger numbers
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(new PDRectangle(14400, 14400));
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                for (Run r : twoColumnArticle()) {
                    cs.beginText();
                    cs.setFont(r.font(), r.size());
                    cs.newLineAtOffset(r.x() + 9000, 14400 - 9000 - r.top());
                    cs.showText(r.text());
                    cs.endText();
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            PageLayout layout = reader.read(out.toByteArray()).getFirst();
            assertThat(layout.width()).isEqualTo(14400f);
            assertThat(layout.modules()).hasSize(1);
            assertThat(layout.modules().getFirst().blocks()).extracting(b -> b.lines().size()).containsExactly(1, 10, 10);
        }
    }
}
