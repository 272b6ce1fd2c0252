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
}
