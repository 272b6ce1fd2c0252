package news.lagmonitor;

import java.util.Locale;
import news.lagmonitor.LagReport.GroupLag;
import news.lagmonitor.LagReport.PartitionLag;

/** The report as the terminal table {@code ./news status} prints: the same figures as the JSON. */
final class LagTable {

    private LagTable() {}

    static String render(LagReport r) {
        StringBuilder b = new StringBuilder();
        if (r.observedAt() == null) {
            return "  (no lag figures yet: " + r.lastError() + ")\n";
        }
        b.append(String.format(Locale.ROOT, "  lag-monitor at %s%s, window %d polls x %.1f s; lag seconds: age of the oldest unconsumed record"
                        + " (~ = interpolated, >= = at least)%n",
                r.observedAt(), r.stale() ? " (STALE: " + r.lastError() + ")" : "", r.windowSize(), r.pollIntervalSeconds()));
        b.append(String.format(Locale.ROOT, "  %-22s %-20s %4s %10s %10s %8s %10s  %-6s%n",
                "GROUP", "TOPIC", "PART", "COMMITTED", "LOG-END", "LAG", "LAG-SEC", "STATUS"));
        for (GroupLag g : r.groups()) {
            for (PartitionLag p : g.partitions()) {
                b.append(String.format(Locale.ROOT, "  %-22s %-20s %4d %10s %10d %8d %10s  %-6s%n", g.group(), p.topic(), p.partition(),
                        p.committedOffset() == null ? "-" : p.committedOffset(), p.logEndOffset(), p.lag(), seconds(p), p.status()));
            }
            b.append(String.format(Locale.ROOT, "  %-22s %-20s %4s %10s %10s %8d %10s  %-6s%n", g.group(),
                    "(total, " + g.state() + ")", "", "", "", g.totalLag(), String.format(Locale.ROOT, "%.1f", g.maxLagSeconds()), g.status()));
        }
        b.append(String.format(Locale.ROOT, "  %-22s %-20s %4s %10s %10s %8d%n", "(all groups)", "", "", "", "", r.totalLag()));
        return b.toString();
    }

    private static String seconds(PartitionLag p) {
        String prefix = switch (p.lagSecondsMethod()) {
            case "interpolated-from-log-end-observations" -> p.lagSecondsLowerBound() ? ">=~" : "~";
            case "unknown" -> "?";
            default -> "";
        };
        return prefix + String.format(Locale.ROOT, "%.1f", p.lagSeconds());
    }
}
