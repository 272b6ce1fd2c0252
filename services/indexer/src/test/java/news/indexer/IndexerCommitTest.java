package news.indexer;

import io.github.resilience4j.retry.RetryRegistry;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import news.service.stream.ConsumedRecord;
import news.service.stream.NeverSkipBatches;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.MockConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.listener.BatchMessageListener;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.kafka.listener.KafkaMessageListenerContainer;
import org.springframework.kafka.support.converter.BatchMessagingMessageConverter;
import org.springframework.messaging.Message;

/**
 * Offsets are committed only after Elasticsearch confirmed the batch. The real spring-kafka listener container (with
 * the indexer's {@link NeverSkipBatches} error handler and the binder's batch converter) runs on Kafka's own
 * {@link MockConsumer}, so no broker is started, and Elasticsearch is {@link LocalElasticsearch}, which answers 503 for
 * a while: every failing bulk request sees the batch's offsets still uncommitted, and they are committed once it
 * succeeds.
 */
class IndexerCommitTest {
    static final TopicPartition PARTITION = new TopicPartition("news.classified", 0);

    @Test
    void aBatchIsCommittedOnlyAfterElasticsearchConfirmedIt() throws Exception {
        MockConsumer<byte[], byte[]> consumer = new MockConsumer<>("earliest");
        consumer.updateBeginningOffsets(Map.of(PARTITION, 0L));
        consumer.schedulePollTask(() -> {
            consumer.rebalance(List.of(PARTITION));
            for (String id : List.of("a", "b", "c")) {
                ConsumedRecord r = BulkIndexWriterFailurePathsTest.article(id);
                consumer.addRecord(new ConsumerRecord<>(PARTITION.topic(), PARTITION.partition(), consumer.position(PARTITION)
                        + List.of("a", "b", "c").indexOf(id), r.key(), r.payload()));
            }
        });

        try (LocalElasticsearch es = new LocalElasticsearch()) {
            // 2 writer attempts fail, the container hands the batch back (1 s), 1 more fails, then Elasticsearch answers
            es.failNextRequests(503, 503, 503);
            List<Long> committedWhileFailing = new CopyOnWriteArrayList<>();
            es.onBulk = () -> committedWhileFailing.add(committed(consumer));

            IndexerProperties properties = new IndexerProperties("news", 1, "news");
        RetryRegistry retries = TestRetries.registry(2, Duration.ofMillis(20), Duration.ofMillis(50));
            BulkIndexWriter writer = new BulkIndexWriter(LocalElasticsearch.clientFor(es.url()), properties,
                    (record, reason, details) -> {
                        throw new AssertionError("nothing here is a dead letter: " + reason);
                    }, new SimpleMeterRegistry(), retries, IndexedVersions.NONE, StatusSink.NONE);
            Consumer<Message<List<byte[]>>> index = new IndexerConsumer().index(writer);

            KafkaMessageListenerContainer<byte[], byte[]> container = container(consumer, index);
            container.start();
            long committedAtEnd;
            try {
                long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
                while (committed(consumer) < 3 && System.nanoTime() < deadline) {
                    Thread.sleep(20);
                }
                committedAtEnd = committed(consumer);
            } finally {
                container.stop();
            }

            assertThat(es.bulkIds()).as("the batch is delivered and retried whole").hasSize(4)
                    .allSatisfy(ids -> assertThat(ids).containsExactly("a", "b", "c"));
            assertThat(committedWhileFailing).as("committed offset seen by each bulk request").hasSize(4)
                    .allSatisfy(offset -> assertThat(offset).isLessThanOrEqualTo(0L));
            assertThat(committedAtEnd).as("committed after the batch was indexed").isEqualTo(3L);
            assertThat(es.documents).containsOnlyKeys("a", "b", "c");
        }
    }

    /** The committed offset of the partition, -1 if none. */
    private static long committed(MockConsumer<byte[], byte[]> consumer) {
        OffsetAndMetadata offset = consumer.committed(java.util.Set.of(PARTITION)).get(PARTITION);
        return offset == null ? -1 : offset.offset();
    }

    @SuppressWarnings("unchecked")
    private static KafkaMessageListenerContainer<byte[], byte[]> container(MockConsumer<byte[], byte[]> consumer,
                                                                       Consumer<Message<List<byte[]>>> index) {
        ConsumerFactory<byte[], byte[]> factory = new ConsumerFactory<>() {
            @Override
            public org.apache.kafka.clients.consumer.Consumer<byte[], byte[]> createConsumer(String groupId, String clientIdPrefix,
                                                                                             String clientIdSuffix, Properties properties) {
                return consumer;
            }

            @Override
            public boolean isAutoCommit() {
                return false;
            }

            @Override
            public Map<String, Object> getConfigurationProperties() {
                return Map.of("enable.auto.commit", false, "group.id", "indexer");
            }
        };
        ContainerProperties properties = new ContainerProperties(PARTITION.topic());
        properties.setGroupId("indexer");
        // what the binder's batch-mode adapter does: one message for the poll, with per-record header lists
        BatchMessagingMessageConverter converter = new BatchMessagingMessageConverter();
        properties.setMessageListener((BatchMessageListener<byte[], byte[]>) records -> index.accept(
                (Message<List<byte[]>>) converter.toMessage(new ArrayList<>(records), null, consumer, Object.class)));
        KafkaMessageListenerContainer<byte[], byte[]> container = new KafkaMessageListenerContainer<>(factory, properties);
        new NeverSkipBatches().configure(container, PARTITION.topic(), "indexer");
        return container;
    }
}
