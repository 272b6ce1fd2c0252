package news.indexer;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import news.model.status.StatusEvent;
import news.model.status.StatusEventReader;
import news.service.stream.BatchRecords;
import news.service.stream.ConsumedRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;

/**
 * Records the steps before indexing: a consumer group of its own ({@code status}) reads every pipeline topic and every
 * dead-letter topic (see application.yml) and writes each record's step to the status index. It needs nothing from
 * the stages themselves: a record on a topic is the proof that its step happened, its timestamp says when.
 */
@Configuration
class StatusRecorder {

    @Bean
    Consumer<Message<List<byte[]>>> recordStatus(StatusIndex status) {
        return batch -> status.record(events(batch));
    }

    static List<StatusEvent> events(Message<List<byte[]>> batch) {
        List<ConsumedRecord> records = BatchRecords.of(batch);
        List<?> headers = BatchRecords.header(batch, KafkaHeaders.NATIVE_HEADERS, records.size());
        List<?> converted = BatchRecords.header(batch, KafkaHeaders.BATCH_CONVERTED_HEADERS, records.size());
        List<StatusEvent> events = new ArrayList<>(records.size());
        for (int i = 0; i < records.size(); i++) {
            ConsumedRecord r = records.get(i);
            String topic = String.valueOf(r.topic());
            Instant at = r.timestamp() >= 0 ? Instant.ofEpochMilli(r.timestamp()) : Instant.now();
            String reason = topic.endsWith(".dlq") ? reason(headers.get(i), converted.get(i)) : null;
            StatusEventReader.read(topic, r.payload(), at, reason).ifPresent(events::add);
        }
        return events;
    }

    /** The dead-letter reason: the binder's (and our own) {@code x-exception-message} header. */
    static String reason(Object nativeHeaders, Object convertedHeaders) {
        Object value = null;
        if (nativeHeaders instanceof Headers h) {
            Header header = h.lastHeader("x-exception-message");
            value = header == null ? null : header.value();
        }
        if (value == null && convertedHeaders instanceof Map<?, ?> map) {
            value = map.get("x-exception-message");
        }
        return value instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8)
                : value == null ? null : value.toString();
    }
}
