package news.text.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import news.pdf.gen.GenerateCommand;
import news.pdf.gen.GeneratedPage;
import news.pdf.gen.TruthArticle;
import news.text.PageArticle;
import news.text.PageSplitter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Generated pages the way newsrooms extract them: poppler's {@code pdftotext} (default mode; a binary, so an IT, run by
 * {@code mvn verify}), then the text splitter. pdftotext reorders (columns read across, headlines away from their
 * bodies) but must not lose or invent a Han character or digit. Reports the pages on which the text splitter kept every
 * character in some article, and the text path's scores next to the PDF splitter's on the same pages.
 */
class PdftotextPathIT {
    static final long SEED = 77;
    static final int PAGES = 100;

    @Test
    void pdftotextAndTheTextSplitterLoseNoCharacter(@TempDir Path dir) throws Exception {
        PageSplitter text = new PageSplitter();
        PdfPageSplitter pdf = new PdfPageSplitter();
        PageScore textScore = new PageScore();
        PageScore pdfScore = new PageScore();
        int splitterKeptAll = 0;
        for (GeneratedPage page : GeneratedPages.pages(SEED, PAGES)) {
            Path file = dir.resolve(page.name() + ".pdf");
            Path txt = dir.resolve(page.name() + ".txt");
            Files.write(file, page.pdf());
            GenerateCommand.pdftotext(file, txt);
            String extracted = Files.readString(txt);
            StringBuilder truth = new StringBuilder();
            page.furniture().forEach(truth::append);
            page.articles().forEach(a -> a.typeset().forEach(truth::append));
            assertThat(counts(TruthArticle.hanAndDigits(extracted))).as("%s: pdftotext", page.name())
                    .isEqualTo(counts(TruthArticle.hanAndDigits(truth.toString())));

            var articles = text.split(extracted);
            StringBuilder out = new StringBuilder();
            for (PageArticle a : articles) {
                a.headlines().forEach(out::append);
                out.append(a.byline() == null ? "" : a.byline());
                out.append(a.dateline() == null ? "" : a.dateline().text());
                a.paragraphTexts().forEach(out::append);
                a.captions().forEach(c -> out.append(c.text()).append(c.photographer() == null ? "" : c.photographer()));
                out.append(a.sectionLabel() == null ? "" : a.sectionLabel());
            }
            Set<Integer> missing = new TreeSet<>(counts(TruthArticle.hanAndDigits(extracted)).keySet());
            missing.removeAll(counts(TruthArticle.hanAndDigits(out.toString())).keySet());
            "特约摄".codePoints().forEach(missing::remove); // photo credits keep the photographer, not the role words
            if (missing.isEmpty()) {
                splitterKeptAll++;
            } else {
                System.out.println(page.name() + ": the text splitter dropped " + missing.stream()
                        .map(c -> new String(Character.toChars(c))).toList());
            }
            textScore.add(page.name(), page.articles(), articles);
            pdfScore.add(page.name(), page.articles(), pdf.split(page.pdf()));
        }
        System.out.println(pdfScore.table("PDF (PdfPageSplitter)"));
        System.out.println(textScore.table("pdftotext + PageSplitter"));
        // the text splitter is libs/news-text's PageSplitter (issue 11 part 1); where it drops a character is reported
        System.out.printf("text splitter kept every character on %d of %d pages%n", splitterKeptAll, PAGES);
        // the PDF splitter's floors on these pages (measured: 0.992 / 0.958 / 0.985, the count exact on 0.75 of them)
        assertThat(pdfScore.headlineRecall()).isGreaterThanOrEqualTo(0.98);
        assertThat(pdfScore.bodyBoundaries()).isGreaterThanOrEqualTo(0.945);
        assertThat(pdfScore.nameRecall()).isGreaterThanOrEqualTo(0.97);
        assertThat(pdfScore.exactCount()).isGreaterThanOrEqualTo(0.70);
    }

    private static Map<Integer, Integer> counts(String s) {
        Map<Integer, Integer> m = new HashMap<>();
        s.codePoints().forEach(c -> m.merge(c, 1, Integer::sum));
        return m;
    }
}
