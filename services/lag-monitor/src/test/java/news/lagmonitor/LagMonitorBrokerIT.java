package news.lagmonitor;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import news.lagmonitor.LagReport.GroupLag;
import news.lagmonitor.LagReport.PartitionLag;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.test.context.EmbeddedKafka;

/**
 * The lag monitor against a real in-process KRaft broker (spring-kafka-test's embedded broker), real consumers and a
 * producer that keeps writing: a paused consumer is STALL, a stopped one STOP, both within one window; an idle
 * caught-up group stays OK with 0 lag seconds; and the figures are the broker's own committed and end offsets.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "news.lag.bootstrap=${spring.embedded.kafka.brokers}",
        "news.lag.poll-interval=300ms",
        "news.lag.window-size=5",
        "logging.structured.format.console=", "logging.level.org.apache.kafka=WARN", "logging.level.kafka=WARN", "logging.level.org.apache.zookeeper=WARN"})
@EmbeddedKafka(partitions = 3, topics = {LagMonitorBrokerIT.PAUSED_TOPIC, LagMonitorBrokerIT.STOPPED_TOPIC, LagMonitorBrokerIT.IDLE_TOPIC})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LagMonitorBrokerIT {

    static final String PAUSED_TOPIC = "lagtest.paused";
    static final String STOPPED_TOPIC = "lagtest.stopped";
    static final String IDLE_TOPIC = "lagtest.idle";
    static final Duration POLL = Duration.ofMillis(300);
    static final Duration WINDOW = POLL.multipliedBy(5);

    @Autowired
    LagMonitor monitor;
    @Autowired
    LagMonitorProperties props;
    @LocalServerPort
    int port;

    KafkaProducer<String, String> producer;
    Admin admin;
    final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    void clients() {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, props.bootstrap());
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        p.put(ProducerConfig.LINGER_MS_CONFIG, "0");
        producer = new KafkaProducer<>(p);
        admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, props.bootstrap()));
    }

    @AfterAll
    void close() {
        producer.close();
        admin.close();
    }

    @Test
    void pausedConsumerIsStallWithinOneWindowAndFiguresAreTheBrokers() throws Exception {
        String group = "lagtest-paused";
        try (Worker worker = new Worker(group, PAUSED_TOPIC); Writer writer = new Writer(PAUSED_TOPIC)) {
            awaitGroup(group, g -> g.totalLag() == 0 && g.partitions().size() == 3 && g.members() == 1, Duration.ofSeconds(30));
            assertThat(monitor.group(group).orElseThrow().status()).isEqualTo("OK");

            worker.pause(); // still a member (keeps polling, heartbeats), consumes and commits nothing from now on
            long pollsAtPause = monitor.latest().poll();
            LagReport report = awaitReport(group, g -> g.status().equals("ERR")
                    && g.partitions().stream().allMatch(p -> p.status().equals("STALL")), Duration.ofSeconds(20));
            GroupLag flagged = groupOf(report, group);
            assertThat(flagged.partitions()).allSatisfy(p -> assertThat(p.owner()).isNotNull());
            assertFlaggedWithinOneWindow(pollsAtPause, report);
            writer.close();
            assertFiguresEqualTheBrokers(group, PAUSED_TOPIC);
        }
    }

    @Test
    void stoppedConsumerIsStopWithinOneWindowWithLagSecondsFromTheOldestRecord() throws Exception {
        String group = "lagtest-stopped";
        try (Worker worker = new Worker(group, STOPPED_TOPIC); Writer writer = new Writer(STOPPED_TOPIC)) {
            awaitGroup(group, g -> g.totalLag() == 0 && g.partitions().size() == 3 && g.members() == 1, Duration.ofSeconds(30));
            worker.close(); // leaves the group: nobody owns the partitions any more
            long stoppedAt = System.nanoTime();
            long pollsAtStop = monitor.latest().poll();
            // the group turns ERR with its first STOP partition, every partition is STOP within one window
            LagReport report = awaitReport(group, g -> g.status().equals("ERR")
                    && g.partitions().stream().allMatch(p -> p.status().equals("STOP")), Duration.ofSeconds(20));
            GroupLag flagged = groupOf(report, group);
            Duration took = Duration.ofNanos(System.nanoTime() - stoppedAt);
            assertFlaggedWithinOneWindow(pollsAtStop, report);
            assertThat(flagged.members()).isZero();
            // lag seconds are the age of the oldest unconsumed record: at least the time since the consumer left,
            // minus the writer's pause between records, and measured (not interpolated)
            PartitionLag p = flagged.partitions().getFirst();
            assertThat(p.lagSecondsMethod()).isEqualTo("oldest-unconsumed-record-timestamp");
            assertThat(p.lagSeconds()).isGreaterThan(0).isLessThanOrEqualTo(took.toMillis() / 1000.0 + 2);
            assertThat(flagged.maxLagSeconds()).isGreaterThanOrEqualTo((took.toMillis() - 500) / 1000.0);
            writer.close();
            assertFiguresEqualTheBrokers(group, STOPPED_TOPIC);

            // the same figures over HTTP and as Prometheus metrics
            String json = get("/api/v1/lag/" + group).body();
            assertThat(json).contains("\"group\":\"" + group + "\"", "\"status\":\"ERR\"", "\"status\":\"STOP\"");
            String metrics = get("/actuator/prometheus").body();
            assertThat(metrics).contains("burrow_kafka_consumer_status{group=\"" + group + "\"} 3.0");
            assertThat(metrics).contains("burrow_kafka_consumer_partition_status{group=\"" + group + "\",partition=\"0\",topic=\"" + STOPPED_TOPIC + "\"} 4.0");
            GroupLag now = monitor.group(group).orElseThrow();
            assertThat(metrics).contains("kafka_consumergroup_group_sum_lag{group=\"" + group + "\"} " + (double) now.totalLag());
            assertThat(metrics).contains("kafka_consumergroup_group_lag{group=\"" + group + "\",partition=\"1\",topic=\"" + STOPPED_TOPIC + "\"} "
                    + (double) now.partitions().get(1).lag());
        }
    }

    @Test
    void idleCaughtUpGroupWithoutMembersStaysOkWithZeroLagSeconds() throws Exception {
        String group = "lagtest-idle";
        for (int i = 0; i < 12; i++) producer.send(new ProducerRecord<>(IDLE_TOPIC, i % 3, "k" + i, "v" + i)).get();
        try (Worker worker = new Worker(group, IDLE_TOPIC)) {
            awaitGroup(group, g -> g.totalLag() == 0 && g.partitions().size() == 3, Duration.ofSeconds(30));
        }
        // no traffic and no consumer for three windows: nothing is stuck
        Thread.sleep(WINDOW.multipliedBy(3).toMillis());
        GroupLag g = monitor.group(group).orElseThrow();
        assertThat(g.status()).isEqualTo("OK");
        assertThat(g.members()).isZero();
        assertThat(g.partitions()).allSatisfy(p -> {
            assertThat(p.status()).isEqualTo("OK");
            assertThat(p.windowComplete()).isTrue();
            assertThat(p.lag()).isZero();
            assertThat(p.lagSeconds()).isZero();
            assertThat(p.lagSecondsMethod()).isEqualTo("caught-up");
            assertThat(p.committedOffset()).isEqualTo(4L);
        });
    }

    @Test
    void unknownGroupIsA404Problem() throws Exception {
        awaitReport();
        HttpResponse<String> r = get("/api/v1/lag/no-such-group");
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
        assertThat(r.body()).contains("\"title\":\"Unknown consumer group\"", "\"group\":\"no-such-group\"");
    }

    @Test
    void allGroupsInOneCallWithTheTotalAndTheTextTable() throws Exception {
        awaitReport();
        HttpResponse<String> r = get("/api/v1/lag");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("\"totalLag\":", "\"groups\":[", "\"lagSecondsMethod\":\"per partition: age of the oldest unconsumed record");
        HttpResponse<String> t = get("/api/v1/lag?format=text");
        assertThat(t.statusCode()).isEqualTo(200);
        assertThat(t.body()).contains("GROUP", "COMMITTED", "LOG-END", "LAG-SEC", "STATUS", "(all groups)");
        assertThat(get("/").body()).contains("<svg id=\"chart\"");
        assertThat(get("/api/v1/lag/history").body()).startsWith("[{\"at\":");
    }

    // --- helpers

    /**
     * A window is windowSize polls: the first poll that starts after the stop sees the final committed offset, so the
     * window holds only such observations windowSize polls later; one more poll may have been in flight at the stop.
     */
    private void assertFlaggedWithinOneWindow(long pollsAtStop, LagReport flagged) {
        long polls = flagged.poll() - pollsAtStop;
        assertThat(polls).as("polls from the stop until flagged").isLessThanOrEqualTo(props.windowSize() + 1L);
        assertThat(polls).as("not flagged before a full window").isGreaterThanOrEqualTo(props.windowSize() - 1L);
    }

    /** Kafka's own figures, read after the monitor's next poll with no writes in between, must be the monitor's. */
    private void assertFiguresEqualTheBrokers(String group, String topic) throws Exception {
        Thread.sleep(200); // let the last in-flight send land
        LagReport report = monitor.pollOnce();
        GroupLag g = report.groups().stream().filter(x -> x.group().equals(group)).findFirst().orElseThrow();
        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get();
        List<TopicPartition> tps = List.of(0, 1, 2).stream().map(i -> new TopicPartition(topic, i)).toList();
        var ends = admin.listOffsets(tps.stream().collect(Collectors.toMap(tp -> tp, tp -> OffsetSpec.latest()))).all().get();
        assertThat(g.partitions()).hasSize(3);
        long total = 0;
        for (PartitionLag p : g.partitions()) {
            TopicPartition tp = new TopicPartition(p.topic(), p.partition());
            assertThat(p.committedOffset()).as("committed %s", tp).isEqualTo(committed.get(tp).offset());
            assertThat(p.logEndOffset()).as("end %s", tp).isEqualTo(ends.get(tp).offset());
            assertThat(p.lag()).isEqualTo(ends.get(tp).offset() - committed.get(tp).offset()).isPositive();
            total += p.lag();
        }
        assertThat(g.totalLag()).isEqualTo(total);
        assertThat(g.maxLag()).isEqualTo(g.partitions().stream().mapToLong(PartitionLag::lag).max().orElseThrow());
    }

    /** The first report (one poll's figures) in which the group meets the condition. */
    private LagReport awaitReport(String group, Predicate<GroupLag> condition, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            LagReport r = monitor.latest();
            var g = r.groups().stream().filter(x -> x.group().equals(group)).findFirst();
            if (g.isPresent() && condition.test(g.get())) return r;
            Thread.sleep(10);
        }
        throw new AssertionError("group " + group + " did not reach the expected state in " + timeout + "; last: " + monitor.group(group));
    }

    private static GroupLag groupOf(LagReport r, String group) {
        return r.groups().stream().filter(x -> x.group().equals(group)).findFirst().orElseThrow();
    }

    private GroupLag awaitGroup(String group, Predicate<GroupLag> condition, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            var g = monitor.group(group);
            if (g.isPresent() && condition.test(g.get())) return g.get();
            Thread.sleep(25);
        }
        throw new AssertionError("group " + group + " did not reach the expected state in " + timeout + "; last: " + monitor.group(group));
    }

    private void awaitReport() throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (monitor.latest().observedAt() == null && System.nanoTime() < deadline) Thread.sleep(25);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A consumer that commits after every poll; {@code paused} makes it keep its partitions but read nothing. */
    final class Worker implements AutoCloseable {
        final AtomicBoolean paused = new AtomicBoolean();
        final java.util.concurrent.CountDownLatch pausedAck = new java.util.concurrent.CountDownLatch(1);
        final AtomicBoolean running = new AtomicBoolean(true);
        final Thread thread;

        Worker(String group, String topic) {
            Properties c = new Properties();
            c.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, props.bootstrap());
            c.put(ConsumerConfig.GROUP_ID_CONFIG, group);
            c.put(ConsumerConfig.CLIENT_ID_CONFIG, group + "-worker");
            c.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
            c.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
            c.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
            c.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
            thread = new Thread(() -> {
                try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(c)) {
                    consumer.subscribe(List.of(topic));
                    while (running.get()) {
                        if (paused.get()) {
                            consumer.pause(consumer.assignment());
                            pausedAck.countDown(); // paused partitions return no records: no commit after this
                        }
                        if (!consumer.poll(Duration.ofMillis(50)).isEmpty()) consumer.commitSync();
                    }
                }
            }, group + "-worker");
            thread.start();
        }

        void pause() throws InterruptedException {
            paused.set(true);
            assertThat(pausedAck.await(10, java.util.concurrent.TimeUnit.SECONDS)).as("worker paused").isTrue();
        }

        @Override
        public void close() throws InterruptedException {
            running.set(false);
            thread.join(10_000);
        }
    }

    /** A producer that keeps writing one record every 20 ms, round-robin over the three partitions. */
    final class Writer implements AutoCloseable {
        final AtomicBoolean running = new AtomicBoolean(true);
        final AtomicLong sent = new AtomicLong();
        final Thread thread;

        Writer(String topic) {
            thread = new Thread(() -> {
                while (running.get()) {
                    long n = sent.getAndIncrement();
                    try {
                        producer.send(new ProducerRecord<>(topic, (int) (n % 3), "k" + n, "v" + n)).get();
                        Thread.sleep(20);
                    } catch (InterruptedException e) {
                        return;
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }
            }, topic + "-writer");
            thread.start();
        }

        @Override
        public void close() throws InterruptedException {
            running.set(false);
            thread.join(10_000);
        }
    }
}
