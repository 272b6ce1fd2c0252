package news.ingestor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import news.model.RawArticle;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;
import io.github.resilience4j.springboot.ratelimiter.autoconfigure.RateLimiterAutoConfiguration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The key checks in front of the ingest endpoints: missing, wrong, revoked, spoofed source, rate limit, no key in logs. */
@WebMvcTest(IngestController.class)
@Import({ClockConfig.class, ProblemHandler.class, ApiKeyConfig.class})
@ImportAutoConfiguration(RateLimiterAutoConfiguration.class)
@EnableConfigurationProperties({IngestProperties.class, ApiKeyProperties.class})
@ExtendWith(OutputCaptureExtension.class)
class ApiKeyTest {
    static final String PYRB_KEY = "news_pyrbTestKey0123456789abcdefghijklmnopqrstu";
    static final String XHRB_KEY = "news_xhrbTestKey0123456789abcdefghijklmnopqrstu";
    static final String REVOKED_KEY = "news_oldTestKey0123456789abcdefghijklmnopqrstuv";
    static final String BURST_KEY = "news_burstTestKey0123456789abcdefghijklmnopqrst";
    static final String INLINE_KEY = "news_inlineTestKey0123456789abcdefghijklmnopqrs";
    static final Path KEYS_FILE = keysFile();

    @DynamicPropertySource
    static void keys(DynamicPropertyRegistry registry) {
        registry.add("news.ingest.auth.keys-file", KEYS_FILE::toString);
        registry.add("news.ingest.auth.keys", () -> "wire:" + ApiKeys.sha256(INLINE_KEY));
        registry.add("news.ingest.auth.recheck-every", () -> "0s");
        registry.add("resilience4j.ratelimiter.configs.newsroom.limit-for-period", () -> "8");
        registry.add("resilience4j.ratelimiter.configs.newsroom.limit-refresh-period", () -> "1h");
        registry.add("logging.structured.format.console", () -> "");
    }

    @Autowired
    MockMvc mvc;
    @MockitoBean
    RawArticlePublisher publisher;

    @BeforeEach
    void resetKeys() throws IOException {
        Files.writeString(KEYS_FILE, """
                # newsroom sha256 status
                pyrb %s active
                xhrb %s
                pyrb %s revoked
                burst %s active
                """.formatted(ApiKeys.sha256(PYRB_KEY), ApiKeys.sha256(XHRB_KEY), ApiKeys.sha256(REVOKED_KEY), ApiKeys.sha256(BURST_KEY)));
        clearInvocations(publisher);
    }

    @Test
    void missingKeyIs401WithAProblemAndNothingIsSent() throws Exception {
        mvc.perform(article())
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", "Bearer"))
                .andExpect(jsonPath("$.title").value("API key required"))
                .andExpect(jsonPath("$.status").value(401));
        mvc.perform(article().header("Authorization", "Basic dXNlcjpwdw=="))
                .andExpect(status().isUnauthorized());
        mvc.perform(article().header("Authorization", "Bearer   "))
                .andExpect(status().isUnauthorized());
        verify(publisher, never()).publish(anyList());
    }

    @Test
    void theKeyIsCheckedBeforeTheContentType() throws Exception {
        mvc.perform(post("/api/v1/articles").contentType("text/csv").content("a,b"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.title").value("API key required"));
        mvc.perform(post("/api/v1/articles").contentType("text/csv").content("a,b").header("X-API-Key", INLINE_KEY))
                .andExpect(status().isUnsupportedMediaType());
    }

    @Test
    void wrongKeyIs403() throws Exception {
        mvc.perform(article().header("Authorization", "Bearer news_not-a-key"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.title").value("Invalid API key"))
                .andExpect(jsonPath("$.detail").value("the API key is not known"));
        mvc.perform(article().header("X-API-Key", "x".repeat(5000)))
                .andExpect(status().isForbidden());
        verify(publisher, never()).publish(anyList());
    }

    @Test
    void revokedKeyIs403NamingTheRevocation() throws Exception {
        mvc.perform(article().header("X-API-Key", REVOKED_KEY))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.title").value("Revoked API key"));
        verify(publisher, never()).publish(anyList());
    }

    @Test
    void revokingInTheFileTakesEffectWithoutRestart() throws Exception {
        mvc.perform(page().header("Authorization", "Bearer " + XHRB_KEY)).andExpect(status().isAccepted());
        Files.writeString(KEYS_FILE, Files.readString(KEYS_FILE).replace(ApiKeys.sha256(XHRB_KEY), ApiKeys.sha256(XHRB_KEY) + " revoked"));
        mvc.perform(page().header("Authorization", "Bearer " + XHRB_KEY))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.title").value("Revoked API key"));
    }

    @Test
    void theKeysNewsroomBecomesTheSourceOnEveryEndpoint() throws Exception {
        mvc.perform(article().header("Authorization", "Bearer " + PYRB_KEY)).andExpect(status().isAccepted());
        mvc.perform(post("/api/v1/articles:batch").contentType("application/x-ndjson").header("X-API-Key", PYRB_KEY)
                .content("{\"body_text\":\"一\"}\n{\"body_text\":\"二\"}\n")).andExpect(status().isAccepted());
        mvc.perform(page().header("X-API-Key", PYRB_KEY).header("X-Newsroom", "pyrb")).andExpect(status().isAccepted());
        assertThat(publishedSources()).containsOnly("pyrb").hasSize(4);
    }

    @Test
    void inlineKeysFromTheEnvironmentWork() throws Exception {
        mvc.perform(page().header("X-API-Key", INLINE_KEY)).andExpect(status().isAccepted());
        assertThat(publishedSources()).containsExactly("wire");
    }

    @Test
    void claimingAnotherNewsroomIs403AndNothingIsSent() throws Exception {
        mvc.perform(article().header("Authorization", "Bearer " + PYRB_KEY).header("X-Newsroom", "xhrb"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.title").value("Newsroom mismatch"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("'pyrb'")));
        verify(publisher, never()).publish(anyList());
    }

    @Test
    void overTheRateLimitIs429WithRetryAfter() throws Exception {
        for (int i = 0; i < 8; i++) {
            mvc.perform(page().header("X-API-Key", BURST_KEY)).andExpect(status().isAccepted());
        }
        String retryAfter = mvc.perform(page().header("X-API-Key", BURST_KEY))
                .andExpect(status().isTooManyRequests())
                .andExpect(jsonPath("$.title").value("Too many requests"))
                .andReturn().getResponse().getHeader("Retry-After");
        assertThat(Long.parseLong(retryAfter)).isBetween(1L, 3600L);
        // The limit is per newsroom: another newsroom is not slowed down.
        mvc.perform(page().header("X-API-Key", XHRB_KEY)).andExpect(status().isAccepted());
    }

    @Test
    void keysNeverAppearInTheLog(CapturedOutput output) throws Exception {
        mvc.perform(page().header("X-API-Key", PYRB_KEY)).andExpect(status().isAccepted());
        mvc.perform(page().header("X-API-Key", REVOKED_KEY)).andExpect(status().isForbidden());
        mvc.perform(page().header("Authorization", "Bearer news_wrongWrongWrong")).andExpect(status().isForbidden());
        assertThat(output.getAll()).doesNotContain(PYRB_KEY, REVOKED_KEY, "news_wrongWrongWrong", ApiKeys.sha256(PYRB_KEY));
    }

    private List<String> publishedSources() {
        @SuppressWarnings("unchecked")
        ArgumentCaptor<List<RawArticle>> captor = ArgumentCaptor.forClass(List.class);
        verify(publisher, org.mockito.Mockito.atLeastOnce()).publish(captor.capture());
        return captor.getAllValues().stream().flatMap(List::stream).map(RawArticle::source).toList();
    }

    private static MockHttpServletRequestBuilder article() {
        return post("/api/v1/articles").contentType("application/json")
                .content("{\"headlines\":[{\"value\":\"标题\"}],\"bodies\":[{\"value\":\"正文\"}]}");
    }

    private static MockHttpServletRequestBuilder page() {
        return post("/api/v1/pages").contentType("text/plain; charset=UTF-8").content("本报讯 问 题 整 改 " + System.nanoTime());
    }

    private static Path keysFile() {
        try {
            Path f = Files.createTempFile("news-keys", ".txt");
            f.toFile().deleteOnExit();
            return f;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
