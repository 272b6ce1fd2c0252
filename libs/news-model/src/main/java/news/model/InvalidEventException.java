package news.model;

/**
 * A pipeline record that is not a valid event of its topic: not JSON, the wrong shape, or a required field missing.
 * The message is meant for a person reading the dead-letter topic's {@code x-exception-message} header, so it names
 * the event type and the fields, never the record's content.
 */
public class InvalidEventException extends RuntimeException {
    public InvalidEventException(String message) {
        super(message);
    }

    public InvalidEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
