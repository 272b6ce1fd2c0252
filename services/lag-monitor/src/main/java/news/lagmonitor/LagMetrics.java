package news.lagmonitor;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import news.lagmonitor.LagReport.GroupLag;
import news.lagmonitor.LagReport.PartitionLag;

/**
 * The figures as Prometheus metrics, under the names the monitoring team's dashboards already use:
 * kafka-lag-exporter's for lag ({@code kafka_consumergroup_group_lag}, {@code _lag_seconds}, {@code _max_lag},
 * {@code _max_lag_seconds}, {@code _sum_lag}, {@code kafka_consumergroup_group_offset}, {@code kafka_partition_latest_offset})
 * and Burrow's for status ({@code burrow_kafka_consumer_status}, numbers as in Burrow: OK 1, WARN 2, ERR 3, STOP 4,
 * STALL 5, REWIND 6) plus {@code burrow_kafka_consumer_partition_status}. Burrow's {@code burrow_kafka_consumer_lag_total}
 * is not exported: the Prometheus client reserves {@code _total} for counters, and {@code kafka_consumergroup_group_sum_lag}
 * is the same figure.
 * Labels: group, topic, partition. Rows of groups or partitions that disappear are removed at the next poll.
 */
public class LagMetrics {

    private final MultiGauge partitionLag;
    private final MultiGauge partitionLagSeconds;
    private final MultiGauge partitionOffset;
    private final MultiGauge partitionStatus;
    private final MultiGauge latestOffset;
    private final MultiGauge groupMaxLag;
    private final MultiGauge groupMaxLagSeconds;
    private final MultiGauge groupSumLag;
    private final MultiGauge groupStatus;
    private final Counter pollFailures;

    public LagMetrics(MeterRegistry registry) {
        partitionLag = gauge(registry, "kafka.consumergroup.group.lag", "Lag in messages: log-end offset minus committed offset");
        partitionLagSeconds = gauge(registry, "kafka.consumergroup.group.lag.seconds",
                "Lag in seconds: age of the oldest unconsumed record (or interpolated), 0 when caught up");
        partitionOffset = gauge(registry, "kafka.consumergroup.group.offset", "The group's committed offset");
        partitionStatus = gauge(registry, "burrow.kafka.consumer.partition.status",
                "Partition status as Burrow numbers: OK 1, WARN 2, STOP 4, STALL 5, REWIND 6");
        latestOffset = gauge(registry, "kafka.partition.latest.offset", "The partition's log-end offset");
        groupMaxLag = gauge(registry, "kafka.consumergroup.group.max.lag", "The group's largest partition lag in messages");
        groupMaxLagSeconds = gauge(registry, "kafka.consumergroup.group.max.lag.seconds", "The group's largest partition lag in seconds");
        groupSumLag = gauge(registry, "kafka.consumergroup.group.sum.lag", "The group's total lag in messages");
        groupStatus = gauge(registry, "burrow.kafka.consumer.status", "Group status as Burrow numbers: OK 1, WARN 2, ERR 3");
        pollFailures = Counter.builder("news.lag.poll.failures").description("Admin API polls that failed (figures kept, marked stale)")
                .register(registry);
    }

    private static MultiGauge gauge(MeterRegistry registry, String name, String description) {
        return MultiGauge.builder(name).description(description).register(registry);
    }

    public void pollFailed() {
        pollFailures.increment();
    }

    public void update(LagReport report) {
        List<MultiGauge.Row<?>> lag = new ArrayList<>(), lagSeconds = new ArrayList<>(), offset = new ArrayList<>(),
                pStatus = new ArrayList<>(), maxLag = new ArrayList<>(), maxLagSeconds = new ArrayList<>(),
                sumLag = new ArrayList<>(), gStatus = new ArrayList<>();
        Map<String, MultiGauge.Row<?>> latest = new LinkedHashMap<>();
        for (GroupLag g : report.groups()) {
            Tags group = Tags.of("group", g.group());
            for (PartitionLag p : g.partitions()) {
                Tags tp = Tags.of("topic", p.topic(), "partition", String.valueOf(p.partition()));
                Tags gtp = group.and(tp);
                lag.add(MultiGauge.Row.of(gtp, p.lag()));
                lagSeconds.add(MultiGauge.Row.of(gtp, p.lagSeconds()));
                if (p.committedOffset() != null) offset.add(MultiGauge.Row.of(gtp, p.committedOffset()));
                pStatus.add(MultiGauge.Row.of(gtp, p.statusCode()));
                latest.putIfAbsent(p.topic() + "/" + p.partition(), MultiGauge.Row.of(tp, p.logEndOffset()));
            }
            maxLag.add(MultiGauge.Row.of(group, g.maxLag()));
            maxLagSeconds.add(MultiGauge.Row.of(group, g.maxLagSeconds()));
            sumLag.add(MultiGauge.Row.of(group, g.totalLag()));
            gStatus.add(MultiGauge.Row.of(group, g.statusCode()));
        }
        partitionLag.register(lag, true);
        partitionLagSeconds.register(lagSeconds, true);
        partitionOffset.register(offset, true);
        partitionStatus.register(pStatus, true);
        latestOffset.register(new ArrayList<>(latest.values()), true);
        groupMaxLag.register(maxLag, true);
        groupMaxLagSeconds.register(maxLagSeconds, true);
        groupSumLag.register(sumLag, true);
        groupStatus.register(gStatus, true);
    }
}
