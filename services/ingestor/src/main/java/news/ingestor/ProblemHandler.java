package news.ingestor;

import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import news.model.InvalidArticleException;
import news.pdf.PdfPageException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/** Every refusal as an RFC 9457 problem body; framework errors (415, 405, 406) come from the base class in the same shape. */
@RestControllerAdvice
class ProblemHandler extends ResponseEntityExceptionHandler {
    private final IngestProperties properties;

    ProblemHandler(IngestProperties properties) {
        this.properties = properties;
    }

    @ExceptionHandler(InvalidArticleException.class)
    ProblemDetail invalid(InvalidArticleException e) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Invalid article", e.getMessage());
        problem.setProperty("field", e.field());
        return problem;
    }

    @ExceptionHandler(InvalidBatchException.class)
    ProblemDetail invalidBatch(InvalidBatchException e) {
        ProblemDetail problem = e.tooLarge()
                ? problem(HttpStatus.CONTENT_TOO_LARGE, "Batch line too large", e.getMessage())
                : problem(HttpStatus.BAD_REQUEST, "Invalid batch", e.getMessage());
        problem.setProperty("errors", e.errors());
        return problem;
    }

    /** A print PDF page we cannot read: not a PDF → 400; encrypted, scanned (no text layer), too many pages → 422. */
    @ExceptionHandler(PdfPageException.class)
    ProblemDetail unreadablePdf(PdfPageException e) {
        ProblemDetail problem = switch (e.reason()) {
            case NOT_A_PDF -> problem(HttpStatus.BAD_REQUEST, "Not a PDF", e.getMessage());
            case ENCRYPTED -> problem(HttpStatus.UNPROCESSABLE_CONTENT, "Encrypted PDF", e.getMessage());
            case NO_TEXT_LAYER -> problem(HttpStatus.UNPROCESSABLE_CONTENT, "PDF without a text layer", e.getMessage());
            case TOO_MANY_PAGES -> problem(HttpStatus.UNPROCESSABLE_CONTENT, "Too many pages", e.getMessage());
        };
        problem.setProperty("field", "body");
        problem.setProperty("reason", e.reason().name().toLowerCase(java.util.Locale.ROOT));
        return problem;
    }

    @ExceptionHandler(PayloadTooLargeException.class)
    ProblemDetail tooLarge(PayloadTooLargeException e) {
        return problem(HttpStatus.CONTENT_TOO_LARGE, "Payload too large", e.getMessage());
    }

    @ExceptionHandler(ArticleStatusController.NotFoundException.class)
    ProblemDetail notFound(ArticleStatusController.NotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "Not found", e.getMessage());
    }

    @ExceptionHandler(StatusUnavailableException.class)
    ResponseEntity<ProblemDetail> statusUnavailable(StatusUnavailableException e) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(properties.retryAfterSeconds()))
                .body(problem(HttpStatus.SERVICE_UNAVAILABLE, "Status unavailable", e.getMessage()));
    }

    @ExceptionHandler(KafkaUnavailableException.class)
    ResponseEntity<ProblemDetail> unavailable(KafkaUnavailableException e) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(properties.retryAfterSeconds()))
                .body(problem(HttpStatus.SERVICE_UNAVAILABLE, "Broker unavailable",
                        "the article was not stored because Kafka did not acknowledge it; retry later"));
    }

    @ExceptionHandler(ApiKeyRejectedException.class)
    ResponseEntity<ProblemDetail> keyRejected(ApiKeyRejectedException e) {
        ResponseEntity.BodyBuilder response = ResponseEntity.status(e.status());
        if (e.status() == HttpStatus.UNAUTHORIZED) {
            response.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        }
        return response.body(problem(e.status(), e.title(), e.getMessage()));
    }

    @ExceptionHandler(RateLimitedException.class)
    ResponseEntity<ProblemDetail> rateLimited(RateLimitedException e) {
        ProblemDetail problem = problem(HttpStatus.TOO_MANY_REQUESTS, "Too many requests", e.getMessage());
        problem.setProperty("retryAfterSeconds", e.retryAfterSeconds());
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(e.retryAfterSeconds()))
                .body(problem);
    }

    /**
     * Spring refuses a Content-Type whose charset it cannot parse as "unsupported media type"; the media type is fine,
     * the charset is what the sender must fix, so that is a 400 naming {@code charset}.
     */
    @Override
    protected ResponseEntity<Object> handleHttpMediaTypeNotSupported(HttpMediaTypeNotSupportedException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String charset = unsupportedCharset(request.getHeader(HttpHeaders.CONTENT_TYPE));
        if (charset != null) {
            ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Invalid article",
                    "unsupported charset in Content-Type: '" + charset + "'; use UTF-8 (the default) or e.g. GB18030");
            problem.setProperty("field", "charset");
            return ResponseEntity.badRequest().body(problem);
        }
        return super.handleHttpMediaTypeNotSupported(ex, headers, status, request);
    }

    /** The charset parameter of a Content-Type header when this JVM does not know it, else null. */
    static String unsupportedCharset(String contentType) {
        if (contentType == null) {
            return null;
        }
        for (String part : contentType.split(";")) {
            String p = part.strip();
            if (p.regionMatches(true, 0, "charset=", 0, 8)) {
                String name = p.substring(8).strip().replace("\"", "");
                try {
                    return Charset.isSupported(name) ? null : name;
                } catch (IllegalCharsetNameException e) {
                    return name;
                }
            }
        }
        return null;
    }

    private static ProblemDetail problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        problem.setType(URI.create("about:blank"));
        return problem;
    }
}
