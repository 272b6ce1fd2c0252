package news.search;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Any search parameters either validate or are refused naming the parameter: never another exception (which would
 * be a 5xx), and a validated query always holds something to search for.
 */
class QueryFuzzTest {
    private static final SearchLimits LIMITS = new SearchLimits("news", 10, 50, 10_000, 20);

    @Property(tries = 3000)
    void anyQueryValidatesOrIsRefusedNamingTheParameter(@ForAll("queries") String q, @ForAll("queries") String other) {
        SearchRequestParams.Builder b = SearchRequestParams.builder();
        b.q = q;
        b.cursor = other;
        b.to = other;
        b.region = other;
        try {
            SearchRequestParams p = b.build(LIMITS);
            if (p.q() != null) {
                assertThat(p.q().codePoints().anyMatch(Character::isLetterOrDigit)).isTrue();
                assertThat(p.q()).doesNotContain("\u200b").doesNotContain("\uFFFD");
            }
        } catch (InvalidParameterException e) {
            assertThat(e.parameter()).isIn("q", "cursor", "to", "region");
        }
    }

    @Provide
    Arbitrary<String> queries() {
        return Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(40),
                Arbitraries.strings().withChars("乡村振兴鄉村振興。，“”\"~*|-+() /.%\u200b\uFFFDa1").ofMaxLength(30),
                Arbitraries.strings().withChars("%0123456789ABCDEFabcdefG+").ofMaxLength(20));
    }
}
