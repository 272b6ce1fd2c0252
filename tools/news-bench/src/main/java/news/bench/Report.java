package news.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The printed table and the CSV of one run's raw figures. */
public final class Report {
    private Report() {}

    public static String table(Results r) {
        StringBuilder b = new StringBuilder();
        Results.EndToEnd e = r.endToEnd();
        Results.DirectBulk d = r.direct();
        Results.Latency l = r.latency();
        Results.BigBatch f = r.batch();
        line(b, "%-58s %12s  %s%n", "figure", "value", "");
        line(b, "%-58s %12.1f  %s%n", "(a) end to end, articles/s until all searchable", e.rate(),
                String.format(Locale.ROOT, "%,d articles in %.1f s, all acknowledged after %.1f s, %,d lost", e.articles(),
                        e.seconds(), e.acknowledgedSeconds(), e.lost()));
        line(b, "%-58s %12.1f  %s%n", "(b) indexing limit, documents/s bulk-indexed directly", d.rate(),
                String.format(Locale.ROOT, "%,d documents, bulks of %d, %d in flight, until refreshed", d.documents(),
                        d.bulkSize(), d.clients()));
        line(b, "%-58s %12.2f  %s%n", "(c) ratio (a)/(b)", r.ratio(), "");
        line(b, "%-58s %12s  %s%n", String.format(Locale.ROOT, "(e) ingest → searchable at %.1f articles/s, p50/p90/p99 ms",
                l.rate()), String.format(Locale.ROOT, "%.0f/%.0f/%.0f", l.p50Ms(), l.p90Ms(), l.p99Ms()),
                String.format(Locale.ROOT, "%,d articles, %s, max %.0f ms; 202 after p50 %.0f ms, p99 %.0f ms", l.articles(),
                        l.pacing().perRequest() == 1 ? String.format(Locale.ROOT, "one per request, %.1f requests/s",
                                l.pacing().requestsPerSecond())
                                : String.format(Locale.ROOT, "%d per request, %.1f requests/s", l.pacing().perRequest(),
                                        l.pacing().requestsPerSecond()),
                        l.maxMs(), l.ackP50Ms(), l.ackP99Ms()));
        for (StageLatency.Stage st : l.stages()) {
            line(b, "%-58s %12s  %s%n", "    " + st.name() + ", p50/p90/p99 ms", String.format(Locale.ROOT, "%.0f/%.0f/%.0f",
                    st.p50Ms(), st.p90Ms(), st.p99Ms()), String.format(Locale.ROOT, "mean %.0f ms%s", st.meanMs(),
                    st == l.stages().getFirst() ? String.format(Locale.ROOT,
                            " (each stage: from the step before, as news-status recorded it; %,d articles)", st.articles()) : ""));
        }
        line(b, "%-58s %12.2f  %s%n", String.format(Locale.ROOT, "(f) one %,d-article batch acknowledged after, s", f.articles()),
                f.acknowledgedSeconds(), String.format(Locale.ROOT, "%.1f MB; all searchable after %.1f s", f.bytes() / 1e6,
                        f.searchableSeconds()));
        line(b, "%-58s %12.2f  %s%n", "resident memory of the whole stack after the run, GiB", r.totalRssBytes() / (double) (1L << 30),
                String.format(Locale.ROOT, "%d processes", r.rssBytes().size()));
        b.append('\n');
        line(b, "%-16s %14s %8s %10s%n", "(d) process", "CPU-ms/article", "share", "RSS MB");
        double total = r.cpuMsPerArticle().entrySet().stream().filter(x -> !x.getKey().equals("bench client"))
                .mapToDouble(Map.Entry::getValue).sum();
        for (Map.Entry<String, Double> x : sorted(r.cpuMsPerArticle())) {
            boolean client = x.getKey().equals("bench client");
            Long rss = r.rssBytes().get(x.getKey());
            line(b, "%-16s %14.2f %8s %10s%n", x.getKey(), x.getValue(),
                    client ? "" : String.format(Locale.ROOT, "%.0f%%", 100 * x.getValue() / total),
                    rss == null ? "" : String.format(Locale.ROOT, "%.0f", rss / 1e6));
        }
        line(b, "%-16s %14.2f %8s %10.0f%n", "stack total", total, "100%", r.totalRssBytes() / 1e6);
        line(b, "%-16s %14.2f  %s%n", "search, direct", d.searchCpuMsPerDocument(),
                "Elasticsearch CPU-ms per document in (b), for comparison with its row above");
        b.append('\n');
        SearchNode.NodeStats p = r.searchWorkInPipeline(), st = r.statusWorkInPipeline(), q = r.searchWorkInDirectBulk();
        double pn = e.articles(), qn = d.documents();
        line(b, "%-50s %14s %14s %14s%n", "Elasticsearch's own accounting, per document", "(a) pipeline", "of it status",
                "(b) direct");
        line(b, "%-50s %14.2f %14.2f %14.2f%n", "indexing (analysis, Lucene), thread-ms", p.indexMs() / pn, st.indexMs() / pn,
                q.indexMs() / qn);
        line(b, "%-50s %14.2f %14.2f %14.2f%n", "documents (re)indexed", p.indexed() / pn, st.indexed() / pn, q.indexed() / qn);
        line(b, "%-50s %14.1f %14.1f %14.1f%n", "documents per bulk request", perBulk(p), perBulk(st), perBulk(q));
        line(b, "%-50s %14.2f %14.2f %14.2f%n", "refresh, thread-ms", p.refreshMs() / pn, st.refreshMs() / pn, q.refreshMs() / qn);
        line(b, "%-50s %14.2f %14.2f %14.2f%n", "merges, thread-ms", p.mergeMs() / pn, st.mergeMs() / pn, q.mergeMs() / qn);
        line(b, "%-50s %14.2f %14.2f %14.2f%n", "flush, thread-ms", p.flushMs() / pn, st.flushMs() / pn, q.flushMs() / qn);
        line(b, "%-50s %14.2f %14.2f %14.2f%n", "real-time gets (multi-get items, updates' reads)", p.gets() / pn,
                st.gets() / pn, q.gets() / qn);
        line(b, "%-50s %14.2f %14.2f %14.2f%n", "get, thread-ms", p.getMs() / pn, st.getMs() / pn, q.getMs() / qn);
        line(b, "%-50s %14.2f %14.2f %14.2f%n", "searches (duplicate lookups, benchmark polls)", p.searches() / pn,
                st.searches() / pn, q.searches() / qn);
        line(b, "%-50s %14.2f %14.2f %14.2f%n", "search query+fetch, thread-ms", p.searchMs() / pn, st.searchMs() / pn,
                q.searchMs() / qn);
        line(b, "%-50s %14d %14d %14d%n", "refreshes in the phase", p.refreshes(), st.refreshes(), q.refreshes());
        line(b, "%-50s %14d %14d %14d%n", "merges in the phase", p.merges(), st.merges(), q.merges());
        b.append('\n');
        Results.Setup s = r.setup();
        line(b, "run %s; stack %s; %d cores shared with whatever else runs (load average %s before, %s after): compare "
                + "figures within one run%n", r.run(), s.instances(), s.cores(), s.loadBefore(), s.loadAfter());
        return b.toString();
    }

    /** Processes by CPU per article, highest first; the benchmark client last. */
    private static List<Map.Entry<String, Double>> sorted(Map<String, Double> cpu) {
        List<Map.Entry<String, Double>> out = new ArrayList<>(cpu.entrySet());
        out.sort((x, y) -> x.getKey().equals("bench client") ? 1 : y.getKey().equals("bench client") ? -1
                : Double.compare(y.getValue(), x.getValue()));
        return out;
    }

    private static void line(StringBuilder b, String format, Object... args) {
        b.append(String.format(Locale.ROOT, format, args));
    }

    /**
     * Long format, one figure per line: {@code series,name,x,y}. Series: {@code figure} (the table's figures),
     * {@code cpu_ms_per_article} and {@code rss_bytes} (per process), {@code timeline} (name acknowledged|searchable,
     * x = seconds since the first send of (a), y = count), {@code latency} (name = article id, x = seconds since the
     * phase began, y = ms to searchable), {@code ack} (the same, y = ms to the 202) and {@code stage_latency_*} (name = stage).
     */
    public static String csv(Results r) {
        StringBuilder b = new StringBuilder("series,name,x,y\n");
        Results.EndToEnd e = r.endToEnd();
        figure(b, "end_to_end_articles_per_s", e.rate());
        figure(b, "end_to_end_articles", e.articles());
        figure(b, "end_to_end_seconds", e.seconds());
        figure(b, "end_to_end_acknowledged_seconds", e.acknowledgedSeconds());
        figure(b, "end_to_end_lost", e.lost());
        figure(b, "direct_documents_per_s", r.direct().rate());
        figure(b, "direct_documents", r.direct().documents());
        figure(b, "direct_seconds", r.direct().seconds());
        figure(b, "direct_bulk_size", r.direct().bulkSize());
        figure(b, "direct_clients", r.direct().clients());
        figure(b, "direct_search_cpu_ms_per_document", r.direct().searchCpuMsPerDocument());
        figure(b, "ratio", r.ratio());
        Results.Latency l = r.latency();
        figure(b, "latency_rate_articles_per_s", l.rate());
        figure(b, "latency_articles_per_request", l.pacing().perRequest());
        figure(b, "latency_articles", l.articles());
        figure(b, "latency_p50_ms", l.p50Ms());
        figure(b, "latency_p90_ms", l.p90Ms());
        figure(b, "latency_p99_ms", l.p99Ms());
        figure(b, "latency_max_ms", l.maxMs());
        figure(b, "ack_p50_ms", l.ackP50Ms());
        figure(b, "ack_p99_ms", l.ackP99Ms());
        for (StageLatency.Stage st : l.stages()) {
            row(b, "stage_latency_p50_ms", st.name(), "", st.p50Ms());
            row(b, "stage_latency_p90_ms", st.name(), "", st.p90Ms());
            row(b, "stage_latency_p99_ms", st.name(), "", st.p99Ms());
            row(b, "stage_latency_mean_ms", st.name(), "", st.meanMs());
        }
        figure(b, "batch_articles", r.batch().articles());
        figure(b, "batch_bytes", r.batch().bytes());
        figure(b, "batch_acknowledged_seconds", r.batch().acknowledgedSeconds());
        figure(b, "batch_searchable_seconds", r.batch().searchableSeconds());
        figure(b, "stack_rss_bytes", r.totalRssBytes());
        figure(b, "cores", r.setup().cores());
        work(b, "pipeline", r.searchWorkInPipeline());
        work(b, "pipeline_status", r.statusWorkInPipeline());
        work(b, "direct", r.searchWorkInDirectBulk());
        figure(b, "median_body_chars", r.setup().medianChars());
        r.cpuMsPerArticle().forEach((p, v) -> row(b, "cpu_ms_per_article", p, "", v));
        r.rssBytes().forEach((p, v) -> row(b, "rss_bytes", p, "", v));
        for (Timeline.Sample s : e.timeline().samples()) {
            row(b, "timeline", "acknowledged", s.t(), s.acknowledged());
            row(b, "timeline", "searchable", s.t(), s.searchable());
        }
        for (Results.Latency.Sample s : l.samples()) {
            row(b, "latency", s.id(), s.sentSeconds(), s.searchableMs());
            row(b, "ack", s.id(), s.sentSeconds(), s.ackMs());
        }
        return b.toString();
    }

    private static double perBulk(SearchNode.NodeStats w) {
        return w.bulks() == 0 ? 0 : w.indexed() / (double) w.bulks();
    }

    private static void work(StringBuilder b, String phase, SearchNode.NodeStats w) {
        row(b, "search_node_" + phase, "indexed", "", w.indexed());
        row(b, "search_node_" + phase, "index_ms", "", w.indexMs());
        row(b, "search_node_" + phase, "bulk_requests", "", w.bulks());
        row(b, "search_node_" + phase, "bulk_ms", "", w.bulkMs());
        row(b, "search_node_" + phase, "searches", "", w.searches());
        row(b, "search_node_" + phase, "search_ms", "", w.searchMs());
        row(b, "search_node_" + phase, "refreshes", "", w.refreshes());
        row(b, "search_node_" + phase, "refresh_ms", "", w.refreshMs());
        row(b, "search_node_" + phase, "merges", "", w.merges());
        row(b, "search_node_" + phase, "merge_ms", "", w.mergeMs());
        row(b, "search_node_" + phase, "flush_ms", "", w.flushMs());
        row(b, "search_node_" + phase, "gets", "", w.gets());
        row(b, "search_node_" + phase, "get_ms", "", w.getMs());
    }

    private static void figure(StringBuilder b, String name, double value) {
        row(b, "figure", name, "", value);
    }

    private static void row(StringBuilder b, String series, String name, Object x, Object y) {
        b.append(series).append(',').append(csvField(name)).append(',').append(number(x)).append(',').append(number(y)).append('\n');
    }

    private static String number(Object v) {
        if (v instanceof Double d) {
            return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString(d.longValue()) : String.format(Locale.ROOT, "%.4f", d);
        }
        return String.valueOf(v);
    }

    static String csvField(String s) {
        return s.contains(",") || s.contains("\"") || s.contains("\n") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
}
