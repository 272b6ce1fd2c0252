package news.bench;

import java.util.List;
import java.util.Locale;

/** The fault benchmark's printed table and its CSV of raw figures. */
public final class FaultReport {
    private FaultReport() {}

    public static String table(FaultResults r) {
        StringBuilder b = new StringBuilder();
        FaultResults.Setup s = r.setup();
        line(b, "fault benchmark %s: %,d articles at %.1f/s on %s, %d cores, load %s → %s; pushed in %.0f s, run %.0f s%n%n",
                r.run(), s.articles(), s.rate(), s.instances(), s.cores(), s.loadBefore(), s.loadAfter(), s.pushSeconds(),
                s.totalSeconds());
        line(b, "%-3s %-34s %10s %12s %12s %9s %6s  %s%n", "#", "fault", "at, s", "restored, s", "lag 0 after", "peak lag",
                "load", "");
        int i = 0;
        for (FaultResults.Outcome o : r.faults()) {
            i++;
            String zero = o.zeroAt() == null ? "not yet" : String.format(Locale.ROOT, "%.1f", o.secondsToZero());
            String note = o.error() != null ? "FAILED: " + o.error()
                    : o.lagUnknownSeconds() > 0 ? String.format(Locale.ROOT, "lag unknown for %.0f s (broker down)", o.lagUnknownSeconds())
                    : "";
            line(b, "%-3d %-34s %10.1f %12.1f %12s %9d %6s  %s%n", i, o.fault().name(), o.injectedAt(), o.secondsToRestore(),
                    zero, o.peakLag(), o.underLoad() ? "yes" : "NO", note);
        }
        line(b, "(restored: from the fault until the process was ready again / the consumer resumed / the records were sent; "
                + "lag 0 after: from the fault until the summed lag of the normalizer, classifier and indexer groups was 0; "
                + "load: articles were still being pushed)%n%n");

        DeliveryCheck.ExactlyOnce e = r.exactlyOnce();
        line(b, "%-58s %s%n", "guarantee", "result");
        line(b, "%-58s %,d (%,d never acknowledged: %s)%n", "articles acknowledged by the ingestor (202)", e.acknowledged(),
                r.neverAcknowledged(), r.neverAcknowledged() == 0 ? "none" : "the pusher gave up on them");
        if (r.pusherError() != null) {
            line(b, "%-58s %s%n", "THE PUSHER STOPPED (the figures cover what it sent)", r.pusherError());
        }
        line(b, "%-58s %,d of %,d: %,d lost, %,d extra, %,d twice → %s%n", "in Elasticsearch exactly once, by id", e.documents()
                - e.extra().size(), e.acknowledged(), e.lost().size(), e.extra().size(), e.duplicated().size(), verdict(e.holds()));
        line(b, "%-58s %,d (= acknowledged: %s)%n", "documents under the run's id prefix (the index's count)", e.countByPrefix(),
                e.countByPrefix() == e.acknowledged() ? "yes" : "NO");
        line(b, "%-58s %,d resent, %,d twice → %s%n", "resent articles not duplicated", e.resent(), e.resentDuplicated().size(),
                verdict(e.resentDuplicated().isEmpty()));
        long dead = r.poison().stream().filter(DeliveryCheck.PoisonOutcome::inRightTopic).count();
        long readable = r.poison().stream().filter(DeliveryCheck.PoisonOutcome::holds).count();
        line(b, "%-58s %d of %d in the right DLQ, %d of them with a readable reason → %s%n",
                "poison records dead-lettered", dead, r.poison().size(), readable,
                verdict(readable == r.poison().size()));
        long zero = r.faults().stream().filter(o -> o.zeroAt() != null).count();
        line(b, "%-58s %d of %d → %s%n", "lag back to 0 after every fault", zero, r.faults().size(), verdict(zero == r.faults().size()));
        StringBuilder attempts = new StringBuilder();
        r.failedAttempts().forEach((k, v) -> attempts.append(attempts.isEmpty() ? "" : ", ").append(k).append(' ').append(v));
        line(b, "%-58s %s%n", "failed ingest attempts, retried (by cause)", attempts.isEmpty() ? "none" : attempts);
        sample(b, "lost", e.lost());
        sample(b, "extra", e.extra());
        sample(b, "twice", e.duplicated());
        b.append('\n');

        line(b, "%-26s %-16s %-22s %s%n", "poison record", "produced to", "dead-lettered to", "reason (x-exception-message, without Spring's \"error occurred in message handler […]; \" in front)");
        for (DeliveryCheck.PoisonOutcome p : r.poison()) {
            DeliveryCheck.DeadLetter d = p.found();
            String where = d == null ? "NOT FOUND" : d.topic() + " " + d.partition() + "@" + d.offset()
                    + (p.inRightTopic() ? "" : " (expected " + p.expectedTopic() + ")");
            String reason = d == null ? "" : (p.readable() ? "" : "UNREADABLE: ") + abbreviate(DeliveryCheck.withoutWrapper(d.reason()), 110);
            line(b, "%-26s %-16s %-22s %s%n", p.poison().kind(), p.poison().topic() + " " + p.poison().partition() + "@"
                    + p.poison().offset(), where, reason);
        }
        b.append('\n');
        line(b, "%s%n", r.allHold() ? "ALL GUARANTEES HELD" : "A GUARANTEE DID NOT HOLD (see above)");
        return b.toString();
    }

    private static void sample(StringBuilder b, String what, List<String> ids) {
        if (!ids.isEmpty()) {
            line(b, "  %s (%,d): %s%s%n", what, ids.size(), String.join(" ", ids.subList(0, Math.min(10, ids.size()))),
                    ids.size() > 10 ? " …" : "");
        }
    }

    private static String verdict(boolean holds) {
        return holds ? "holds" : "BROKEN";
    }

    static String abbreviate(String s, int max) {
        if (s == null) {
            return "(no reason header)";
        }
        String flat = s.replaceAll("\\s+", " ").strip();
        return flat.length() <= max ? flat : flat.substring(0, max) + "…";
    }

    /** Long format {@code series,name,x,y}, like the pipeline benchmark's. */
    public static String csv(FaultResults r) {
        StringBuilder b = new StringBuilder("series,name,x,y\n");
        DeliveryCheck.ExactlyOnce e = r.exactlyOnce();
        row(b, "figure", "articles", "", r.setup().articles());
        row(b, "figure", "rate", "", r.setup().rate());
        row(b, "figure", "acknowledged", "", e.acknowledged());
        row(b, "figure", "never_acknowledged", "", r.neverAcknowledged());
        row(b, "figure", "documents", "", e.documents());
        row(b, "figure", "count_by_prefix", "", e.countByPrefix());
        row(b, "figure", "lost", "", e.lost().size());
        row(b, "figure", "extra", "", e.extra().size());
        row(b, "figure", "twice", "", e.duplicated().size());
        row(b, "figure", "resent", "", e.resent());
        row(b, "figure", "resent_twice", "", e.resentDuplicated().size());
        row(b, "figure", "poison", "", r.poison().size());
        row(b, "figure", "poison_dead_lettered_readably", "", r.poison().stream().filter(DeliveryCheck.PoisonOutcome::holds).count());
        r.failedAttempts().forEach((k, v) -> row(b, "failed_attempts", k, "", v));
        for (FaultResults.Outcome o : r.faults()) {
            row(b, "fault_injected_at", o.fault().name(), "", o.injectedAt());
            row(b, "fault_restored_after", o.fault().name(), o.injectedAt(), o.secondsToRestore());
            row(b, "fault_lag_zero_after", o.fault().name(), o.injectedAt(), o.zeroAt() == null ? "" : o.secondsToZero());
            row(b, "fault_peak_lag", o.fault().name(), o.injectedAt(), o.peakLag());
        }
        for (LagSeries.Sample s : r.lag().samples()) {
            if (s.known()) {
                s.lagByGroup().forEach((g, v) -> row(b, "lag", g, s.t(), v));
            } else {
                row(b, "lag", "(broker not answering)", s.t(), "");
            }
        }
        for (FaultResults.Progress p : r.progress()) {
            row(b, "progress", "due", p.t(), p.due());
            row(b, "progress", "acknowledged", p.t(), p.acknowledged());
        }
        for (DeliveryCheck.PoisonOutcome p : r.poison()) {
            String name = p.poison().topic() + " " + p.poison().partition() + "@" + p.poison().offset() + " " + p.poison().kind();
            row(b, "poison", name, p.found() == null ? "" : p.found().topic(), p.holds() ? 1 : 0);
            row(b, "poison_reason", name, p.found() == null ? "" : p.found().topic(), p.found() == null ? "" : p.found().reason());
        }
        for (String id : e.lost()) {
            row(b, "lost_id", id, "", 1);
        }
        for (String id : e.extra()) {
            row(b, "extra_id", id, "", 1);
        }
        for (String id : e.duplicated()) {
            row(b, "twice_id", id, "", 1);
        }
        return b.toString();
    }

    private static void row(StringBuilder b, String series, String name, Object x, Object y) {
        b.append(series).append(',').append(Report.csvField(name)).append(',').append(cell(x)).append(',').append(cell(y)).append('\n');
    }

    private static String cell(Object v) {
        if (v instanceof Double d) {
            return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString(d.longValue()) : String.format(Locale.ROOT, "%.3f", d);
        }
        return Report.csvField(String.valueOf(v));
    }

    private static void line(StringBuilder b, String format, Object... args) {
        b.append(String.format(Locale.ROOT, format, args));
    }
}
