package news.infra.kafka;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupListing;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TopicExistsException;

/**
 * The two admin jobs the launcher needs, on the broker's own client jars (the 4.4 kafka-tools are not on Central):
 * <ul>
 *   <li>{@code create-topics PARTITIONS TOPIC...}: create topics that do not exist yet (idempotent);</li>
 *   <li>{@code lag}: committed offset, log-end offset and lag for every consumer group and partition.</li>
 * </ul>
 * Bootstrap servers from env {@code NEWS_KAFKA_BOOTSTRAP} (default 127.0.0.1:9092).
 */
public final class KafkaAdminTool {

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            System.err.println("usage: KafkaAdminTool create-topics PARTITIONS TOPIC... | lag");
            System.exit(2);
        }
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                System.getenv().getOrDefault("NEWS_KAFKA_BOOTSTRAP", "127.0.0.1:9092"));
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "10000");
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "5000");
        try (Admin admin = Admin.create(props)) {
            switch (args[0]) {
                case "create-topics" -> createTopics(admin, Integer.parseInt(args[1]), List.of(args).subList(2, args.length));
                case "lag" -> printLag(admin);
                default -> {
                    System.err.println("unknown command: " + args[0]);
                    System.exit(2);
                }
            }
        }
    }

    static void createTopics(Admin admin, int partitions, Collection<String> names) throws InterruptedException {
        Set<String> existing;
        try {
            existing = admin.listTopics().names().get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot list topics: " + e.getCause().getMessage(), e);
        }
        List<NewTopic> missing = names.stream().filter(n -> !existing.contains(n))
                .map(n -> new NewTopic(n, partitions, (short) 1)).toList();
        for (var entry : admin.createTopics(missing).values().entrySet()) {
            try {
                entry.getValue().get();
                System.out.println("created topic " + entry.getKey() + " (" + partitions + " partitions)");
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw new IllegalStateException("cannot create " + entry.getKey() + ": " + e.getCause().getMessage(), e);
                }
            }
        }
        names.stream().filter(existing::contains).forEach(n -> System.out.println("topic exists " + n));
    }

    static void printLag(Admin admin) throws Exception {
        Collection<ConsumerGroupListing> groups = admin.listConsumerGroups().all().get();
        if (groups.isEmpty()) {
            System.out.println("  (no consumer groups yet)");
            return;
        }
        System.out.printf("  %-22s %-18s %4s %10s %10s %8s%n", "GROUP", "TOPIC", "PART", "COMMITTED", "LOG-END", "LAG");
        for (String group : groups.stream().map(ConsumerGroupListing::groupId).sorted().toList()) {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                    .partitionsToOffsetAndMetadata().get();
            Map<TopicPartition, OffsetSpec> request = committed.keySet().stream()
                    .collect(Collectors.toMap(tp -> tp, tp -> OffsetSpec.latest()));
            var ends = admin.listOffsets(request).all().get();
            long total = 0;
            List<String> rows = new ArrayList<>();
            for (var e : new TreeMap<>(committed.entrySet().stream().collect(Collectors.toMap(
                    en -> en.getKey().topic() + "/" + String.format("%04d", en.getKey().partition()), en -> en))).values()) {
                TopicPartition tp = e.getKey();
                long offset = e.getValue() == null ? 0 : e.getValue().offset();
                long end = ends.get(tp).offset();
                long lag = Math.max(0, end - offset);
                total += lag;
                rows.add(String.format("  %-22s %-18s %4d %10d %10d %8d", group, tp.topic(), tp.partition(), offset, end, lag));
            }
            rows.forEach(System.out::println);
            System.out.printf("  %-22s %-18s %4s %10s %10s %8d%n", group, "(total)", "", "", "", total);
        }
    }

    private KafkaAdminTool() {}
}
