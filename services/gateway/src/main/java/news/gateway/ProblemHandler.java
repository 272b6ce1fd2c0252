package news.gateway;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.transport.TransportException;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import java.io.IOException;
import java.net.URI;
import news.search.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/** Problem bodies (RFC 9457) naming the bad parameter; Elasticsearch trouble is a 503 (or 502), never a 500. */
@RestControllerAdvice
class ProblemHandler extends ResponseEntityExceptionHandler {
    private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

    @ExceptionHandler(InvalidParameterException.class)
    ProblemDetail invalid(InvalidParameterException e) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Invalid parameter", e.getMessage());
        problem.setProperty("parameter", e.parameter());
        return problem;
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Invalid parameter",
                e.getName() + " must be " + expected(e.getRequiredType()));
        problem.setProperty("parameter", e.getName());
        return problem;
    }

    private static String expected(Class<?> type) {
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return "a whole number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        return "a valid value";
    }

    @ExceptionHandler(ArticleNotFoundException.class)
    ProblemDetail notFound(ArticleNotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "Not found", e.getMessage());
    }

    @ExceptionHandler(ArticleGoneException.class)
    ProblemDetail gone(ArticleGoneException e) {
        return problem(HttpStatus.GONE, "Gone", e.getMessage());
    }

    @ExceptionHandler(ClientRateLimiter.RateLimitedException.class)
    ResponseEntity<ProblemDetail> rateLimited(ClientRateLimiter.RateLimitedException e) {
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(e.retryAfterSeconds))
                .body(problem(HttpStatus.TOO_MANY_REQUESTS, "Too many requests", e.getMessage()));
    }

    @ExceptionHandler(ClientBulkhead.TooManyConcurrentException.class)
    ResponseEntity<ProblemDetail> tooManyConcurrent(ClientBulkhead.TooManyConcurrentException e) {
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).header(HttpHeaders.RETRY_AFTER, "1")
                .body(problem(HttpStatus.TOO_MANY_REQUESTS, "Too many concurrent requests", e.getMessage()));
    }

    @ExceptionHandler(SearchBudgetExceededException.class)
    ResponseEntity<ProblemDetail> overBudget(SearchBudgetExceededException e) {
        ProblemDetail problem = problem(HttpStatus.TOO_MANY_REQUESTS, "Search time budget used up", e.getMessage());
        problem.setProperty("retryAfter", e.retryAfterSeconds);
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(e.retryAfterSeconds)).body(problem);
    }

    /** The search ran past the gateway's time limit and was cancelled: 504, naming the limit. */
    @ExceptionHandler(SearchTimeoutException.class)
    ResponseEntity<ProblemDetail> timedOut(SearchTimeoutException e) {
        log.warn("search cancelled after the time limit limit={}", e.limit);
        ProblemDetail problem = problem(HttpStatus.GATEWAY_TIMEOUT, "Search timed out", e.getMessage());
        problem.setProperty("timeLimit", SearchTimeoutException.seconds(e.limit));
        return ResponseEntity.status(HttpStatus.GATEWAY_TIMEOUT).body(problem);
    }

    @ExceptionHandler({IOException.class, TransportException.class, CallNotPermittedException.class})
    ResponseEntity<ProblemDetail> unavailable(Exception e) {
        log.warn("search backend unavailable error={}", e.getMessage());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "5")
                .body(problem(HttpStatus.SERVICE_UNAVAILABLE, "Search unavailable", "the search backend is not reachable; retry later"));
    }

    /**
     * Elasticsearch answered with an error. Failing or missing (no index yet): 503, retry later. Any other refusal is
     * about the request the gateway built from validated parameters — the gateway's fault, not the caller's: 502.
     */
    @ExceptionHandler(ElasticsearchException.class)
    ResponseEntity<ProblemDetail> backendError(ElasticsearchException e) {
        String type = e.error() == null ? null : e.error().type();
        log.error("search backend error status={} type={} reason={}", e.status(), type,
                e.error() == null ? null : e.error().reason());
        if (e.status() >= 500 || "index_not_found_exception".equals(type)) {
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "5")
                    .body(problem(HttpStatus.SERVICE_UNAVAILABLE, "Search unavailable", "the search backend is failing (" + type + "); retry later"));
        }
        return ResponseEntity.status(HttpStatus.BAD_GATEWAY)
                .body(problem(HttpStatus.BAD_GATEWAY, "Search backend error", "the search backend refused the gateway's request (" + type + ")"));
    }

    private static ProblemDetail problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        problem.setType(URI.create("about:blank"));
        return problem;
    }
}
