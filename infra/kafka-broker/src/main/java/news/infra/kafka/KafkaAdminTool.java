package news.infra.kafka;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.ConsumerGroupListing;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.clients.admin.NewPartitions;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TopicExistsException;

/**
 * The two admin jobs the launcher needs, on the broker's own client jars (the 4.4 kafka-tools are not on Central):
 * <ul>
 *   <li>{@code create-topics PARTITIONS TOPIC...}: create topics that do not exist yet, and grow existing ones that have
 *       fewer partitions (idempotent; partitions are never removed);</li>
 *   <li>{@code lag}: committed offset, log-end offset and lag for every consumer group and partition;</li>
 *   <li>{@code members}: the members of every consumer group and the partitions each one is assigned.</li>
 * </ul>
 * Bootstrap servers from env {@code NEWS_KAFKA_BOOTSTRAP} (default 127.0.0.1:9092).
 */
public final class KafkaAdminTool {

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            System.err.println("usage: KafkaAdminTool create-topics PARTITIONS TOPIC... | lag | members");
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
                case "members" -> printMembers(admin);
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
        List<String> present = names.stream().filter(existing::contains).toList();
        if (present.isEmpty()) {
            return;
        }
        Map<String, NewPartitions> grow = new java.util.TreeMap<>();
        try {
            admin.describeTopics(present).allTopicNames().get().forEach((name, d) -> {
                if (d.partitions().size() < partitions) {
                    grow.put(name, NewPartitions.increaseTo(partitions));
                } else {
                    System.out.println("topic exists " + name + " (" + d.partitions().size() + " partitions)");
                }
            });
            admin.createPartitions(grow).all().get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot grow topics " + grow.keySet() + ": " + e.getCause().getMessage(), e);
        }
        grow.keySet().forEach(n -> System.out.println("grew topic " + n + " to " + partitions + " partitions"));
    }

    /** Every consumer group's members (client id, host) with the partitions each one consumes. */
    static void printMembers(Admin admin) throws Exception {
        List<String> groups = admin.listConsumerGroups().all().get().stream().map(ConsumerGroupListing::groupId).sorted().toList();
        if (groups.isEmpty()) {
            System.out.println("  (no consumer groups yet)");
            return;
        }
        System.out.printf("  %-22s %-8s %-60s %s%n", "GROUP", "STATE", "MEMBER (member id @ host)", "PARTITIONS");
        admin.describeConsumerGroups(groups).all().get().values().stream()
                .sorted(Comparator.comparing(ConsumerGroupDescription::groupId))
                .forEach(g -> {
                    if (g.members().isEmpty()) {
                        System.out.printf("  %-22s %-8s %-60s %s%n", g.groupId(), g.groupState(), "(none)", "");
                    }
                    g.members().stream().sorted(Comparator.comparing(MemberDescription::consumerId)).forEach(m ->
                            System.out.printf("  %-22s %-8s %-60s %s%n", g.groupId(), g.groupState(),
                                    m.consumerId() + " @ " + m.host().replaceFirst("^/", ""),
                                    m.assignment().topicPartitions().stream()
                                            .sorted(Comparator.comparing(TopicPartition::topic).thenComparing(TopicPartition::partition))
                                            .map(tp -> tp.topic() + "-" + tp.partition()).collect(Collectors.joining(","))));
                });
    }

    /**
     * One row per partition of every topic a group has committed on, including partitions it never committed on
     * (shown as "-", their lag counted from the log start, where a new consumer with auto.offset.reset=earliest begins).
     * Caught-up partitions show lag 0.
     */
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
            Set<String> topics = committed.keySet().stream().map(TopicPartition::topic).collect(Collectors.toSet());
            List<TopicPartition> partitions = admin.describeTopics(topics).allTopicNames().get().values().stream()
                    .flatMap(d -> d.partitions().stream().map(p -> new TopicPartition(d.name(), p.partition())))
                    .sorted(Comparator.comparing(TopicPartition::topic).thenComparing(TopicPartition::partition))
                    .toList();
            var ends = admin.listOffsets(partitions.stream().collect(Collectors.toMap(tp -> tp, tp -> OffsetSpec.latest()))).all().get();
            var starts = admin.listOffsets(partitions.stream().collect(Collectors.toMap(tp -> tp, tp -> OffsetSpec.earliest()))).all().get();
            long total = 0;
            for (TopicPartition tp : partitions) {
                OffsetAndMetadata c = committed.get(tp);
                long end = ends.get(tp).offset();
                long lag = Math.max(0, end - (c == null ? starts.get(tp).offset() : c.offset()));
                total += lag;
                System.out.printf("  %-22s %-18s %4d %10s %10d %8d%n", group, tp.topic(), tp.partition(),
                        c == null ? "-" : String.valueOf(c.offset()), end, lag);
            }
            System.out.printf("  %-22s %-18s %4s %10s %10s %8d%n", group, "(total)", "", "", "", total);
        }
    }

    private KafkaAdminTool() {}
}
