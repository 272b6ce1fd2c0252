package news.indexer;

import java.util.List;
import java.util.function.Consumer;
import news.model.Topics;
import news.service.stream.BatchRecords;
import news.service.stream.DeadLetterSender;
import news.service.stream.DeadLetters;
import news.service.stream.NeverSkipBatches;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/** Wires news.classified (batch mode) to {@link BulkIndexWriter}. The binder commits the batch's offsets only after this returns. */
@Configuration
class IndexerConsumer {
    static final String DLQ_BINDING = "dlq-out";

    @Bean
    Consumer<Message<List<byte[]>>> index(BulkIndexWriter writer) {
        return batch -> writer.write(BatchRecords.of(batch));
    }

    /**
     * If the bulk writer gives up on a transient failure, the same batch is retried again and again instead of the
     * default "log and skip": an Elasticsearch outage stalls the indexer, it never loses news.
     */
    @Bean
    NeverSkipBatches neverSkipBatches() {
        return new NeverSkipBatches();
    }

    /**
     * Records Elasticsearch refused as malformed, and payloads that are not valid events, to news.classified.dlq with
     * the binder DLQ's headers; synchronous, so a record is safe in the DLQ before its offset is committed.
     */
    @Bean
    DeadLetters deadLetters(StreamBridge bridge) {
        return new DeadLetterSender(bridge, DLQ_BINDING, Topics.deadLetter(Topics.CLASSIFIED));
    }
}
