package news.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntFunction;
import java.util.function.IntPredicate;
import org.apache.kafka.common.TopicPartition;

/**
 * {@code ./news bench faults}: the operator's fault test, on a running stack. It pushes real articles (ids
 * {@code urn:bench:RUN:f:i}) at a steady rate through the ingest API, each request sent again until a 202, while it
 * injects the faults of {@link FaultSchedule} one after the other, each once the stack has recovered from the last (lag
 * back to 0); then it checks that every acknowledged article is in Elasticsearch exactly once, that the resent ones did
 * not make extra documents, and that every poison record is in its stage's dead-letter topic with a readable reason.
 * Prints a table (and the time until lag was back to 0 per fault); writes {@code faults-RUN.txt}, {@code .csv} and
 * {@code .png} to {@code out}. Processes are found by their pid files in {@code $NEWS_HOME/run} and restarted with
 * {@code ./news start}.
 */
public final class FaultBenchmark {
    private static final List<String> STAGES = List.of("normalizer", "classifier", "indexer");
    /** The most requests per second the pusher sends (the ingestor's default limit is 50 per newsroom). */
    private static final double MAX_REQUESTS_PER_SECOND = 20;

    private final Map<String, String> a;
    private final Path home;
    private final SearchNode es;
    private final String alias;
    private final String run;
    private final String prefix;
    private final String key;
    private final long t0 = System.nanoTime();

    private FaultBenchmark(Map<String, String> a, String key) {
        this.a = a;
        this.key = key;
        this.home = Path.of(a.get("home"));
        this.es = new SearchNode(new Http(), a.get("elasticsearch"));
        this.alias = a.get("alias");
        this.run = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        this.prefix = "urn:bench:faults-" + run + ":";
    }

    public static void main(String[] args) {
        BenchCommand.main("faults", key -> new FaultBenchmark(arguments(args), key).benchmark() ? 0 : 3);
    }

    static Map<String, String> arguments(String[] args) {
        Map<String, String> a = new LinkedHashMap<>();
        a.put("ingestor", "http://127.0.0.1:8081");
        a.put("elasticsearch", "http://127.0.0.1:9200");
        a.put("kafka", "127.0.0.1:9092");
        a.put("home", ".news");
        a.put("root", ".");
        a.put("news", "./news");
        a.put("partitions", "6");
        a.put("out", "");
        a.put("alias", "news");
        a.put("newsroom", "bench");
        a.put("articles", "10000");
        a.put("instances", "2");
        a.put("rate", "25");
        a.put("keep", "false");
        a.put("extend", "true");
        a.put("search-down", "60");
        a.put("broker-down", "10");
        a.put("pause", "30");
        a.put("pause-target", "");
        a.put("rebalance", "normalizer");
        a.put("resend", "500");
        a.put("warmup", "20");
        a.put("gap", "5");
        a.put("recover-seconds", "180");
        a.put("stall-seconds", "180");
        a.put("lag-interval-ms", "1000");
        a.put("workers", "8");
        a.put("skip", "");
        BenchCommand.override(a, args);
        for (String k : List.of("articles", "instances", "partitions", "search-down", "broker-down", "pause", "resend", "warmup",
                "gap", "recover-seconds", "stall-seconds", "lag-interval-ms", "workers")) {
            if (!a.get(k).matches("\\d{1,7}")) {
                throw new IllegalArgumentException(k + " must be a whole number, got '" + a.get(k) + "'");
            }
        }
        for (String k : List.of("articles", "instances", "partitions", "recover-seconds", "stall-seconds", "lag-interval-ms", "workers")) {
            if (Integer.parseInt(a.get(k)) < 1) {
                throw new IllegalArgumentException(k + " must be at least 1, got " + a.get(k));
            }
        }
        double rate;
        try {
            rate = Double.parseDouble(a.get("rate"));
        } catch (NumberFormatException e) {
            rate = -1;
        }
        if (!(rate > 0) || rate > 2000) {
            throw new IllegalArgumentException("rate must be a number of articles per second in (0, 2000], got '" + a.get("rate") + "'");
        }
        for (String k : List.of("keep", "extend")) {
            if (!a.get(k).matches("true|false")) {
                throw new IllegalArgumentException(k + " must be true or false, got '" + a.get(k) + "'");
            }
        }
        if (!STAGES.contains(a.get("rebalance"))) {
            throw new IllegalArgumentException("rebalance must be one of " + STAGES + ", got '" + a.get("rebalance") + "'");
        }
        if (Integer.parseInt(a.get("resend")) > Integer.parseInt(a.get("articles"))) {
            throw new IllegalArgumentException("resend (" + a.get("resend") + ") cannot exceed articles (" + a.get("articles") + ")");
        }
        if (a.get("pause-target").isEmpty()) {
            // the heaviest stage's last instance: the classifier does the most work per article
            a.put("pause-target", FaultSchedule.instance("classifier", Integer.parseInt(a.get("instances"))));
        }
        if (a.get("out").isEmpty()) {
            a.put("out", Path.of(a.get("home"), "bench").toString());
        }
        options(a); // validates skip=
        return a;
    }

    static FaultSchedule.Options options(Map<String, String> a) {
        Set<String> skip = new TreeSet<>();
        for (String s : a.get("skip").split(",")) {
            if (!s.isBlank()) {
                skip.add(s.strip());
            }
        }
        return new FaultSchedule.Options(Integer.parseInt(a.get("search-down")), Integer.parseInt(a.get("broker-down")),
                Integer.parseInt(a.get("pause")), a.get("pause-target"), a.get("rebalance"), Integer.parseInt(a.get("resend")), skip);
    }

    private int arg(String name) {
        return Integer.parseInt(a.get(name));
    }

    private double now() {
        return (System.nanoTime() - t0) / 1e9;
    }

    private void say(String format, Object... args) {
        System.out.printf("%7.1f s  %s%n", now(), String.format(java.util.Locale.ROOT, format, args));
    }

    private boolean benchmark() throws Exception {
        int instances = arg("instances"), articles = arg("articles"), partitions = arg("partitions");
        double rate = Double.parseDouble(a.get("rate"));
        Path out = Path.of(a.get("out"));
        Files.createDirectories(out);
        Stack stack = new Stack(home, Path.of(a.get("news")), out.resolve("faults-" + run + "-launcher.log"));
        List<FaultSchedule.Fault> schedule = FaultSchedule.of(instances, partitions, options(a));
        if (!es.exists(alias)) {
            throw new IllegalStateException("Elasticsearch at " + a.get("elasticsearch") + " has no index or alias '" + alias + "'");
        }
        ensureInstances(stack, instances);
        Map<String, Long> pids = ProcStats.stackPids(home.resolve("run"));
        String setupInstances = PipelineBenchmark.instances(pids);
        String loadBefore = loadAverage();

        Path root = Path.of(a.get("root"));
        BenchArticles corpus = BenchArticles.load(root.resolve("datasets/cnews-articles/articles.tsv"),
                root.resolve("libs/news-enrich/src/main/resources/datasets/thucnews-titles/titles.tsv"), root.resolve("infra/samples"));
        if (articles > corpus.capacity() / 2) {
            throw new IllegalArgumentException("the corpus makes at most " + corpus.capacity() / 2 + " articles per run");
        }
        boolean extend = Boolean.parseBoolean(a.get("extend"));
        // with extend=true the push goes on until the last fault is over: reserve room for that in the corpus
        long offset = PipelineBenchmark.corpusOffset(out.resolve("corpus-offset"), extend ? 4L * articles : articles);
        IntFunction<BenchArticles.Article> article = i -> {
            BenchArticles.Article x = corpus.article("", (int) ((offset + i) % corpus.capacity()));
            return new BenchArticles.Article(prefix + "f:" + i, x.headline(), x.body());
        };
        AtomicBoolean faultsDone = new AtomicBoolean(false);
        IntPredicate more = i -> i < articles || (extend && !faultsDone.get() && i < corpus.capacity() / 2);
        System.out.printf("fault benchmark %s: %,d articles at %.1f/s (ids %sf:*) on %s; %d faults:%n", run, articles, rate,
                prefix, setupInstances, schedule.size());
        for (int i = 0; i < schedule.size(); i++) {
            System.out.printf("  %2d  %s%n", i + 1, schedule.get(i).name());
        }
        System.out.printf(extend ? "the push takes at least %.0f s, and goes on at the same rate until the last fault is over%n"
                : "the push takes about %.0f s; faults after it ends run without load (marked in the table)%n", articles / rate);

        List<FaultResults.Outcome> outcomes = new ArrayList<>();
        List<DeliveryCheck.Produced> poison = new ArrayList<>();
        Set<String> resent = new LinkedHashSet<>();
        LagSeries lag = new LagSeries();
        List<FaultResults.Progress> progress = new CopyOnWriteArrayList<>();
        Pusher pusher = new Pusher(new Http(), a.get("ingestor"), key, arg("workers"), Duration.ofSeconds(arg("stall-seconds") * 3L));
        AtomicBoolean sampling = new AtomicBoolean(true);
        AtomicReference<Throwable> pushFailure = new AtomicReference<>();
        double[] pushEnded = {Double.NaN};
        boolean keep = Boolean.parseBoolean(a.get("keep"));
        String pausedNow = null;
        try (Broker broker = new Broker(a.get("kafka"))) {
            List<String> dlqTopics = new ArrayList<>(new TreeSet<>(PoisonRecords.DEAD_LETTER_TOPIC.values()));
            Map<TopicPartition, Long> dlqStart = broker.endOffsets(dlqTopics);
            Thread sampler = Thread.ofPlatform().daemon().name("lag-sampler").start(() -> {
                while (sampling.get()) {
                    long next = System.nanoTime() + arg("lag-interval-ms") * 1_000_000L;
                    Map<String, Long> l;
                    try {
                        l = broker.lag();
                    } catch (Exception e) {
                        l = null; // the broker did not answer: unknown, never 0
                    }
                    lag.add(now(), l);
                    progress.add(new FaultResults.Progress(now(), pusher.dueCount(), pusher.acknowledgedCount()));
                    long wait = next - System.nanoTime();
                    if (wait > 0) {
                        try {
                            Thread.sleep(wait / 1_000_000);
                        } catch (InterruptedException e) {
                            return;
                        }
                    }
                }
            });
            Thread pushing = Thread.ofPlatform().daemon().name("push").start(() -> {
                try {
                    pusher.push(article, more, rate, MAX_REQUESTS_PER_SECOND);
                } catch (Throwable e) {
                    pushFailure.set(e);
                } finally {
                    pushEnded[0] = now();
                }
            });
            say("pushing; first fault after %d s of steady load", arg("warmup"));
            Thread.sleep(arg("warmup") * 1000L);
            int n = 0;
            for (FaultSchedule.Fault f : schedule) {
                n++;
                if (pushFailure.get() != null) {
                    say("the pusher stopped: no more faults (%s)", messages(pushFailure.get()));
                    break;
                }
                boolean underLoad = pushing.isAlive() && (extend || pusher.dueCount() < articles);
                double injected = now();
                say("fault %d/%d: %s%s", n, schedule.size(), f.name(), underLoad ? "" : " (the push has ended: no load)");
                String error = null;
                try {
                    switch (f.kind()) {
                        case KILL -> {
                            stack.kill(f.target());
                            if (f.holdSeconds() > 0) {
                                Thread.sleep(f.holdSeconds() * 1000L);
                            }
                            stack.start(f.target());
                        }
                        case PAUSE -> {
                            stack.signal(f.target(), "STOP");
                            pausedNow = f.target();
                            Thread.sleep(f.holdSeconds() * 1000L);
                            stack.signal(f.target(), "CONT");
                            pausedNow = null;
                        }
                        case ADD -> stack.start(f.target());
                        case REMOVE -> stack.stop(f.target());
                        case POISON -> poison.addAll(broker.producePoison(f.target(), PoisonRecords.forTopic(f.target()),
                                prefix + "poison:" + f.target() + ":"));
                        case RESEND -> resend(pusher, article, f.count(), resent);
                    }
                } catch (Exception e) {
                    error = messages(e);
                    say("    %s failed: %s", f.name(), error);
                    restore(stack, f, pausedNow);
                    pausedNow = null;
                }
                double restored = now();
                say("    restored after %.1f s; waiting for lag 0", restored - injected);
                Double zero = awaitZero(lag, restored, arg("recover-seconds"));
                say("    lag 0 %s", zero == null ? "NOT reached in " + arg("recover-seconds") + " s"
                        : String.format(java.util.Locale.ROOT, "after %.1f s", zero - injected));
                double until = zero == null ? now() : zero;
                outcomes.add(new FaultResults.Outcome(f, injected, restored, zero, lag.peak(injected, until),
                        lag.unknownSeconds(injected, until), underLoad, error));
                Thread.sleep(arg("gap") * 1000L);
            }
            faultsDone.set(true);
            say("faults done; waiting for the push to finish");
            pushing.join();
            // A pusher that stopped is reported with what it did send: the checks below still say what became of that.
            String pusherError = pushFailure.get() == null ? null : messages(pushFailure.get());
            if (pusherError != null) {
                say("the pusher stopped: %s", pusherError);
            }
            say("push done: %,d acknowledged, %,d never acknowledged; waiting until every acknowledged article is searchable",
                    pusher.acknowledgedCount(), pusher.neverAcknowledged());
            awaitSettled(lag, pusher.acknowledgedCount());
            sampling.set(false);
            sampler.join(5000);

            es.refresh(alias);
            List<String> ids = scanIds();
            long countByPrefix = es.countPrefix(alias, prefix + "f:");
            DeliveryCheck.ExactlyOnce check = DeliveryCheck.exactlyOnce(Set.copyOf(pusher.acknowledged()), resent, ids, countByPrefix);
            List<DeliveryCheck.PoisonOutcome> dead = DeliveryCheck.deadLetters(poison, PoisonRecords.DEAD_LETTER_TOPIC,
                    broker.deadLetters(dlqStart));
            FaultResults results = new FaultResults(run, new FaultResults.Setup(Runtime.getRuntime().availableProcessors(),
                    setupInstances, (int) pusher.dueCount(), rate, loadBefore, loadAverage(), pushEnded[0], now()), outcomes, check, dead, lag,
                    List.copyOf(progress), pusher.failures(), (int) pusher.neverAcknowledged(), pusherError);
            String table = FaultReport.table(results);
            System.out.println();
            System.out.print(table);
            Path csv = out.resolve("faults-" + run + ".csv"), png = out.resolve("faults-" + run + ".png");
            Files.writeString(out.resolve("faults-" + run + ".txt"), table);
            Files.writeString(csv, FaultReport.csv(results));
            FaultCharts.write(results, png);
            System.out.printf("%nraw figures %s%nplot        %s%nlauncher    %s%n", csv, png, out.resolve("faults-" + run + "-launcher.log"));
            return results.allHold();
        } finally {
            faultsDone.set(true);
            sampling.set(false);
            if (pausedNow != null) {
                try {
                    stack.signal(pausedNow, "CONT");
                } catch (Exception ignored) {
                    // it is gone; nothing to resume
                }
            }
            restoreAll(stack, instances);
            if (keep) {
                System.out.printf("kept the benchmark's documents (ids %s*)%n", prefix);
            } else {
                try {
                    int deleted = es.deletePrefix(alias, prefix);
                    System.out.printf("deleted the benchmark's %,d documents from '%s' (ids %s*; keep=true keeps them)%n", deleted,
                            alias, prefix);
                } catch (Exception e) {
                    System.out.printf("could not delete the benchmark's documents (ids %s*): %s%n", prefix, e.getMessage());
                }
            }
        }
    }

    /** The stack must run {@code instances} of each stage: missing ones are started (as {@code ./news up} would). */
    private void ensureInstances(Stack stack, int instances) throws Exception {
        for (String stage : STAGES) {
            for (int i = 1; i <= instances; i++) {
                String name = FaultSchedule.instance(stage, i);
                if (!stack.running(name)) {
                    say("starting %s (instances=%d)", name, instances);
                    stack.start(name);
                }
            }
            String extra = FaultSchedule.instance(stage, instances + 1);
            if (stack.running(extra)) {
                throw new IllegalArgumentException(extra + " is running: the stack has more than instances=" + instances + " of "
                        + stage + " (./news stop " + extra + ", or instances=" + (instances + 1) + ")");
            }
        }
        for (String c : List.of("ingestor", "kafka", "search")) {
            if (!stack.running(c)) {
                throw new IllegalStateException(c + " is not running in " + home + " (./news up first, with the same NEWS_HOME)");
            }
        }
    }

    /** After a fault failed half-way: the target resumed or started again, so the next faults find a whole stack. */
    private void restore(Stack stack, FaultSchedule.Fault f, String paused) {
        try {
            if (paused != null) {
                stack.signal(paused, "CONT");
            }
            if (f.kind() == FaultSchedule.Kind.KILL && !stack.running(f.target())) {
                stack.start(f.target());
            }
        } catch (Exception e) {
            say("    could not restore %s: %s", f.target(), e.getMessage());
        }
    }

    /** However the run ends: every component of the stack running again, the added instance gone. */
    private void restoreAll(Stack stack, int instances) {
        List<String> all = new ArrayList<>(List.of("kafka", "search", "ingestor"));
        for (String stage : STAGES) {
            for (int i = 1; i <= instances; i++) {
                all.add(FaultSchedule.instance(stage, i));
            }
        }
        for (String c : all) {
            if (!stack.running(c)) {
                try {
                    say("restarting %s (left down by the run)", c);
                    stack.start(c);
                } catch (Exception e) {
                    say("could not restart %s: %s", c, e.getMessage());
                }
            }
        }
        String added = FaultSchedule.instance(a.get("rebalance"), instances + 1);
        if (stack.running(added)) {
            try {
                stack.stop(added);
            } catch (Exception e) {
                say("could not stop %s: %s", added, e.getMessage());
            }
        }
    }

    /** The first {@code count} acknowledged articles, sent again (same ids, same text) until acknowledged again. */
    private void resend(Pusher pusher, IntFunction<BenchArticles.Article> article, int count, Set<String> resent)
            throws InterruptedException {
        Set<String> acked = pusher.acknowledged();
        List<BenchArticles.Article> again = new ArrayList<>();
        for (int i = 0; i < pusher.dueCount() && again.size() < count; i++) {
            BenchArticles.Article x = article.apply(i);
            if (acked.contains(x.id())) {
                again.add(x);
            }
        }
        if (again.size() < count) {
            throw new IllegalStateException("only " + again.size() + " articles acknowledged so far, " + count + " to resend");
        }
        for (int from = 0; from < again.size(); from += 50) {
            List<BenchArticles.Article> chunk = again.subList(from, Math.min(again.size(), from + 50));
            pusher.sendUntilAcknowledged(chunk);
            chunk.forEach(x -> resent.add(x.id()));
            Thread.sleep(100); // well under the newsroom's request limit
        }
    }

    private Double awaitZero(LagSeries lag, double from, int timeoutSeconds) throws InterruptedException {
        double deadline = now() + timeoutSeconds;
        while (now() < deadline) {
            OptionalDouble z = lag.zeroAt(from);
            if (z.isPresent()) {
                return z.getAsDouble();
            }
            Thread.sleep(200);
        }
        return null;
    }

    /** Until lag is 0 and every acknowledged article is searchable, or nothing more became searchable for stall-seconds. */
    private void awaitSettled(LagSeries lag, long acknowledged) throws Exception {
        long best = -1;
        double lastProgress = now();
        while (true) {
            long count = es.countPrefix(alias, prefix + "f:");
            if (count > best) {
                best = count;
                lastProgress = now();
            }
            List<LagSeries.Sample> s = lag.samples();
            boolean caughtUp = !s.isEmpty() && s.getLast().known() && s.getLast().total() == 0;
            if (count >= acknowledged && caughtUp) {
                say("settled: %,d searchable, lag 0", count);
                return;
            }
            if (now() - lastProgress > arg("stall-seconds")) {
                say("not settled: %,d of %,d searchable, nothing more for %d s (checking what is there)", count, acknowledged,
                        arg("stall-seconds"));
                return;
            }
            Thread.sleep(1000);
        }
    }

    /** The id of every document under the run's prefix, one entry per document, across every index of the alias. */
    private List<String> scanIds() throws Exception {
        return es.scanIds(alias, prefix + "f:");
    }

    /** An exception's message with its causes', so that "Failed to construct kafka producer" says why. */
    static String messages(Throwable e) {
        StringBuilder b = new StringBuilder();
        for (Throwable t = e; t != null && b.length() < 600; t = t.getCause() == t ? null : t.getCause()) {
            String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
            if (b.indexOf(m) < 0) {
                b.append(b.isEmpty() ? "" : ": ").append(m);
            }
        }
        return b.toString();
    }

    private static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).split("\\s+");
            return String.join(" ", Arrays.copyOf(f, 3));
        } catch (IOException e) {
            return "?";
        }
    }
}
