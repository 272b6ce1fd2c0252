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
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongSupplier;
import news.model.EventCodec;
import org.HdrHistogram.Histogram;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code ./news bench pipeline}: real articles through a running stack, measured in one run.
 * <ol>
 *   <li>warm-up: a few hundred articles through the whole pipeline, not counted;</li>
 *   <li>(a) {@code articles} pushed through the batch API (batches of {@code push-batch}, {@code push-clients} requests
 *       in flight) until every one is searchable (a count on the alias, which sees only refreshed documents); CPU of
 *       every process in {@code $NEWS_HOME/run} (utime + stime from /proc) before and after;</li>
 *   <li>(b) the indexing limit: the final documents of (a), read back with their versions, bulk-indexed straight into
 *       a scratch index created with the project's template (infra/elasticsearch), the way the indexer writes them
 *       (external_gte versions, {@code bulk} documents per request), until refreshed;</li>
 *   <li>(e) latency ingest → searchable in an open loop at half the rate of (a) (or {@code rate=}), single articles
 *       or small batches, at most 20 requests/s (the ingestor allows a newsroom 50);</li>
 *   <li>(f) one batch of {@code batch} articles in a single request: time to the 202, then until searchable;</li>
 *   <li>the resident memory of every process; then the benchmark's documents are deleted (by id) unless keep=true.</li>
 * </ol>
 * Ids are {@code urn:bench:RUN:PHASE:i}; the newsroom is the key's (the launcher uses {@code bench}); the key comes from
 * the NEWS_BENCH_KEY environment variable. Prints a table; writes {@code pipeline-RUN.csv}, {@code .png} and {@code .txt}
 * to {@code out}.
 */
public final class PipelineBenchmark {
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(120);
    /** Poll interval of the searchable count in (a) and (f). */
    private static final long COUNT_POLL_MS = 200;
    /** Poll interval of the per-article visibility check in (e): its resolution. */
    private static final long LATENCY_POLL_MS = 50;
    /** The most requests per second the latency phase sends (the ingestor's default limit is 50 per newsroom). */
    private static final double MAX_REQUESTS_PER_SECOND = 20;
    /** The most articles per second the latency phase is expected to send (for reserving corpus articles). */
    private static final double MAX_LATENCY_RATE = 2_000;

    private final Map<String, String> a;
    private final String alias;
    private final SearchNode es;
    private final Ingestor ingest;
    private final BenchArticles corpus;
    private final String run;
    private final String prefix;
    private final Duration stall;
    private final long ticks = ProcStats.ticksPerSecond();
    /** Index of the next corpus article; each run starts where the last one stopped ({@link #corpusOffset}). */
    private long nextArticle;

    private PipelineBenchmark(Map<String, String> a, String key) throws IOException {
        this.a = a;
        Path root = Path.of(a.get("root"));
        Http http = new Http();
        this.alias = a.get("alias");
        this.es = new SearchNode(http, a.get("elasticsearch"));
        this.ingest = new Ingestor(http, a.get("ingestor"), key);
        this.corpus = BenchArticles.load(root.resolve("datasets/cnews-articles/articles.tsv"),
                root.resolve("libs/news-enrich/src/main/resources/datasets/thucnews-titles/titles.tsv"),
                root.resolve("infra/samples"));
        this.run = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        this.prefix = "urn:bench:" + run + ":";
        this.stall = Duration.ofSeconds(Long.parseLong(a.get("stall-seconds")));
    }

    public static void main(String[] args) {
        BenchCommand.main("pipeline", key -> {
            new PipelineBenchmark(arguments(args), key).benchmark();
            return 0;
        });
    }

    static Map<String, String> arguments(String[] args) {
        Map<String, String> a = new LinkedHashMap<>();
        a.put("ingestor", "http://127.0.0.1:8081");
        a.put("elasticsearch", "http://127.0.0.1:9200");
        a.put("home", ".news");
        a.put("root", ".");
        a.put("out", "");
        a.put("alias", "news");
        a.put("newsroom", "bench");
        a.put("articles", "4000");
        a.put("rate", "");
        a.put("keep", "false");
        a.put("batch", "5000");
        a.put("warmup", "500");
        a.put("latency-seconds", "30");
        a.put("status-index", "news-status");
        a.put("push-batch", "100");
        a.put("push-clients", "4");
        a.put("bulk", "500");
        a.put("bulk-clients", "2");
        a.put("stall-seconds", "60");
        BenchCommand.override(a, args);
        for (String k : List.of("articles", "batch", "warmup", "latency-seconds", "push-batch", "push-clients", "bulk",
                "bulk-clients", "stall-seconds")) {
            if (!a.get(k).matches("\\d{1,7}") || (Integer.parseInt(a.get(k)) < 1 && !k.equals("warmup"))) {
                throw new IllegalArgumentException(k + " must be a positive whole number, got '" + a.get(k) + "'");
            }
        }
        if (!a.get("rate").isEmpty() && !(parseRate(a.get("rate")) > 0)) {
            throw new IllegalArgumentException("rate must be a positive number of articles per second, got '" + a.get("rate") + "'");
        }
        if (!a.get("keep").matches("true|false")) {
            throw new IllegalArgumentException("keep must be true or false, got '" + a.get("keep") + "'");
        }
        if (a.get("out").isEmpty()) {
            a.put("out", Path.of(a.get("home"), "bench").toString());
        }
        return a;
    }

    private static double parseRate(String s) {
        try {
            return Double.parseDouble(s);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private int arg(String name) {
        return Integer.parseInt(a.get(name));
    }

    private void benchmark() throws Exception {
        Path home = Path.of(a.get("home"));
        Map<String, Long> pids = ProcStats.stackPids(home.resolve("run"));
        if (!pids.containsKey("search")) {
            throw new IllegalStateException("no running search node in " + home.resolve("run") + " (./news up first, with the same NEWS_HOME)");
        }
        if (!es.exists(alias)) {
            throw new IllegalStateException("Elasticsearch at " + a.get("elasticsearch") + " has no index or alias '" + alias
                    + "' (is the indexer up?)");
        }
        int articles = arg("articles"), batch = arg("batch"), warmup = arg("warmup");
        if ((long) warmup + articles + batch > corpus.capacity() / 2) {
            throw new IllegalArgumentException("the corpus makes at most " + corpus.capacity() + " distinct articles");
        }
        int[] lengths = new int[Math.min(2000, articles)];
        for (int i = 0; i < lengths.length; i++) {
            lengths[i] = corpus.article("x", i).body().length();
        }
        Arrays.sort(lengths);
        Results.Setup setup = new Results.Setup(Runtime.getRuntime().availableProcessors(), instances(pids), loadAverage(), null,
                lengths[lengths.length / 2], (int) Arrays.stream(lengths).average().orElse(0));
        System.out.printf("pipeline benchmark run %s: %,d articles (median %,d chars, mean %,d; %,d real bodies), stack %s, "
                        + "%d cores, load average %s%n", run, articles, setup.medianChars(), setup.meanChars(), corpus.bodyCount(),
                setup.instances(), setup.cores(), setup.loadBefore());
        Path out = Path.of(a.get("out"));
        Files.createDirectories(out);
        nextArticle = corpusOffset(out.resolve("corpus-offset"), (long) warmup + articles + batch
                + (long) Math.ceil(MAX_LATENCY_RATE * arg("latency-seconds")));
        boolean keep = Boolean.parseBoolean(a.get("keep"));
        String scratch = "bench-scratch-" + run;
        try {
            if (warmup > 0) {
                System.out.printf("warm-up: %,d articles through the pipeline (not counted)%n", warmup);
                pushAndWait(phase("w", warmup), idPrefix("w"));
            }

            System.out.printf("(a) %,d articles through the batch API until all are searchable%n", articles);
            SearchNode.NodeStats es0 = es.nodeStats(), status0 = es.indexStats(a.get("status-index"));
            Map<String, Double> cpu0 = ProcStats.cpuMillis(pids, ticks);
            double self0 = ProcStats.cpuMillis(ProcessHandle.current().pid(), ticks);
            Results.EndToEnd e2e = pushAndWait(phase("a", articles), idPrefix("a"));
            Map<String, Double> cpu1 = ProcStats.cpuMillis(pids, ticks);
            double self1 = ProcStats.cpuMillis(ProcessHandle.current().pid(), ticks);
            SearchNode.NodeStats pipelineWork = es.nodeStats().minus(es0);
            SearchNode.NodeStats statusWork = es.indexStats(a.get("status-index")).minus(status0);
            Map<String, Double> perArticle = new LinkedHashMap<>();
            cpu0.forEach((name, before) -> perArticle.put(name, (cpu1.get(name) - before) / articles));
            perArticle.put("bench client", (self1 - self0) / articles);
            System.out.printf("    %,d searchable in %.1f s (all acknowledged after %.1f s): %.1f articles/s%n",
                    e2e.searchable(), e2e.seconds(), e2e.acknowledgedSeconds(), e2e.rate());

            System.out.println("(b) the same documents bulk-indexed straight into a scratch index (the project's template)");
            SearchNode.NodeStats es1 = es.nodeStats();
            Results.DirectBulk direct = directBulk(idPrefix("a"), scratch, pids.get("search"));
            SearchNode.NodeStats directWork = es.nodeStats().minus(es1);
            System.out.printf("    %,d documents in %.2f s: %.1f documents/s, %.2f ms of Elasticsearch CPU each%n",
                    direct.documents(), direct.seconds(), direct.rate(), direct.searchCpuMsPerDocument());

            double rate = a.get("rate").isEmpty() ? e2e.rate() / 2 : parseRate(a.get("rate"));
            System.out.printf("(e) latency ingest → searchable at %.1f articles/s for %d s%n", rate, arg("latency-seconds"));
            Results.Latency latency = latency(rate, arg("latency-seconds"), "e");
            System.out.printf("    p50 %.0f ms, p90 %.0f ms, p99 %.0f ms (%,d articles)%n", latency.p50Ms(), latency.p90Ms(),
                    latency.p99Ms(), latency.articles());

            System.out.printf("(f) one batch of %,d articles in a single request%n", batch);
            Results.BigBatch big = bigBatch(batch, "f");
            System.out.printf("    acknowledged after %.2f s, all searchable after %.1f s%n", big.acknowledgedSeconds(),
                    big.searchableSeconds());

            Map<String, Long> rss = new TreeMap<>();
            ProcStats.stackPids(home.resolve("run")).forEach((name, pid) -> rss.put(name, ProcStats.rssBytes(pid)));
            Results results = new Results(run, new Results.Setup(setup.cores(), setup.instances(), setup.loadBefore(),
                    loadAverage(), setup.medianChars(), setup.meanChars()), e2e, direct, perArticle, pipelineWork, statusWork,
                    directWork,
                    latency, big, rss);

            String table = Report.table(results);
            System.out.println();
            System.out.print(table);
            Path csv = out.resolve("pipeline-" + run + ".csv"), png = out.resolve("pipeline-" + run + ".png");
            Files.writeString(out.resolve("pipeline-" + run + ".txt"), table);
            Files.writeString(csv, Report.csv(results));
            Charts.write(results, png);
            System.out.printf("%nraw figures %s%nplot        %s%n", csv, png);
        } finally {
            es.deleteIndex(scratch);
            if (keep) {
                System.out.printf("kept the benchmark's documents (ids %s*)%n", prefix);
            } else {
                int deleted = es.deletePrefix(alias, prefix);
                System.out.printf("deleted the benchmark's %,d documents from '%s' (ids %s*; keep=true keeps them); "
                        + "their records stay in the Kafka topics until retention removes them%n", deleted, alias, prefix);
            }
        }
    }

    /**
     * Where this run starts in the corpus, read from {@code file}, which then says where the next run starts. A run on a
     * stack that already saw the same bodies would measure less than real work: the normalizer remembers the last
     * 100,000 bodies and links a copy from memory instead of asking the index. So runs take consecutive, disjoint
     * ranges of the corpus (about 140 runs of 12,000 articles before it wraps, by when the memory has moved on).
     */
    static long corpusOffset(Path file, long needed) throws IOException {
        long start = 0;
        if (Files.exists(file)) {
            String text = Files.readString(file).strip();
            start = text.matches("\\d{1,12}") ? Long.parseLong(text) : 0;
        }
        Files.writeString(file, Long.toString(start + needed) + "\n");
        return start;
    }

    /** The ids of one phase: {@code urn:bench:RUN:PHASE:}. */
    private String idPrefix(String phase) {
        return prefix + phase + ":";
    }

    /** The next {@code n} articles of the corpus (every phase gets bodies of its own) under {@code prefix + i}. */
    private List<BenchArticles.Article> phase(String phase, int n) {
        List<BenchArticles.Article> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            BenchArticles.Article x = corpus.article("", (int) (nextArticle++ % corpus.capacity()));
            out.add(new BenchArticles.Article(idPrefix(phase) + i, x.headline(), x.body()));
        }
        return out;
    }

    /** Pushes the articles in batches, several requests in flight, and waits until every one is searchable. */
    private Results.EndToEnd pushAndWait(List<BenchArticles.Article> articles, String idPrefix) throws Exception {
        int n = articles.size(), size = arg("push-batch");
        List<List<BenchArticles.Article>> chunks = new ArrayList<>();
        for (int from = 0; from < n; from += size) {
            chunks.add(articles.subList(from, Math.min(n, from + size)));
        }
        AtomicInteger next = new AtomicInteger();
        AtomicLong acknowledged = new AtomicLong(), allAcknowledgedAt = new AtomicLong();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        long baseline = es.countTerm(alias, "source", a.get("newsroom"));
        long t0 = System.nanoTime();
        List<Thread> pushers = new ArrayList<>();
        for (int c = 0; c < arg("push-clients"); c++) {
            pushers.add(Thread.ofPlatform().daemon().start(() -> {
                try {
                    for (int k; (k = next.getAndIncrement()) < chunks.size() && failure.get() == null; ) {
                        ingest.send(chunks.get(k), REQUEST_TIMEOUT);
                        if (acknowledged.addAndGet(chunks.get(k).size()) == n) {
                            allAcknowledgedAt.set(System.nanoTime());
                        }
                    }
                } catch (Throwable e) {
                    failure.compareAndSet(null, e);
                }
            }));
        }
        Timeline timeline = new Timeline();
        long searchable = awaitSearchable(idPrefix, n, baseline, t0, acknowledged::get, timeline, failure);
        for (Thread t : pushers) {
            t.join();
        }
        double seconds = timeline.samples().getLast().t();
        return new Results.EndToEnd(n, seconds, (allAcknowledgedAt.get() - t0) / 1e9, searchable, timeline);
    }

    /**
     * Polls the count of searchable documents of the benchmark's newsroom (a term count, cheap enough to ask five times a
     * second) until {@code n} more than {@code baseline} are there, then checks that they are this phase's ids; fails
     * when nothing new became searchable for {@code stall-seconds} after everything was acknowledged (lost or stuck).
     */
    private long awaitSearchable(String idPrefix, int n, long baseline, long t0, LongSupplier acknowledged, Timeline timeline,
                                 AtomicReference<Throwable> failure) throws Exception {
        long best = 0, lastProgress = System.nanoTime();
        boolean byPrefix = false;
        while (true) {
            Thread.sleep(COUNT_POLL_MS);
            if (failure.get() != null) {
                throw new IllegalStateException("sending failed: " + failure.get().getMessage(), failure.get());
            }
            long acked = acknowledged.getAsLong();
            // someone else's documents under the benchmark's newsroom would throw the count off: then count by id
            long count = byPrefix ? es.countPrefix(alias, idPrefix) : es.countTerm(alias, "source", a.get("newsroom")) - baseline;
            long now = System.nanoTime();
            timeline.add((now - t0) / 1e9, acked, Math.min(n, count));
            if (count > best) {
                best = count;
                lastProgress = now;
            }
            if (count >= n) {
                long ours = byPrefix ? count : es.countPrefix(alias, idPrefix);
                if (ours >= n) {
                    return ours;
                }
                byPrefix = true;
            }
            if (acked >= n && now - lastProgress > stall.toNanos()) {
                throw new IllegalStateException(String.format("only %,d of %,d articles searchable, none more for %d s: lost or "
                        + "stuck (see $NEWS_HOME/logs and the news.*.dlq topics)", count, n, stall.toSeconds()));
            }
        }
    }

    /** (b): the final documents of (a) bulk-indexed into a scratch index made from the project's template. */
    private Results.DirectBulk directBulk(String idPrefix, String scratch, long searchPid) throws Exception {
        List<SearchNode.Doc> docs = es.scan(alias, idPrefix, true);
        JsonNode template = EventCodec.mapper().readTree(Path.of(a.get("root"), "infra/elasticsearch/news-template.json").toFile());
        ObjectNode body = EventCodec.mapper().createObjectNode();
        body.set("settings", template.path("template").path("settings"));
        body.set("mappings", template.path("template").path("mappings"));
        es.deleteIndex(scratch);
        es.createIndex(scratch, body.toString());
        int size = arg("bulk"), clients = arg("bulk-clients");
        List<String> requests = new ArrayList<>();
        for (int from = 0; from < docs.size(); from += size) {
            StringBuilder b = new StringBuilder();
            for (SearchNode.Doc d : docs.subList(from, Math.min(docs.size(), from + size))) {
                ObjectNode meta = EventCodec.mapper().createObjectNode();
                meta.putObject("index").put("_index", scratch).put("_id", d.id()).put("version", d.version())
                        .put("version_type", "external_gte");
                b.append(meta).append('\n').append(d.source()).append('\n');
            }
            requests.add(b.toString());
        }
        AtomicInteger next = new AtomicInteger();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        double cpu0 = ProcStats.cpuMillis(searchPid, ticks);
        long t0 = System.nanoTime();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            threads.add(Thread.ofPlatform().daemon().start(() -> {
                try {
                    for (int k; (k = next.getAndIncrement()) < requests.size() && failure.get() == null; ) {
                        SearchNode.BulkResult r = es.bulk(requests.get(k));
                        if (r.failed() > 0) {
                            throw new IllegalStateException(r.failed() + " bulk items refused, first: " + r.firstError());
                        }
                    }
                } catch (Throwable e) {
                    failure.compareAndSet(null, e);
                }
            }));
        }
        for (Thread t : threads) {
            t.join();
        }
        if (failure.get() != null) {
            throw new IllegalStateException("direct bulk failed: " + failure.get().getMessage(), failure.get());
        }
        es.refresh(scratch);
        double seconds = (System.nanoTime() - t0) / 1e9;
        double cpu = ProcStats.cpuMillis(searchPid, ticks) - cpu0;
        long indexed = es.count(scratch);
        if (indexed != docs.size()) {
            throw new IllegalStateException("the scratch index holds " + indexed + " of " + docs.size() + " documents");
        }
        es.deleteIndex(scratch);
        return new Results.DirectBulk(docs.size(), seconds, size, clients, cpu / docs.size());
    }

    /** (e): an open loop at {@code rate}; each article's time from its send to the first poll that finds it. */
    private Results.Latency latency(double rate, int seconds, String phase) throws Exception {
        Pacing pacing = Pacing.of(rate, MAX_REQUESTS_PER_SECOND);
        int n = (int) Math.max(1, Math.round(rate * seconds));
        List<BenchArticles.Article> articles = phase(phase, n);
        long[] sentAt = new long[n], ackAt = new long[n], seenAt = new long[n];
        ConcurrentLinkedQueue<Integer> sent = new ConcurrentLinkedQueue<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        long t0 = System.nanoTime();
        double t0EpochMs = System.currentTimeMillis() - (System.nanoTime() - t0) / 1e6;
        Thread sender = Thread.ofPlatform().daemon().start(() -> {
            try (ExecutorService requests = Executors.newVirtualThreadPerTaskExecutor()) {
                for (int r = 0; r * pacing.perRequest() < n && failure.get() == null; r++) {
                    long due = t0 + (long) (r * pacing.intervalSeconds() * 1e9);
                    long wait = due - System.nanoTime();
                    if (wait > 0) {
                        Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                    }
                    int from = r * pacing.perRequest(), to = Math.min(n, from + pacing.perRequest());
                    requests.submit(() -> {
                        long at = System.nanoTime();
                        for (int i = from; i < to; i++) {
                            sentAt[i] = at;
                            sent.add(i);
                        }
                        try {
                            ingest.send(articles.subList(from, to), REQUEST_TIMEOUT);
                        } catch (Throwable e) {
                            failure.compareAndSet(null, e);
                        }
                        long acked = System.nanoTime();
                        for (int i = from; i < to; i++) {
                            ackAt[i] = acked;
                        }
                    });
                }
            } catch (InterruptedException e) {
                failure.compareAndSet(null, e);
            }
        });
        Set<Integer> pending = new LinkedHashSet<>();
        int seen = 0;
        long lastProgress = System.nanoTime();
        while (seen < n) {
            Thread.sleep(LATENCY_POLL_MS);
            if (failure.get() != null) {
                throw new IllegalStateException("sending failed: " + failure.get().getMessage(), failure.get());
            }
            for (Integer i; (i = sent.poll()) != null; ) {
                pending.add(i);
            }
            if (pending.isEmpty()) {
                continue;
            }
            List<Integer> ask = pending.stream().limit(1000).toList();
            // The time the poll is sent: the article was not searchable at the previous poll and is by this one, so this
            // overstates its latency by at most the poll interval plus the time Elasticsearch takes to answer.
            long polledAt = System.nanoTime();
            Set<String> found = es.searchable(alias, ask.stream().map(i -> articles.get(i).id()).toList());
            for (int i : ask) {
                if (found.contains(articles.get(i).id())) {
                    seenAt[i] = polledAt;
                    pending.remove(i);
                    seen++;
                    lastProgress = polledAt;
                }
            }
            if (!sender.isAlive() && System.nanoTime() - lastProgress > stall.toNanos()) {
                throw new IllegalStateException(String.format("only %,d of %,d latency articles searchable, none more for %d s",
                        seen, n, stall.toSeconds()));
            }
        }
        sender.join();
        Histogram searchable = new Histogram(3_600_000_000L, 3), acked = new Histogram(3_600_000_000L, 3);
        List<Results.Latency.Sample> samples = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            long toSearchable = Math.max(0, seenAt[i] - sentAt[i]) / 1_000, toAck = Math.max(0, ackAt[i] - sentAt[i]) / 1_000;
            searchable.recordValue(toSearchable);
            acked.recordValue(toAck);
            samples.add(new Results.Latency.Sample(articles.get(i).id(), (sentAt[i] - t0) / 1e9, toAck / 1000.0, toSearchable / 1000.0));
        }
        // The indexer writes its own step in the background and the status consumer trails by up to a second.
        Thread.sleep(3_000);
        Map<String, StageLatency.Steps> steps = es.statusSteps(a.get("status-index"), idPrefix(phase));
        return new Results.Latency(rate, pacing, n, searchable.getValueAtPercentile(50) / 1000.0,
                searchable.getValueAtPercentile(90) / 1000.0, searchable.getValueAtPercentile(99) / 1000.0,
                searchable.getMaxValue() / 1000.0, acked.getValueAtPercentile(50) / 1000.0,
                acked.getValueAtPercentile(99) / 1000.0, samples, StageLatency.of(samples, t0EpochMs, steps));
    }

    /** (f): one request carrying {@code n} articles; the time to its 202, then until all are searchable. */
    private Results.BigBatch bigBatch(int n, String phase) throws Exception {
        String idPrefix = idPrefix(phase);
        List<BenchArticles.Article> articles = phase(phase, n);
        String ndjson = Ingestor.ndjson(articles);
        long baseline = es.countTerm(alias, "source", a.get("newsroom"));
        long t0 = System.nanoTime();
        ingest.sendBatch(ndjson, n, REQUEST_TIMEOUT);
        double ack = (System.nanoTime() - t0) / 1e9;
        long searchable = awaitSearchable(idPrefix, n, baseline, t0, () -> n, new Timeline(), new AtomicReference<>());
        double all = (System.nanoTime() - t0) / 1e9;
        if (searchable < n) {
            throw new IllegalStateException("only " + searchable + " of " + n + " batch articles searchable");
        }
        return new Results.BigBatch(n, ndjson.getBytes(java.nio.charset.StandardCharsets.UTF_8).length, ack, all);
    }

    /** Instances per stage, e.g. {@code normalizer×2 classifier×2 indexer×2}. */
    static String instances(Map<String, Long> pids) {
        Map<String, Integer> stages = new LinkedHashMap<>();
        for (String stage : List.of("ingestor", "normalizer", "classifier", "indexer")) {
            stages.put(stage, (int) pids.keySet().stream().filter(p -> p.equals(stage) || p.startsWith(stage + "-")).count());
        }
        StringBuilder b = new StringBuilder();
        stages.forEach((s, c) -> b.append(b.isEmpty() ? "" : " ").append(s).append('×').append(c));
        return b.toString();
    }

    private static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).split("\\s+");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException e) {
            return "?";
        }
    }
}
