package news.enrich;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

import com.hankcs.hanlp.corpus.tag.Nature;
import com.hankcs.hanlp.seg.common.Term;
import com.hankcs.hanlp.summary.TextRankKeyword;

class TextRankTest {

    private static final float ISOLATED = 1 - TextRank.DAMPING; // 0.14999998f, HanLP's (1 - d)

    @Test
    void emptyInput() {
        assertThat(TextRank.rank(List.of())).isEmpty();
        assertThat(TextRank.rank(new int[0], 0)).isEmpty();
    }

    @Test
    void singleWordIsIsolated() {
        assertThat(TextRank.rank(List.of("濮阳"))).containsExactly(Map.entry("濮阳", ISOLATED));
    }

    @Test
    void repeatedWordHasNoSelfLink() {
        assertThat(TextRank.rank(List.of("濮阳", "濮阳", "濮阳"))).containsExactly(Map.entry("濮阳", ISOLATED));
    }

    @Test
    void idsThatDoNotOccurAreIsolated() {
        float[] r = TextRank.rank(new int[] {0, 2}, 4);
        assertThat(r[1]).isEqualTo(ISOLATED);
        assertThat(r[3]).isEqualTo(ISOLATED);
        assertThat(r[0]).isEqualTo(r[2]);
    }

    @Test
    void twoWordsTieAndConvergeToOne() {
        // s = (1-d) + d*s has the fixed point 1
        Map<String, Float> r = TextRank.rank(List.of("干部", "乡村"));
        assertThat(r.get("干部")).isEqualTo(r.get("乡村")).isCloseTo(1f, within(0.01f));
    }

    @Test
    void symmetricWordsTieExactly() {
        // 乡村 and 产业 both link to 干部 only (5 apart from each other): same rank, bit for bit
        Map<String, Float> r = TextRank.rank(List.of("乡村", "干部", "干部", "干部", "干部", "产业"));
        assertThat(r.get("乡村")).isEqualTo(r.get("产业"));
        assertThat(r.get("干部")).isGreaterThan(r.get("乡村"));
    }

    @Test
    void handComputedStar() {
        // path a - c - b (a and b are 5 positions apart, outside the window):
        // s(a) = 0.15 + 0.85 s(c)/2, s(c) = 0.15 + 0.85 * 2 s(a)  =>  s(a) = 0.21375 / 0.2775, s(c) = 0.15 + 1.7 s(a)
        float[] r = TextRank.rank(new int[] {0, 2, 2, 2, 2, 1}, 3);
        double a = 0.21375 / 0.2775;
        assertThat((double) r[0]).isCloseTo(a, within(0.01));
        assertThat((double) r[1]).isCloseTo(a, within(0.01));
        assertThat((double) r[2]).isCloseTo(0.15 + 1.7 * a, within(0.01));
        assertThat((double) (r[0] + r[1] + r[2])).isCloseTo(3.0, within(0.02)); // ranks sum to the node count
    }

    @Test
    void graphLinksTheFourPreviousWordsBothWays() {
        TextRank.Graph g = TextRank.Graph.of(new int[] {0, 1, 2, 3, 4, 5}, 6);
        assertThat(neighbours(g, 0)).containsExactly(1, 2, 3, 4); // 5 is five positions away
        assertThat(neighbours(g, 5)).containsExactly(1, 2, 3, 4);
        assertThat(neighbours(g, 2)).containsExactly(0, 1, 3, 4, 5);
    }

    @Test
    void graphHasNoSelfLinksNorDuplicates() {
        TextRank.Graph g = TextRank.Graph.of(new int[] {1, 0, 1, 0, 1, 1}, 3);
        assertThat(neighbours(g, 0)).containsExactly(1);
        assertThat(neighbours(g, 1)).containsExactly(0);
        assertThat(g.degree(2)).isZero();
    }

    @Test
    void idOutOfRangeIsRejected() {
        assertThatThrownBy(() -> TextRank.rank(new int[] {0, 3}, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TextRank.rank(new int[] {-1}, 3)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void sigmoidIsHanlps() {
        for (int degree = 0; degree < 50; degree++) {
            assertThat(TextRank.sigmoid(degree)).isEqualTo(TextRankKeyword.sigMoid(degree));
        }
    }

    /** The reference: HanLP's own TextRankKeyword, on random sequences over small vocabularies (many ties, repeats). */
    @Test
    void sameRanksAsHanlpBitForBit() {
        String[] nouns = {"濮阳", "干部", "乡村", "产业", "项目", "企业", "城市", "基层", "群众", "服务", "教育", "医疗",
                "书记", "经济", "导师", "案例", "整改", "许昌", "济宁", "黄河"};
        Random random = new Random(42);
        for (int trial = 0; trial < 300; trial++) {
            int vocabulary = 1 + random.nextInt(nouns.length);
            int length = random.nextInt(trial < 100 ? 12 : 400);
            List<String> words = new ArrayList<>();
            for (int i = 0; i < length; i++) {
                words.add(nouns[random.nextInt(vocabulary)]);
            }
            assertThat(TextRank.rank(words)).as("trial %d: %s", trial, words).isEqualTo(hanlp(words));
        }
    }

    @Test
    void sameRanksAsHanlpOnTheSeedPages() {
        for (var file : SamplePages.files()) {
            var page = SamplePages.article(file);
            AnalysedText text = AnalysedText.analyse(page.headline(), page.bodyText());
            List<String> words = new ArrayList<>();
            for (List<Term> terms : List.of(text.headlineTerms(), text.bodyTerms())) {
                terms.stream().filter(KeywordExtractor::isCandidate).forEach(t -> words.add(t.word));
            }
            assertThat(words).as(page.id()).hasSizeGreaterThan(100);
            assertThat(TextRank.rank(words)).as(page.id()).isEqualTo(hanlp(words));
        }
    }

    private static Map<String, Float> hanlp(List<String> words) {
        List<Term> terms = words.stream().map(w -> new Term(w, Nature.n)).toList();
        return new TextRankKeyword().getTermAndRank(terms);
    }

    private static List<Integer> neighbours(TextRank.Graph g, int v) {
        return Arrays.stream(g.neighbours(), g.start()[v], g.start()[v + 1]).boxed().toList();
    }
}
