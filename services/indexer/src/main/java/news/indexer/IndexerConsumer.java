package news.indexer;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.listener.AbstractMessageListenerContainer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.cloud.stream.config.ListenerContainerCustomizer;
import org.springframework.messaging.Message;
import org.springframework.util.backoff.ExponentialBackOff;

/** Wires news.classified (batch mode) to {@link BulkIndexWriter}. The binder commits the batch's offsets only after this returns. */
@Configuration
class IndexerConsumer {

    @Bean
    Consumer<Message<List<byte[]>>> index(BulkIndexWriter writer) {
        return batch -> writer.write(records(batch));
    }

    /**
     * If the bulk writer gives up on a transient failure, retry the same batch again and again (backoff up to a
     * minute) instead of the default "log and skip": an Elasticsearch outage stalls the indexer, it never loses news.
     */
    @Bean
    ListenerContainerCustomizer<AbstractMessageListenerContainer<?, ?>> neverSkipBatches() {
        return (container, destination, group) -> {
            ExponentialBackOff backOff = new ExponentialBackOff(1_000, 2.0);
            backOff.setMaxInterval(60_000);
            backOff.setMaxElapsedTime(Long.MAX_VALUE);
            container.setCommonErrorHandler(new DefaultErrorHandler(backOff));
        };
    }

    static List<IndexRecord> records(Message<List<byte[]>> batch) {
        // With native decoding the binder converts nothing. Should a converter ever be configured back in, records it
        // fails on would vanish from the batch and be committed: refuse the batch instead (it is retried, not lost).
        if (batch.getHeaders().get(KafkaHeaders.CONVERSION_FAILURES) instanceof List<?> failures
                && failures.stream().anyMatch(f -> f != null)) {
            throw new IllegalStateException("the binder failed to convert " + failures.size() + " record(s) of the batch");
        }
        List<byte[]> payloads = batch.getPayload();
        List<?> keys = list(batch.getHeaders().get(KafkaHeaders.RECEIVED_KEY), payloads.size());
        List<?> topics = list(batch.getHeaders().get(KafkaHeaders.RECEIVED_TOPIC), payloads.size());
        List<?> partitions = list(batch.getHeaders().get(KafkaHeaders.RECEIVED_PARTITION), payloads.size());
        List<?> offsets = list(batch.getHeaders().get(KafkaHeaders.OFFSET), payloads.size());
        List<IndexRecord> records = new ArrayList<>(payloads.size());
        for (int i = 0; i < payloads.size(); i++) {
            Object key = keys.get(i);
            String keyText = key instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8) : key == null ? null : key.toString();
            records.add(new IndexRecord(keyText, payloads.get(i), String.valueOf(topics.get(i)),
                    partitions.get(i) instanceof Number n ? n.intValue() : -1,
                    offsets.get(i) instanceof Number n ? n.longValue() : -1));
        }
        return records;
    }

    static List<?> list(Object header, int size) {
        if (header instanceof List<?> list && list.size() == size) {
            return list;
        }
        List<Object> nulls = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            nulls.add(null);
        }
        return nulls;
    }
}
