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
}
