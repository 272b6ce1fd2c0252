package news.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PushPlanTest {
    static final String PAGE = "本报讯 许昌市 问 题 整 改 工作持续推进，全市上下形成合力。记者 王金伟";

    @Test
    void detectsUtf8AndGb18030Pages() {
        assertThat(TextCharsets.detect(PAGE.getBytes(StandardCharsets.UTF_8))).isEqualTo(StandardCharsets.UTF_8);
        byte[] gb = PAGE.getBytes(Charset.forName("GB18030"));
        assertThat(TextCharsets.detect(gb)).isEqualTo(TextCharsets.GB18030);
        assertThat(TextCharsets.decode(gb, TextCharsets.detect(gb))).isEqualTo(PAGE);
        // A UTF-8 byte-order mark is dropped.
        assertThat(TextCharsets.decode(("\uFEFF" + PAGE).getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8)).isEqualTo(PAGE);
    }

    @Test
    void detectsTheSamplePagesAsUtf8AndTheirGb18030CopiesAsGb18030() throws Exception {
        Path samples = Path.of(System.getProperty("news.root", "../..")).resolve("infra/samples");
        try (var files = Files.list(samples)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).toList()) {
                byte[] utf8 = Files.readAllBytes(f);
                assertThat(TextCharsets.detect(utf8)).as(f.toString()).isEqualTo(StandardCharsets.UTF_8);
                byte[] gb = new String(utf8, StandardCharsets.UTF_8).getBytes(TextCharsets.GB18030);
                assertThat(TextCharsets.detect(gb)).as(f + " in GB18030").isEqualTo(TextCharsets.GB18030);
            }
        }
    }

    @Test
    void walksFoldersIntoPagesArticlesAndBatches(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.txt"), PAGE);
        Files.write(dir.resolve("b.txt"), PAGE.getBytes(Charset.forName("GB18030")));
        Files.writeString(dir.resolve("c.json"), "{\"headline\":\"标题\",\"body_text\":\"正文\"}");
        Files.writeString(dir.resolve("d.ndjson"), "{\"body_text\":\"一\"}\n\n{\"body_text\":\"二\"}\n{\"body_text\":\"三\"}\n");
        Files.writeString(dir.resolve("notes.md"), "ignored");
        PushPlan plan = PushPlan.of(List.of(dir), 2);
        assertThat(plan.units).extracting(PushUnit::kind).containsExactly(PushUnit.Kind.PAGE, PushUnit.Kind.PAGE,
                PushUnit.Kind.ARTICLE, PushUnit.Kind.BATCH, PushUnit.Kind.BATCH);
        assertThat(plan.units.get(1).charset()).isEqualTo(TextCharsets.GB18030);
        assertThat(plan.units.get(3).label()).endsWith("d.ndjson:1-3");
        assertThat(plan.units.get(3).lines()).isEqualTo(2);
        assertThat(plan.units.get(4).text()).isEqualTo("{\"body_text\":\"三\"}\n");
        assertThat(plan.articles()).isEqualTo(6);
        assertThat(plan.skipped).containsExactly(dir.resolve("notes.md"));
        assertThat(plan.unreadable).isEmpty();
    }

    @Test
    void namedFilesOfUnknownTypeOrMissingAreProblems(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("x.csv"), "a,b");
        PushPlan plan = PushPlan.of(List.of(dir.resolve("x.csv"), dir.resolve("missing.txt")), 10);
        assertThat(plan.unreadable).extracting(PushPlan.Problem::reason)
                .containsExactly("unknown file type (expected .txt, .pdf, .json or .ndjson)", "no such file");
    }

    @Test
    void aPdfIsOnePrintPageSentAsItsBytes(@TempDir Path dir) throws Exception {
        byte[] pdf = "%PDF-1.7 any bytes \u00ff".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        Files.write(dir.resolve("page.PDF"), pdf);
        PushPlan plan = PushPlan.of(List.of(dir), 10);
        assertThat(plan.units).singleElement().satisfies(u -> {
            assertThat(u.kind()).isEqualTo(PushUnit.Kind.PDF_PAGE);
            assertThat(u.body()).isEqualTo(pdf);
            assertThat(u.lines()).isEqualTo(1);
        });
        assertThat(plan.skipped).isEmpty();
    }

    @Test
    void theResumeFileRemembersAcknowledgedUnitsAcrossRunsAndCountsResends(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.txt"), PAGE);
        Path resumePath = dir.resolve("state/resume");
        PushUnit unit = PushPlan.of(List.of(dir.resolve("a.txt")), 1).units.getFirst();
        try (ResumeFile resume = new ResumeFile(resumePath)) {
            assertThat(resume.done(unit)).isFalse();
            assertThat(resume.record(unit, List.of("sha256:1"))).isZero();
        }
        try (ResumeFile resume = new ResumeFile(resumePath)) {
            assertThat(resume.done(unit)).isTrue();
            PushUnit other = new PushUnit("b.txt", PushUnit.Kind.PAGE, new byte[] {1}, StandardCharsets.UTF_8, 1);
            assertThat(resume.done(other)).isFalse();
            assertThat(resume.record(other, List.of("sha256:1", "https://x/a,b"))).as("one id acknowledged before").isEqualTo(1);
        }
        // An edited file is a new unit: sent again.
        Files.writeString(dir.resolve("a.txt"), PAGE + "（更正）");
        try (ResumeFile resume = new ResumeFile(resumePath)) {
            assertThat(resume.done(PushPlan.of(List.of(dir.resolve("a.txt")), 1).units.getFirst())).isFalse();
        }
    }

    @Test
    void theSummaryExitCodeSaysWhatHappened() {
        PushSummary s = new PushSummary();
        s.accepted = 3;
        assertThat(s.exitCode()).isZero();
        s.failed.add(new PushSummary.Line("a", "503"));
        assertThat(s.exitCode()).isEqualTo(3);
        s.rejected.add(new PushSummary.Line("b.json", "400 Invalid article: bodies"));
        assertThat(s.exitCode()).isEqualTo(1);
        assertThat(s.table()).contains("accepted (new)", "b.json: 400 Invalid article: bodies");
    }

    @Test
    void highlightsBecomeBoldOrBrackets() {
        String html = "全市<em>问题</em>整改 &amp; &quot;清单&quot; <b>x</b>";
        assertThat(Highlights.forTerminal(html, true)).isEqualTo("全市\u001B[1m问题\u001B[0m整改 & \"清单\" x");
        assertThat(Highlights.forTerminal(html, false)).isEqualTo("全市[问题]整改 & \"清单\" x");
    }
}
