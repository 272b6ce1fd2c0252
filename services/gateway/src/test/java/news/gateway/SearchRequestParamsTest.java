package news.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SearchRequestParamsTest {
    private static final SearchProperties LIMITS = new SearchProperties("news", 10, 50, 10_000, 20);

    @Test
    void defaultsAndNormalisation() {
        SearchRequestParams p = SearchRequestParams.of("  问题整改 ", "04000000", " 濮阳 ", "", "2026-01-01", "2026-12-31", null, null, LIMITS);
        assertThat(p.q()).isEqualTo("问题整改");
        assertThat(p.topic()).isEqualTo("medtop:04000000");
        assertThat(p.place()).isEqualTo("濮阳");
        assertThat(p.source()).isNull();
        assertThat(p.from()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(p.page()).isEqualTo(1);
        assertThat(p.size()).isEqualTo(10);
        assertThat(SearchRequestParams.of(null, "medtop:11000000", null, null, null, null, 2, 50, LIMITS).topic())
                .isEqualTo("medtop:11000000");
    }

    @Test
    void rejectionsNameTheParameter() {
        assertRejected("page", () -> SearchRequestParams.of(null, null, null, null, null, null, 0, null, LIMITS));
        assertRejected("size", () -> SearchRequestParams.of(null, null, null, null, null, null, 1, 51, LIMITS));
        assertRejected("size", () -> SearchRequestParams.of(null, null, null, null, null, null, 1, 0, LIMITS));
        assertRejected("page", () -> SearchRequestParams.of(null, null, null, null, null, null, 201, 50, LIMITS));
        assertRejected("topic", () -> SearchRequestParams.of(null, "politics", null, null, null, null, null, null, LIMITS));
        assertRejected("topic", () -> SearchRequestParams.of(null, "medtop:123", null, null, null, null, null, null, LIMITS));
        assertRejected("from", () -> SearchRequestParams.of(null, null, null, null, "yesterday", null, null, null, LIMITS));
        assertRejected("to", () -> SearchRequestParams.of(null, null, null, null, null, "2026-02-30", null, null, LIMITS));
        assertRejected("from", () -> SearchRequestParams.of(null, null, null, null, "2026-12-01", "2026-01-01", null, null, LIMITS));
        assertRejected("q", () -> SearchRequestParams.of("字".repeat(501), null, null, null, null, null, null, null, LIMITS));
    }

    private static void assertRejected(String parameter, Runnable call) {
        assertThatThrownBy(call::run).isInstanceOf(InvalidParameterException.class)
                .satisfies(e -> assertThat(((InvalidParameterException) e).parameter()).isEqualTo(parameter));
    }
}
