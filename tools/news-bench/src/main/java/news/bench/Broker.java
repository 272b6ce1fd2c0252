package news.bench;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListConsumerGroupOffsetsSpec;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * What the benchmark asks the broker, with the Kafka client: each stage group's lag (committed offsets against log-end
 * offsets of its input topic, the way the lag-monitor and {@code ./news status} count it), producing poison records,
 * and reading the dead-letter topics back.
 */
final class Broker implements AutoCloseable {
    /** Each stage's consumer group and the topic it consumes. */
    static final Map<String, String> GROUP_INPUT = orderedMap("normalizer", "news.raw", "classifier", "news.normalized",
            "indexer", "news.classified");

    private final String bootstrap;
    private final Admin admin;

    Broker(String bootstrap) {
        this.bootstrap = bootstrap;
        Properties p = new Properties();
        p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        // short: a poll during a broker outage must fail fast (an unknown sample), not hold up the sampler
        p.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "3000");
        p.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "2000");
        p.put(AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, "1000");
        this.admin = Admin.create(p);
    }

    /** Lag of each stage group (summed over its input topic's partitions); throws when the broker does not answer. */
    Map<String, Long> lag() throws Exception {
        Map<String, ListConsumerGroupOffsetsSpec> specs = new LinkedHashMap<>();
        GROUP_INPUT.keySet().forEach(g -> specs.put(g, new ListConsumerGroupOffsetsSpec()));
        var committed = admin.listConsumerGroupOffsets(specs).all().get(3, TimeUnit.SECONDS);
        List<TopicPartition> partitions = new ArrayList<>();
        admin.describeTopics(GROUP_INPUT.values()).allTopicNames().get(3, TimeUnit.SECONDS).forEach((topic, d) ->
                d.partitions().forEach(p -> partitions.add(new TopicPartition(topic, p.partition()))));
        var ends = admin.listOffsets(partitions.stream().collect(Collectors.toMap(tp -> tp, tp -> OffsetSpec.latest())))
                .all().get(3, TimeUnit.SECONDS);
        var starts = admin.listOffsets(partitions.stream().collect(Collectors.toMap(tp -> tp, tp -> OffsetSpec.earliest())))
                .all().get(3, TimeUnit.SECONDS);
        Map<String, Long> out = new LinkedHashMap<>();
        GROUP_INPUT.forEach((group, topic) -> {
            Map<TopicPartition, OffsetAndMetadata> c = committed.getOrDefault(group, Map.of());
            long lag = 0;
            for (TopicPartition tp : partitions) {
                if (tp.topic().equals(topic)) {
                    OffsetAndMetadata o = c.get(tp);
                    lag += Math.max(0, ends.get(tp).offset() - (o == null ? starts.get(tp).offset() : o.offset()));
                }
            }
            out.put(group, lag);
        });
        return out;
    }

    /** The log-end offset of every partition of {@code topics}: where the run's own dead letters begin. */
    Map<TopicPartition, Long> endOffsets(List<String> topics) throws Exception {
        List<TopicPartition> partitions = new ArrayList<>();
        admin.describeTopics(topics).allTopicNames().get(10, TimeUnit.SECONDS).forEach((topic, d) ->
                d.partitions().forEach(p -> partitions.add(new TopicPartition(topic, p.partition()))));
        Map<TopicPartition, Long> out = new HashMap<>();
        admin.listOffsets(partitions.stream().collect(Collectors.toMap(tp -> tp, tp -> OffsetSpec.latest()))).all()
                .get(10, TimeUnit.SECONDS).forEach((tp, info) -> out.put(tp, info.offset()));
        return out;
    }

    /** Produces each poison record (acks=all) with {@code key}; returns where each landed. */
    List<DeliveryCheck.Produced> producePoison(String topic, List<PoisonRecords.Poison> records, String keyPrefix) throws Exception {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        p.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, "10000");
        p.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, "30000");
        List<DeliveryCheck.Produced> out = new ArrayList<>();
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(p, new ByteArraySerializer(), new ByteArraySerializer())) {
            int i = 0;
            for (PoisonRecords.Poison r : records) {
                byte[] key = (keyPrefix + (i++)).getBytes(StandardCharsets.UTF_8);
                RecordMetadata m = producer.send(new ProducerRecord<>(topic, key, r.value())).get(30, TimeUnit.SECONDS);
                out.add(new DeliveryCheck.Produced(topic, m.partition(), m.offset(), r.kind()));
            }
        }
        return out;
    }

    /** Every record of the dead-letter topics from {@code from} (per partition) to their current end, with its headers. */
    List<DeliveryCheck.DeadLetter> deadLetters(Map<TopicPartition, Long> from) throws Exception {
        Map<TopicPartition, Long> to = endOffsets(from.keySet().stream().map(TopicPartition::topic).distinct().toList());
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        List<DeliveryCheck.DeadLetter> out = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(p, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> wanted = to.keySet().stream().filter(tp -> to.get(tp) > from.getOrDefault(tp, 0L)).toList();
            if (wanted.isEmpty()) {
                return out;
            }
            consumer.assign(wanted);
            wanted.forEach(tp -> consumer.seek(tp, from.getOrDefault(tp, 0L)));
            Map<TopicPartition, Long> remaining = new HashMap<>();
            wanted.forEach(tp -> remaining.put(tp, to.get(tp)));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (!remaining.isEmpty() && System.nanoTime() < deadline) {
                for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(500))) {
                    out.add(new DeliveryCheck.DeadLetter(r.topic(), r.partition(), r.offset(),
                            text(r.headers().lastHeader("x-original-topic"), r.headers().lastHeader("kafka_dlt-original-topic")),
                            number(r.headers().lastHeader("x-original-partition"), r.headers().lastHeader("kafka_dlt-original-partition"))
                                    .map(Long::intValue).orElse(null),
                            number(r.headers().lastHeader("x-original-offset"), r.headers().lastHeader("kafka_dlt-original-offset"))
                                    .orElse(null),
                            text(r.headers().lastHeader("x-exception-message"), r.headers().lastHeader("kafka_dlt-exception-message"))));
                    TopicPartition tp = new TopicPartition(r.topic(), r.partition());
                    if (remaining.containsKey(tp) && r.offset() + 1 >= remaining.get(tp)) {
                        remaining.remove(tp);
                    }
                }
            }
        }
        return out;
    }

    private static String text(Header... candidates) {
        for (Header h : candidates) {
            if (h != null && h.value() != null) {
                return new String(h.value(), StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    /**
     * A partition or offset header: the binder writes them as 4- or 8-byte big-endian numbers; a hand-made DLQ may write
     * the digits as text. Both are read.
     */
    static java.util.Optional<Long> number(Header... candidates) {
        for (Header h : candidates) {
            if (h == null || h.value() == null) {
                continue;
            }
            byte[] v = h.value();
            String s = new String(v, StandardCharsets.UTF_8).strip();
            if (s.matches("-?\\d{1,19}")) {
                return java.util.Optional.of(Long.parseLong(s));
            }
            if (v.length == 8) {
                return java.util.Optional.of(ByteBuffer.wrap(v).getLong());
            }
            if (v.length == 4) {
                return java.util.Optional.of((long) ByteBuffer.wrap(v).getInt());
            }
        }
        return java.util.Optional.empty();
    }

    private static Map<String, String> orderedMap(String... kv) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i + 1 < kv.length; i += 2) {
            m.put(kv[i], kv[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(m);
    }

    @Override
    public void close() {
        admin.close(Duration.ofSeconds(5));
    }
}
