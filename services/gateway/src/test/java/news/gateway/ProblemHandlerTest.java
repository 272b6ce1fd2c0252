package news.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.ErrorResponse;
import org.junit.jupiter.api.Test;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

class ProblemHandlerTest {
    private final ProblemHandler handler = new ProblemHandler();

    private static ElasticsearchException error(int status, String type) {
        return new ElasticsearchException("search", ErrorResponse.of(r -> r.status(status)
                .error(e -> e.type(type).reason("details stay in the log"))));
    }

    @Test
    void aFailingBackendIs503WithRetryAfter() {
        ResponseEntity<ProblemDetail> r = handler.backendError(error(500, "search_phase_execution_exception"));
        assertThat(r.getStatusCode().value()).isEqualTo(503);
        assertThat(r.getHeaders().getFirst("Retry-After")).isEqualTo("5");
    }

    @Test
    void aMissingIndexIs503() {
        assertThat(handler.backendError(error(404, "index_not_found_exception")).getStatusCode().value()).isEqualTo(503);
    }

    @Test
    void aRefusedRequestIs502NamingTheErrorTypeNotTheReason() {
        ResponseEntity<ProblemDetail> r = handler.backendError(error(400, "parsing_exception"));
        assertThat(r.getStatusCode().value()).isEqualTo(502);
        assertThat(r.getBody().getDetail()).contains("parsing_exception").doesNotContain("details stay in the log");
    }

    @Test
    void aSearchPastTheTimeLimitIs504NamingTheLimit() {
        ResponseEntity<ProblemDetail> r = handler.timedOut(new SearchTimeoutException(java.time.Duration.ofSeconds(6), null));
        assertThat(r.getStatusCode().value()).isEqualTo(504);
        assertThat(r.getBody().getDetail()).contains("time limit of 6 s", "cancelled");
        assertThat(r.getBody().getProperties()).containsEntry("timeLimit", "6 s");
    }

    @Test
    void tooManySearchesAtOnceIs429WithRetryAfter() {
        ResponseEntity<ProblemDetail> r = handler.tooManyConcurrent(new ClientBulkhead.TooManyConcurrentException(
                "this client has 4 searches running already (at most 4 at once)"));
        assertThat(r.getStatusCode().value()).isEqualTo(429);
        assertThat(r.getHeaders().getFirst("Retry-After")).isEqualTo("1");
        assertThat(r.getBody().getDetail()).contains("at most 4 at once");
    }
}
