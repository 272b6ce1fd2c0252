package news.text.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Base64;
import java.util.List;
import news.model.ContentKind;
import news.model.NormalizedArticle;
import news.model.RawArticle;
import news.pdf.gen.GeneratedPage;
import news.text.ArticleNormalizer;
import news.text.PageArticle;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The PDF splitter on generated newspaper pages (fixed seed; tools/page-generator) scored against their exact truth
 * with {@link PageScore}. The floors are what it reaches today (figures in libs/news-text/README.md); the issue's
 * target is 0.95 for each, and an exact article count.
 */
class PdfPageSplitterTest {
    static final long SEED = 41;
    static List<GeneratedPage> pages;
    static final PdfPageSplitter splitter = new PdfPageSplitter();

    @BeforeAll
    static void generate() {
        pages = GeneratedPages.pages(SEED, 60);
    }

    @Test
    void headlinesBodiesAndBylinesOfGeneratedPages() throws Exception {
        PageScore score = new PageScore();
        for (GeneratedPage p : pages) {
            score.add(p.name(), p.articles(), splitter.split(p.pdf()));
        }
        System.out.println(score.table("PDF, seed " + SEED));
        // measured: 0.990 / 0.952 / 0.968, the count exact on 0.75 of the pages, 716 pieces for 705
        assertThat(score.headlineRecall()).isGreaterThanOrEqualTo(0.98);
        assertThat(score.bodyBoundaries()).isGreaterThanOrEqualTo(0.94);
        assertThat(score.nameRecall()).isGreaterThanOrEqualTo(0.955);
        assertThat(score.exactCount()).isGreaterThanOrEqualTo(0.70);
        assertThat((double) score.outputArticles / score.truthArticles).isBetween(0.97, 1.04);
    }

    @Test
    void pageFurnitureNeverBecomesAHeadlineOrABody() throws Exception {
        for (GeneratedPage p : pages) {
            PdfPageSplitter.Page read = splitter.read(p.pdf());
            for (PageArticle a : read.articles()) {
                for (String f : p.furniture()) {
                    String squashed = f.replace(" ", "");
                    if (squashed.length() < 6) {
                        continue; // short labels (要闻, 简讯) may well occur inside a text
                    }
                    assertThat(a.headlines()).as("%s %s", p.name(), f).noneMatch(h -> h.replace(" ", "").equals(squashed));
                    assertThat(a.paragraphTexts()).as("%s %s", p.name(), f).noneMatch(t -> t.replace(" ", "").equals(squashed));
                }
            }
            // the editor line and the registration number, where printed, are read as furniture
            if (p.furniture().stream().anyMatch(f -> f.contains("责任编辑"))) {
                assertThat(read.furniture()).as(p.name()).anyMatch(f -> f.contains("责任编辑"));
            }
            if (p.furniture().stream().anyMatch(f -> f.contains("CN "))) {
                assertThat(read.furniture()).as(p.name()).anyMatch(f -> f.contains("CN"));
            }
        }
    }

    @Test
    void aPdfPageRecordBecomesOneEventPerArticle() throws Exception {
        GeneratedPage page = pages.getFirst();
        RawArticle raw = new RawArticle("sha256:pdfpage", "e2e", null, ContentKind.PAGE, "zh-Hans", null,
                Base64.getEncoder().encodeToString(page.pdf()), RawArticle.APPLICATION_PDF, null, null, null,
                Instant.parse("2026-11-22T00:00:00Z"));
        List<NormalizedArticle> events = new ArticleNormalizer().normalizeAll(raw);
        assertThat(events).hasSizeGreaterThanOrEqualTo(page.articles().size() - 2);
        assertThat(events).extracting(NormalizedArticle::id).startsWith("sha256:pdfpage#1", "sha256:pdfpage#2");
        assertThat(events).allSatisfy(e -> {
            assertThat(e.kind()).isEqualTo(ContentKind.ARTICLE);
            assertThat(e.paragraphs()).isNotEmpty();
            assertThat(e.meta().pageId()).isEqualTo("sha256:pdfpage");
        });
        List<String> truthHeadlines = page.articles().stream().filter(a -> a.headline() != null)
                .map(a -> a.headline().replace(" ", "")).toList();
        assertThat(events).filteredOn(e -> e.headline() != null && truthHeadlines.contains(e.headline().replace(" ", "")))
                .hasSizeGreaterThanOrEqualTo(truthHeadlines.size() - 1);
    }

    @Test
    void aDamagedPdfRecordIsRefusedWithTheReason() {
        RawArticle raw = new RawArticle("sha256:bad", "e2e", null, ContentKind.PAGE, "zh-Hans", null,
                Base64.getEncoder().encodeToString("not a pdf".getBytes()), RawArticle.APPLICATION_PDF, null, null, null,
                Instant.now());
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new ArticleNormalizer().normalizeAll(raw))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sha256:bad").hasMessageContaining("%PDF-");
    }
}
