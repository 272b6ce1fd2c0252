package news.cli;

import java.util.ArrayList;
import java.util.List;

/** The counts of one push and the table printed at its end. */
final class PushSummary {
    record Line(String label, String reason) {}

    int accepted;
    int duplicates;
    int alreadySent;
    int skippedFiles;
    final List<Line> rejected = new ArrayList<>();
    final List<Line> failed = new ArrayList<>();

    /** 0 = everything acknowledged; 1 = something was rejected (fix the input); 3 = only server/network failures (run again). */
    int exitCode() {
        if (!rejected.isEmpty()) {
            return 1;
        }
        return failed.isEmpty() ? 0 : 3;
    }

    String table() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format("%n  %-40s %8s%n", "result", "articles"));
        row(sb, "accepted (new)", accepted);
        row(sb, "duplicates (acknowledged before, overwritten)", duplicates);
        row(sb, "already acknowledged (resume file, not sent)", alreadySent);
        row(sb, "rejected", rejected.size());
        row(sb, "not sent (server unavailable, run again)", failed.size());
        if (skippedFiles > 0) {
            row(sb, "files skipped (not .txt/.pdf/.json/.ndjson)", skippedFiles);
        }
        if (!rejected.isEmpty()) {
            sb.append(String.format("%n  rejected:%n"));
            for (Line l : rejected) {
                sb.append("    ").append(l.label()).append(": ").append(l.reason()).append(System.lineSeparator());
            }
        }
        if (!failed.isEmpty()) {
            sb.append(String.format("%n  not sent:%n"));
            for (Line l : failed) {
                sb.append("    ").append(l.label()).append(": ").append(l.reason()).append(System.lineSeparator());
            }
        }
        return sb.toString();
    }

    private static void row(StringBuilder sb, String name, int n) {
        sb.append(String.format("  %-46s %8d%n", name, n));
    }
}
