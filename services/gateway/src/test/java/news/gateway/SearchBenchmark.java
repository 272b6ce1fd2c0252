package news.gateway;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.JsonpUtils;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import news.model.EventCodec;
import news.search.ArticleQueries;
import news.search.SearchLimits;
import news.search.SearchRequestParams;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * {@code ./news bench search}: the same searches through the gateway and straight to Elasticsearch, in one run.
 *
 * <p>Each query is validated and turned into an Elasticsearch request by the gateway's own {@link ArticleQueries}, so
 * the direct requests are byte for byte what the gateway sends; the difference between the two rows is what the
 * gateway adds (HTTP, validation, client (de)serialisation, result mapping). Closed loop: N clients each send the
 * next query as soon as the previous answer arrived. Latency is recorded in HdrHistogram.
 *
 * <p>Arguments (key=value): gateway, elasticsearch, samples (seed pages folder), docs (corpus size, default 20000),
 * seconds (per measurement, default 15), warmup (seconds, default 5), clients (comma list, default 1,4), keep (keep the
 * generated documents in the index for the next run, default false: they are deleted at the end), users (loopback
 * addresses the normal clients' requests are spread over, default 64), hostile (comma list of hostile client counts,
 * default 1; 0 leaves that part out), hostileThreads (threads per hostile client, default 1), hostilePause
 * (milliseconds a hostile thread waits after a 429, default 20), rounds (alternating windows the hostile comparison's
 * measurement is split into, default 4).
 *
 * <p>Normal clients stand for many people: their requests go out round robin from {@code users} loopback addresses
 * (127.0.1.1, 127.0.1.2, …), each of which the gateway sees as one client with the real limits (rate limit, bulkheads,
 * search time budget) — a few searches a second each, as people send. The benchmark gateway runs with the limits of
 * application.yml.
 *
 * <p>The hostile clients: beside the largest number of normal clients, each from an address of its own
 * ({@value #HOSTILE_ADDRESS}, 127.0.0.3, …), threads sending the most expensive searches the API still accepts (five
 * fuzzy/prefix operators, 500-character queries, 50 hits per page, the last page of the 10,000 window, a cursor deep
 * into a date-sorted listing) and some it refuses (too many fuzzy operators, page sizes over the limit), in a closed
 * loop that ignores Retry-After: after a 429 a thread waits only {@code hostilePause} ms (20 ms: it keeps sending at
 * the rate limit's 50 per second; a flood beyond that is a volume attack, for a proxy or the network to stop). The
 * normal clients are measured alone and beside 1, 3 … hostile clients (other addresses for each count) in alternating
 * windows of one run ({@code rounds}: a change of the machine's load falls on every condition alike); the table shows what the hostile clients cost everyone else, their own latency (the maximum shows
 * the gateway's time limit) and their answers by status (504: cut off at the time limit; 429: over a budget or a
 * bulkhead; 400: refused).
 */
public final class SearchBenchmark {
    private static final List<String> TERMS = List.of("乡村振兴", "营商环境", "项目建设", "党建", "学校", "医疗", "疫情防控",
            "企业", "考研", "股票", "房价", "比赛", "游戏", "电影", "科技", "干部", "群众", "农民", "整改", "高质量发展");
    private static final List<String> TOPICS = List.of("medtop:04000000", "medtop:05000000", "medtop:11000000",
            "medtop:14000000", "medtop:15000000");

    static final String HOSTILE_ADDRESS = "127.0.0.2";
    private static final String USER_ADDRESSES = "127.0.1.";

    public static void main(String[] args) {
        // System.exit either way: the Elasticsearch client's I/O threads are not daemons, so a failed run would hang.
        try {
            benchmark(args);
            System.exit(0);
        } catch (Exception e) {
            e.printStackTrace();
            System.exit(1);
        }
    }

    private static void benchmark(String[] args) throws Exception {
        Map<String, String> a = new LinkedHashMap<>(Map.of("gateway", "http://127.0.0.1:8080",
                "elasticsearch", "http://127.0.0.1:9200", "samples", "infra/samples", "docs", "20000",
                "seconds", "15", "warmup", "5", "clients", "1,4", "keep", "false", "hostile", "1"));
        a.putAll(Map.of("users", "64", "hostileThreads", "1", "hostilePause", "20", "rounds", "4"));
        for (String arg : args) {
            int eq = arg.indexOf('=');
            if (eq < 0 || !a.containsKey(arg.substring(0, eq))) {
                throw new IllegalArgumentException("unknown argument '" + arg + "'; expected key=value with key in " + a.keySet());
            }
            a.put(arg.substring(0, eq), arg.substring(eq + 1));
        }
        String gateway = a.get("gateway"), es = a.get("elasticsearch");
        int docs = Integer.parseInt(a.get("docs"));
        Duration measure = Duration.ofSeconds(Long.parseLong(a.get("seconds")));
        Duration warmup = Duration.ofSeconds(Long.parseLong(a.get("warmup")));
        List<Integer> clients = List.of(a.get("clients").split(",")).stream().map(String::strip).map(Integer::valueOf).toList();

        SearchLimits props = new SearchLimits("news", 10, 50, 10_000, 20);
        BenchCorpus corpus = new BenchCorpus(es, props.alias());
        long have = corpus.count();
        if (have < docs) {
            System.out.printf("generating the benchmark corpus: %,d documents (%,d already indexed)%n", docs, have);
            corpus.index(Path.of(a.get("samples")), (int) have, docs);
        }
        long total = total(es, props.alias());
        System.out.printf("index '%s' holds %,d documents (%,d generated)%n", props.alias(), total, corpus.count());

        List<Query> queries = queries(props, gateway, es);
        List<HttpClient> http = new ArrayList<>();
        for (int u = 1; u <= Integer.parseInt(a.get("users")); u++) {
            http.add(client(USER_ADDRESSES + u));
        }
        int mismatches = checkSameResults(http, queries);
        System.out.printf("%d queries; same total hits through both paths for %d of them%n%n", queries.size(),
                queries.size() - mismatches);

        List<Row> rows = new ArrayList<>();
        for (int c : clients) {
            for (Target target : Target.values()) {
                run(http, queries, target, c, warmup); // warm caches and JITs, discarded
                rows.add(run(http, queries, target, c, measure));
            }
        }
        System.out.printf("%-14s %7s %9s %9s %8s %8s %8s %8s%n", "path", "clients", "requests", "q/s", "p50 ms", "p90 ms", "p99 ms", "errors");
        for (Row r : rows) {
            System.out.printf("%-14s %7d %,9d %9.1f %8.2f %8.2f %8.2f %8d%n", r.target.label, r.clients, r.requests,
                    r.qps, r.p50, r.p90, r.p99, r.errors);
        }
        System.out.println();
        for (int c : clients) {
            Row g = rows.stream().filter(r -> r.clients == c && r.target == Target.GATEWAY).findFirst().orElseThrow();
            Row d = rows.stream().filter(r -> r.clients == c && r.target == Target.DIRECT).findFirst().orElseThrow();
            System.out.printf("clients=%d: gateway adds %.2f ms at p50, %.2f ms at p99; throughput %+.1f %%%n", c,
                    g.p50 - d.p50, g.p99 - d.p99, 100.0 * (g.qps - d.qps) / d.qps);
        }
        List<Integer> hostile = List.of(a.get("hostile").split(",")).stream().map(String::strip).map(Integer::valueOf)
                .filter(n -> n > 0).toList();
        if (!hostile.isEmpty()) {
            hostileComparison(http, queries, hostileQueries(http, gateway),
                    clients.stream().max(Integer::compare).orElse(4), hostile, Integer.parseInt(a.get("hostileThreads")),
                    Long.parseLong(a.get("hostilePause")), Integer.parseInt(a.get("rounds")), warmup, measure);
        }
        System.out.printf("%nmachine: %d cores; the benchmark client, the gateway and Elasticsearch share them%n",
                Runtime.getRuntime().availableProcessors());
        if (Boolean.parseBoolean(a.get("keep"))) {
            System.out.printf("kept the %,d generated documents for the next run (they show up in searches)%n", corpus.count());
        } else {
            // The generated articles would otherwise crowd the real ones out of every search on this stack.
            System.out.printf("removed the %,d generated documents (keep=true keeps them for the next run)%n", corpus.delete());
        }
    }

    enum Target {
        GATEWAY("gateway"), DIRECT("elasticsearch");
        final String label;

        Target(String label) {
            this.label = label;
        }
    }

    /** One search as the two requests that perform it. */
    record Query(String description, HttpRequest viaGateway, HttpRequest direct) {}

    /** {@code refused}: answers 429 (counted in {@code errors} too). */
    record Row(Target target, int clients, long requests, double qps, double p50, double p90, double p99, double max,
               long errors, long refused) {}

    /** A client whose requests come from this loopback address: to the gateway, a client of its own. */
    private static HttpClient client(String address) throws java.net.UnknownHostException {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5))
                .localAddress(java.net.InetAddress.getByName(address)).build();
    }

    /** A mix a news front-end sends: words, phrases, OR/NOT, filters, date ranges, date sort, browsing without q. */
    static List<Query> queries(SearchLimits props, String gatewayBase, String es) {
        List<Map<String, String>> specs = new ArrayList<>();
        for (int i = 0; i < TERMS.size(); i++) {
            String t = TERMS.get(i), other = TERMS.get((i + 7) % TERMS.size());
            specs.add(Map.of("q", t));
            specs.add(Map.of("q", "\"" + t + "\""));
            specs.add(Map.of("q", t + " | " + other));
            specs.add(Map.of("q", t + " -" + other));
            specs.add(Map.of("q", t, "topic", TOPICS.get(i % TOPICS.size())));
            specs.add(Map.of("q", t, "from", "2026-01-01", "sort", "date"));
        }
        for (String topic : TOPICS) {
            specs.add(Map.of("topic", topic));
            specs.add(Map.of("topic", topic, "page", "3"));
        }
        ElasticsearchClient client = ElasticsearchClient.of(b -> b.host(es));
        ArticleQueries search = new ArticleQueries(props);
        List<Query> out = new ArrayList<>();
        for (Map<String, String> spec : specs) {
            SearchRequestParams.Builder b = SearchRequestParams.builder();
            b.q = spec.get("q");
            b.topic = spec.get("topic");
            b.from = spec.get("from");
            b.sort = spec.get("sort");
            b.page = spec.containsKey("page") ? Integer.valueOf(spec.get("page")) : null;
            SearchRequestParams params = b.build(props);
            String body = JsonpUtils.toJsonString(search.request(params), client._jsonpMapper());
            String qs = spec.entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
            out.add(new Query(qs,
                    HttpRequest.newBuilder(URI.create(gatewayBase + "/api/v1/search?" + qs)).timeout(Duration.ofSeconds(30)).GET().build(),
                    HttpRequest.newBuilder(URI.create(es + "/" + props.alias() + "/_search?typed_keys=true"))
                            .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(body)).build()));
        }
        return out;
    }

    private static int checkSameResults(List<HttpClient> users, List<Query> queries) throws Exception {
        int mismatches = 0;
        for (int i = 0; i < queries.size(); i++) {
            Query q = queries.get(i);
            HttpClient http = users.get(i % users.size());
            long viaGateway = EventCodec.mapper().readTree(send(http, q.viaGateway)).path("total").asLong(-1);
            long direct = EventCodec.mapper().readTree(send(http, q.direct)).path("hits").path("total").path("value").asLong(-2);
            if (viaGateway != direct) {
                mismatches++;
                System.out.printf("  totals differ for %s: gateway %d, elasticsearch %d%n", q.description, viaGateway, direct);
            }
        }
        return mismatches;
    }

    private static String send(HttpClient http, HttpRequest r) throws Exception {
        HttpResponse<String> response = http.send(r, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(r.uri() + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    private static Row run(List<HttpClient> users, List<Query> queries, Target target, int clients, Duration duration)
            throws InterruptedException {
        return measure(users, queries, target, clients, duration).row(target, clients);
    }

    /** One closed-loop measurement: its latencies, its length and its failed and refused (429) answers. */
    record Window(Histogram latency, double seconds, long errors, long refused) {
        Window plus(Window o) {
            Histogram h = latency.copy();
            h.add(o.latency);
            return new Window(h, seconds + o.seconds, errors + o.errors, refused + o.refused);
        }

        Row row(Target target, int clients) {
            Histogram h = latency;
            return new Row(target, clients, h.getTotalCount(), h.getTotalCount() / seconds,
                    h.getValueAtPercentile(50) / 1000.0, h.getValueAtPercentile(90) / 1000.0,
                    h.getValueAtPercentile(99) / 1000.0, h.getMaxValue() / 1000.0, errors, refused);
        }
    }

    private static Window measure(List<HttpClient> users, List<Query> queries, Target target, int clients,
                                  Duration duration) throws InterruptedException {
        Recorder recorder = new Recorder(3);
        AtomicInteger next = new AtomicInteger();
        AtomicLong errors = new AtomicLong();
        AtomicLong refused = new AtomicLong();
        long end = System.nanoTime() + duration.toNanos();
        List<Thread> threads = new ArrayList<>();
        long start = System.nanoTime();
        for (int t = 0; t < clients; t++) {
            threads.add(Thread.ofPlatform().start(() -> {
                while (System.nanoTime() < end) {
                    int i = next.getAndIncrement();
                    Query q = queries.get(Math.floorMod(i, queries.size()));
                    HttpClient http = users.get(Math.floorMod(i, users.size()));
                    long t0 = System.nanoTime();
                    try {
                        HttpResponse<Void> r = http.send(target == Target.GATEWAY ? q.viaGateway : q.direct,
                                HttpResponse.BodyHandlers.discarding());
                        if (r.statusCode() != 200) {
                            errors.incrementAndGet();
                        }
                        if (r.statusCode() == 429) {
                            refused.incrementAndGet();
                        }
                    } catch (Exception e) {
                        errors.incrementAndGet();
                    }
                    recorder.recordValue((System.nanoTime() - t0) / 1_000);
                }
            }));
        }
        for (Thread t : threads) {
            t.join();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Window(recorder.getIntervalHistogram(), seconds, errors.get(), refused.get());
    }

    private static long total(String es, String alias) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        return EventCodec.mapper().readTree(send(http, HttpRequest.newBuilder(URI.create(es + "/" + alias + "/_count")).GET().build()))
                .path("count").asLong();
    }

    /** Expensive searches the API accepts, and a few it refuses (they must cost nothing), for the hostile client. */
    static List<HttpRequest> hostileQueries(List<HttpClient> users, String gatewayBase) throws Exception {
        List<String> qs = new ArrayList<>();
        for (int i = 0; i < TERMS.size(); i++) {
            String t = TERMS.get(i);
            // five fuzzy/prefix operators (the most QueryText allows), on short and long terms
            qs.add("q=" + enc(t + "~2 " + TERMS.get((i + 1) % TERMS.size()) + "~2 " + t.charAt(0) + "* "
                    + TERMS.get((i + 3) % TERMS.size()).charAt(0) + "* 发展~1") + "&size=50");
            // a 500-character query of many words (AND of everything: long term lists)
            StringBuilder longQuery = new StringBuilder();
            for (int k = 0; longQuery.length() < 490; k++) {
                longQuery.append(TERMS.get((i + k) % TERMS.size())).append(k % 3 == 0 ? " | " : " ");
            }
            qs.add("q=" + enc(longQuery.substring(0, Math.min(longQuery.length(), 498)).strip().replaceAll("\\|$", ""))
                    + "&size=50");
            // the last page of the page window (from = 9,950), facets and highlighting included
            qs.add("q=" + enc(t + "*") + "&page=200&size=50&sort=date");
        }
        qs.add("page=200&size=50");
        // refused before Elasticsearch: six fuzzy operators, a page size over the limit, beyond the window
        qs.add("q=" + enc("a~2 b~2 c~2 d~2 e~2 f~2"));
        qs.add("q=" + enc("乡村") + "&size=10000");
        qs.add("page=201&size=50");
        List<HttpRequest> out = new ArrayList<>();
        for (String q : qs) {
            out.add(HttpRequest.newBuilder(URI.create(gatewayBase + "/api/v1/search?" + q)).timeout(Duration.ofSeconds(30)).GET().build());
        }
        // a cursor deep into the date-sorted listing: followed 40 pages of 50 before the run (from the normal clients'
        // addresses in turn, as 40 people would: each page costs 2 of a client's rate limit)
        String next = null;
        for (int page = 0; page < 40; page++) {
            String uri = gatewayBase + "/api/v1/search?size=50&sort=date" + (next == null ? "" : "&cursor=" + enc(next));
            String body = send(users.get(page % users.size()),
                    HttpRequest.newBuilder(URI.create(uri)).timeout(Duration.ofSeconds(30)).GET().build());
            var n = EventCodec.mapper().readTree(body).path("next");
            if (n.isMissingNode() || n.isNull()) {
                break;
            }
            next = n.stringValue();
        }
        if (next != null) {
            out.add(HttpRequest.newBuilder(URI.create(gatewayBase + "/api/v1/search?size=50&sort=date&cursor=" + enc(next)))
                    .timeout(Duration.ofSeconds(30)).GET().build());
        }
        return out;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** What N hostile clients beside the normal ones did, and what the normal ones measured meanwhile. */
    record HostileRun(int hostileClients, Row normal, Histogram hostile, double seconds, Map<Integer, AtomicLong> statuses) {}

    /**
     * Hostile clients of one count: their threads run for the whole comparison but send only while the gate is open;
     * {@link #close} waits until none has a search in flight, so that none spills into the next window.
     */
    static final class HostileGroup {
        final int count;
        final java.util.concurrent.atomic.AtomicBoolean open = new java.util.concurrent.atomic.AtomicBoolean();
        final java.util.concurrent.atomic.AtomicBoolean stop = new java.util.concurrent.atomic.AtomicBoolean();
        final AtomicInteger inFlight = new AtomicInteger();
        final Recorder latency = new Recorder(3);
        final Map<Integer, AtomicLong> statuses = new java.util.concurrent.ConcurrentSkipListMap<>();
        final List<Thread> threads = new ArrayList<>();
        Histogram measured;
        final Map<Integer, Long> measuredStatuses = new java.util.TreeMap<>();
        double seconds;

        HostileGroup(int count, List<HttpClient> clients, int threadsPerClient, List<HttpRequest> hostileQueries,
                     long pauseMs) {
            this.count = count;
            AtomicInteger next = new AtomicInteger();
            for (HttpClient hostileHttp : clients) {
                for (int t = 0; t < threadsPerClient; t++) {
                    threads.add(Thread.ofPlatform().start(() -> {
                        while (!stop.get()) {
                            if (!open.get()) {
                                sleep(5);
                                continue;
                            }
                            inFlight.incrementAndGet();
                            HttpRequest r = hostileQueries.get(Math.floorMod(next.getAndIncrement(), hostileQueries.size()));
                            long t0 = System.nanoTime();
                            int status;
                            try {
                                status = hostileHttp.send(r, HttpResponse.BodyHandlers.discarding()).statusCode();
                            } catch (Exception e) {
                                status = -1;
                            }
                            latency.recordValue((System.nanoTime() - t0) / 1_000);
                            statuses.computeIfAbsent(status, k -> new AtomicLong()).incrementAndGet();
                            inFlight.decrementAndGet();
                            if (status == 429 && pauseMs > 0) {
                                sleep(pauseMs);
                            }
                        }
                    }));
                }
            }
        }

        void open() {
            open.set(true);
        }

        /** Closes the gate and waits until no hostile search is in flight. */
        void close() {
            open.set(false);
            while (inFlight.get() > 0) {
                sleep(5);
            }
        }

        void stop() throws InterruptedException {
            stop.set(true);
            for (Thread t : threads) {
                t.join();
            }
        }

        private static void sleep(long ms) {
            try {
                Thread.sleep(ms);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * The normal clients alone and beside each number of hostile clients, in alternating windows: {@code rounds}
     * rounds of (alone, beside 1, beside 3 …), each window {@code measure / rounds} long, so that a change in the
     * machine's load during the run (other work on it) falls on every condition alike instead of on whichever came
     * last. Before each window beside hostile clients their gate is open for a settling second (discarded); after it
     * the window waits until their searches in flight are done. One table.
     */
    private static void hostileComparison(List<HttpClient> users, List<Query> queries, List<HttpRequest> hostileQueries,
                                          int clients, List<Integer> hostileCounts, int threadsPerClient, long pauseMs,
                                          int rounds, Duration warmup, Duration measure)
            throws Exception {
        var os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        int address = Integer.parseInt(HOSTILE_ADDRESS.substring(HOSTILE_ADDRESS.lastIndexOf('.') + 1));
        List<HostileGroup> groups = new ArrayList<>();
        for (int count : hostileCounts) {
            List<HttpClient> hostileClients = new ArrayList<>();
            for (int c = 0; c < count; c++) {
                hostileClients.add(client("127.0.0." + address++)); // an address of its own for each hostile client
            }
            groups.add(new HostileGroup(count, hostileClients, threadsPerClient, hostileQueries, pauseMs));
        }
        // warm-up: the normal clients alone, then beside each group (its first budget spent here, not measured)
        run(users, queries, Target.GATEWAY, clients, warmup);
        for (HostileGroup g : groups) {
            g.open();
            run(users, queries, Target.GATEWAY, clients, warmup);
            g.close();
        }
        double loadBefore = os.getSystemLoadAverage();
        Duration window = measure.dividedBy(rounds);
        Window alone = null;
        List<Window> beside = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) {
            beside.add(null);
        }
        for (int round = 0; round < rounds; round++) {
            Window w = measure(users, queries, Target.GATEWAY, clients, window);
            alone = alone == null ? w : alone.plus(w);
            for (int i = 0; i < groups.size(); i++) {
                HostileGroup g = groups.get(i);
                g.open();
                Thread.sleep(1_000);
                g.latency.reset();
                Map<Integer, Long> before = new java.util.TreeMap<>();
                g.statuses.forEach((k, v) -> before.put(k, v.get()));
                long t0 = System.nanoTime();
                Window b = measure(users, queries, Target.GATEWAY, clients, window);
                Histogram h = g.latency.getIntervalHistogram();
                g.seconds += (System.nanoTime() - t0) / 1e9;
                g.close();
                // the statuses of this window only (the settling second's are subtracted)
                g.statuses.forEach((k, v) -> before.merge(k, -v.get(), Long::sum));
                before.forEach((k, v) -> g.measuredStatuses.merge(k, -v, Long::sum));
                if (g.measured == null) {
                    g.measured = h;
                } else {
                    g.measured.add(h);
                }
                beside.set(i, beside.get(i) == null ? b : beside.get(i).plus(b));
            }
        }
        double loadAfter = os.getSystemLoadAverage();
        for (HostileGroup g : groups) {
            g.stop();
        }

        System.out.printf("%nhostile clients: expensive searches (%d kinds), each client from an address of its own "
                + "(%s, …), %d thread(s) each, %d ms pause after a 429, beside %d normal clients spread over %d "
                + "addresses, through the gateway with its real limits; %d rounds of alternating %.1f s windows%n",
                hostileQueries.size(), HOSTILE_ADDRESS, threadsPerClient, pauseMs, clients, users.size(), rounds,
                window.toMillis() / 1000.0);
        System.out.printf("%-30s %9s %9s %8s %8s %8s %9s %7s %6s%n", "", "requests", "q/s", "p50 ms", "p90 ms", "p99 ms",
                "max ms", "errors", "429");
        Row aloneRow = alone.row(Target.GATEWAY, clients);
        printRow("normal clients alone", aloneRow);
        List<HostileRun> runs = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) {
            HostileGroup g = groups.get(i);
            Map<Integer, AtomicLong> statuses = new java.util.TreeMap<>();
            g.measuredStatuses.forEach((k, v) -> statuses.put(k, new AtomicLong(v)));
            runs.add(new HostileRun(g.count, beside.get(i).row(Target.GATEWAY, clients), g.measured, g.seconds, statuses));
        }
        for (HostileRun r : runs) {
            printRow("normal, " + r.hostileClients + " hostile beside", r.normal);
            Histogram h = r.hostile;
            System.out.printf("%-30s %,9d %9.1f %8.2f %8.2f %8.2f %9.2f %7s %6s%n", r.hostileClients + " hostile themselves",
                    h.getTotalCount(), h.getTotalCount() / r.seconds, h.getValueAtPercentile(50) / 1000.0,
                    h.getValueAtPercentile(90) / 1000.0, h.getValueAtPercentile(99) / 1000.0, h.getMaxValue() / 1000.0,
                    "-", "-");
        }
        for (HostileRun r : runs) {
            Row b = r.normal;
            System.out.printf("%d hostile: answers by status %s; normal clients p50 %+.2f ms, p99 %+.2f ms, throughput "
                    + "%+.1f %%%n", r.hostileClients,
                    r.statuses.entrySet().stream().map(e -> (e.getKey() < 0 ? "failed" : e.getKey()) + "=" + e.getValue())
                            .collect(Collectors.joining(" ")),
                    b.p50 - aloneRow.p50, b.p99 - aloneRow.p99, 100.0 * (b.qps - aloneRow.qps) / aloneRow.qps);
        }
        System.out.printf("load average (1 min): %.2f before the measured windows, %.2f after them%n", loadBefore,
                loadAfter);
    }

    private static void printRow(String label, Row r) {
        System.out.printf("%-30s %,9d %9.1f %8.2f %8.2f %8.2f %9.2f %7d %6d%n", label, r.requests, r.qps, r.p50, r.p90,
                r.p99, r.max, r.errors, r.refused);
    }
}
