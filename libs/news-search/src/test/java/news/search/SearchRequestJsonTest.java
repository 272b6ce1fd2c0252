package news.search;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.json.JsonpUtils;
import co.elastic.clients.json.jackson.Jackson3JsonpMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import news.model.EventCodec;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/**
 * The exact Elasticsearch request for representative parameter sets, compared as JSON trees with the files in
 * {@code src/test/resources/requests/} (read them to see what a search sends). A change to the request building shows
 * up here as a diff of the request; regenerate a file only after reading that diff
 * ({@code -Dnews.search.writeRequests=true} writes the actual requests to target/requests/).
 */
class SearchRequestJsonTest {
    private static final SearchLimits LIMITS = new SearchLimits("news", 10, 50, 10_000, 20);
    private static final ArticleQueries QUERIES = new ArticleQueries(LIMITS);
    private static final Jackson3JsonpMapper MAPPER = new Jackson3JsonpMapper(EventCodec.mapper());

    static Stream<Arguments> searches() {
        return Stream.of(
                search("browse", b -> {}),
                search("query", b -> b.q = "乡村振兴"),
                search("query-syntax-normalised", b -> b.q = "\"鄉村振興\" -濮阳，| 许昌* 增长~1"),
                search("filters", b -> {
                    b.q = "营商环境";
                    b.topic = "04000000";
                    b.place = "濮阳";
                    b.region = "河南省 › 濮阳市";
                    b.person = "张三";
                    b.organisation = "濮阳市人民政府";
                    b.source = "puyang-daily";
                    b.byline = "李超";
                    b.language = "zh";
                }),
                search("date-range-days", b -> {
                    b.from = "2026-11-01";
                    b.to = "2026-11-30";
                }),
                search("date-from-only-sort-date-page-3", b -> {
                    b.q = "项目建设";
                    b.from = "2026-01-01";
                    b.sort = "date";
                    b.page = 3;
                    b.size = 20;
                }),
                search("cursor-relevance", b -> {
                    b.q = "党建";
                    b.cursor = new SearchCursor(SearchRequestParams.Sort.RELEVANCE,
                            List.of(3.25, 1763769600000L, "urn:newsml:pyrb:20261122:1")).encode();
                }),
                search("cursor-date", b -> {
                    b.sort = "date";
                    b.size = 50;
                    b.cursor = new SearchCursor(SearchRequestParams.Sort.DATE, List.of(1763769600000L, "sha256:ab#2")).encode();
                }),
                // over 40 characters: highlighting marks only the leading words (highlight_query)
                search("long-query-highlights-its-leading-words", b -> b.q = "乡村振兴 营商环境 | 项目建设 -党建 学校 医疗"
                        + " 疫情防控 企业 考研 股票 房价 比赛 游戏 电影 科技"),
                search("recent-hide-duplicates", b -> {
                    b.q = "医疗";
                    b.recent = true;
                    b.hideDuplicates = true;
                }));
    }

    private static Arguments search(String name, Consumer<SearchRequestParams.Builder> set) {
        SearchRequestParams.Builder b = SearchRequestParams.builder();
        set.accept(b);
        return Arguments.of(name, b.build(LIMITS));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("searches")
    void searchRequestIsExactlyTheExpectedJson(String name, SearchRequestParams params) throws IOException {
        var request = QUERIES.request(params);
        assertThat(request.index()).as("searched through the alias").containsExactly("news");
        assertSameJson(name, JsonpUtils.toJsonString(request, MAPPER));
    }

    static Stream<Arguments> others() {
        return Stream.of(
                Arguments.of("similar", JsonpUtils.toJsonString(QUERIES.similar("urn:newsml:pyrb:20261122:1", 5), MAPPER)),
                Arguments.of("suggest", JsonpUtils.toJsonString(QUERIES.suggest(QueryText.normalise("q", "濮阳 "), 5), MAPPER)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("others")
    void similarAndSuggestRequestsAreExactlyTheExpectedJson(String name, String json) throws IOException {
        assertSameJson(name, json);
    }

    private static void assertSameJson(String name, String actual) throws IOException {
        if (Boolean.getBoolean("news.search.writeRequests")) {
            Path out = Path.of("target/requests", name + ".json");
            Files.createDirectories(out.getParent());
            Files.writeString(out, EventCodec.mapper().writerWithDefaultPrettyPrinter()
                    .writeValueAsString(EventCodec.mapper().readTree(actual)) + "\n");
        }
        String expected;
        try (InputStream in = SearchRequestJsonTest.class.getResourceAsStream("/requests/" + name + ".json")) {
            assertThat(in).as("src/test/resources/requests/" + name + ".json").isNotNull();
            expected = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        JsonNode want = EventCodec.mapper().readTree(expected);
        JsonNode got = EventCodec.mapper().readTree(actual);
        assertThat(got).as(name + " request:\n" + EventCodec.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(got))
                .isEqualTo(want);
    }
}
