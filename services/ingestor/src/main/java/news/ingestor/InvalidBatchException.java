package news.ingestor;

import java.util.List;
import java.util.Map;

/**
 * One or more NDJSON lines are invalid; nothing of the batch was written. 413 when a line is over the single-article
 * size limit (the client must split it), else 400; either way every bad line is listed.
 */
class InvalidBatchException extends RuntimeException {
    private final List<Map<String, Object>> errors;
    private final boolean tooLarge;

    InvalidBatchException(List<Map<String, Object>> errors) {
        this(errors, false);
    }

    InvalidBatchException(List<Map<String, Object>> errors, boolean tooLarge) {
        super(errors.size() + " line(s) of the batch are invalid; nothing was accepted");
        this.errors = List.copyOf(errors);
        this.tooLarge = tooLarge;
    }

    List<Map<String, Object>> errors() {
        return errors;
    }

    boolean tooLarge() {
        return tooLarge;
    }
}
