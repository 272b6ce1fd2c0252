package news.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The running stack's processes, found by their pid files in {@code $NEWS_HOME/run} (only those: other stacks on the
 * same machine are never touched). Signals are sent to those pids; starting and stopping goes through the launcher
 * ({@code ./news start|stop NAME}), so the benchmark never has a start-up of its own.
 */
final class Stack {
    private final Path run;
    private final Path launcher;
    private final Path log;

    Stack(Path home, Path launcher, Path log) {
        this.run = home.resolve("run");
        this.launcher = launcher;
        this.log = log;
    }

    /** The pid of a component, checked to be a live Java process (a stale pid file is an error, not a target). */
    long pid(String name) throws IOException {
        Path file = run.resolve(name + ".pid");
        if (!Files.exists(file)) {
            throw new IllegalStateException("no pid file for " + name + " in " + run + " (is it running in this stack?)");
        }
        long pid = Long.parseLong(Files.readString(file).strip());
        Path cmdline = Path.of("/proc", Long.toString(pid), "cmdline");
        if (!Files.exists(cmdline) || !new String(Files.readAllBytes(cmdline), StandardCharsets.UTF_8).contains("java")) {
            throw new IllegalStateException(name + " (pid " + pid + " from " + file + ") is not a running Java process");
        }
        return pid;
    }

    boolean running(String name) {
        try {
            pid(name);
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** SIGKILL (no shutdown hook, no offset commit, no flush) and wait until the process is gone. */
    void kill(String name) throws IOException, InterruptedException {
        long pid = pid(name);
        ProcessHandle p = ProcessHandle.of(pid).orElseThrow(() -> new IllegalStateException(name + " pid " + pid + " vanished"));
        p.destroyForcibly();
        for (int i = 0; i < 100 && p.isAlive(); i++) {
            Thread.sleep(100);
        }
        if (p.isAlive()) {
            throw new IllegalStateException(name + " (pid " + pid + ") still alive 10 s after SIGKILL");
        }
    }

    void signal(String name, String signal) throws IOException, InterruptedException {
        long pid = pid(name);
        Process k = new ProcessBuilder("kill", "-" + signal, Long.toString(pid)).redirectErrorStream(true).start();
        if (!k.waitFor(10, TimeUnit.SECONDS) || k.exitValue() != 0) {
            throw new IllegalStateException("kill -" + signal + " " + pid + " (" + name + ") failed: "
                    + new String(k.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    /** {@code ./news start NAME}: returns when the launcher says it is ready. */
    void start(String name) throws IOException, InterruptedException {
        launcher("start", name);
    }

    /** {@code ./news stop NAME}: TERM, a graceful shutdown (KILL after 30 s). */
    void stop(String name) throws IOException, InterruptedException {
        launcher("stop", name);
    }

    private void launcher(String command, String name) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(List.of(launcher.toString(), command, name)).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        if (!p.waitFor(6, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new IllegalStateException("./news " + command + " " + name + " did not finish in 6 minutes; see " + log);
        }
        if (p.exitValue() != 0) {
            throw new IllegalStateException("./news " + command + " " + name + " failed (exit " + p.exitValue() + "); see " + log);
        }
    }
}
