package news.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportTest {
    static Results results() {
        Timeline t = new Timeline();
        for (int i = 1; i <= 40; i++) {
            t.add(i * 0.5, Math.min(4000, i * 800L), Math.min(4000, i * 100L));
        }
        Map<String, Double> cpu = new LinkedHashMap<>();
        cpu.put("search", 6.5);
        cpu.put("classifier", 4.5);
        cpu.put("kafka", 1.0);
        cpu.put("bench client", 0.3);
        Map<String, Long> rss = new LinkedHashMap<>();
        rss.put("search", 800L << 20);
        rss.put("classifier", 400L << 20);
        rss.put("kafka", 500L << 20);
        List<Results.Latency.Sample> samples = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            samples.add(new Results.Latency.Sample("urn:bench:r:e:" + i, i / 50.0, 20 + i % 7, 400 + (i * 37) % 900));
        }
        return new Results("20260101-000000",
                new Results.Setup(2, "ingestor×1 normalizer×1 classifier×1 indexer×1", "1.00 1.00 1.00", "2.00 1.50 1.10", 926, 991),
                new Results.EndToEnd(4000, 20.0, 2.5, 4000, t),
                new Results.DirectBulk(4000, 5.0, 500, 2, 3.4),
                cpu,
                new SearchNode.NodeStats(4000, 8000, 400, 9000, 4500, 4000, 20, 2000, 10, 6000, 100, 3000, 600),
                new SearchNode.NodeStats(1000, 2000, 100, 3000, 500, 400, 8, 800, 4, 2000, 40, 1000, 200),
                new SearchNode.NodeStats(4000, 6000, 8, 7000, 0, 0, 5, 500, 2, 1000, 0, 0, 0),
                new Results.Latency(100, Pacing.of(100, 20), 300, 900, 1200, 1290, 1300, 20, 26, samples,
                        List.of(new StageLatency.Stage("normalizer", 300, 21, 10, 52, 153),
                                new StageLatency.Stage("refresh + poll", 300, 367, 368, 591, 700))),
                new Results.BigBatch(5000, 15_000_000, 4.2, 50.0),
                rss);
    }

    @Test
    void theTableShowsEveryFigure() {
        String table = Report.table(results());
        assertThat(table)
                .contains("(a) end to end, articles/s until all searchable", "200.0", "4,000 articles in 20.0 s", "0 lost")
                .contains("(b) indexing limit", "800.0")
                .contains("(c) ratio (a)/(b)", "0.25")
                .contains("at 100.0 articles/s", "900/1200/1290", "5 per request, 20.0 requests/s")
                .contains("one 5,000-article batch acknowledged after", "4.20", "all searchable after 50.0 s")
                .contains("resident memory of the whole stack", "1.66")
                .contains("search, direct", "3.40")
                .contains("normalizer, p50/p90/p99 ms", "10/52/153", "300 articles", "refresh + poll, p50/p90/p99 ms", "368/591/700");
        // processes by CPU, highest first, the benchmark client last and outside the stack's total and shares
        assertThat(table.indexOf("search     ")).isLessThan(table.indexOf("classifier"));
        assertThat(table.indexOf("kafka")).isLessThan(table.indexOf("bench client"));
        assertThat(table).containsPattern("stack total\\s+12\\.00\\s+100%");
        assertThat(table).containsPattern("classifier\\s+4\\.50\\s+38%");
        // Elasticsearch's accounting: per document in each phase, and documents per bulk request
        // (pipeline, of it the status index, direct)
        assertThat(table).containsPattern("indexing \\(analysis, Lucene\\), thread-ms\\s+2\\.00\\s+0\\.50\\s+1\\.50")
                .containsPattern("documents per bulk request\\s+10\\.0\\s+10\\.0\\s+500\\.0")
                .containsPattern("real-time gets \\(multi-get items, updates' reads\\)\\s+0\\.75\\s+0\\.25\\s+0\\.00")
                .containsPattern("searches \\(duplicate lookups, benchmark polls\\)\\s+1\\.13\\s+0\\.13\\s+0\\.00")
                .containsPattern("merges in the phase\\s+10\\s+4\\s+2");
    }

    @Test
    void theCsvHoldsTheRawFigures() {
        String csv = Report.csv(results());
        assertThat(csv).startsWith("series,name,x,y\n")
                .contains("figure,end_to_end_articles_per_s,,200\n")
                .contains("figure,ratio,,0.2500\n")
                .contains("cpu_ms_per_article,classifier,,4.5000\n")
                .contains("cpu_ms_per_article,bench client,,0.3000\n")
                .contains("timeline,searchable,0.5000,100\n")
                .contains("latency,urn:bench:r:e:1,0.0200,437\n")
                .contains("ack,urn:bench:r:e:1,0.0200,21\n")
                .contains("search_node_pipeline,bulk_requests,,400\n")
                .contains("search_node_direct,merge_ms,,1000\n")
                .contains("search_node_pipeline_status,gets,,1000\n");
        assertThat(csv.lines().filter(l -> l.startsWith("latency,"))).hasSize(300);
        assertThat(Report.csvField("a,b")).isEqualTo("\"a,b\"");
        assertThat(Report.csvField("say \"x\"")).isEqualTo("\"say \"\"x\"\"\"");
    }

    @Test
    void thePlotIsAPng(@TempDir Path dir) throws Exception {
        Path png = dir.resolve("p.png");
        Charts.write(results(), png);
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(Charts.WIDTH);
        assertThat(image.getHeight()).isEqualTo(Charts.HEIGHT);
        assertThat(Files.size(png)).isGreaterThan(20_000); // three drawn charts, not a blank page
    }

    @Test
    void argumentsAreCheckedAndTheOutputFolderDefaultsToTheHome() {
        Map<String, String> a = PipelineBenchmark.arguments(new String[] {"articles=100", "home=/tmp/h", "rate=12.5"});
        assertThat(a).containsEntry("articles", "100").containsEntry("out", Path.of("/tmp/h", "bench").toString())
                .containsEntry("batch", "5000").containsEntry("keep", "false");
        assertThatThrownBy(() -> PipelineBenchmark.arguments(new String[] {"articels=100"}))
                .hasMessageContaining("unknown argument 'articels=100'");
        assertThatThrownBy(() -> PipelineBenchmark.arguments(new String[] {"articles=0"})).hasMessageContaining("articles must be");
        assertThatThrownBy(() -> PipelineBenchmark.arguments(new String[] {"rate=fast"})).hasMessageContaining("rate must be");
        assertThatThrownBy(() -> PipelineBenchmark.arguments(new String[] {"keep=yes"})).hasMessageContaining("keep must be");
    }

    @Test
    void eachRunTakesTheNextRangeOfTheCorpus(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("corpus-offset");
        assertThat(PipelineBenchmark.corpusOffset(file, 12_000)).isZero();
        assertThat(PipelineBenchmark.corpusOffset(file, 500)).isEqualTo(12_000);
        assertThat(PipelineBenchmark.corpusOffset(file, 1)).isEqualTo(12_500);
        Files.writeString(file, "garbage");
        assertThat(PipelineBenchmark.corpusOffset(file, 1)).isZero();
    }

    @Test
    void instancesAreCountedPerStage() {
        Map<String, Long> pids = new LinkedHashMap<>();
        for (String n : List.of("kafka", "search", "ingestor", "normalizer", "normalizer-2", "classifier", "classifier-2",
                "indexer", "gateway")) {
            pids.put(n, 1L);
        }
        assertThat(PipelineBenchmark.instances(pids)).isEqualTo("ingestor×1 normalizer×2 classifier×2 indexer×1");
    }
}
