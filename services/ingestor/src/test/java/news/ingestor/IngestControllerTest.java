package news.ingestor;

import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.Charset;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The HTTP contract of the ingestor. The Kafka side is a test double here only to provoke its failure modes;
 * the end-to-end test covers the real broker.
 */
@WebMvcTest(IngestController.class)
@Import({ClockConfig.class, ProblemHandler.class})
@org.springframework.boot.context.properties.EnableConfigurationProperties(IngestProperties.class)
// API keys are switched off here: this class is about the body contract; ApiKeyTest covers the keys.
@org.springframework.test.context.TestPropertySource(properties = {"logging.structured.format.console=", "news.ingest.auth.enabled=false"})
class IngestControllerTest {
    @Autowired
    MockMvc mvc;
    @MockitoBean
    RawArticlePublisher publisher;

    @Test
    void acceptsNinjsAndAnswersWithTheId() throws Exception {
        mvc.perform(post("/api/v1/articles").contentType("application/json")
                        .content("{\"uri\":\"urn:x:1\",\"headlines\":[{\"value\":\"标题\"}],\"bodies\":[{\"value\":\"正文\"}]}"))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.id").value("urn:x:1"));
        verify(publisher).publish(anyList());
    }

    @Test
    void invalidArticleIsA400NamingTheFieldAndNothingIsSent() throws Exception {
        mvc.perform(post("/api/v1/articles").contentType("application/json").content("{\"headline\":\"x\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("bodies"));
        verify(publisher, never()).publish(anyList());
    }

    @Test
    void wrongContentTypeIs415() throws Exception {
        mvc.perform(post("/api/v1/articles").contentType("text/csv").content("a,b"))
                .andExpect(status().isUnsupportedMediaType());
    }

    @Test
    void oversizedIs413() throws Exception {
        mvc.perform(post("/api/v1/pages").contentType("text/plain").content("字".repeat(800_000)))
                .andExpect(status().is(413));
    }

    @Test
    void batchWithOneBadLineIsRejectedWhole() throws Exception {
        mvc.perform(post("/api/v1/articles:batch").contentType("application/x-ndjson")
                        .content("{\"body_text\":\"一\"}\n\n{\"body_text\":1}\n"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].line").value(3))
                .andExpect(jsonPath("$.errors[0].field").value("body_text"));
        verify(publisher, never()).publish(anyList());
    }

    @Test
    void aBatchLineOverTheArticleLimitIs413AndNothingIsSent() throws Exception {
        String big = "{\"body_text\":\"" + "字".repeat(800_000) + "\"}";
        mvc.perform(post("/api/v1/articles:batch").contentType("application/x-ndjson")
                        .content("{\"body_text\":\"一\"}\n{\"body_text\":\"二\"}\n" + big + "\n{\"body_text\":1}\n"))
                .andExpect(status().is(413))
                .andExpect(jsonPath("$.errors[0].line").value(3))
                .andExpect(jsonPath("$.errors[0].detail").value(org.hamcrest.Matchers.containsString("at most 2097152 bytes")))
                .andExpect(jsonPath("$.errors[1].line").value(4));
        verify(publisher, never()).publish(anyList());
    }

    @Test
    void anUnknownCharsetIs400NamingCharset() throws Exception {
        mvc.perform(post("/api/v1/pages").contentType("text/plain; charset=klingon").content("正文"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("charset"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("'klingon'")));
        mvc.perform(post("/api/v1/articles").contentType("text/csv").content("a,b"))
                .andExpect(status().isUnsupportedMediaType());
        verify(publisher, never()).publish(anyList());
    }

    @Test
    void charsetNamesAreCheckedWithoutThrowing() {
        org.assertj.core.api.Assertions.assertThat(ProblemHandler.unsupportedCharset("text/plain; charset=klingon")).isEqualTo("klingon");
        org.assertj.core.api.Assertions.assertThat(ProblemHandler.unsupportedCharset("text/plain; charset=\"x y\"")).isEqualTo("x y");
        org.assertj.core.api.Assertions.assertThat(ProblemHandler.unsupportedCharset("text/plain; charset=GB18030")).isNull();
        org.assertj.core.api.Assertions.assertThat(ProblemHandler.unsupportedCharset("text/csv")).isNull();
    }

    @Test
    void jsonSeqRecordsWithRecordSeparatorsAreRead() throws Exception {
        mvc.perform(post("/api/v1/articles:batch").contentType("application/json-seq")
                        .content("\u001E{\"body_text\":\"一\"}\n\u001E{\"body_text\":\"二\"}\n"))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.count").value(2));
    }

    @Test
    void pagesAreDecodedByTheirCharset() throws Exception {
        byte[] gb = "本报讯 问 题 整 改".getBytes(Charset.forName("GB18030"));
        mvc.perform(post("/api/v1/pages").contentType("text/plain; charset=GB18030").content(gb))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.id").value(org.hamcrest.Matchers.startsWith("sha256:")));
        mvc.perform(post("/api/v1/pages").contentType("text/plain").content(gb))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("charset"));
    }

    @Test
    void kafkaNotAcknowledgingIs503WithRetryAfter() throws Exception {
        doThrow(new KafkaUnavailableException("down", null)).when(publisher).publish(anyList());
        mvc.perform(post("/api/v1/articles").contentType("application/json").content("{\"body_text\":\"正文\"}"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(header().string("Retry-After", "5"));
    }

    @Test
    void aPdfPageIsAcceptedAndTravelsAsBase64ForTheNormalizer() throws Exception {
        byte[] pdf = TestPdfs.withText("Press release 2026: the county daily prints its pages as PDF files.");
        mvc.perform(post("/api/v1/pages").contentType("application/pdf").content(pdf))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.id").value(org.hamcrest.Matchers.startsWith("sha256:")));
        org.mockito.ArgumentCaptor<java.util.List<news.model.RawArticle>> sent = org.mockito.ArgumentCaptor.captor();
        verify(publisher).publish(sent.capture());
        news.model.RawArticle page = sent.getValue().getFirst();
        org.assertj.core.api.Assertions.assertThat(page.kind()).isEqualTo(news.model.ContentKind.PAGE);
        org.assertj.core.api.Assertions.assertThat(page.bodyFormat()).isEqualTo("application/pdf");
        org.assertj.core.api.Assertions.assertThat(java.util.Base64.getDecoder().decode(page.body())).isEqualTo(pdf);
    }

    @Test
    void aFileThatIsNotAPdfIs400() throws Exception {
        mvc.perform(post("/api/v1/pages").contentType("application/pdf").content("本报讯 not a pdf".getBytes()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title").value("Not a PDF"))
                .andExpect(jsonPath("$.reason").value("not_a_pdf"));
        // right header, broken inside
        mvc.perform(post("/api/v1/pages").contentType("application/pdf").content("%PDF-1.7\n1 0 obj << /Type /Foo".getBytes()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("cannot be parsed")));
        verify(publisher, never()).publish(anyList());
    }

    @Test
    void aScannedPageWithoutTextLayerIs422NamingTheReason() throws Exception {
        mvc.perform(post("/api/v1/pages").contentType("application/pdf").content(TestPdfs.scanned()))
                .andExpect(status().is(422))
                .andExpect(jsonPath("$.title").value("PDF without a text layer"))
                .andExpect(jsonPath("$.reason").value("no_text_layer"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("OCR")));
        verify(publisher, never()).publish(anyList());
    }

    @Test
    void anEncryptedPdfIs422() throws Exception {
        mvc.perform(post("/api/v1/pages").contentType("application/pdf")
                        .content(TestPdfs.encrypted("Press release 2026: protected by a password nobody sent us.")))
                .andExpect(status().is(422))
                .andExpect(jsonPath("$.title").value("Encrypted PDF"))
                .andExpect(jsonPath("$.reason").value("encrypted"));
        verify(publisher, never()).publish(anyList());
    }

    @Test
    void aPdfOverItsLimitIs413AndAnEmptyOneIs400() throws Exception {
        byte[] big = new byte[3 * 1024 * 1024 + 1];
        System.arraycopy("%PDF-1.7".getBytes(), 0, big, 0, 8);
        mvc.perform(post("/api/v1/pages").contentType("application/pdf").content(big))
                .andExpect(status().is(413));
        mvc.perform(post("/api/v1/pages").contentType("application/pdf").content(new byte[0]))
                .andExpect(status().isBadRequest());
        verify(publisher, never()).publish(anyList());
    }

    @Test
    void spoofedNewsroomHeaderIsRejected() throws Exception {
        mvc.perform(post("/api/v1/articles").contentType("application/json").header("X-Newsroom", "bad source!")
                        .content("{\"body_text\":\"正文\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("X-Newsroom"));
    }
}
