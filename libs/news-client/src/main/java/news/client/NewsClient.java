package news.client;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.DefaultHttpClientConfiguration;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientException;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import java.net.MalformedURLException;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Pushes articles to the ingest API. Thread-safe; create one per server and {@link #close()} it when done.
 *
 * <pre>{@code
 * try (NewsClient client = NewsClient.builder(URI.create("http://127.0.0.1:8081"), System.getenv("NEWS_API_KEY")).build()) {
 *     PushResult r = client.pushArticle("{\"uri\":\"urn:newsml:pyrb:1\",\"headlines\":[{\"value\":\"标题\"}],\"bodies\":[{\"value\":\"正文\"}]}");
 *     r.ids();   // ["urn:newsml:pyrb:1"]
 * } catch (NewsClientException.Rejected e) {
 *     e.problem().field();   // what the server says is wrong; resending will not help
 * }
 * }</pre>
 *
 * <p>Each push is retried on 429, 5xx, connection errors and timeouts, with exponential backoff and jitter, waiting
 * exactly the server's {@code Retry-After} when it sends one; a 4xx other than 429 is never retried. Resending is safe:
 * article ids are stable (the ninjs uri or a content hash), so a resend overwrites the same document. A circuit breaker
 * stops sending after repeated server failures (5xx, connection errors; not 429 or 4xx) and fails fast until it half-opens.
 */
public final class NewsClient implements AutoCloseable {
    static final String NDJSON = "application/x-ndjson";

    private final HttpClient http;
    private final BlockingHttpClient blocking;
    private final String authorization;
    private final Retry retry;
    private final CircuitBreaker breaker;

    private NewsClient(Builder b) {
        DefaultHttpClientConfiguration config = new DefaultHttpClientConfiguration();
        config.setConnectTimeout(b.connectTimeout);
        config.setReadTimeout(b.readTimeout);
        config.setMaxContentLength(64 * 1024 * 1024);
        try {
            this.http = HttpClient.create(b.baseUri.toURL(), config);
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException("not a URL: " + b.baseUri, e);
        }
        this.blocking = http.toBlocking();
        this.authorization = "Bearer " + b.apiKey;
        IntervalFunction backoff = IntervalFunction.ofExponentialRandomBackoff(b.initialBackoff, 2.0, 0.5, b.maxBackoff);
        Duration maxRetryAfter = b.maxRetryAfter;
        this.retry = Retry.of("news-push", RetryConfig.<List<String>>custom()
                .maxAttempts(b.maxAttempts)
                // A Retry-After longer than we are willing to wait ends the retries at once (the caller gets Unavailable).
                .retryOnException(e -> e instanceof RetryableFailure f && (f.retryAfter == null || f.retryAfter.compareTo(maxRetryAfter) <= 0))
                .intervalBiFunction((attempt, outcome) -> {
                    if (outcome.isLeft() && outcome.getLeft() instanceof RetryableFailure f && f.retryAfter != null) {
                        return Math.max(1L, f.retryAfter.toMillis());
                    }
                    return backoff.apply(attempt);
                })
                .build());
        this.breaker = CircuitBreaker.of("news-push", CircuitBreakerConfig.custom()
                .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                .slidingWindowSize(b.breakerWindow)
                .minimumNumberOfCalls(b.breakerMinimumCalls)
                .failureRateThreshold(b.breakerFailureRate)
                .waitDurationInOpenState(b.breakerOpenFor)
                .permittedNumberOfCallsInHalfOpenState(1)
                // Only the server failing counts: a 429 is the server working as designed, a 4xx is our request.
                .recordException(e -> e instanceof RetryableFailure f && f.countsAgainstServer())
                .build());
    }

    public static Builder builder(URI baseUri, String apiKey) {
        return new Builder(baseUri, apiKey);
    }

    /** One ninjs article (JSON text). */
    public PushResult pushArticle(String ninjsJson) {
        return push("/api/v1/articles", MediaType.APPLICATION_JSON, ninjsJson.getBytes(StandardCharsets.UTF_8));
    }

    /** A batch: one ninjs JSON object per line. The server validates every line first; one bad line refuses the whole batch. */
    public PushResult pushBatch(String ndjson) {
        return push("/api/v1/articles:batch", NDJSON, ndjson.getBytes(StandardCharsets.UTF_8));
    }

    /** A batch of ninjs JSON objects, one per element. */
    public PushResult pushBatch(List<String> ninjsJsonLines) {
        StringBuilder sb = new StringBuilder();
        for (String line : ninjsJsonLines) {
            if (line.indexOf('\n') >= 0) {
                throw new IllegalArgumentException("a batch line must be one JSON object without line breaks");
            }
            sb.append(line).append('\n');
        }
        return pushBatch(sb.toString());
    }

    /** A whole page of extracted print text. */
    public PushResult pushPage(String text) {
        return pushPage(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
    }

    /** A page as bytes in the given charset (e.g. GB18030); the server decodes it strictly in that charset. */
    public PushResult pushPage(byte[] text, Charset charset) {
        return push("/api/v1/pages", "text/plain; charset=" + charset.name(), text);
    }

    /** Pushes a print PDF page ({@code POST /api/v1/pages}, {@code application/pdf}); the platform reads its layout. */
    public PushResult pushPdfPage(byte[] pdf) {
        return push("/api/v1/pages", "application/pdf", pdf);
    }

    /**
     * What became of one of this newsroom's articles (or pages). Another newsroom's id is unknown here:
     * {@link NewsClientException.Rejected} with status 404, as for an id never sent.
     */
    public ArticleStatusResult status(String id) {
        String body = call(() -> exchange(HttpRequest.GET(articlePath(id) + "/status")));
        var root = Json.tree(body);
        return new ArticleStatusResult(root.path("id").asString(id), root.path("state").asString(""),
                root.path("message").asString(""), body);
    }

    /**
     * Kills (撤稿) one of this newsroom's articles or a whole page: {@code DELETE /api/v1/articles/{id}}, the same as a
     * ninjs version with {@code pubStatus: canceled}. Gone from search within seconds; retried like a push (a repeated
     * kill is harmless).
     */
    public PushResult kill(String id) {
        AtomicInteger attempts = new AtomicInteger();
        call(() -> {
            attempts.incrementAndGet();
            return exchange(HttpRequest.DELETE(articlePath(id)));
        });
        return new PushResult(List.of(id), attempts.get());
    }

    /** The article's path with its id percent-encoded (ids may be URIs with slashes). */
    static String articlePath(String id) {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("an article id is required");
        }
        return "/api/v1/articles/" + java.net.URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private String call(Supplier<String> once) {
        Supplier<String> guarded = Retry.decorateSupplier(retry, CircuitBreaker.decorateSupplier(breaker, once));
        try {
            return guarded.get();
        } catch (RetryableFailure f) {
            throw new NewsClientException.Unavailable(f.getMessage(), f.problem, 1, f.getCause());
        } catch (CallNotPermittedException e) {
            throw new NewsClientException.CircuitOpen("circuit breaker open after repeated server failures", e);
        }
    }

    /** One request with the key; 429/5xx/connection failures are retryable, other 4xx are the caller's. */
    private String exchange(MutableHttpRequest<?> request) {
        request.accept(MediaType.APPLICATION_JSON_TYPE, MediaType.APPLICATION_JSON_PROBLEM_TYPE)
                .header(HttpHeaders.AUTHORIZATION, authorization);
        try {
            return blocking.exchange(request, String.class).getBody().orElse("");
        } catch (HttpClientResponseException e) {
            int status = e.getStatus().getCode();
            Problem problem = Json.problem(status, e.getResponse().getBody(String.class).orElse(""));
            if (status == 429 || status >= 500) {
                throw new RetryableFailure(status, problem, RetryAfter.parse(e.getResponse().getHeaders().get(HttpHeaders.RETRY_AFTER)),
                        "server answered " + problem, null);
            }
            throw new NewsClientException.Rejected(problem);
        } catch (HttpClientException e) {
            throw new RetryableFailure(0, null, null, "no answer from the server: " + e.getMessage(), e);
        }
    }

    /** The circuit breaker's state (CLOSED, OPEN, HALF_OPEN…), for status displays. */
    public String circuitState() {
        return breaker.getState().name();
    }

    private PushResult push(String path, String contentType, byte[] body) {
        AtomicInteger attempts = new AtomicInteger();
        Supplier<List<String>> once = () -> {
            attempts.incrementAndGet();
            return send(path, contentType, body);
        };
        Supplier<List<String>> guarded = Retry.decorateSupplier(retry, CircuitBreaker.decorateSupplier(breaker, once));
        try {
            return new PushResult(guarded.get(), attempts.get());
        } catch (RetryableFailure f) {
            throw new NewsClientException.Unavailable(f.getMessage(), f.problem, attempts.get(), f.getCause());
        } catch (CallNotPermittedException e) {
            throw new NewsClientException.CircuitOpen("circuit breaker open after repeated server failures; nothing was sent", e);
        }
    }

    private List<String> send(String path, String contentType, byte[] body) {
        // Connection refused/reset, read timeout: the server may or may not have the article; a resend is safe.
        return Json.acknowledgedIds(exchange(HttpRequest.POST(path, body).contentType(contentType)));
    }

    @Override
    public void close() {
        http.close();
    }

    /** A failure worth another attempt (429, 5xx, connection). Internal: callers see {@link NewsClientException.Unavailable}. */
    static final class RetryableFailure extends RuntimeException {
        final int status;
        final Problem problem;
        final Duration retryAfter;

        RetryableFailure(int status, Problem problem, Duration retryAfter, String message, Throwable cause) {
            super(message, cause);
            this.status = status;
            this.problem = problem;
            this.retryAfter = retryAfter;
        }

        boolean countsAgainstServer() {
            return status != 429;
        }
    }

    public static final class Builder {
        private final URI baseUri;
        private final String apiKey;
        private Duration connectTimeout = Duration.ofSeconds(5);
        private Duration readTimeout = Duration.ofSeconds(30);
        private int maxAttempts = 5;
        private Duration initialBackoff = Duration.ofMillis(500);
        private Duration maxBackoff = Duration.ofSeconds(30);
        private Duration maxRetryAfter = Duration.ofSeconds(120);
        private int breakerWindow = 20;
        private int breakerMinimumCalls = 10;
        private float breakerFailureRate = 50;
        private Duration breakerOpenFor = Duration.ofSeconds(30);

        private Builder(URI baseUri, String apiKey) {
            this.baseUri = Objects.requireNonNull(baseUri, "baseUri");
            if (apiKey == null || apiKey.isBlank()) {
                throw new IllegalArgumentException("an API key is required (./news keys create NEWSROOM)");
            }
            this.apiKey = apiKey.strip();
        }

        public Builder connectTimeout(Duration d) { this.connectTimeout = positive(d, "connectTimeout"); return this; }
        public Builder readTimeout(Duration d) { this.readTimeout = positive(d, "readTimeout"); return this; }
        /** Attempts per push including the first (1 = no retry). */
        public Builder maxAttempts(int n) {
            if (n < 1) throw new IllegalArgumentException("maxAttempts must be >= 1");
            this.maxAttempts = n;
            return this;
        }
        /** Backoff before the first retry; doubles each attempt, ±50 % jitter, capped at {@code max}. */
        public Builder backoff(Duration initial, Duration max) {
            this.initialBackoff = positive(initial, "initial backoff");
            this.maxBackoff = positive(max, "max backoff");
            return this;
        }
        /** The longest Retry-After the client waits; a longer one ends the retries at once. */
        public Builder maxRetryAfter(Duration d) { this.maxRetryAfter = Objects.requireNonNull(d); return this; }
        /** Open the circuit when {@code failureRatePercent} of the last {@code window} calls (at least {@code minimumCalls}) failed. */
        public Builder circuitBreaker(int window, int minimumCalls, float failureRatePercent, Duration openFor) {
            this.breakerWindow = window;
            this.breakerMinimumCalls = minimumCalls;
            this.breakerFailureRate = failureRatePercent;
            this.breakerOpenFor = positive(openFor, "openFor");
            return this;
        }

        public NewsClient build() {
            return new NewsClient(this);
        }

        private static Duration positive(Duration d, String name) {
            if (d == null || d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException(name + " must be positive");
            }
            return d;
        }
    }
}
