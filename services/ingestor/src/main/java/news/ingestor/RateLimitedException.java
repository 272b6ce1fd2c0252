package news.ingestor;

/** The newsroom sent more requests than its rate limit allows: 429 with Retry-After. */
class RateLimitedException extends RuntimeException {
    private final long retryAfterSeconds;

    RateLimitedException(String newsroom, long retryAfterSeconds) {
        super("newsroom '" + newsroom + "' is over its request rate; retry after " + retryAfterSeconds + " s");
        this.retryAfterSeconds = retryAfterSeconds;
    }

    long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
