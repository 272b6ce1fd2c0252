package news.gateway;

/** A search refused because a budget of Elasticsearch time is in debt, or the gateway's expensive slot is taken: 429. */
class SearchBudgetExceededException extends RuntimeException {
    final long retryAfterSeconds;

    SearchBudgetExceededException(long retryAfterSeconds, String message) {
        super(message);
        this.retryAfterSeconds = retryAfterSeconds;
    }
}
