package news.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;
import news.model.Topics;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Newsroom integration on the real stack: API keys at the ingestor (missing, wrong, revoked, spoofed source), the
 * management port, and {@code ./news push} pushing the sample pages twice — the second run sends nothing — then
 * {@code ./news search} finding them.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NewsroomCliEndToEndIT {
    private static final String PAGE = "本报讯 记者 王金伟 清丰县创新实施“三长制”工作模式，问题整改见实效。";

    private final LocalStack stack = new LocalStack(
            Path.of(System.getProperty("news.root", "../..")),
            Path.of(System.getProperty("news.e2e.home", "target/e2e-home")),
            Integer.getInteger("news.e2e.portOffset", 10000));
    private final HttpJson http = new HttpJson();

    @BeforeAll
    void startStack() throws Exception {
        stack.up();
    }

    @AfterAll
    void stopStack() throws Exception {
        stack.down();
    }

    @Test
    @Order(1)
    void theIngestorChecksKeysAndTakesTheSourceFromTheKey() throws Exception {
        String url = stack.ingestor("/api/v1/pages");
        HttpJson.Response none = http.post(url, "text/plain; charset=UTF-8", PAGE, Map.of("X-API-Key", ""));
        assertThat(none.status()).as(none.body()).isEqualTo(401);
        assertThat(none.json().get("title").stringValue()).isEqualTo("API key required");

        HttpJson.Response wrong = http.post(url, "text/plain; charset=UTF-8", PAGE, Map.of("Authorization", "Bearer news_wrong"));
        assertThat(wrong.status()).isEqualTo(403);
        assertThat(wrong.json().get("title").stringValue()).isEqualTo("Invalid API key");

        String key = stack.keyFor("e2e-keys");
        HttpJson.Response ok = http.post(url, "text/plain; charset=UTF-8", PAGE, Map.of("Authorization", "Bearer " + key));
        assertThat(ok.status()).as(ok.body()).isEqualTo(202);
        String id = ok.json().get("id").stringValue();

        HttpJson.Response spoof = http.post(url, "text/plain; charset=UTF-8", PAGE + "（冒充）",
                Map.of("X-API-Key", key, "X-Newsroom", "samples"));
        assertThat(spoof.status()).isEqualTo(403);
        assertThat(spoof.json().get("title").stringValue()).isEqualTo("Newsroom mismatch");

        assertThat(id).startsWith("sha256:");
        // What was indexed is attributed to the key's newsroom (a page may be split into several articles).
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(1))
                .until(() -> total("source=e2e-keys") >= 1);
        assertThat(total("source=samples")).isZero();

        stack.revokeKeys("e2e-keys");
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(500)).until(
                () -> http.post(url, "text/plain; charset=UTF-8", PAGE, Map.of("Authorization", "Bearer " + key)).status() == 403);
        HttpJson.Response revoked = http.post(url, "text/plain; charset=UTF-8", PAGE, Map.of("Authorization", "Bearer " + key));
        assertThat(revoked.json().get("title").stringValue()).isEqualTo("Revoked API key");

        // Actuator answers only on the management port.
        assertThat(http.get(stack.ingestor("/actuator/health")).status()).isIn(401, 404);
        assertThat(http.get(stack.ingestorManagement("/actuator/health/readiness")).status()).isEqualTo(200);

        // The key is never written to the ingestor's log; the refusal of the revoked key is, naming its newsroom.
        assertThat(Files.readString(stack.home().resolve("logs/ingestor.log"))).doesNotContain(key).contains("e2e-keys");
    }

    @Test
    @Order(2)
    void pushingTheSamplePagesTwiceSendsNothingTheSecondTime() throws Exception {
        String samples = stack.root().resolve("infra/samples").toString();
        LocalStack.LauncherResult first = stack.launcher(List.of("push", "--no-progress", samples), Duration.ofMinutes(5));
        assertThat(first.exitCode()).as(first.stdout() + first.stderr()).isZero();
        assertThat(first.stdout()).containsPattern("accepted \\(new\\)\\s+5\\b").containsPattern("rejected\\s+0\\b");
        // Every page is searchable (a page may become several articles, so at least five documents).
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(1)).until(() -> total("source=samples") >= 5);

        long before = rawRecords();
        LocalStack.LauncherResult second = stack.launcher(List.of("push", "--no-progress", samples), Duration.ofMinutes(5));
        assertThat(second.exitCode()).as(second.stdout() + second.stderr()).isZero();
        assertThat(second.stdout()).containsPattern("accepted \\(new\\)\\s+0\\b")
                .containsPattern("already acknowledged \\(resume file, not sent\\)\\s+5\\b");
        assertThat(rawRecords()).as("records in news.raw after the second push").isEqualTo(before);
    }

    @Test
    @Order(3)
    void aRejectedFileMakesTheExitCodeNonZeroAndIsNamedWithItsReason() throws Exception {
        Path bad = Files.createTempDirectory(stack.home(), "bad").resolve("no-body.json");
        Files.writeString(bad, "{\"headline\":\"只有标题\"}");
        LocalStack.LauncherResult r = stack.launcher(List.of("push", "--no-progress", bad.toString()), Duration.ofMinutes(5));
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.stdout()).containsPattern("rejected\\s+1\\b").contains("no-body.json: 400 Invalid article");
    }

    @Test
    @Order(4)
    void searchPrintsHitsWithMarkedSnippets() throws Exception {
        LocalStack.LauncherResult r = stack.launcher(List.of("search", "问题整改", "--source", "samples"), Duration.ofMinutes(2));
        assertThat(r.exitCode()).as(r.stderr()).isZero();
        assertThat(r.stdout()).containsPattern("^[1-5] hits?").contains(" 1. ");
        // Not a terminal here, so matches are bracketed instead of bold.
        assertThat(r.stdout()).containsPattern("\\[(问题|整改|问题整改)\\]");
    }

    @Test
    @Order(5)
    void statusAndKillFromTheCommandLine() throws Exception {
        String uri = "urn:newsml:e2e:cli:" + java.util.UUID.randomUUID();
        Path article = Files.createTempDirectory(stack.home(), "cli").resolve("article.json");
        Files.writeString(article, """
                {"uri":"%s","headlines":[{"role":"main","value":"清丰县召开冬季供暖保障会议"}],
                 "bodies":[{"contentType":"text/plain","value":"本报讯 清丰县召开冬季供暖保障会议，部署供暖工作。"}]}"""
                .formatted(uri));
        LocalStack.LauncherResult pushed = stack.launcher(List.of("push", "--no-progress", article.toString()), Duration.ofMinutes(2));
        assertThat(pushed.exitCode()).as(pushed.stdout() + pushed.stderr()).isZero();
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(1)).until(
                () -> stack.launcher(List.of("status", uri), Duration.ofMinutes(1)).stdout(), out -> out.contains("\tindexed\t"));

        LocalStack.LauncherResult kill = stack.launcher(List.of("kill", uri), Duration.ofMinutes(1));
        assertThat(kill.exitCode()).as(kill.stdout() + kill.stderr()).isZero();
        await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(200))
                .until(() -> http.get(stack.gateway("/api/v1/articles/" + uri)).status(), st -> st == 410);
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofSeconds(1)).until(
                () -> stack.launcher(List.of("status", uri, "--json"), Duration.ofMinutes(1)).stdout(),
                out -> out.contains("\"state\":\"canceled\""));

        LocalStack.LauncherResult unknown = stack.launcher(List.of("status", "urn:newsml:e2e:never-sent"), Duration.ofMinutes(1));
        assertThat(unknown.exitCode()).isEqualTo(1);
        assertThat(unknown.stderr()).contains("404");
    }

    private long total(String query) throws Exception {
        return http.get(stack.gateway("/api/v1/search?size=1&" + query)).json().get("total").asLong();
    }

    private long rawRecords() {
        Properties c = new Properties();
        c.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrap());
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(c, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.RAW).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).collect(Collectors.toList());
            return consumer.endOffsets(partitions).values().stream().mapToLong(Long::longValue).sum();
        }
    }
}
