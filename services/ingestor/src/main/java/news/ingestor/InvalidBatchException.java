package news.ingestor;

import java.util.List;
import java.util.Map;

/** One or more NDJSON lines are invalid; nothing of the batch was written. */
class InvalidBatchException extends RuntimeException {
    private final List<Map<String, Object>> errors;

    InvalidBatchException(List<Map<String, Object>> errors) {
        super(errors.size() + " line(s) of the batch are invalid; nothing was accepted");
        this.errors = List.copyOf(errors);
    }

    List<Map<String, Object>> errors() {
        return errors;
    }
}
