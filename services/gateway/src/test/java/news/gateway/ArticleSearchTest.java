package news.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch._types.aggregations.CalendarInterval;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ArticleSearchTest {
    private static final LocalDate NOV_1 = LocalDate.parse("2026-11-01");

    @Test
    void dateHistogramIsPerDayForUpToTwoMonths() {
        assertThat(ArticleSearch.dateInterval(NOV_1, NOV_1)).isEqualTo(CalendarInterval.Day);
        assertThat(ArticleSearch.dateInterval(NOV_1, NOV_1.plusDays(62))).isEqualTo(CalendarInterval.Day);
    }

    @Test
    void dateHistogramIsPerWeekUpToAYear() {
        assertThat(ArticleSearch.dateInterval(NOV_1, NOV_1.plusDays(63))).isEqualTo(CalendarInterval.Week);
        assertThat(ArticleSearch.dateInterval(NOV_1, NOV_1.plusDays(366))).isEqualTo(CalendarInterval.Week);
    }

    @Test
    void dateHistogramIsPerMonthForLongerOrOpenRanges() {
        assertThat(ArticleSearch.dateInterval(NOV_1, NOV_1.plusDays(367))).isEqualTo(CalendarInterval.Month);
        assertThat(ArticleSearch.dateInterval(null, NOV_1)).isEqualTo(CalendarInterval.Month);
        assertThat(ArticleSearch.dateInterval(NOV_1, null)).isEqualTo(CalendarInterval.Month);
        assertThat(ArticleSearch.dateInterval(null, null)).isEqualTo(CalendarInterval.Month);
    }

    @Test
    void suggestRegexEscapesEveryOperator() {
        assertThat(ArticleSearch.regexLiteral("濮阳.*")).isEqualTo("濮阳\\.\\*");
        assertThat(ArticleSearch.regexLiteral("a|b(c)")).isEqualTo("a\\|b\\(c\\)");
    }

    @Test
    void everySearchHasATimeoutBoundedHighlightingAndBoundedFuzziness() {
        SearchRequestParams.Builder b = SearchRequestParams.builder();
        b.q = "乡村振兴~1";
        SearchProperties limits = new SearchProperties("news", 10, 50, 10_000, 20);
        String json = new ArticleSearch(null, limits).request(b.build(limits)).toString();
        assertThat(json).contains("\"timeout\":\"5s\"", "\"max_analyzed_offset\":999999",
                "\"fuzzy_prefix_length\":1", "\"fuzzy_max_expansions\":20");
    }
}
