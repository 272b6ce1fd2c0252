package news.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import news.model.NinjsReader;
import news.model.RawArticle;
import news.text.SimHash;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class BenchArticlesTest {
    static final Path ROOT = Path.of(System.getProperty("news.root", "../.."));
    static BenchArticles corpus;

    @BeforeAll
    static void load() throws Exception {
        corpus = BenchArticles.load(ROOT.resolve("datasets/cnews-articles/articles.tsv"),
                ROOT.resolve("libs/news-enrich/src/main/resources/datasets/thucnews-titles/titles.tsv"), ROOT.resolve("infra/samples"));
    }

    @Test
    void bodiesComeFromEveryCnewsArticleAndTheSeedPages() {
        // 1,283 cnews articles plus the articles the splitter finds on the five seed pages (32, a few too short to use),
        // less the few whose halves are near-copies of another's
        assertThat(corpus.bodyCount()).isBetween(1250, 1283 + 32);
        assertThat(corpus.capacity()).isGreaterThan(1_000_000);
    }

    @Test
    void everyArticleHasItsOwnIdAndBody() {
        Set<String> ids = new HashSet<>(), bodies = new HashSet<>();
        for (int i = 0; i < 15_000; i++) {
            BenchArticles.Article a = corpus.article("urn:bench:t:", i);
            ids.add(a.id());
            bodies.add(a.body());
            assertThat(a.headline()).isNotBlank();
        }
        assertThat(ids.size()).isEqualTo(15_000);
        assertThat(bodies.size()).isEqualTo(15_000);
    }

    @Test
    void hardlyAnyArticleIsANearCopyForTheNormalizer() {
        // The normalizer calls two bodies near-duplicates within 3 bits of SimHash and then skips its lookup in the
        // index; the benchmark must not take that shortcut often, or it would measure less work than real news costs.
        // Articles sharing a half are the closest pairs (i and i + P share the first, i and i + P - 1 the second).
        int n = 4000;
        long[] prints = new long[n];
        for (int i = 0; i < n; i++) {
            prints[i] = SimHash.of(corpus.article("x", 69_500 + i).body());
        }
        int copies = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < i; j++) {
                if (SimHash.distance(prints[i], prints[j]) <= BenchArticles.NEAR_COPY_BITS) {
                    copies++;
                    break;
                }
            }
        }
        assertThat(copies).as("articles within 3 bits of an earlier one").isLessThan(n / 50); // 38 (0.95 %) today
    }

    @Test
    void aBodyIsHalfOfOneRealArticleAndHalfOfAnother() {
        List<BenchArticles.Body> bodies = List.of(
                new BenchArticles.Body("one", "甲一句。甲二句。甲三句。甲四句。"),
                new BenchArticles.Body("two", "乙一句！乙二句？乙三句。乙四句。"),
                new BenchArticles.Body("three", "丙一句。丙二句。"));
        BenchArticles c = new BenchArticles(bodies, List.of("标题"));
        assertThat(c.article("id:", 0).body()).isEqualTo("甲一句。甲二句。\n乙三句。乙四句。");
        assertThat(c.article("id:", 1).body()).isEqualTo("乙一句！乙二句？\n丙二句。");
        assertThat(c.article("id:", 3).body()).isEqualTo("甲一句。甲二句。\n丙二句。"); // second round: next partner
        assertThat(c.capacity()).isEqualTo(6);
        assertThatThrownBy(() -> c.article("id:", 6)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aBodyWhoseHalfRepeatsAnotherIsLeftOut() {
        String a = "第一段讲的是甲地今年的粮食收成与农民收入的变化情况。", b = "第二段讲的是乙地的道路修建和交通改善以及群众出行。";
        String c = "第三段讲的是丙地学校的新教学楼落成和学生入学人数。";
        List<BenchArticles.Body> kept = BenchArticles.distinctHalves(List.of(new BenchArticles.Body("x", a + b),
                new BenchArticles.Body("same ending", c + b), new BenchArticles.Body("swapped", b + c),
                new BenchArticles.Body("other", c + a + "另外一句完全不同的话在这里出现。")));
        assertThat(kept).extracting(BenchArticles.Body::origin).containsExactly("x", "other");
    }

    @Test
    void eitherHalfIsCutToWholeSentencesSoNeitherOutweighsTheOther() {
        assertThat(BenchArticles.atMost("一二三。四五六。七八九。", 8)).isEqualTo("一二三。四五六。");
        assertThat(BenchArticles.atMost("一二三四五六七八九十。", 4)).isEqualTo("一二三四五六七八九十。"); // at least one sentence
        assertThat(BenchArticles.atMost("短。", 700)).isEqualTo("短。");
        for (int i = 0; i < 3000; i++) {
            assertThat(corpus.article("x", i).body().length()).isLessThanOrEqualTo(2 * BenchArticles.MAX_HALF_CHARS + 1 + 400);
        }
    }

    @Test
    void sentencesKeepEveryCharacterAndTheirClosingQuotes() {
        String text = "他说：“好。”然后走了！真的吗？没有结尾";
        assertThat(BenchArticles.sentences(text)).containsExactly("他说：“好。”", "然后走了！", "真的吗？", "没有结尾");
        assertThat(String.join("", BenchArticles.sentences(text))).isEqualTo(text);
        assertThat(BenchArticles.firstHalf("只有一句")).isEqualTo("只有一句");
        assertThat(BenchArticles.secondHalf("只有一句")).isEqualTo("只有一句");
    }

    @Test
    void theNinjsIsWhatTheIngestorReads() {
        BenchArticles.Article a = corpus.article("urn:bench:t:", 7);
        RawArticle raw = new NinjsReader().read(a.ninjs(), "bench", Instant.EPOCH);
        assertThat(raw.id()).isEqualTo("urn:bench:t:7");
        assertThat(raw.headline()).isEqualTo(a.headline());
        assertThat(raw.body()).isEqualTo(a.body());
        assertThat(a.ninjs()).doesNotContain("\n");
    }
}
