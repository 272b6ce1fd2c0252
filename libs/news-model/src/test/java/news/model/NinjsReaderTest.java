package news.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class NinjsReaderTest {
    private static final Instant NOW = Instant.parse("2026-11-22T00:00:00Z");
    private final NinjsReader reader = new NinjsReader();

    @Test
    void readsNinjs3() {
        RawArticle a = reader.read("""
                {"uri":"urn:news:pyrb:1","language":"zh-CN","by":"本报记者 王金伟",
                 "headlines":[{"role":"sub","value":"副题"},{"role":"main","value":"主标题"}],
                 "bodies":[{"role":"main","contentType":"text/html","value":"<p>正文</p>"}],
                 "versionCreated":"2026-11-20T08:30:00+08:00","located":"濮阳"}""", "pyrb", NOW);
        assertThat(a.id()).isEqualTo("urn:news:pyrb:1");
        assertThat(a.headline()).isEqualTo("主标题");
        assertThat(a.subheadline()).as("role sub is kept, not dropped").isEqualTo("副题");
        assertThat(a.body()).isEqualTo("<p>正文</p>");
        assertThat(a.bodyFormat()).isEqualTo(RawArticle.TEXT_HTML);
        assertThat(a.byline()).isEqualTo("本报记者 王金伟");
        assertThat(a.language()).isEqualTo("zh-CN");
        assertThat(a.located()).isEqualTo("濮阳");
        assertThat(a.versionCreated()).isEqualTo(Instant.parse("2026-11-20T00:30:00Z"));
        assertThat(a.kind()).isEqualTo(ContentKind.ARTICLE);
        assertThat(a.receivedAt()).isEqualTo(NOW);
    }

    @Test
    void headlinesOfEveryRoleAreKeptWithTheirRolesInOrder() {
        RawArticle a = reader.read("""
                {"headlines":[{"role":"Kicker","value":"引题"},{"role":"main","value":"主标题"},{"role":"sub","value":"副题"},
                              {"role":"short","value":"短标题"},{"value":"无角色"},{"role":"seo","value":""}],
                 "body_text":"正文"}""", "s", NOW);
        assertThat(a.headline()).isEqualTo("主标题");
        assertThat(a.subheadline()).isEqualTo("副题");
        assertThat(a.otherHeadlines()).as("role lower-cased; an entry without a value skipped")
                .containsExactly(new Headline("kicker", "引题"), new Headline("short", "短标题"),
                        new Headline(null, "无角色"));
    }

    @Test
    void withoutARoleMainTheMainHeadlineIsTheFirstEntryWithoutARoleElseTheFirstThatIsNotSub() {
        RawArticle unnamed = reader.read("""
                {"headlines":[{"role":"sub","value":"副题"},{"role":"kicker","value":"引题"},{"value":"标题"}],
                 "body_text":"正文"}""", "s", NOW);
        assertThat(unnamed.headline()).isEqualTo("标题");
        assertThat(unnamed.subheadline()).isEqualTo("副题");
        assertThat(unnamed.otherHeadlines()).containsExactly(new Headline("kicker", "引题"));
        RawArticle kickerOnly = reader.read("""
                {"headlines":[{"role":"sub","value":"副题"},{"role":"short","value":"短"}],"body_text":"正文"}""",
                "s", NOW);
        assertThat(kickerOnly.headline()).as("the sub-headline never doubles as the headline").isEqualTo("短");
        assertThat(kickerOnly.subheadline()).isEqualTo("副题");
        assertThat(kickerOnly.otherHeadlines()).isEmpty();
        RawArticle subOnly = reader.read("""
                {"headlines":[{"role":"sub","value":"副题"}],"body_text":"正文"}""", "s", NOW);
        assertThat(subOnly.headline()).isNull();
        assertThat(subOnly.subheadline()).isEqualTo("副题");
    }

    @Test
    void headlineRolesAndCountsAreBounded() {
        assertInvalid("{\"headlines\":[{\"role\":\"a role\",\"value\":\"x\"}],\"body_text\":\"b\"}",
                "headlines[].role");
        assertInvalid("{\"headlines\":[{\"role\":7,\"value\":\"x\"}],\"body_text\":\"b\"}", "headlines[].role");
        assertInvalid("{\"headlines\":[{\"role\":\"" + "r".repeat(Headline.MAX_ROLE_LENGTH + 1)
                + "\",\"value\":\"x\"}],\"body_text\":\"b\"}", "headlines[].role");
        String many = "{\"role\":\"short\",\"value\":\"x\"},".repeat(Headline.MAX_ENTRIES);
        assertInvalid("{\"headlines\":[" + many + "{\"value\":\"y\"}],\"body_text\":\"b\"}", "headlines");
        assertThat(reader.read("{\"headlines\":[" + many.substring(0, many.length() - 1) + "],\"body_text\":\"b\"}",
                "s", NOW).otherHeadlines()).as("exactly the maximum is fine").hasSize(Headline.MAX_ENTRIES - 1);
        assertInvalid("{\"headlines\":[{\"role\":\"kicker\",\"value\":\"" + "引".repeat(NinjsReader.MAX_HEADLINE_LENGTH + 1)
                + "\"}],\"body_text\":\"b\"}", "headlines[].value");
    }

    @Test
    void prefersPlainTextBody() {
        RawArticle a = reader.read("""
                {"bodies":[{"contentType":"text/html","value":"<p>x</p>"},{"contentType":"text/plain","value":"纯文本"}]}""",
                "s", NOW);
        assertThat(a.body()).isEqualTo("纯文本");
        assertThat(a.bodyFormat()).isEqualTo(RawArticle.TEXT_PLAIN);
    }

    @Test
    void readsLegacyKeys() {
        RawArticle a = reader.read("""
                {"guid":"g-1","headline":"旧标题","body_text":"旧正文","byline":"记者 甲","versioncreated":"2026-11-20"}""",
                "s", NOW);
        assertThat(a.id()).isEqualTo("g-1");
        assertThat(a.headline()).isEqualTo("旧标题");
        assertThat(a.body()).isEqualTo("旧正文");
        assertThat(a.byline()).isEqualTo("记者 甲");
        assertThat(a.language()).isEqualTo(NinjsReader.DEFAULT_LANGUAGE);
        assertThat(a.versionCreated()).isEqualTo(Instant.parse("2026-11-19T16:00:00Z"));
        RawArticle html = reader.read("{\"body_html\":\"<b>粗</b>\"}", "s", NOW);
        assertThat(html.bodyFormat()).isEqualTo(RawArticle.TEXT_HTML);
    }

    @Test
    void idIsStableContentHashWithoutUri() {
        RawArticle first = reader.read("{\"headline\":\"标题\",\"body_text\":\"正文\"}", "pyrb", NOW);
        RawArticle again = reader.read("{\"headline\":\"标题\",\"body_text\":\"正文\"}", "pyrb", NOW.plusSeconds(60));
        RawArticle otherSource = reader.read("{\"headline\":\"标题\",\"body_text\":\"正文\"}", "xcrb", NOW);
        assertThat(first.id()).startsWith(ArticleIds.HASH_PREFIX).isEqualTo(again.id()).isNotEqualTo(otherSource.id());
        assertThat(first.id()).hasSize(ArticleIds.HASH_PREFIX.length() + 32);
    }

    @Test
    void hashSeparatesFields() {
        assertThat(ArticleIds.contentHash("s", "ab", "c")).isNotEqualTo(ArticleIds.contentHash("s", "a", "bc"));
    }

    @Test
    void rejectsWithFieldNames() {
        assertInvalid("not json", "/");
        assertInvalid("[1,2]", "/");
        assertInvalid("{\"headline\":\"x\"}", "bodies");
        assertInvalid("{\"body_text\":\"   \"}", "bodies");
        assertInvalid("{\"bodies\":\"x\"}", "bodies");
        assertInvalid("{\"bodies\":[{\"value\":3}]}", "bodies[].value");
        assertInvalid("{\"headlines\":{\"value\":\"x\"},\"body_text\":\"b\"}", "headlines");
        assertInvalid("{\"body_text\":\"b\",\"language\":\"中文\"}", "language");
        assertInvalid("{\"body_text\":\"b\",\"versionCreated\":\"yesterday\"}", "versionCreated");
        assertInvalid("{\"body_text\":\"b\",\"versioncreated\":\"2026-13-01\"}", "versioncreated");
        assertInvalid("{\"body_text\":\"b\",\"uri\":\"\"}", "uri");
        assertInvalid("{\"body_text\":\"b\",\"uri\":\"" + "u".repeat(513) + "\"}", "uri");
        assertInvalid("{\"body_text\":\"b\",\"by\":[\"a\"]}", "by");
    }

    @Test
    void parseErrorsSayWhereAndWhatWithoutParserInternals() {
        for (String json : new String[] {"{\"body_text\":\"b\"", "{\"a\":}", "{a:1}", "{\"a\":\"\u0001\"}", "{\"a\":1}}"}) {
            assertThatThrownBy(() -> reader.read(json, "s", NOW))
                    .isInstanceOf(InvalidArticleException.class)
                    .hasMessageStartingWith("body is not valid JSON at line 1, column ")
                    .hasMessageNotContaining("REDACTED").hasMessageNotContaining("StreamRead").hasMessageNotContaining("`")
                    .hasMessageNotContaining("Source");
        }
        assertThatThrownBy(() -> reader.read("{\"body_text\":\"b\"", "s", NOW))
                .hasMessage("body is not valid JSON at line 1, column 17: Unexpected end-of-input: expected close marker for Object");
    }

    @Test
    void duplicateKeysAndControlCharactersInIdsAreRefused() {
        assertInvalid("{\"uri\":\"urn:a\",\"body_text\":\"b\",\"uri\":\"urn:b\"}", "uri");
        assertThatThrownBy(() -> reader.read("{\"uri\":\"urn:a\",\"body_text\":\"b\",\"uri\":\"urn:b\"}", "s", NOW))
                .hasMessage("the field 'uri' appears twice; send each field once");
        assertInvalid("{\"body_text\":\"b\",\"uri\":\"urn:a\\r\\nX-Injected: 1\"}", "uri");
        assertInvalid("{\"body_text\":\"b\",\"uri\":\"urn:a b\"}", "uri");
        assertInvalid("{\"body_text\":\"b\",\"uri\":\"urn:a\\u0000\"}", "uri");
        assertInvalid("{\"body_text\":\"b\",\"uri\":\"urn:a\\u200b\"}", "uri");
        assertThat(reader.read("{\"body_text\":\"b\",\"uri\":\"urn:newsml:pyrb:20261122:1\"}", "s", NOW).id())
                .isEqualTo("urn:newsml:pyrb:20261122:1");
    }

    private void assertInvalid(String json, String field) {
        assertThatThrownBy(() -> reader.read(json, "s", NOW))
                .isInstanceOf(InvalidArticleException.class)
                .satisfies(e -> assertThat(((InvalidArticleException) e).field()).isEqualTo(field))
                .hasMessageNotContaining("Exception");
    }

    @Test
    void pubStatusIsReadAndAKillNeedsNoBodyButAUri() {
        RawArticle kill = reader.read("{\"uri\":\"urn:x:1\",\"pubStatus\":\"canceled\"}", "s", NOW);
        assertThat(kill.pubStatus()).isEqualTo(PubStatus.CANCELED);
        assertThat(kill.id()).isEqualTo("urn:x:1");
        assertThat(kill.body()).isEmpty();
        assertThat(reader.read("{\"guid\":\"urn:x:2\",\"pubstatus\":\"withheld\"}", "s", NOW).pubStatus())
                .as("ninjs 1.x key").isEqualTo(PubStatus.WITHHELD);
        assertThat(reader.read("{\"body_text\":\"正文\"}", "s", NOW).pubStatus()).isEqualTo(PubStatus.USABLE);
        assertThatThrownBy(() -> reader.read("{\"pubStatus\":\"canceled\"}", "s", NOW))
                .isInstanceOf(InvalidArticleException.class).hasMessageContaining("uri");
        assertThatThrownBy(() -> reader.read("{\"uri\":\"u\",\"pubStatus\":\"usable\"}", "s", NOW))
                .as("a usable version still needs a body").hasMessageContaining("body");
        assertThatThrownBy(() -> reader.read("{\"uri\":\"u\",\"pubStatus\":\"killed\",\"body_text\":\"x\"}", "s", NOW))
                .isInstanceOf(InvalidArticleException.class)
                .satisfies(e -> assertThat(((InvalidArticleException) e).field()).isEqualTo("pubStatus"))
                .hasMessageContaining("killed");
    }

    @Test
    void versionsTooFarInTheFutureOrBefore1900AreRefusedNamingTheField() {
        String future = "{\"body_text\":\"x\",\"versionCreated\":\"2099-01-01T00:00:00Z\"}";
        assertThatThrownBy(() -> reader.read(future, "s", NOW))
                .isInstanceOf(InvalidArticleException.class)
                .satisfies(e -> assertThat(((InvalidArticleException) e).field()).isEqualTo("versionCreated"))
                .hasMessageContaining("1 day ahead");
        // within the tolerance (clocks differ; an embargoed time a few hours ahead is legitimate)
        assertThat(reader.read("{\"body_text\":\"x\",\"versionCreated\":\"2026-11-22T20:00:00Z\"}", "s", NOW)
                .versionCreated()).isEqualTo(Instant.parse("2026-11-22T20:00:00Z"));
        assertThatThrownBy(() -> reader.read("{\"body_text\":\"x\",\"versionCreated\":\"2026-11-23T00:00:01Z\"}", "s", NOW))
                .hasMessageContaining("ahead");
        NinjsReader strict = new NinjsReader(java.time.Duration.ofMinutes(5));
        assertThatThrownBy(() -> strict.read("{\"body_text\":\"x\",\"versionCreated\":\"2026-11-22T00:06:00Z\"}", "s", NOW))
                .hasMessageContaining("5 min");
        assertThatThrownBy(() -> reader.read("{\"body_text\":\"x\",\"versioncreated\":\"1899-12-31T00:00:00Z\"}", "s", NOW))
                .satisfies(e -> assertThat(((InvalidArticleException) e).field()).isEqualTo("versioncreated"))
                .hasMessageContaining("1900");
    }

    @Test
    void zoneLessDateTimesAreRefusedAndADateAloneIsMidnightChinaTime() {
        assertThatThrownBy(() -> reader.read("{\"body_text\":\"x\",\"versionCreated\":\"2026-11-20T08:00:00\"}", "s", NOW))
                .isInstanceOf(InvalidArticleException.class).hasMessageContaining("no zone offset");
        assertThat(reader.read("{\"body_text\":\"x\",\"versionCreated\":\"2026-11-20\"}", "s", NOW).versionCreated())
                .isEqualTo(Instant.parse("2026-11-19T16:00:00Z"));
        assertThatThrownBy(() -> reader.read("{\"body_text\":\"x\",\"versionCreated\":\"yesterday\"}", "s", NOW))
                .hasMessageContaining("ISO 8601");
    }

    @Test
    void shortFieldsLongerThanTheIndexKeepsAreRefusedNamingTheField() {
        String located = "濮".repeat(NinjsReader.MAX_LOCATED_LENGTH + 1);
        assertThatThrownBy(() -> reader.read("{\"body_text\":\"x\",\"located\":\"" + located + "\"}", "s", NOW))
                .satisfies(e -> assertThat(((InvalidArticleException) e).field()).isEqualTo("located"))
                .hasMessageContaining("201 characters");
        String headline = "标".repeat(NinjsReader.MAX_HEADLINE_LENGTH + 1);
        assertThatThrownBy(() -> reader.read("{\"body_text\":\"x\",\"headline\":\"" + headline + "\"}", "s", NOW))
                .satisfies(e -> assertThat(((InvalidArticleException) e).field()).isEqualTo("headline"));
        assertThatThrownBy(() -> reader.read("{\"body_text\":\"x\",\"by\":\"" + "王".repeat(1001) + "\"}", "s", NOW))
                .satisfies(e -> assertThat(((InvalidArticleException) e).field()).isEqualTo("by"));
        assertThat(reader.read("{\"body_text\":\"x\",\"located\":\"" + "濮".repeat(200) + "\"}", "s", NOW).located())
                .hasSize(200);
    }
}
