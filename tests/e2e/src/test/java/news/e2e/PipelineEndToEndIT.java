package news.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import news.model.Topics;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import tools.jackson.databind.JsonNode;

/**
 * The whole path on real servers: {@code ./news up} (real Kafka broker, real Elasticsearch node, five services),
 * then the five sample pages through ingestor → normalizer → classifier → indexer, searched through the gateway.
 * Ports are offset from the defaults so a developer's own stack can keep running.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PipelineEndToEndIT {
    private static final String SOURCE = "e2e";
    private static final String XUCHANG_PAGE = "004_de0a8777002d9ed1.txt";
    private static final String JINING_PAGE = "002_85b82fb2a4452231.txt";
    /**
     * Articles the normalizer splits the five sample pages into (5 + 10 + 9 + 10 + 3: articles, and the photos printed
     * on their own with a caption; see libs/news-text/README.md).
     */
    private static final int SAMPLE_ARTICLES = 37;

    private final LocalStack stack = new LocalStack(
            Path.of(System.getProperty("news.root", "../..")),
            Path.of(System.getProperty("news.e2e.home", "target/e2e-home")),
            Integer.getInteger("news.e2e.portOffset", 10000));
    private final Map<String, String> pageIds = new LinkedHashMap<>();
    private HttpJson http;

    @BeforeAll
    void startStack() throws Exception {
        stack.up();
        http = new HttpJson();
    }

    @AfterAll
    void stopStack() throws Exception {
        List<Long> pids = stack.pids();
        stack.down();
        assertThat(pids).as("every process ./news up started").isNotEmpty();
        for (long pid : pids) {
            assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false))
                    .as("process %d still alive after ./news down", pid).isFalse();
        }
    }

    @Test
    @Order(1)
    void samplePagesBecomeSearchable() throws Exception {
        for (Path page : stack.samplePages()) {
            HttpJson.Response r = postPage(page);
            assertThat(r.status()).as("POST %s", page.getFileName()).isEqualTo(202);
            pageIds.put(page.getFileName().toString(), r.json().get("id").stringValue());
        }
        assertThat(pageIds).hasSize(5);
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1))
                .until(() -> total("source=" + SOURCE), n -> n == SAMPLE_ARTICLES);
    }

    /** A split article is its own document: found by its own headline, with its byline and dateline as fields. */
    @Test
    @Order(2)
    void splitArticleIsSearchableByItsOwnHeadline() throws Exception {
        String id = article(JINING_PAGE, 5);
        JsonNode result = search("q=" + HttpJson.encode("\"于永生会见白俄罗斯驻华大使\"") + "&source=" + SOURCE);
        assertThat(result.get("hits").get(0).get("id").stringValue()).isEqualTo(id);
        JsonNode doc = http.get(stack.elasticsearch("/news/_doc/" + HttpJson.encode(id))).json().get("_source");
        assertThat(doc.get("headline").stringValue()).isEqualTo("于永生会见白俄罗斯驻华大使");
        assertThat(doc.get("reporters").valueStream().map(JsonNode::stringValue).toList()).containsExactly("郝明雷");
        assertThat(doc.get("datelinePlace").stringValue()).isEqualTo("济宁");
        assertThat(doc.get("pageId").stringValue()).isEqualTo(pageIds.get(JINING_PAGE));
        assertThat(doc.get("pageOrder").asInt()).isEqualTo(5);
        assertThat(doc.get("body").stringValue()).startsWith("今天上午").doesNotContain("本报济宁12月3日讯");
    }

    /**
     * Phrases that the raw pages only ever print letter-spaced ({@code 问 题 台 账}, {@code 余 幅 精 品 力 作}): a phrase
     * query finds them only if the normalizer repaired the text before it was indexed.
     */
    @Test
    @Order(2)
    void phrasesThatExistOnlyAfterRepairAreFound() throws Exception {
        String allRaw = String.join("\n", stack.samplePages().stream().map(LocalStack::read).toList());
        for (var phrase : Map.of("问题台账", XUCHANG_PAGE, "精品力作", "003_9ec069737824a45c.txt").entrySet()) {
            assertThat(allRaw).as("the raw pages never print %s unspaced", phrase.getKey()).doesNotContain(phrase.getKey());

            JsonNode result = search("q=" + HttpJson.encode("\"" + phrase.getKey() + "\"") + "&source=" + SOURCE);
            List<String> ids = result.get("hits").valueStream().map(h -> h.get("id").stringValue()).toList();
            // 精品力作: the 颍川风尚 report, tenth item of page 003 (the photo on top is the first).
            String article = article(phrase.getValue(), phrase.getValue().equals(XUCHANG_PAGE) ? 1 : 10);
            assertThat(ids).as("hits for \"%s\"", phrase.getKey()).containsExactly(article);
            assertThat(result.get("hits").get(0).get("highlights").toString()).contains("<em>");
        }
        JsonNode result = search("q=" + HttpJson.encode("问题整改") + "&source=" + SOURCE);
        assertThat(result.get("hits").valueStream().map(h -> h.get("id").stringValue()).toList())
                .contains(article(XUCHANG_PAGE, 1));
        assertThat(result.get("facets").get("source").toString()).contains(SOURCE);
        assertThat(result.get("facets").get("topic").size()).isGreaterThan(0);
    }

    /** Deeper IPTC levels: the seed education report carries school (level 2) with its zh label; topic= filters by it. */
    @Test
    @Order(3)
    void aSecondLevelTopicIsShownWithItsChineseLabelAndFilters() throws Exception {
        String education = article("003_9ec069737824a45c.txt", 8);
        JsonNode ninjs = http.get(stack.gateway("/api/v1/articles/" + HttpJson.encode(education))).json();
        assertThat(ninjs.get("headlines").get(0).get("value").stringValue()).isEqualTo("深化教育综合改革办好人民满意教育");
        assertThat(ninjs.get("subjects").valueStream()
                .map(x -> x.get("literal").stringValue() + " " + x.get("name").stringValue()).toList())
                .contains("medtop:05000000 教育", "medtop:20000400 学校");
        JsonNode filtered = search("topic=medtop:20000400&source=" + SOURCE);
        assertThat(filtered.get("hits").valueStream().map(h -> h.get("id").stringValue()).toList()).contains(education);
        assertThat(search("source=" + SOURCE).get("facets").get("topic").toString()).contains("medtop:2000");
    }

    @Test
    @Order(3)
    void articleComesBackRepairedAndClassified() throws Exception {
        HttpJson.Response r = http.get(stack.gateway("/api/v1/articles/" + HttpJson.encode(article(XUCHANG_PAGE, 1))));
        assertThat(r.status()).isEqualTo(200);
        JsonNode ninjs = r.json();
        // ninjs 3.x: bodies[], headlines[], subjects with IPTC URIs, places as {name, rel}
        assertThat(ninjs.get("bodies").get(0).get("value").stringValue()).contains("问题整改").doesNotContain("问 题 整 改");
        assertThat(ninjs.get("infoSources").get(0).get("name").stringValue()).isEqualTo(SOURCE);
        assertThat(ninjs.get("altIds").get(0).get("value").stringValue()).startsWith(pageIds.get(XUCHANG_PAGE));
        assertThat(ninjs.get("headlines").size()).isGreaterThan(0);
        JsonNode subject = ninjs.get("subjects").get(0);
        assertThat(subject.get("confidence").asInt()).isBetween(0, 100);
        assertThat(subject.get("uri").stringValue()).startsWith("http://cv.iptc.org/newscodes/mediatopic/");
        assertThat(subject.get("rel").stringValue()).isEqualTo("classifies");
        // places under their gazetteer names (许昌 → 许昌市), see libs/news-enrich README
        assertThat(ninjs.get("places").valueStream().map(p -> p.get("name").stringValue()).toList()).contains("许昌市");

        HttpJson.Response missing = http.get(stack.gateway("/api/v1/articles/no-such-id"));
        assertThat(missing.status()).isEqualTo(404);
    }

    @Test
    @Order(4)
    void resendingLeavesOneDocument() throws Exception {
        Path page = stack.samplePages().stream().filter(p -> p.getFileName().toString().equals(XUCHANG_PAGE)).findFirst().orElseThrow();
        String firstArticle = stack.elasticsearch("/news/_doc/" + HttpJson.encode(article(XUCHANG_PAGE, 1)));
        long versionBefore = http.get(firstArticle).json().path("_version").asLong();
        // Read before sending: the normalizer may count the replays before the POST even returns.
        double replaysBefore = normalizerReplays();
        HttpJson.Response again = postPage(page);
        assertThat(again.status()).isEqualTo(202);
        assertThat(again.json().get("id").stringValue()).isEqualTo(pageIds.get(XUCHANG_PAGE));
        // An exact resend (same ids, same version, same bodies) is dropped by the normalizer as a replay: wait for its
        // replay counter to count the page's two articles; the documents are untouched and nothing new appears.
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(1))
                .until(this::normalizerReplays, n -> n >= replaysBefore + 2);
        assertThat(http.get(firstArticle).json().path("_version").asLong()).isEqualTo(versionBefore);
        assertThat(total("source=" + SOURCE)).isEqualTo(SAMPLE_ARTICLES);

        // A ninjs article with a uri, sent twice with a corrected headline: one document, the newer headline.
        // The uri has slashes; the client percent-encodes it in the path.
        String uri = "https://news.example.cn/e2e/" + UUID.randomUUID() + ".html";
        for (String headline : List.of("清丰县三长制初稿", "清丰县创新实施三长制")) {
            HttpJson.Response r = http.post(stack.ingestor("/api/v1/articles"), "application/json", """
                    {"uri":"%s","headlines":[{"role":"main","value":"%s"}],
                     "bodies":[{"contentType":"text/plain","value":"本报讯 清丰县 创新 实施 “三长制” 工作模式。"}],
                     "versionCreated":"2026-11-20T08:00:00+08:00"}""".formatted(uri, headline), Map.of("X-Newsroom", "e2e-ninjs"));
            assertThat(r.status()).isEqualTo(202);
            assertThat(r.json().get("id").stringValue()).isEqualTo(uri);
        }
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(1)).until(
                () -> http.get(stack.gateway("/api/v1/articles/" + HttpJson.encode(uri))).json().path("headlines").path(0).path("value").asString(""),
                h -> h.equals("清丰县创新实施三长制"));
        assertThat(total("source=e2e-ninjs")).isEqualTo(1);

        // An older version of the same article arriving late is stale: the indexer counts it, the document keeps the
        // newer headline (external versioning on versionCreated).
        double staleBefore = counter(8084, "news_indexer_stale_total");
        HttpJson.Response old = http.post(stack.ingestor("/api/v1/articles"), "application/json", """
                {"uri":"%s","headlines":[{"role":"main","value":"清丰县三长制旧稿"}],
                 "bodies":[{"contentType":"text/plain","value":"本报讯 清丰县 创新 实施 “三长制” 工作模式。"}],
                 "versionCreated":"2026-11-19T08:00:00+08:00"}""".formatted(uri), Map.of("X-Newsroom", "e2e-ninjs"));
        assertThat(old.status()).isEqualTo(202);
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(1))
                .until(() -> counter(8084, "news_indexer_stale_total"), n -> n >= staleBefore + 1);
        assertThat(http.get(stack.gateway("/api/v1/articles/" + HttpJson.encode(uri))).json()
                .path("headlines").path(0).path("value").asString("")).isEqualTo("清丰县创新实施三长制");
    }

    /**
     * The newsroom's workflow (issue 15): follow an article to {@code indexed}, correct it, see a stale version and a
     * foreign newsroom's attempt said so, kill it (DELETE and ninjs canceled), hold and release one, kill a page.
     */
    @Test
    @Order(5)
    void newsroomFollowsCorrectsAndKillsItsArticles() throws Exception {
        String desk = "e2e-desk", other = "e2e-other";
        String uri = "https://news.example.cn/e2e/kill/" + UUID.randomUUID() + ".html";
        String statusUrl = stack.ingestor("/api/v1/articles/" + HttpJson.encode(uri) + "/status");
        assertThat(postNinjs(desk, uri, "濮阳市推进冬季清洁取暖改造", "2026-11-30T08:00:00+08:00", null).status()).isEqualTo(202);
        JsonNode indexed = await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(500))
                .until(() -> http.asNewsroom("GET", statusUrl, desk),
                        // the steps before indexing are recorded by a consumer of their own, one topic's partition
                        // at a time: any of them may come a moment after "indexed" (news.raw's came last once)
                        r -> r.status() == 200 && "indexed".equals(r.json().path("state").asString(""))
                                && r.json().path("steps").has("accepted") && r.json().path("steps").has("normalized")
                                && r.json().path("steps").has("classified")).json();
        assertThat(indexed.path("indexedVersion").asString("")).isEqualTo("2026-11-30T00:00:00Z");

        // a correction replaces the text
        assertThat(postNinjs(desk, uri, "濮阳市冬季清洁取暖改造完成", "2026-11-30T09:00:00+08:00", null).status()).isEqualTo(202);
        await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(500)).until(
                () -> http.get(stack.gateway("/api/v1/articles/" + HttpJson.encode(uri))).json().path("headlines").path(0)
                        .path("value").asString(""), h -> h.equals("濮阳市冬季清洁取暖改造完成"));
        // an older version is ignored, and the status says so
        assertThat(postNinjs(desk, uri, "旧稿", "2026-11-29T08:00:00+08:00", null).status()).isEqualTo(202);
        JsonNode stale = await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(500))
                .until(() -> http.asNewsroom("GET", statusUrl, desk).json(), j -> "stale".equals(j.path("state").asString("")));
        assertThat(stale.path("message").asString("")).contains("ignored");

        // a version from the future is refused naming the field
        HttpJson.Response future = postNinjs(desk, uri, "未来稿", "2099-01-01T00:00:00+08:00", null);
        assertThat(future.status()).isEqualTo(400);
        assertThat(future.json().path("field").asString("")).isEqualTo("versionCreated");

        // another newsroom can neither read the status nor kill the article; its attempt to overwrite it by the same
        // uri is dead-lettered and its own status says why
        assertThat(http.asNewsroom("GET", statusUrl, other).status()).isEqualTo(404);
        assertThat(http.asNewsroom("DELETE", stack.ingestor("/api/v1/articles/" + HttpJson.encode(uri)), other).status())
                .isEqualTo(404);
        assertThat(postNinjs(other, uri, "冒名稿", "2026-11-30T10:00:00+08:00", "canceled").status()).isEqualTo(202);
        JsonNode refused = await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(500))
                .until(() -> http.asNewsroom("GET", statusUrl, other),
                        r -> r.status() == 200 && "dead-lettered".equals(r.json().path("state").asString(""))).json();
        assertThat(refused.path("message").asString("")).contains("indexer").contains("another newsroom");
        assertThat(http.get(stack.gateway("/api/v1/articles/" + HttpJson.encode(uri))).status()).isEqualTo(200);

        // the owner kills it: out of the article view and of search within 5 s
        HttpJson.Response kill = http.asNewsroom("DELETE", stack.ingestor("/api/v1/articles/" + HttpJson.encode(uri)), desk);
        assertThat(kill.status()).as(kill.body()).isEqualTo(202);
        long killedAt = System.nanoTime();
        await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(200))
                .until(() -> http.get(stack.gateway("/api/v1/articles/" + HttpJson.encode(uri))).status(), s -> s == 410);
        System.out.printf("kill → 410 in %d ms%n", (System.nanoTime() - killedAt) / 1_000_000);
        // search sees it after the next refresh (1 s): still within the 5 s of the 202
        await().atMost(Duration.ofNanos(Math.max(1, Duration.ofSeconds(5).toNanos() - (System.nanoTime() - killedAt))))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> total("q=" + HttpJson.encode("冬季清洁取暖改造完成") + "&source=" + desk), n -> n == 0);
        System.out.printf("kill → out of search in %d ms%n", (System.nanoTime() - killedAt) / 1_000_000);
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(200))
                .until(() -> http.asNewsroom("GET", statusUrl, desk).json().path("state").asString(""), s -> s.equals("canceled"));
        // a late older version never brings it back
        assertThat(postNinjs(desk, uri, "濮阳市冬季清洁取暖改造完成", "2026-11-30T09:00:00+08:00", null).status()).isEqualTo(202);
        await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(500))
                .until(() -> http.asNewsroom("GET", statusUrl, desk).json().path("state").asString(""), s -> s.equals("stale"));
        assertThat(http.get(stack.gateway("/api/v1/articles/" + HttpJson.encode(uri))).status()).isEqualTo(410);

        // ninjs pubStatus: canceled does the same; withheld hides until a later usable version
        String second = "urn:newsml:e2e:hold:" + UUID.randomUUID();
        assertThat(postNinjs(desk, second, "清丰县召开冬季安全生产会议", "2026-11-30T08:00:00+08:00", null).status()).isEqualTo(202);
        await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(500))
                .until(() -> http.get(stack.gateway("/api/v1/articles/" + second)).status(), s -> s == 200);
        assertThat(postNinjs(desk, second, null, "2026-11-30T09:00:00+08:00", "withheld").status()).isEqualTo(202);
        await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(200))
                .until(() -> http.get(stack.gateway("/api/v1/articles/" + second)).status(), s -> s == 404);
        assertThat(postNinjs(desk, second, "清丰县召开冬季安全生产会议（更新）", "2026-11-30T10:00:00+08:00", null).status()).isEqualTo(202);
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> http.get(stack.gateway("/api/v1/articles/" + second)).status(), s -> s == 200);
        assertThat(postNinjs(desk, second, null, "2026-11-30T11:00:00+08:00", "canceled").status()).isEqualTo(202);
        await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(200))
                .until(() -> http.get(stack.gateway("/api/v1/articles/" + second)).status(), s -> s == 410);

        // a page: its status lists its articles; a kill of the page takes every one of them out
        HttpJson.Response page = http.post(stack.ingestor("/api/v1/pages"), "text/plain; charset=UTF-8",
                Files.readString(stack.samplePages().stream().filter(p -> p.getFileName().toString().equals(JINING_PAGE)).findFirst().orElseThrow()), Map.of("X-Newsroom", desk));
        assertThat(page.status()).isEqualTo(202);
        String pageId = page.json().get("id").stringValue();
        String pageStatus = stack.ingestor("/api/v1/articles/" + HttpJson.encode(pageId) + "/status");
        JsonNode pageArticles = await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(1))
                .until(() -> http.asNewsroom("GET", pageStatus, desk).json(), j -> j.path("articles").size() > 1
                        && java.util.stream.StreamSupport.stream(j.path("articles").spliterator(), false)
                        .allMatch(a -> "indexed".equals(a.path("state").asString("")))).path("articles");
        String firstOfPage = pageArticles.path(0).path("id").asString();
        assertThat(http.get(stack.gateway("/api/v1/articles/" + HttpJson.encode(firstOfPage))).status()).isEqualTo(200);
        assertThat(http.asNewsroom("DELETE", stack.ingestor("/api/v1/articles/" + HttpJson.encode(pageId)), desk).status())
                .isEqualTo(202);
        await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(200))
                .until(() -> http.get(stack.gateway("/api/v1/articles/" + HttpJson.encode(firstOfPage))).status(), s -> s == 410);
        await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(200))
                .until(() -> total("source=" + desk), n -> n == 0);

        // the newsroom's list: its own articles only, paged
        JsonNode list = http.asNewsroom("GET", stack.ingestor("/api/v1/articles?size=2"), desk).json();
        assertThat(list.path("articles").size()).isEqualTo(2);
        assertThat(list.path("next").isString()).isTrue();
        JsonNode otherList = http.asNewsroom("GET", stack.ingestor("/api/v1/articles?size=100"), other).json();
        assertThat(otherList.path("articles").size()).as("e2e-other sent one article").isEqualTo(1);
    }

    @Test
    @Order(5)
    void everyNinjsHeadlineRoleReachesTheSearchHitAndTheArticleView() throws Exception {
        String uri = "urn:newsml:e2e:roles:" + UUID.randomUUID();
        HttpJson.Response accepted = http.post(stack.ingestor("/api/v1/articles"), "application/json", """
                {"uri":"%s","headlines":[{"role":"kicker","value":"聚焦冬季供暖保障"},
                  {"role":"main","value":"南乐县新建换热站投入运行"},{"role":"sub","value":"惠及城区居民一万二千户"},
                  {"role":"short","value":"南乐换热站运行"}],
                 "bodies":[{"contentType":"text/plain","value":"本报讯 南乐县新建的换热站近日投入运行。"}]}"""
                .formatted(uri), Map.of("X-Newsroom", "e2e-roles"));
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
        JsonNode ninjs = await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(500))
                .until(() -> http.get(stack.gateway("/api/v1/articles/" + HttpJson.encode(uri))), r -> r.status() == 200)
                .json();
        assertThat(ninjs.get("headlines").valueStream().map(h -> h.path("role").asString("") + "=" + h.path("value").asString(""))
                .toList()).containsExactly("main=南乐县新建换热站投入运行", "sub=惠及城区居民一万二千户",
                        "kicker=聚焦冬季供暖保障", "short=南乐换热站运行");
        // the kicker is searchable, and the hit shows the sub-headline and the other roles
        JsonNode hit = await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(300))
                .until(() -> search("q=" + HttpJson.encode("供暖保障") + "&source=e2e-roles"), r -> r.path("total").asLong() == 1)
                .path("hits").path(0);
        assertThat(hit.path("subheadline").asString("")).isEqualTo("惠及城区居民一万二千户");
        assertThat(hit.path("headlines").valueStream().map(h -> h.path("role").asString("")).toList())
                .containsExactly("kicker", "short");
    }

    private HttpJson.Response postNinjs(String newsroom, String uri, String headline, String version, String pubStatus)
            throws Exception {
        String body = headline == null ? "" : """
                ,"headlines":[{"role":"main","value":"%s"}],
                 "bodies":[{"contentType":"text/plain","value":"本报讯 %s。这是端到端测试的正文。"}]""".formatted(headline, headline);
        String status = pubStatus == null ? "" : ",\"pubStatus\":\"" + pubStatus + "\"";
        return http.post(stack.ingestor("/api/v1/articles"), "application/json",
                "{\"uri\":\"" + uri + "\",\"versionCreated\":\"" + version + "\"" + status + body + "}",
                Map.of("X-Newsroom", newsroom));
    }

    @Test
    @Order(5)
    void badInputGetsAProblemNamingTheField() throws Exception {
        HttpJson.Response noBody = http.post(stack.ingestor("/api/v1/articles"), "application/json", "{\"headline\":\"只有标题\"}", Map.of());
        assertThat(noBody.status()).isEqualTo(400);
        assertThat(noBody.json().get("field").stringValue()).isEqualTo("bodies");

        HttpJson.Response wrongType = http.post(stack.ingestor("/api/v1/articles"), "text/csv", "a,b", Map.of());
        assertThat(wrongType.status()).isEqualTo(415);

        HttpJson.Response badDate = http.get(stack.gateway("/api/v1/search?from=yesterday"));
        assertThat(badDate.status()).isEqualTo(400);
        assertThat(badDate.json().get("parameter").stringValue()).isEqualTo("from");

        HttpJson.Response hugeSize = http.get(stack.gateway("/api/v1/search?size=100000"));
        assertThat(hugeSize.status()).isEqualTo(400);
        assertThat(hugeSize.json().get("parameter").stringValue()).isEqualTo("size");
    }

    @Test
    @Order(6)
    void poisonRecordGoesToTheDeadLetterTopicWithItsReason() throws Exception {
        String key = "poison-" + UUID.randomUUID();
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrap());
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(p, new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(Topics.RAW, key, "this is not an article")).get();
        }
        Properties c = new Properties();
        c.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrap());
        c.put(ConsumerConfig.GROUP_ID_CONFIG, "e2e-dlq-" + UUID.randomUUID());
        c.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(c, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(Topics.deadLetter(Topics.RAW)));
            ConsumerRecord<String, String> found = await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ZERO)
                    .until(() -> {
                        for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(500))) {
                            if (key.equals(r.key())) {
                                return r;
                            }
                        }
                        return null;
                    }, r -> r != null);
            assertThat(found.value()).isEqualTo("this is not an article");
            assertThat(header(found, "x-original-topic")).isEqualTo(Topics.RAW);
            assertThat(header(found, "x-exception-message")).isNotBlank();
        }
    }

    /**
     * Elasticsearch goes away while an article is in flight: the gateway answers 503, the indexer keeps retrying
     * without committing, and once the node is back the article is indexed. Nothing accepted is lost.
     */
    @Test
    @Order(7)
    void articleAcceptedDuringASearchOutageIsIndexedOnceTheNodeReturns() throws Exception {
        stack.stop("search");
        HttpJson.Response down = http.get(stack.gateway("/api/v1/search?q=" + HttpJson.encode("停机")));
        assertThat(down.status()).isEqualTo(503);
        assertThat(down.json().get("title").stringValue()).isEqualTo("Search unavailable");

        String uri = "urn:newsml:e2e:outage:" + UUID.randomUUID();
        HttpJson.Response accepted = http.post(stack.ingestor("/api/v1/articles"), "application/json",
                "{\"uri\":\"" + uri + "\",\"headline\":\"停机期间的稿件\",\"body_text\":\"搜索节点停机期间收到的稿件不能丢失。\"}",
                Map.of("X-Newsroom", "e2e-outage"));
        assertThat(accepted.status()).isEqualTo(202);
        Thread.sleep(5_000); // let the indexer meet the outage and start retrying

        stack.upAgain();
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(1))
                .until(() -> http.get(stack.gateway("/api/v1/articles/" + uri)).status(), s -> s == 200);
    }

    /** The search page, for real in headless Chromium: type a Chinese query, see highlights, click a facet, open an article. */
    @Test
    @Order(8)
    void searchPageWorksInAHeadlessBrowser() throws Exception {
        try (SearchPageBrowser browser = new SearchPageBrowser(Path.of(System.getProperty("news.e2e.screenshots", "target/screenshots")))) {
            WebDriver driver = browser.driver();
            driver.get(stack.gateway("/"));
            WebElement box = browser.waitFor(d -> d.findElement(By.id("q")));
            box.sendKeys("问题台账", Keys.ENTER);
            List<WebElement> highlights = browser.waitFor(d -> {
                List<WebElement> em = d.findElements(By.cssSelector(".hit em"));
                return em.isEmpty() ? null : em;
            });
            assertThat(highlights.stream().map(WebElement::getText).toList()).anyMatch(t -> t.contains("问题") || t.contains("台账"));
            assertThat(driver.findElement(By.id("status")).getText()).matches("共 \\d+ 条结果");
            browser.screenshot("01-results");

            WebElement facet = browser.waitFor(d -> d.findElement(By.cssSelector("li.facet[data-facet=source]")));
            String source = facet.getAttribute("data-key");
            facet.click();
            browser.waitFor(d -> d.findElement(By.id("chips")).getText().contains(source) ? true : null);
            assertThat(driver.findElements(By.cssSelector(".hit"))).isNotEmpty();
            browser.screenshot("02-facet");

            driver.findElement(By.cssSelector(".hit h2")).click();
            String headline = browser.waitFor(d -> {
                List<WebElement> h = d.findElements(By.id("article-headline"));
                return h.isEmpty() || h.get(0).getText().isBlank() ? null : h.get(0).getText();
            });
            assertThat(headline).isNotBlank();
            assertThat(driver.findElement(By.id("sheet")).getText()).contains("问题台账");
            browser.screenshot("03-article");
        }
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        Header h = record.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }

    /** Id of the article at {@code order} on a sample page: the page id + "#" + order. */
    private String article(String page, int order) {
        return pageIds.get(page) + "#" + order;
    }

    /** The normalizer's replay counter from its Prometheus endpoint (port 8082 + the e2e offset). */
    private double normalizerReplays() throws Exception {
        return counter(8082, "news_normalizer_replays_total");
    }

    /** A counter's value (summed over its tags) from a service's Prometheus endpoint, by the service's default port. */
    private double counter(int defaultPort, String name) throws Exception {
        int port = defaultPort + Integer.getInteger("news.e2e.portOffset", 10000);
        HttpJson.Response r = http.get("http://127.0.0.1:" + port + "/actuator/prometheus");
        return r.body().lines().filter(l -> l.startsWith(name))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).sum();
    }

    private HttpJson.Response postPage(Path page) throws Exception {
        return http.post(stack.ingestor("/api/v1/pages"), "text/plain; charset=UTF-8", Files.readString(page),
                Map.of("X-Newsroom", SOURCE));
    }

    private JsonNode search(String query) throws Exception {
        HttpJson.Response r = http.get(stack.gateway("/api/v1/search?" + query));
        assertThat(r.status()).as("search %s: %s", query, r.body()).isEqualTo(200);
        return r.json();
    }

    private long total(String query) throws Exception {
        return search(query).get("total").asLong();
    }
}
