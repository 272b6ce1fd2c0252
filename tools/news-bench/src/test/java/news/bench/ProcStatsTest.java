package news.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProcStatsTest {
    @Test
    void cpuTicksAreUtimePlusStimeCountedAfterTheCommandName() {
        // a command name with spaces and parentheses must not shift the fields
        String line = "4242 (java (news) x) S 1 4242 4242 0 -1 4194560 51234 0 12 0 1500 250 3 4 20 0 61 0 123456 "
                + "4000000000 90000 18446744073709551615 1 1 0 0 0 0 0 0 0 0 0 0 17 1 0 0 0 0 0";
        assertThat(ProcStats.cpuTicks(line)).isEqualTo(1750);
        assertThatThrownBy(() -> ProcStats.cpuTicks("garbage")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void residentMemoryIsVmRss() {
        assertThat(ProcStats.rssKb("Name:\tjava\nVmPeak:\t 999 kB\nVmRSS:\t  123456 kB\nThreads:\t40\n")).isEqualTo(123456);
        assertThat(ProcStats.rssKb("Name:\tzombie\n")).isZero();
    }

    @Test
    void theStackIsEveryLivePidFile(@TempDir Path run) throws Exception {
        long self = ProcessHandle.current().pid();
        Files.writeString(run.resolve("search.pid"), self + "\n");
        Files.writeString(run.resolve("normalizer-2.pid"), Long.toString(self));
        Files.writeString(run.resolve("gone.pid"), "999999999");
        Files.writeString(run.resolve("notes.txt"), "1");
        assertThat(ProcStats.stackPids(run)).containsOnlyKeys("search", "normalizer-2").containsEntry("search", self);
        assertThat(ProcStats.stackPids(run.resolve("missing"))).isEmpty();
    }

    @Test
    void theLiveCpuTimeOfThisProcessIsWhatTheJdkReports() {
        long ticks = ProcStats.ticksPerSecond();
        long self = ProcessHandle.current().pid();
        double jdk = ProcessHandle.current().info().totalCpuDuration().orElseThrow().toNanos() / 1e6;
        double ours = ProcStats.cpuMillis(self, ticks);
        // read a moment apart, so ours may be a little higher; a tick (10 ms) of rounding either way
        assertThat(ours).isBetween(jdk - 20, jdk + 500);
        assertThat(ProcStats.rssBytes(self)).isGreaterThan(10_000_000);
        assertThat(ProcStats.cpuMillis(999_999_999, ticks)).isEqualTo(-1);
    }
}
