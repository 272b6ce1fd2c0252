package news.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** CPU time and resident memory of the stack's processes, read from /proc (Linux). */
public final class ProcStats {
    private ProcStats() {}

    /**
     * The stack's processes: every {@code NAME.pid} file in {@code runDir} ({@code $NEWS_HOME/run}), name → pid, sorted
     * by name. Pid files of processes that are gone are left out.
     */
    public static Map<String, Long> stackPids(Path runDir) throws IOException {
        Map<String, Long> out = new TreeMap<>();
        if (!Files.isDirectory(runDir)) {
            return out;
        }
        try (Stream<Path> files = Files.list(runDir)) {
            for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".pid")).toList()) {
                String name = f.getFileName().toString().replaceFirst("\\.pid$", "");
                String text = Files.readString(f).strip();
                if (text.matches("\\d+") && Files.exists(Path.of("/proc", text, "stat"))) {
                    out.put(name, Long.parseLong(text));
                }
            }
        }
        return out;
    }

    /**
     * utime + stime in clock ticks from one /proc/PID/stat line. The command name (field 2) is in parentheses and may
     * itself hold spaces and parentheses, so fields are counted from the last ')'.
     */
    static long cpuTicks(String statLine) {
        int close = statLine.lastIndexOf(')');
        if (close < 0) {
            throw new IllegalArgumentException("not a /proc/PID/stat line: " + statLine);
        }
        String[] f = statLine.substring(close + 1).trim().split("\\s+");
        // after the name: state(3) ppid(4) pgrp(5) session(6) tty_nr(7) tpgid(8) flags(9) minflt(10) cminflt(11)
        // majflt(12) cmajflt(13) utime(14) stime(15): index = field - 3
        if (f.length < 13) {
            throw new IllegalArgumentException("/proc/PID/stat line too short: " + statLine);
        }
        return Long.parseLong(f[11]) + Long.parseLong(f[12]);
    }

    /** VmRSS in kB from /proc/PID/status text; 0 when absent (a zombie). */
    static long rssKb(String statusText) {
        for (String line : statusText.split("\n")) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.substring(6).trim().split("\\s+")[0]);
            }
        }
        return 0;
    }

    /** CPU time used so far by the process, in milliseconds; -1 when it is gone. */
    public static double cpuMillis(long pid, long ticksPerSecond) {
        try {
            return cpuTicks(Files.readString(Path.of("/proc", Long.toString(pid), "stat"))) * 1000.0 / ticksPerSecond;
        } catch (IOException e) {
            return -1;
        }
    }

    /** CPU milliseconds of each process right now. */
    public static Map<String, Double> cpuMillis(Map<String, Long> pids, long ticksPerSecond) {
        Map<String, Double> out = new LinkedHashMap<>();
        pids.forEach((name, pid) -> out.put(name, cpuMillis(pid, ticksPerSecond)));
        return out;
    }

    /** Resident memory of the process in bytes; 0 when it is gone. */
    public static long rssBytes(long pid) {
        try {
            return rssKb(Files.readString(Path.of("/proc", Long.toString(pid), "status"))) * 1024;
        } catch (IOException e) {
            return 0;
        }
    }

    /** The kernel's clock ticks per second ({@code getconf CLK_TCK}; 100 on every Linux we run). */
    public static long ticksPerSecond() {
        try {
            Process p = new ProcessBuilder("getconf", "CLK_TCK").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes()).strip();
            if (p.waitFor() == 0 && out.matches("\\d+")) {
                return Long.parseLong(out);
            }
        } catch (IOException e) {
            // fall through
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 100;
    }
}
