package news.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class SearchCostTest {
    private static final SearchLimits LIMITS = new SearchLimits("news", 10, 50, 10_000, 20);

    private static int cost(Consumer<SearchRequestParams.Builder> set) {
        SearchRequestParams.Builder b = SearchRequestParams.builder();
        set.accept(b);
        return SearchCost.of(b.build(LIMITS));
    }

    @Test
    void anOrdinarySearchCostsOneRequest() {
        assertThat(cost(b -> {})).isEqualTo(1);
        assertThat(cost(b -> b.q = "乡村振兴 | 营商环境 -房价")).isEqualTo(1);
        assertThat(cost(b -> { b.q = "乡村振兴"; b.page = 3; b.size = 20; b.topic = "medtop:04000000"; })).isEqualTo(1);
    }

    @Test
    void eachFuzzyOrPrefixOperatorCostsTwoMore() {
        assertThat(cost(b -> b.q = "乡村~1")).isEqualTo(3);
        assertThat(cost(b -> b.q = "乡* 振兴~2 营商*")).isEqualTo(7);
        assertThat(cost(b -> b.q = "a~2 b~2 c* d* e~1")).as("the most QueryText allows").isEqualTo(11);
    }

    @Test
    void longQueriesCostOneMorePerHundredCharacters() {
        assertThat(cost(b -> b.q = "乡".repeat(99))).isEqualTo(1);
        assertThat(cost(b -> b.q = "乡".repeat(100))).isEqualTo(2);
        assertThat(cost(b -> b.q = "乡村 ".repeat(166))).as("498 characters after normalisation").isEqualTo(5);
    }

    @Test
    void deepPagesCostMoreButACursorDoesNot() {
        assertThat(cost(b -> { b.page = 20; b.size = 50; })).as("from 950").isEqualTo(2);
        assertThat(cost(b -> { b.page = 21; b.size = 50; })).as("from 1,000, 50 hits").isEqualTo(4);
        assertThat(cost(b -> { b.page = 101; b.size = 50; })).as("from 5,000").isEqualTo(6);
        assertThat(cost(b -> { b.page = 200; b.size = 50; b.q = "乡*"; })).isEqualTo(8);
        String cursor = new SearchCursor(SearchRequestParams.Sort.DATE, java.util.List.of(1_700_000_000_000L, "a")).encode();
        assertThat(cost(b -> { b.cursor = cursor; b.size = 20; })).isEqualTo(1);
    }

    @Test
    void fuzzyOrPrefixOperatorsLongQueriesAndDeepPagesAreExpensive() {
        assertThat(SearchCost.isExpensive(params(b -> b.q = "乡村振兴"))).isFalse();
        assertThat(SearchCost.isExpensive(params(b -> b.size = 50))).isFalse();
        assertThat(SearchCost.isExpensive(params(b -> b.q = "乡村*"))).isTrue();
        assertThat(SearchCost.isExpensive(params(b -> b.q = "乡".repeat(200)))).isTrue();
        assertThat(SearchCost.isExpensive(params(b -> { b.page = 101; b.size = 10; }))).isTrue();
    }

    private static SearchRequestParams params(Consumer<SearchRequestParams.Builder> set) {
        SearchRequestParams.Builder b = SearchRequestParams.builder();
        set.accept(b);
        return b.build(LIMITS);
    }

    @Test
    void largePagesCostOneMore() {
        assertThat(cost(b -> b.size = 20)).isEqualTo(1);
        assertThat(cost(b -> b.size = 21)).isEqualTo(2);
    }
}
