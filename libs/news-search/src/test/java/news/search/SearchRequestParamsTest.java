package news.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class SearchRequestParamsTest {
    private static final SearchLimits LIMITS = new SearchLimits("news", 10, 50, 10_000, 20);

    private static SearchRequestParams build(Consumer<SearchRequestParams.Builder> set) {
        SearchRequestParams.Builder b = SearchRequestParams.builder();
        set.accept(b);
        return b.build(LIMITS);
    }

    @Test
    void defaultsAndNormalisation() {
        SearchRequestParams p = build(b -> {
            b.q = "  问题整改 ";
            b.topic = "04000000";
            b.place = " 濮阳 ";
            b.source = "";
            b.from = "2026-01-01";
            b.to = "2026-12-31";
        });
        assertThat(p.q()).isEqualTo("问题整改");
        assertThat(p.topic()).isEqualTo("medtop:04000000");
        assertThat(p.place()).isEqualTo("濮阳");
        assertThat(p.source()).isNull();
        assertThat(p.from()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(p.page()).isEqualTo(1);
        assertThat(p.size()).isEqualTo(10);
        assertThat(p.sort()).isEqualTo(SearchRequestParams.Sort.RELEVANCE);
        assertThat(build(b -> {}).sort()).as("no query: newest first").isEqualTo(SearchRequestParams.Sort.DATE);
        assertThat(build(b -> b.topic = "medtop:11000000").topic()).isEqualTo("medtop:11000000");
        assertThat(build(b -> b.topic = "medtop:20000593").topic()).as("second level").isEqualTo("medtop:20000593");
        assertThat(build(b -> b.topic = "20000570").topic()).as("third level").isEqualTo("medtop:20000570");
    }

    @Test
    void cursorRoundTripsAndReplacesThePage() {
        String token = new SearchCursor(SearchRequestParams.Sort.DATE, List.of(1763769600000L, "sha256:ab")).encode();
        SearchRequestParams p = build(b -> {
            b.cursor = token;
            b.page = 7;
        });
        assertThat(p.cursor().values()).containsExactly(1763769600000L, "sha256:ab");
        assertThat(p.page()).isEqualTo(1);
    }

    @Test
    void rejectionsNameTheParameter() {
        assertRejected("page", b -> b.page = 0);
        assertRejected("size", b -> b.size = 51);
        assertRejected("size", b -> b.size = 0);
        assertRejected("page", b -> { b.page = 201; b.size = 50; });
        assertRejected("topic", b -> b.topic = "politics");
        assertRejected("topic", b -> b.topic = "medtop:123");
        assertRejected("topic", b -> b.topic = "medtop:99000000");
        // an old Subject Code-style number is not a Media Topic of the vocabulary
        assertRejected("topic", b -> b.topic = "medtop:04001000");
        assertRejected("from", b -> b.from = "yesterday");
        assertRejected("to", b -> b.to = "2026-02-30");
        assertRejected("from", b -> { b.from = "2026-12-01"; b.to = "2026-01-01"; });
        assertRejected("q", b -> b.q = "字".repeat(501));
        assertRejected("q", b -> b.q = "\"问题整改");
        assertRejected("sort", b -> b.sort = "popularity");
        assertRejected("cursor", b -> b.cursor = "not-a-cursor");
        assertRejected("cursor", b -> {
            b.sort = "relevance";
            b.q = "x";
            b.cursor = new SearchCursor(SearchRequestParams.Sort.DATE, List.of(1L, "a")).encode();
        });
    }

    @Test
    void queryTextIsNormalisedLikeIngestedText() {
        assertThat(build(b -> b.q = "乡村\u200b振兴").q()).as("zero-width space dropped").isEqualTo("乡村振兴");
        assertThat(build(b -> b.q = "鄉村振興").q()).as("traditional → simplified").isEqualTo("乡村振兴");
        assertThat(build(b -> b.q = "ＧＤＰ增长").q()).as("full-width Latin").isEqualTo("GDP增长");
        assertThat(build(b -> b.q = "乡村，振兴。").q()).as("punctuation is no term").isEqualTo("乡村 振兴");
        assertThat(build(b -> b.q = "\"乡村振兴\" -濮阳 | 许昌*").q()).as("query syntax kept").isEqualTo("\"乡村振兴\" -濮阳 | 许昌*");
        assertThat(build(b -> b.q = "增长3.5%").q()).isEqualTo("增长3.5");
        assertRejected("q", b -> b.q = "。");
        assertRejected("q", b -> b.q = "/.*/");
        assertRejected("q", b -> b.q = "\u200b\u200b");
        assertRejected("q", b -> b.q = "\uFFFD"); // what %FF decodes to
        assertThat(build(b -> b.q = "a~2 b~2 c* d* e~1").q()).isEqualTo("a~2 b~2 c* d* e~1");
        assertRejected("q", b -> b.q = "aaa~2 ".repeat(6));
    }

    @Test
    void clientMistakesAreRefusedBeforeTheyReachElasticsearch() {
        assertRejected("to", b -> b.to = "+99999-01-01");
        assertRejected("from", b -> b.from = "1899-12-31");
        assertThat(build(b -> b.to = "2999-12-31").to()).isEqualTo(LocalDate.of(2999, 12, 31));
        // edited cursors: wrong arity, a string where a number belongs, an empty id, a float for the date
        assertRejected("cursor", b -> b.cursor = new SearchCursor(SearchRequestParams.Sort.DATE, List.of(1L)).encode());
        assertRejected("cursor", b -> b.cursor = new SearchCursor(SearchRequestParams.Sort.DATE, List.of("x", "a")).encode());
        assertRejected("cursor", b -> b.cursor = new SearchCursor(SearchRequestParams.Sort.DATE, List.of(1L, "")).encode());
        assertRejected("cursor", b -> b.cursor = new SearchCursor(SearchRequestParams.Sort.DATE, List.of(1.5, "a")).encode());
        assertRejected("cursor", b -> b.cursor = new SearchCursor(SearchRequestParams.Sort.DATE, List.of(1L, "a", 3L)).encode());
        assertThat(build(b -> {
            b.q = "x";
            b.cursor = new SearchCursor(SearchRequestParams.Sort.RELEVANCE, List.of(3.25, 1763769600000L, "a")).encode();
        }).cursor().values()).containsExactly(3.25, 1763769600000L, "a");
        assertRejected("cursor", b -> {
            b.q = "x";
            b.cursor = new SearchCursor(SearchRequestParams.Sort.RELEVANCE, List.of(3.25, 1.5, "a")).encode();
        });
    }

    @Test
    void articleIdsAreBoundedAndPrintable() {
        assertThat(SearchRequestParams.articleId("urn:newsml:pyrb:20261122:1")).isEqualTo("urn:newsml:pyrb:20261122:1");
        assertThat(SearchRequestParams.articleId("sha256:" + "a".repeat(32) + "#3")).endsWith("#3");
        for (String bad : new String[] {"", " ", "a".repeat(513), "字".repeat(171), "a\nb", "a\u0000", "\uFFFD"}) {
            assertThatThrownBy(() -> SearchRequestParams.articleId(bad)).isInstanceOf(InvalidParameterException.class)
                    .satisfies(e -> assertThat(((InvalidParameterException) e).parameter()).isEqualTo("id"));
        }
        assertThat(SearchRequestParams.articleId("字".repeat(170))).hasSize(170);
    }

    @Test
    void regionIsAPathOfOneToThreeDivisions() {
        assertThat(build(b -> {}).region()).isNull();
        assertThat(build(b -> b.region = " 河南省 ").region()).isEqualTo("河南省");
        assertThat(build(b -> b.region = "河南省 › 濮阳市 › 清丰县").region()).isEqualTo("河南省/濮阳市/清丰县");
        assertThat(build(b -> b.region = "河南省/濮阳市").region()).isEqualTo("河南省/濮阳市");
        assertRejected("region", b -> b.region = "河南省/濮阳市/清丰县/韩村镇");
        assertRejected("region", b -> b.region = "Henan");
        assertRejected("region", b -> b.region = "河南省//濮阳市");
        assertThat(ArticleQueries.FACETS).containsEntry("region", "regions");
    }

    @Test
    void regexLiteralEscapesEveryOperator() {
        assertThat(ArticleQueries.regexLiteral("濮阳")).isEqualTo("濮阳");
        assertThat(ArticleQueries.regexLiteral("a.*(b)|c")).isEqualTo("a\\.\\*\\(b\\)\\|c");
    }

    private static void assertRejected(String parameter, Consumer<SearchRequestParams.Builder> set) {
        assertThatThrownBy(() -> build(set)).isInstanceOf(InvalidParameterException.class)
                .satisfies(e -> assertThat(((InvalidParameterException) e).parameter()).isEqualTo(parameter));
    }
}
