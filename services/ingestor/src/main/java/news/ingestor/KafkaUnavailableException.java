package news.ingestor;

/** Kafka did not acknowledge a write: the client must retry; nothing was accepted. */
class KafkaUnavailableException extends RuntimeException {
    KafkaUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
