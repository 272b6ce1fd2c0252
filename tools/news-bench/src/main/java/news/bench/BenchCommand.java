package news.bench;

import java.util.Map;

/** What every benchmark command shares: the bench newsroom's key, {@code key=value} arguments, exit codes. */
final class BenchCommand {
    private BenchCommand() {}

    /** A benchmark run with the bench newsroom's key; returns the process exit code. */
    @FunctionalInterface
    interface Body {
        int run(String key) throws Exception;
    }

    /**
     * Runs the body and exits: its code, 2 for a bad argument (the message says it all), 1 for a failure. System.exit
     * either way: a failed run must not hang on a non-daemon thread.
     */
    static void main(String name, Body body) {
        try {
            String key = System.getenv("NEWS_BENCH_KEY");
            if (key == null || key.isBlank()) {
                throw new IllegalArgumentException("NEWS_BENCH_KEY is not set (the launcher creates the bench newsroom's key)");
            }
            System.exit(body.run(key.strip()));
        } catch (IllegalArgumentException e) {
            System.err.println("bench " + name + ": " + e.getMessage());
            System.exit(2);
        } catch (Exception e) {
            System.err.println("bench " + name + " failed: " + e.getMessage());
            e.printStackTrace();
            System.exit(1);
        }
    }

    /** The defaults with each {@code key=value} argument applied; an unknown key is refused naming the known ones. */
    static Map<String, String> override(Map<String, String> defaults, String[] args) {
        for (String arg : args) {
            int eq = arg.indexOf('=');
            if (eq < 0 || !defaults.containsKey(arg.substring(0, eq))) {
                throw new IllegalArgumentException("unknown argument '" + arg + "'; expected key=value with key in " + defaults.keySet());
            }
            defaults.put(arg.substring(0, eq), arg.substring(eq + 1));
        }
        return defaults;
    }
}
