package news.ingestor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import news.model.PubStatus;
import news.model.RawArticle;
import news.model.status.ArticleState;
import news.model.status.ArticleStatus;
import news.model.status.StatusEvent;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The newsroom's status and kill API over a test double of the status index (the e2e test uses the real one). */
@WebMvcTest({ArticleStatusController.class, IngestController.class})
@Import({ClockConfig.class, ProblemHandler.class})
@org.springframework.boot.context.properties.EnableConfigurationProperties(IngestProperties.class)
@org.springframework.test.context.TestPropertySource(properties = {"logging.structured.format.console=",
        "news.ingest.auth.enabled=false"})
class ArticleStatusControllerTest {
    private static final Instant T = Instant.parse("2026-12-01T02:00:00Z");

    @Autowired
    MockMvc mvc;
    @MockitoBean
    ArticleStatusStore store;
    @MockitoBean
    RawArticlePublisher publisher;

    private static ArticleStatus statusOf(String id, String kind, ArticleState... states) {
        Map<String, Object> doc = new HashMap<>();
        Instant at = T;
        for (ArticleState s : states) {
            doc.putAll(new StatusEvent(id, "pyrb", kind, null, s, at, 1L, s == ArticleState.DEAD_LETTERED ? "indexer" : null,
                    s == ArticleState.DEAD_LETTERED ? "located is too long" : null).partialDocument());
            at = at.plusSeconds(1);
        }
        return ArticleStatus.of(doc);
    }

    @Test
    void statusOfAnArticleWithASlashInItsId() throws Exception {
        when(store.status("pyrb", "https://x.cn/a/1.html")).thenReturn(Optional.of(statusOf("https://x.cn/a/1.html",
                "article", ArticleState.ACCEPTED, ArticleState.NORMALIZED, ArticleState.CLASSIFIED, ArticleState.INDEXED)));
        mvc.perform(get(java.net.URI.create("/api/v1/articles/https:%2F%2Fx.cn%2Fa%2F1.html/status")).header("X-Newsroom", "pyrb"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("indexed"))
                .andExpect(jsonPath("$.steps.accepted.at").value(T.toString()))
                .andExpect(jsonPath("$.message").value("searchable"));
    }

    @Test
    void anotherNewsroomsArticleIsA404LikeAnUnknownOne() throws Exception {
        when(store.status(eq("other"), any())).thenReturn(Optional.empty());
        when(store.indexedKind(eq("other"), any())).thenReturn(Optional.empty());
        mvc.perform(get("/api/v1/articles/urn:x:1/status").header("X-Newsroom", "other"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("no article with id 'urn:x:1' from this newsroom"));
        mvc.perform(delete("/api/v1/articles/urn:x:1").header("X-Newsroom", "other"))
                .andExpect(status().isNotFound());
        verify(publisher, never()).publish(anyList());
    }

    @Test
    void aDeadLetteredArticleSaysWhereAndWhy() throws Exception {
        when(store.status("pyrb", "urn:x:2")).thenReturn(Optional.of(statusOf("urn:x:2", "article",
                ArticleState.ACCEPTED, ArticleState.DEAD_LETTERED)));
        mvc.perform(get("/api/v1/articles/urn:x:2/status").header("X-Newsroom", "pyrb"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("dead-lettered"))
                .andExpect(jsonPath("$.message").value("not published: the indexer refused it: located is too long"));
    }

    @Test
    void aPageListsTheStatusOfItsArticles() throws Exception {
        when(store.status("pyrb", "sha256:p")).thenReturn(Optional.of(statusOf("sha256:p", "page", ArticleState.ACCEPTED)));
        when(store.articlesOfPage("pyrb", "sha256:p")).thenReturn(List.of(
                statusOf("sha256:p#1", "article", ArticleState.ACCEPTED, ArticleState.NORMALIZED),
                statusOf("sha256:p#2", "article", ArticleState.INDEXED)));
        mvc.perform(get("/api/v1/articles/sha256:p/status").header("X-Newsroom", "pyrb"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.kind").value("page"))
                .andExpect(jsonPath("$.articles[0].state").value("normalized"))
                .andExpect(jsonPath("$.articles[1].id").value("sha256:p#2"));
    }

    @Test
    void deleteSendsACancelVersionOfTheNewsroomsOwnArticle() throws Exception {
        when(store.status("pyrb", "urn:x:3")).thenReturn(Optional.empty());
        when(store.indexedKind("pyrb", "urn:x:3")).thenReturn(Optional.of("article"));
        mvc.perform(delete("/api/v1/articles/urn:x:3").header("X-Newsroom", "pyrb"))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.pubStatus").value("canceled"));
        @SuppressWarnings("unchecked")
        ArgumentCaptor<List<RawArticle>> sent = ArgumentCaptor.forClass(List.class);
        verify(publisher).publish(sent.capture());
        RawArticle kill = sent.getValue().getFirst();
        assertThat(kill.id()).isEqualTo("urn:x:3");
        assertThat(kill.source()).isEqualTo("pyrb");
        assertThat(kill.pubStatus()).isEqualTo(PubStatus.CANCELED);
    }

    @Test
    void listingIsPagedAndValidated() throws Exception {
        when(store.list(eq("pyrb"), eq(Instant.parse("2026-12-01T00:00:00Z")), eq(null), eq(2)))
                .thenReturn(new ArticleStatusStore.Listing(List.of(statusOf("a", "article", ArticleState.INDEXED)),
                        List.of(1764554400000L, "a")));
        mvc.perform(get("/api/v1/articles").param("since", "2026-12-01T08:00:00+08:00").param("size", "2")
                        .header("X-Newsroom", "pyrb"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.articles[0].state").value("indexed"))
                .andExpect(jsonPath("$.next").isString());
        mvc.perform(get("/api/v1/articles").param("since", "yesterday")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("since"));
        mvc.perform(get("/api/v1/articles").param("size", "1000")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("size"));
        mvc.perform(get("/api/v1/articles").param("cursor", "bm90IGEgY3Vyc29y")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("cursor"));
    }

    @Test
    void statusUnavailableIs503AndIngestStillWorks() throws Exception {
        when(store.status(any(), any())).thenThrow(new StatusUnavailableException("article status is unavailable", null));
        mvc.perform(get("/api/v1/articles/urn:x:4/status")).andExpect(status().isServiceUnavailable());
        mvc.perform(post("/api/v1/articles").contentType("application/json").content("{\"body_text\":\"正文\"}"))
                .andExpect(status().isAccepted());
    }

    @Test
    void futureVersionsAreRefusedAtIngest() throws Exception {
        mvc.perform(post("/api/v1/articles").contentType("application/json")
                        .content("{\"body_text\":\"正文\",\"versionCreated\":\"2099-01-01T00:00:00Z\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("versionCreated"));
        mvc.perform(post("/api/v1/articles").contentType("application/json")
                        .content("{\"body_text\":\"正文\",\"located\":\"" + "地".repeat(300) + "\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("located"));
    }
}
