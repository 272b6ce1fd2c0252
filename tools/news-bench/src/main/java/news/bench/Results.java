package news.bench;

import java.util.List;
import java.util.Map;

/**
 * Every figure of one pipeline benchmark run (what the table, the CSV and the plot show). {@code statusWorkInPipeline}
 * is the part of {@code searchWorkInPipeline} done for the article status index (news-status).
 */
public record Results(
        String run,
        Setup setup,
        EndToEnd endToEnd,
        DirectBulk direct,
        Map<String, Double> cpuMsPerArticle,
        SearchNode.NodeStats searchWorkInPipeline,
        SearchNode.NodeStats statusWorkInPipeline,
        SearchNode.NodeStats searchWorkInDirectBulk,
        Latency latency,
        BigBatch batch,
        Map<String, Long> rssBytes) {

    /** Where it ran: cores, instances per stage, load average before and after, the corpus. */
    public record Setup(int cores, String instances, String loadBefore, String loadAfter, int medianChars, int meanChars) {}

    /** (a) {@code articles} pushed through the ingest API until every one was searchable. */
    public record EndToEnd(int articles, double seconds, double acknowledgedSeconds, long searchable, Timeline timeline) {
        public double rate() {
            return articles / seconds;
        }

        public long lost() {
            return articles - searchable;
        }
    }

    /** (b) the same final documents bulk-indexed straight into a scratch index (refreshed, so searchable too). */
    public record DirectBulk(int documents, double seconds, int bulkSize, int clients, double searchCpuMsPerDocument) {
        public double rate() {
            return documents / seconds;
        }
    }

    /** (e) ingest → searchable at a fixed rate; raw samples in send order; the time per stage (empty if no status was recorded). */
    public record Latency(double rate, Pacing pacing, int articles, double p50Ms, double p90Ms, double p99Ms,
                          double maxMs, double ackP50Ms, double ackP99Ms, List<Sample> samples,
                          List<StageLatency.Stage> stages) {
        /** One article: sent at {@code sentSeconds} after the phase began; acknowledged and searchable after that. */
        public record Sample(String id, double sentSeconds, double ackMs, double searchableMs) {}
    }

    /** (f) one batch of {@code articles} in a single request: the time to the 202, then until all were searchable. */
    public record BigBatch(int articles, long bytes, double acknowledgedSeconds, double searchableSeconds) {}

    /** (c) end-to-end rate over the indexing limit. */
    public double ratio() {
        return endToEnd.rate() / direct.rate();
    }

    public long totalRssBytes() {
        return rssBytes.values().stream().mapToLong(Long::longValue).sum();
    }
}
