package news.lagmonitor;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.GroupListing;
import org.apache.kafka.clients.admin.ListConsumerGroupOffsetsSpec;
import org.apache.kafka.clients.admin.ListGroupsOptions;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads, in one pass, every watched consumer group's committed offsets, membership and the log ends of every partition
 * of the topics it consumes, the way Kafka's own consumer-group tool does (committed offsets first, then log ends).
 * Also reads the timestamp of the record at a committed offset (the oldest unconsumed one) with a group-less consumer
 * that never commits. Used from one thread (the poller).
 */
public class KafkaOffsetReader implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(KafkaOffsetReader.class);
    private static final long TIMEOUT_MS = 10_000;

    /** One group's view of one partition at one poll; {@code committedOffset} -1 when it never committed there. */
    public record PartitionOffsets(TopicPartition partition, long committedOffset, long logEndOffset, long logStartOffset,
                                   String ownerClientId) {}

    /** One group at one poll. */
    public record GroupOffsets(String group, String state, int members, List<PartitionOffsets> partitions) {}

    public record Snapshot(Instant observedAt, List<GroupOffsets> groups) {}

    private final Admin admin;
    private final KafkaConsumer<byte[], byte[]> timestampReader;
    private final LagMonitorProperties props;
    private final Clock clock;

    public KafkaOffsetReader(LagMonitorProperties props, Clock clock) {
        this.props = props;
        this.clock = clock;
        Properties a = new Properties();
        a.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, props.bootstrap());
        a.put(AdminClientConfig.CLIENT_ID_CONFIG, "lag-monitor-admin");
        a.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, String.valueOf(TIMEOUT_MS));
        a.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "5000");
        this.admin = Admin.create(a);
        Properties c = new Properties();
        c.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, props.bootstrap());
        c.put(ConsumerConfig.CLIENT_ID_CONFIG, "lag-monitor-timestamps");
        // no group.id: this consumer joins no group, commits nothing and so never shows up as a group itself
        c.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        c.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        // we need only the first record after each committed offset, not the (up to 5 MiB) articles after it
        c.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, "1");
        c.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "500");
        c.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        c.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        this.timestampReader = new KafkaConsumer<>(c);
    }

    public Snapshot read() throws InterruptedException, ExecutionException, TimeoutException {
        List<String> groupIds = get(admin.listGroups(ListGroupsOptions.forConsumerGroups()).all()).stream()
                .map(GroupListing::groupId)
                .filter(id -> props.groupPattern().matcher(id).matches())
                .sorted().toList();
        if (groupIds.isEmpty()) {
            return new Snapshot(clock.instant(), List.of());
        }
        Map<String, ConsumerGroupDescription> descriptions = get(admin.describeConsumerGroups(groupIds).all());
        Map<String, ListConsumerGroupOffsetsSpec> specs = groupIds.stream()
                .collect(Collectors.toMap(Function.identity(), g -> new ListConsumerGroupOffsetsSpec()));
        Map<String, Map<TopicPartition, OffsetAndMetadata>> committed = get(admin.listConsumerGroupOffsets(specs).all());

        // every topic a group committed on or has assigned, with all its partitions (also those never committed on)
        Map<String, Set<String>> topicsByGroup = new HashMap<>();
        Map<String, Map<TopicPartition, String>> ownersByGroup = new HashMap<>();
        for (String g : groupIds) {
            Set<String> topics = new HashSet<>();
            committed.getOrDefault(g, Map.of()).keySet().forEach(tp -> topics.add(tp.topic()));
            Map<TopicPartition, String> owners = new HashMap<>();
            ConsumerGroupDescription d = descriptions.get(g);
            if (d != null) {
                for (MemberDescription m : d.members()) {
                    for (TopicPartition tp : m.assignment().topicPartitions()) {
                        owners.put(tp, m.clientId());
                        topics.add(tp.topic());
                    }
                }
            }
            topicsByGroup.put(g, topics);
            ownersByGroup.put(g, owners);
        }
        Set<String> allTopics = topicsByGroup.values().stream().flatMap(Set::stream).collect(Collectors.toSet());
        Map<String, List<TopicPartition>> partitionsByTopic = describeTopics(allTopics);
        List<TopicPartition> allPartitions = partitionsByTopic.values().stream().flatMap(List::stream).toList();
        Map<TopicPartition, ListOffsetsResultInfo> ends = allPartitions.isEmpty() ? Map.of()
                : get(admin.listOffsets(allPartitions.stream().collect(Collectors.toMap(tp -> tp, tp -> OffsetSpec.latest()))).all());
        Map<TopicPartition, ListOffsetsResultInfo> starts = allPartitions.isEmpty() ? Map.of()
                : get(admin.listOffsets(allPartitions.stream().collect(Collectors.toMap(tp -> tp, tp -> OffsetSpec.earliest()))).all());
        Instant observedAt = clock.instant();

        List<GroupOffsets> groups = new ArrayList<>();
        for (String g : groupIds) {
            Map<TopicPartition, OffsetAndMetadata> c = committed.getOrDefault(g, Map.of());
            List<PartitionOffsets> rows = new ArrayList<>();
            for (String topic : topicsByGroup.get(g).stream().sorted().toList()) {
                for (TopicPartition tp : partitionsByTopic.getOrDefault(topic, List.of())) {
                    if (!ends.containsKey(tp)) continue;
                    OffsetAndMetadata om = c.get(tp);
                    rows.add(new PartitionOffsets(tp, om == null ? -1 : om.offset(), ends.get(tp).offset(),
                            starts.get(tp).offset(), ownersByGroup.get(g).get(tp)));
                }
            }
            ConsumerGroupDescription d = descriptions.get(g);
            groups.add(new GroupOffsets(g, d == null ? "UNKNOWN" : String.valueOf(d.groupState()),
                    d == null ? 0 : d.members().size(), rows));
        }
        return new Snapshot(observedAt, groups);
    }

    /** Partitions per topic, sorted; a topic deleted since the group committed on it is left out. */
    private Map<String, List<TopicPartition>> describeTopics(Set<String> topics) throws InterruptedException, TimeoutException {
        Map<String, List<TopicPartition>> result = new HashMap<>();
        for (Map.Entry<String, KafkaFuture<TopicDescription>> e : admin.describeTopics(topics).topicNameValues().entrySet()) {
            try {
                TopicDescription d = get(e.getValue());
                result.put(e.getKey(), d.partitions().stream().map(p -> new TopicPartition(d.name(), p.partition()))
                        .sorted(Comparator.comparingInt(TopicPartition::partition)).toList());
            } catch (ExecutionException ex) {
                log.warn("topic {} not described, left out: {}", e.getKey(), ex.getCause().toString());
            }
        }
        return result;
    }

    /**
     * Timestamps of the records at the given positions (the oldest unconsumed record of each lagging partition).
     * A partition whose record could not be read within {@code timeout} is missing from the result (the caller then
     * interpolates).
     */
    public Map<TopicPartition, Instant> recordTimestamps(Map<TopicPartition, Long> positions, Duration timeout) {
        Map<TopicPartition, Instant> result = new HashMap<>();
        if (positions.isEmpty()) {
            return result;
        }
        timestampReader.assign(positions.keySet());
        positions.forEach(timestampReader::seek);
        long deadline = System.nanoTime() + timeout.toNanos();
        while (result.size() < positions.size() && System.nanoTime() < deadline) {
            for (ConsumerRecord<byte[], byte[]> r : timestampReader.poll(Duration.ofMillis(100))) {
                TopicPartition tp = new TopicPartition(r.topic(), r.partition());
                if (!result.containsKey(tp) && r.offset() >= positions.get(tp)) {
                    result.put(tp, Instant.ofEpochMilli(r.timestamp()));
                    timestampReader.pause(List.of(tp));
                }
            }
        }
        timestampReader.resume(timestampReader.paused());
        timestampReader.assign(List.of());
        return result;
    }

    private static <T> T get(KafkaFuture<T> f) throws InterruptedException, ExecutionException, TimeoutException {
        return f.get(TIMEOUT_MS, TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        timestampReader.close(Duration.ofSeconds(2));
        admin.close(Duration.ofSeconds(2));
    }

}
