package news.pdf.gen;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The generator's ground truth is exact: everything drawn is in it, nothing else; fixed seeds give fixed pages. */
class PageGeneratorTest {
    static Fonts fonts;
    static PageGenerator generator;

    @BeforeAll
    static void load() throws Exception {
        fonts = Fonts.load();
        generator = new PageGenerator(fonts);
    }

    @AfterAll
    static void close() throws Exception {
        fonts.close();
    }

    @Test
    void theTruthHoldsExactlyTheHanCharactersAndDigitsOnThePage() throws Exception {
        for (int i = 1; i <= 25; i++) {
            GeneratedPage page = generator.generate(11, i);
            String text;
            try (PDDocument doc = Loader.loadPDF(page.pdf())) {
                text = new PDFTextStripper().getText(doc);
            }
            StringBuilder truth = new StringBuilder();
            page.furniture().forEach(truth::append);
            page.articles().forEach(a -> a.typeset().forEach(truth::append));
            assertThat(counts(TruthArticle.hanAndDigits(text)))
                    .as("page %d", i).isEqualTo(counts(TruthArticle.hanAndDigits(truth.toString())));
        }
    }

    @Test
    void extendedLayoutsKeepTheTruthExactAndLeaveTheStandardPagesAsTheyWere() throws Exception {
        int differ = 0;
        for (int i = 1; i <= 25; i++) {
            GeneratedPage page = generator.generate(12, i, PageGenerator.Layouts.EXTENDED);
            String text;
            try (PDDocument doc = Loader.loadPDF(page.pdf())) {
                text = new PDFTextStripper().getText(doc);
            }
            StringBuilder truth = new StringBuilder();
            page.furniture().forEach(truth::append);
            page.articles().forEach(a -> a.typeset().forEach(truth::append));
            assertThat(counts(TruthArticle.hanAndDigits(text)))
                    .as("extended page %d", i).isEqualTo(counts(TruthArticle.hanAndDigits(truth.toString())));
            GeneratedPage standard = generator.generate(12, i);
            assertThat(generator.generate(12, i, PageGenerator.Layouts.STANDARD).articles()).isEqualTo(standard.articles());
            differ += standard.articles().equals(page.articles()) ? 0 : 1;
        }
        assertThat(differ).as("extended pages that differ from the standard ones").isGreaterThan(12);
    }

    @Test
    void theSameSeedGivesTheSamePagesAndAnotherSeedOthers() throws Exception {
        GeneratedPage a = generator.generate(5, 3);
        GeneratedPage b = generator.generate(5, 3);
        GeneratedPage c = generator.generate(6, 3);
        assertThat(b.articles()).isEqualTo(a.articles());
        assertThat(b.furniture()).isEqualTo(a.furniture());
        assertThat(c.articles()).isNotEqualTo(a.articles());
    }

    @Test
    void pagesHoldEveryKindOfPieceAndByline() throws Exception {
        Map<String, Integer> kinds = new HashMap<>();
        int photographers = 0;
        int correspondents = 0;
        int noHeadline = 0;
        for (int i = 1; i <= 40; i++) {
            for (TruthArticle t : generator.generate(3, i).articles()) {
                kinds.merge(t.kind(), 1, Integer::sum);
                photographers += t.photographers().size();
                correspondents += t.correspondents().size();
                noHeadline += t.headline() == null ? 1 : 0;
                assertThat(t.typeset()).isNotEmpty();
                if (!t.kind().equals("photo")) {
                    assertThat(t.firstWords()).as("%s", t).hasSize(TruthArticle.WORDS);
                    assertThat(t.bylinePeople()).as("%s", t).isNotEmpty();
                }
            }
        }
        assertThat(kinds).containsKeys("article", "box", "photo");
        assertThat(photographers).isGreaterThan(10);
        assertThat(correspondents).isGreaterThan(10);
        assertThat(noHeadline).as("briefs").isGreaterThan(10);
    }

    @Test
    void aRoleInTheTruthIsPrintedOnThePage() throws Exception {
        int signedBare = 0;
        for (int i = 1; i <= 40; i++) {
            for (TruthArticle t : generator.generate(3, i).articles()) {
                // A correspondent is one only where the page says so: 通讯员 printed before the name.
                for (String c : t.correspondents()) {
                    assertThat(t.typeset()).as("%s", t).anyMatch(s -> s.contains("通讯员") && s.indexOf("通讯员") < s.indexOf(c));
                }
                // A signature of bare names at the end (林晨 黎超): all of them are the text's people.
                for (String s : t.typeset()) {
                    String[] parts = s.split(" ");
                    if (parts.length >= 2 && java.util.Arrays.stream(parts).allMatch(x -> x.matches("\\p{IsHan}{2,4}"))
                            && t.bylinePeople().contains(parts[0])) {
                        signedBare++;
                        assertThat(t.bylinePeople()).as("%s", t).contains(parts);
                    }
                }
            }
        }
        assertThat(signedBare).as("bare signatures of several names").isGreaterThan(3);
    }

    @Test
    void annotationsHaveTheEvalShape() throws Exception {
        GeneratedPage page = generator.generate(1, 1);
        Map<String, Object> entry = Annotations.entry(page);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> articles = (List<Map<String, Object>>) entry.get("articles");
        assertThat(articles).hasSize(page.articles().size());
        assertThat(articles.getFirst()).containsOnlyKeys("kind", "headline", "subheadline", "first_words", "last_words",
                "byline_people", "correspondents", "photographers");
    }

    private static Map<Integer, Integer> counts(String s) {
        Map<Integer, Integer> m = new HashMap<>();
        s.codePoints().forEach(c -> m.merge(c, 1, Integer::sum));
        return m;
    }
}
