package news.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Any query string is either valid percent-encoded UTF-8 or names the parameter that is not: never an exception. */
class QueryStringFuzzTest {

    @Property(tries = 3000)
    void anyQueryStringIsValidOrNamesTheParameter(@ForAll("values") String value) {
        assertThat(QueryStringFilter.firstInvalidParameter("q=" + value)).isIn(null, "q");
    }

    @Provide
    Arbitrary<String> values() {
        return Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(40),
                Arbitraries.strings().withChars("%0123456789ABCDEFabcdefG+").ofMaxLength(20));
    }
}
