package news.service.stream;

import java.util.Map;

/** Where a stage puts a record it can never process; returns only once the dead letter is acknowledged, else throws. */
public interface DeadLetters {

    /**
     * @param reason  what is wrong, for a person reading the dead-letter topic (x-exception-message)
     * @param details more text headers naming the problem (for example the indexer's Elasticsearch status and error type)
     */
    void send(ConsumedRecord record, String reason, Map<String, String> details);

    default void send(ConsumedRecord record, String reason) {
        send(record, reason, Map.of());
    }
}
