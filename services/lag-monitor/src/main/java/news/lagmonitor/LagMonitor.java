package news.lagmonitor;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import news.lag.Evaluation;
import news.lag.LagSeconds;
import news.lag.LagStatus;
import news.lag.OffsetObservation;
import news.lag.PartitionTracker;
import news.lagmonitor.KafkaOffsetReader.GroupOffsets;
import news.lagmonitor.KafkaOffsetReader.PartitionOffsets;
import news.lagmonitor.LagReport.GroupLag;
import news.lagmonitor.LagReport.HistoryPoint;
import news.lagmonitor.LagReport.PartitionLag;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Polls the broker every poll interval, feeds each group's partitions into their sliding windows (news-lag), and keeps
 * the latest report, the chart history and the metrics. The rules live in news-lag; this class only wires them to Kafka.
 */
public class LagMonitor implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(LagMonitor.class);
    static final String LAG_SECONDS_METHOD = "per partition: age of the oldest unconsumed record (now minus the timestamp of "
            + "the record at the committed offset, read from the broker) when it can be read, else interpolated from observed "
            + "(log-end offset, time) points like kafka-lag-exporter; 0 when caught up";
    private static final int LOG_END_HISTORY_POINTS = 64;

    private final LagMonitorProperties props;
    private final KafkaOffsetReader reader;
    private final LagMetrics metrics;
    /** group → partition → its window; touched by the poller only (pollOnce is synchronized). */
    private final Map<String, Map<TopicPartition, PartitionTracker>> trackers = new HashMap<>();
    private final ConcurrentLinkedDeque<HistoryPoint> history = new ConcurrentLinkedDeque<>();
    private volatile LagReport latest;
    private ScheduledExecutorService scheduler;

    public LagMonitor(LagMonitorProperties props, KafkaOffsetReader reader, LagMetrics metrics) {
        this.props = props;
        this.reader = reader;
        this.metrics = metrics;
        this.latest = new LagReport(0, null, true, "no poll yet", seconds(props.pollInterval()), props.windowSize(),
                seconds(props.window()), 0, LAG_SECONDS_METHOD, List.of());
    }

    /** The latest figures; {@code observedAt} is null until the first poll succeeded. */
    public LagReport latest() {
        return latest;
    }

    public Optional<GroupLag> group(String group) {
        return latest.groups().stream().filter(g -> g.group().equals(group)).findFirst();
    }

    public List<HistoryPoint> history() {
        return List.copyOf(history);
    }

    /** One poll: read offsets, advance every window, evaluate, publish. A failed read keeps the last figures, marked stale. */
    public synchronized LagReport pollOnce() {
        KafkaOffsetReader.Snapshot snapshot;
        try {
            snapshot = reader.read();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return latest;
        } catch (Exception e) {
            String why = e.getClass().getSimpleName() + ": " + e.getMessage();
            log.warn("lag poll failed, keeping the figures of {}: {}", latest.observedAt(), why);
            metrics.pollFailed();
            LagReport l = latest;
            latest = new LagReport(l.poll(), l.observedAt(), true, why, l.pollIntervalSeconds(), l.windowSize(), l.windowSeconds(),
                    l.totalLag(), l.lagSecondsMethod(), l.groups());
            return latest;
        }
        Instant now = snapshot.observedAt();
        Map<String, Map<TopicPartition, PartitionTracker>> seen = new HashMap<>();
        List<GroupLag> groups = new ArrayList<>();
        for (GroupOffsets g : snapshot.groups()) {
            Map<TopicPartition, PartitionTracker> groupTrackers = trackers.computeIfAbsent(g.group(), k -> new HashMap<>());
            Map<TopicPartition, PartitionTracker> kept = new HashMap<>();
            Map<TopicPartition, Long> lagging = new LinkedHashMap<>();
            for (PartitionOffsets p : g.partitions()) {
                PartitionTracker t = groupTrackers.computeIfAbsent(p.partition(),
                        k -> new PartitionTracker(props.windowSize(), LOG_END_HISTORY_POINTS));
                OffsetObservation o = new OffsetObservation(now, p.committedOffset(), p.logEndOffset(), p.logStartOffset(),
                        p.ownerClientId() != null);
                t.add(o);
                kept.put(p.partition(), t);
                if (o.lag() > 0) lagging.put(p.partition(), o.position());
            }
            seen.put(g.group(), kept);
            Map<TopicPartition, Instant> timestamps = props.measureRecordTimestamps()
                    ? reader.recordTimestamps(lagging, Duration.ofSeconds(2)) : Map.of();
            groups.add(groupLag(g, kept, timestamps, now));
        }
        trackers.clear();
        trackers.putAll(seen); // groups and partitions that disappeared are forgotten
        long total = groups.stream().mapToLong(GroupLag::totalLag).sum();
        LagReport report = new LagReport(latest.poll() + 1, now, false, null, seconds(props.pollInterval()), props.windowSize(),
                seconds(props.window()), total, LAG_SECONDS_METHOD, groups);
        latest = report;
        remember(report);
        metrics.update(report);
        return report;
    }

    private GroupLag groupLag(GroupOffsets g, Map<TopicPartition, PartitionTracker> trackers, Map<TopicPartition, Instant> timestamps,
                              Instant now) {
        List<PartitionLag> rows = new ArrayList<>();
        List<LagStatus> statuses = new ArrayList<>();
        for (PartitionOffsets p : g.partitions()) {
            PartitionTracker t = trackers.get(p.partition());
            OffsetObservation o = t.window().getLast();
            Evaluation e = t.evaluate();
            LagSeconds s = t.lagSeconds(timestamps.get(p.partition()), now);
            statuses.add(e.status());
            rows.add(new PartitionLag(p.partition().topic(), p.partition().partition(), o.hasCommit() ? o.committedOffset() : null,
                    o.logEndOffset(), o.logStartOffset(), o.lag(), round3(s.seconds()), s.method().label(), s.lowerBound(),
                    e.status().name(), e.status().code(), e.windowComplete(), p.ownerClientId(), e.reason()));
        }
        LagStatus status = LagStatus.ofGroup(statuses);
        Comparator<PartitionLag> worst = Comparator.comparingInt((PartitionLag r) -> LagStatus.valueOf(r.status()).isError() ? 1 : 0)
                .thenComparingInt(PartitionLag::statusCode).thenComparingLong(PartitionLag::lag);
        String worstPartition = rows.stream().max(worst).map(r -> r.topic() + "-" + r.partition()).orElse(null);
        return new GroupLag(g.group(), status.name(), status.code(), g.state(), g.members(),
                rows.stream().mapToLong(PartitionLag::lag).sum(),
                rows.stream().mapToLong(PartitionLag::lag).max().orElse(0),
                rows.stream().mapToDouble(PartitionLag::lagSeconds).max().orElse(0),
                worstPartition, rows);
    }

    private void remember(LagReport report) {
        Map<String, Long> lag = new LinkedHashMap<>();
        Map<String, Double> lagSeconds = new LinkedHashMap<>();
        for (GroupLag g : report.groups()) {
            lag.put(g.group(), g.totalLag());
            lagSeconds.put(g.group(), g.maxLagSeconds());
        }
        history.addLast(new HistoryPoint(report.observedAt(), lag, lagSeconds));
        Instant oldest = report.observedAt().minus(props.history());
        while (!history.isEmpty() && history.peekFirst().at().isBefore(oldest)) {
            history.pollFirst();
        }
    }

    private static double seconds(Duration d) {
        return d.toMillis() / 1000.0;
    }

    private static double round3(double v) {
        return Math.round(v * 1000) / 1000.0;
    }

    // --- lifecycle: poll on a single daemon thread at a fixed delay, starting at once

    @Override
    public synchronized void start() {
        scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "lag-poller");
            t.setDaemon(true);
            return t;
        });
        scheduler.scheduleWithFixedDelay(() -> {
            try {
                pollOnce();
            } catch (RuntimeException e) {
                log.error("lag poll crashed", e);
            }
        }, 0, props.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
        log.info("polling {} every {} (status window {} polls = {})", props.bootstrap(), props.pollInterval(), props.windowSize(), props.window());
    }

    @Override
    public void stop() {
        ScheduledExecutorService s;
        synchronized (this) {
            s = scheduler;
            scheduler = null;
        }
        if (s != null) {
            s.shutdownNow();
            try {
                s.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return scheduler != null;
    }

}
