package news.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Whatever a newsroom sends, the reader either returns an article or refuses it naming a field: nothing else. */
class NinjsReaderFuzzTest {
    private final NinjsReader reader = new NinjsReader();

    @Property(tries = 2000)
    void randomTextIsAnArticleOrARefusalNamingAField(@ForAll("jsonish") String text) {
        try {
            RawArticle a = reader.read(text, "s", Instant.EPOCH);
            assertThat(a.id()).isNotBlank();
            assertThat(a.body()).isNotBlank();
        } catch (InvalidArticleException e) {
            assertThat(e.field()).isNotBlank();
            assertThat(e.getMessage()).isNotBlank().doesNotContain("REDACTED").doesNotContain("Exception");
        }
    }

    /** Random text, and JSON-shaped text built from the reader's own keys and odd values. */
    @Provide
    Arbitrary<String> jsonish() {
        Arbitrary<String> key = Arbitraries.of("uri", "guid", "headline", "headlines", "bodies", "body_text",
                "body_html", "by", "byline", "language", "versionCreated", "versioncreated", "located", "x");
        Arbitrary<String> value = Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(20).map(s -> "\"" + s.replace("\\", "").replace("\"", "") + "\""),
                Arbitraries.of("1", "-0.5e9", "null", "true", "[]", "{}", "[{\"value\":\"正文\"}]",
                        "[{\"role\":\"main\",\"value\":3}]", "\"2026-12-01\"", "\"2099-01-01T00:00:00Z\"", "\"\\u0000\""));
        Arbitrary<String> object = Arbitraries.maps(key, value).ofMaxSize(6).map(m -> {
            StringBuilder b = new StringBuilder("{");
            m.forEach((k, v) -> b.append(b.length() > 1 ? "," : "").append('"').append(k).append("\":").append(v));
            return b.append('}').toString();
        });
        return Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(60), object,
                object.map(o -> o.substring(0, o.length() / 2)));
    }
}
