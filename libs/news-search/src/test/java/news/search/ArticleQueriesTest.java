package news.search;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch._types.aggregations.CalendarInterval;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ArticleQueriesTest {
    private static final LocalDate NOV_1 = LocalDate.parse("2026-11-01");

    @Test
    void dateHistogramIsPerDayForUpToTwoMonths() {
        assertThat(ArticleQueries.dateInterval(NOV_1, NOV_1)).isEqualTo(CalendarInterval.Day);
        assertThat(ArticleQueries.dateInterval(NOV_1, NOV_1.plusDays(62))).isEqualTo(CalendarInterval.Day);
    }

    @Test
    void dateHistogramIsPerWeekUpToAYear() {
        assertThat(ArticleQueries.dateInterval(NOV_1, NOV_1.plusDays(63))).isEqualTo(CalendarInterval.Week);
        assertThat(ArticleQueries.dateInterval(NOV_1, NOV_1.plusDays(366))).isEqualTo(CalendarInterval.Week);
    }

    @Test
    void dateHistogramIsPerMonthForLongerOrOpenRanges() {
        assertThat(ArticleQueries.dateInterval(NOV_1, NOV_1.plusDays(367))).isEqualTo(CalendarInterval.Month);
        assertThat(ArticleQueries.dateInterval(null, NOV_1)).isEqualTo(CalendarInterval.Month);
        assertThat(ArticleQueries.dateInterval(NOV_1, null)).isEqualTo(CalendarInterval.Month);
        assertThat(ArticleQueries.dateInterval(null, null)).isEqualTo(CalendarInterval.Month);
    }

    @Test
    void suggestRegexEscapesEveryOperator() {
        assertThat(ArticleQueries.regexLiteral("濮阳.*")).isEqualTo("濮阳\\.\\*");
        assertThat(ArticleQueries.regexLiteral("a|b(c)")).isEqualTo("a\\|b\\(c\\)");
    }

    @Test
    void everySearchHasATimeoutBoundedHighlightingAndBoundedFuzziness() {
        SearchRequestParams.Builder b = SearchRequestParams.builder();
        b.q = "乡村振兴~1";
        SearchLimits limits = new SearchLimits("news", 10, 50, 10_000, 20);
        String json = new ArticleQueries(limits).request(b.build(limits)).toString();
        assertThat(json).contains("\"timeout\":\"5s\"", "\"max_analyzed_offset\":999999",
                "\"fuzzy_prefix_length\":1", "\"fuzzy_max_expansions\":20");
    }

    @Test
    void aShortQueryIsHighlightedAsItIs() {
        assertThat(ArticleQueries.highlightText(null)).isNull();
        assertThat(ArticleQueries.highlightText("乡村振兴 营商环境")).isNull();
        assertThat(ArticleQueries.highlightText("乡".repeat(40))).isNull();
    }

    @Test
    void aLongQueryIsHighlightedByItsLeadingWholeWords() {
        String q = "乡村振兴 营商环境 | 项目建设 -党建 学校 医疗 疫情防控 企业 考研 股票 房价 比赛 游戏 电影 科技";
        String text = ArticleQueries.highlightText(q);
        assertThat(text).isEqualTo("乡村振兴 营商环境 项目建设 学校 医疗 疫情防控 企业 考研 股票 房价 比赛");
        assertThat(text.length()).isLessThanOrEqualTo(ArticleQueries.HIGHLIGHT_QUERY_CHARS);
        assertThat(ArticleQueries.highlightText("乡".repeat(499))).isEqualTo("乡".repeat(40));
        assertThat(ArticleQueries.highlightText("𠀀".repeat(60))).as("code points, not chars").isEqualTo("𠀀".repeat(40));
    }
}
