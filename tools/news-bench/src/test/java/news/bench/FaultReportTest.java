package news.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FaultReportTest {
    static FaultResults results(List<String> indexed) {
        LagSeries lag = new LagSeries();
        List<FaultResults.Progress> progress = new ArrayList<>();
        for (int i = 0; i <= 120; i++) {
            long behind = i >= 30 && i < 60 ? (i - 30) * 10L : 0;
            lag.add(i, i >= 70 && i < 75 ? null : LagSeriesTest.lag(0, behind, i % 7 == 0 ? 1 : 0));
            progress.add(new FaultResults.Progress(i, Math.min(100, i), Math.min(100, i < 40 ? i : Math.max(40, i - 10))));
        }
        FaultSchedule.Fault kill = new FaultSchedule.Fault(FaultSchedule.Kind.KILL, "classifier-2", 0, 0);
        FaultSchedule.Fault broker = new FaultSchedule.Fault(FaultSchedule.Kind.KILL, "kafka", 10, 0);
        FaultSchedule.Fault poison = new FaultSchedule.Fault(FaultSchedule.Kind.POISON, "news.raw", 0, 1);
        List<FaultResults.Outcome> faults = List.of(
                new FaultResults.Outcome(kill, 30, 52.5, 61.0, 290, 0, true, null),
                new FaultResults.Outcome(broker, 68, 80, 82.0, 3, 5, true, null),
                new FaultResults.Outcome(poison, 100, 100.2, null, 1, 0, false, null));
        DeliveryCheck.Produced p = new DeliveryCheck.Produced("news.raw", 3, 17, "{} (every field missing)");
        var dead = DeliveryCheck.deadLetters(List.of(p), PoisonRecords.DEAD_LETTER_TOPIC, List.of(new DeliveryCheck.DeadLetter(
                "news.raw.dlq", 3, 0, "news.raw", 3, 17L, "RawArticle event without required fields id, source, kind, body")));
        Set<String> acked = Set.of("urn:bench:r:f:0", "urn:bench:r:f:1", "urn:bench:r:f:2");
        return new FaultResults("20260101-000000", new FaultResults.Setup(2, "ingestor×1 normalizer×2 classifier×2 indexer×2", 100,
                25, "1.00 1.00 1.00", "2.00 1.50 1.10", 4.0, 121.0), faults,
                DeliveryCheck.exactlyOnce(acked, Set.of("urn:bench:r:f:0"), indexed, indexed.size()), dead, lag, progress,
                new java.util.TreeMap<>(Map.of("connection refused", 12L, "HTTP 503", 2L)), 0, null);
    }

    @Test
    void theTableGivesEveryFaultItsRecoveryAndEveryGuaranteeItsVerdict() {
        FaultResults r = results(List.of("urn:bench:r:f:0", "urn:bench:r:f:1", "urn:bench:r:f:2"));
        String table = FaultReport.table(r);
        assertThat(table).contains("kill classifier-2", "22.5", "31.0", "290")
                .contains("kill kafka, down 10 s", "lag unknown for 5 s (broker down)")
                .contains("1 poison → news.raw", "not yet", " NO ")
                .contains("3 of 3: 0 lost, 0 extra, 0 twice → holds")
                .contains("1 resent, 0 twice → holds")
                .contains("1 of 1 in the right DLQ, 1 of them with a readable reason → holds")
                .contains("news.raw.dlq 3@0", "RawArticle event without required fields")
                .contains("lag back to 0 after every fault", "2 of 3 → BROKEN")
                .contains("HTTP 503 2, connection refused 12");
        // lag not back to 0 after one fault: the run does not pass
        assertThat(r.allHold()).isFalse();
        assertThat(table).contains("A GUARANTEE DID NOT HOLD");
    }

    @Test
    void aLostAndADuplicatedArticleAreNamedInTheTableAndTheCsv() {
        FaultResults r = results(List.of("urn:bench:r:f:0", "urn:bench:r:f:0", "urn:bench:r:f:1"));
        String table = FaultReport.table(r), csv = FaultReport.csv(r);
        assertThat(table).contains("1 lost, 0 extra, 1 twice → BROKEN", "lost (1): urn:bench:r:f:2", "twice (1): urn:bench:r:f:0")
                .contains("1 resent, 1 twice → BROKEN");
        assertThat(csv).startsWith("series,name,x,y\n").contains("figure,lost,,1\n", "lost_id,urn:bench:r:f:2,,1\n",
                "twice_id,urn:bench:r:f:0,,1\n", "fault_lag_zero_after,kill classifier-2,30,31\n",
                "fault_lag_zero_after,\"1 poison → news.raw\",100,\n".replace("\"", ""), "lag,classifier,45,150\n",
                "lag,(broker not answering),70,\n", "failed_attempts,connection refused,,12\n");
    }

    @Test
    void thePlotIsWritten(@TempDir Path dir) throws Exception {
        Path png = dir.resolve("faults.png");
        FaultCharts.write(results(List.of("urn:bench:r:f:0", "urn:bench:r:f:1", "urn:bench:r:f:2")), png);
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(FaultCharts.WIDTH);
        assertThat(image.getHeight()).isEqualTo(FaultCharts.HEIGHT);
        assertThat(Files.size(png)).isGreaterThan(20_000);
    }
}
