package news.pdf.gen;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * Pages printed by headless Chromium ({@code ./news test} installs it; this test fails with the install hint when it
 * is missing): one PDF per page, written by Skia, with subset CID fonts with ToUnicode maps, holding exactly the Han
 * characters and digits of the truth.
 */
class ChromiumProducerIT {
    @Test
    void chromiumPagesHoldExactlyTheTruthsCharactersInSkiasCidFonts() throws Exception {
        try (Fonts fonts = Fonts.load()) {
            PageGenerator generator = new PageGenerator(fonts);
            ChromiumProducer producer = ChromiumProducer.find(fonts);
            List<GeneratedPage> pages = producer.print(List.of(generator.generate(31, 1), generator.generate(31, 2),
                    generator.generate(31, 3, PageGenerator.Layouts.EXTENDED)), 31);
            assertThat(pages).hasSize(3);
            for (GeneratedPage page : pages) {
                try (PDDocument doc = Loader.loadPDF(page.pdf())) {
                    assertThat(doc.getNumberOfPages()).isEqualTo(1);
                    assertThat(doc.getDocumentInformation().getProducer()).startsWith("Skia");
                    boolean cid = false;
                    for (org.apache.pdfbox.cos.COSName name : doc.getPage(0).getResources().getFontNames()) {
                        PDFont font = doc.getPage(0).getResources().getFont(name);
                        cid |= font instanceof PDType0Font && font.getCOSObject().containsKey("ToUnicode");
                    }
                    assertThat(cid).as("a CID font with ToUnicode on %s", page.name()).isTrue();
                    String text = new PDFTextStripper().getText(doc);
                    StringBuilder truth = new StringBuilder();
                    page.furniture().forEach(truth::append);
                    page.articles().forEach(a -> a.typeset().forEach(truth::append));
                    assertThat(counts(TruthArticle.hanAndDigits(text))).as(page.name())
                            .isEqualTo(counts(TruthArticle.hanAndDigits(truth.toString())));
                }
            }
        }
    }

    private static Map<Integer, Integer> counts(String s) {
        Map<Integer, Integer> m = new HashMap<>();
        s.codePoints().forEach(c -> m.merge(c, 1, Integer::sum));
        return m;
    }
}
