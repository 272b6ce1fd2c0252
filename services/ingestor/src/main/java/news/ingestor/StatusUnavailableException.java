package news.ingestor;

/** The status index cannot be read (Elasticsearch down): 503 with Retry-After; ingest itself is unaffected. */
class StatusUnavailableException extends RuntimeException {
    StatusUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
