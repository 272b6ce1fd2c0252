package news.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import news.model.ContentKind;
import news.model.Enrichment;
import news.model.Entity;
import news.model.NormalizedArticle;

class ArticleEnricherTest {

    static ArticleEnricher enricher;

    @BeforeAll
    static void setUp() {
        enricher = new ArticleEnricher();
    }

    static NormalizedArticle article(String headline, List<String> paragraphs) {
        return new NormalizedArticle("id-1", "test", null, ContentKind.ARTICLE, "zh", headline, paragraphs, null, null,
                Instant.EPOCH, Instant.EPOCH);
    }

    static final String HEADLINE = "清丰县召开产业链发展推进会";
    static final List<String> PARAGRAPHS = List.of(
            "10月28日，清丰县委书记曹拥军主持召开全县产业链发展推进会，研究部署招商引资和项目建设工作。",
            "会议指出，要优化营商环境，做强绿色家居、现代农业两大产业链，推动企业扩大投资。濮阳市发展和改革委员会有关负责人出席会议。",
            "曹拥军强调，各级党组织和党员干部要主动服务企业，确保项目早开工、早投产。");

    @Test
    void enrichesAnArticle() {
        NormalizedArticle a = article(HEADLINE, PARAGRAPHS);
        Enrichment e = enricher.enrich(a);

        assertThat(e.subjects()).isNotEmpty();
        assertThat(e.subjects().get(0).code()).isEqualTo("medtop:04000000");
        assertThat(e.people()).extracting(Entity::name).contains("曹拥军");
        Entity cao = e.people().stream().filter(p -> p.name().equals("曹拥军")).findFirst().orElseThrow();
        assertThat(cao.count()).isEqualTo(2);
        assertThat(cao.offset()).isEqualTo(a.bodyText().indexOf("曹拥军"));
        assertThat(e.places()).extracting(Entity::name).contains("清丰县");
        assertThat(e.keywords()).isNotEmpty().hasSizeLessThanOrEqualTo(8).doesNotHaveDuplicates()
                .allSatisfy(k -> assertThat(k.length()).isGreaterThan(1));
        assertThat(e.summary()).isNotBlank().hasSizeLessThanOrEqualTo(200);
    }

    @Test
    void headlineOnlyEntitiesHaveOffsetMinusOne() {
        Enrichment e = enricher.enrich(article("许昌市委书记史根治说：服务企业是第一要务",
                List.of("记者近日在鄢陵县产业集聚区采访，企业负责人介绍了项目进展。")));
        Entity shi = e.people().stream().filter(p -> p.name().equals("史根治")).findFirst().orElseThrow();
        assertThat(shi.offset()).isEqualTo(-1);
        assertThat(shi.count()).isEqualTo(1);
        Entity yanling = e.places().stream().filter(p -> p.name().equals("鄢陵县")).findFirst().orElseThrow();
        assertThat(yanling.offset()).isGreaterThanOrEqualTo(0);
    }

    @Test
    void summaryKeepsOriginalOrderAndLimit() {
        Enrichment e = enricher.enrich(article(HEADLINE, PARAGRAPHS));
        String body = String.join("\n\n", PARAGRAPHS);
        assertThat(e.summary().length()).isLessThanOrEqualTo(200);
        // every summary sentence is a sentence of the body, in body order
        int last = -1;
        for (String sentence : e.summary().split("(?<=[。！？])")) {
            int at = body.indexOf(sentence);
            assertThat(at).as(sentence).isGreaterThan(last);
            last = at;
        }
    }

    @Test
    void oddInputNeverThrows() {
        List<NormalizedArticle> odd = new ArrayList<>();
        odd.add(article(null, List.of()));
        odd.add(article("", List.of("", "   ", "\n")));
        odd.add(article("   ", null));
        odd.add(article("标题", List.of()));
        odd.add(article(null, List.of("。。。！！！？？？", "……", "——", "“”")));
        odd.add(article("Hello world 2024", List.of("Only latin text, numbers 123 and emoji \uD83D\uDE00 here.")));
        odd.add(article("a", List.of("b", "c")));
        odd.add(article("\uD83D\uDE00\uD83D\uDE00", List.of("\uD83D\uDE00".repeat(3000))));
        for (NormalizedArticle a : odd) {
            Enrichment e = enricher.enrich(a);
            // one or two level-1 subjects, each possibly with deeper ones (at most the six levels of the vocabulary)
            assertThat(e.subjects()).isNotEmpty().hasSizeLessThanOrEqualTo(12);
            assertThat(e.subjects().stream().filter(s -> MediaTopics.standard().level(s.code()) == 1).count()).isBetween(1L, 2L);
            assertThat(e.summary()).isNotNull().hasSizeLessThanOrEqualTo(200);
            assertThat(e.keywords()).allSatisfy(k -> assertThat(k.length()).isGreaterThan(1));
        }
        Enrichment empty = enricher.enrich((NormalizedArticle) null);
        assertThat(empty.subjects()).hasSize(1);
        assertThat(empty.people()).isEmpty();
        assertThat(empty.summary()).isEmpty();
    }

    @Test
    void veryLongTextIsHandled() {
        // one huge paragraph without line breaks plus many paragraphs: about 150k chars
        String sentence = "濮阳市清丰县委书记曹拥军主持召开会议，研究推进产业链招商和营商环境优化工作。";
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add(sentence.repeat(1500));
        paragraphs.addAll(Collections.nCopies(1000, sentence + sentence));
        Enrichment e = enricher.enrich(article("长文测试", paragraphs));
        assertThat(e.subjects()).isNotEmpty();
        assertThat(e.people()).extracting(Entity::name).contains("曹拥军");
        assertThat(e.summary().length()).isLessThanOrEqualTo(200);
        assertThat(e.keywords()).isNotEmpty();
    }

    @Test
    void threadSafeAndDeterministic() throws Exception {
        List<NormalizedArticle> articles = List.of(
                article(HEADLINE, PARAGRAPHS),
                SamplePages.article(SamplePages.file("000")),
                SamplePages.article(SamplePages.file("003")));
        List<Enrichment> expected = articles.stream().map(enricher::enrich).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Enrichment>> futures = new ArrayList<>();
            for (int round = 0; round < 3; round++) {
                for (NormalizedArticle a : articles) {
                    futures.add(pool.submit(() -> enricher.enrich(a)));
                }
            }
            for (int i = 0; i < futures.size(); i++) {
                assertThat(futures.get(i).get()).isEqualTo(expected.get(i % articles.size()));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void bodyTextMatchesTheModel() {
        NormalizedArticle a = article("x", PARAGRAPHS);
        assertThat(ArticleEnricher.bodyText(a.paragraphs())).isEqualTo(a.bodyText());
    }
}
