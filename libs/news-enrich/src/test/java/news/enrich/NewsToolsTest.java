package news.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The eval commands end to end on small files: figures on stdout, clear errors with exit code 2. */
class NewsToolsTest {

    private record Run(int code, String out, String err) {}

    private static Run run(String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
            int code = NewsTools.run(args);
            return new Run(code, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    @Test
    void evalTopicsPrintsAccuracyPerTopicAndConfusion(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("t.tsv"),
                "sports\t国足客场两球战胜对手晋级世界杯预选赛下一轮\n体育\t男篮夺冠\nfinance\t央行宣布下调存款准备金率\nnolabel\n");
        Path map = Files.writeString(dir.resolve("m.tsv"), "sports\tmedtop:15000000\nfinance\t04000000\n体育\t15000000\n");
        Run r = run("eval", "topics", file.toString(), "--map", map.toString());
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("examples 3", "accuracy (top topic)", "precision", "confusion", "skipped 1 lines");
    }

    @Test
    void evalTopicsReportsEachLevelForDeeperLabels(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("a.tsv"),
                "家居\t客厅装修如何选择沙发与地板 家居设计师建议，小户型客厅宜选浅色地板和布艺沙发，墙面刷乳胶漆，搭配简约的茶几和落地灯，"
                        + "卧室衣柜选用推拉门更省空间，厨房橱柜台面以石英石为佳。\n"
                        + "体育\t姚明率队夺得亚洲篮球锦标赛冠军 中国男篮在决赛中以十分优势战胜对手，姚明拿下全场最高分，主教练赛后称赞队员的防守。\n");
        Run r = run("eval", "topics", file.toString());
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("examples 2", "accuracy (top topic) 100.00 %", "level", "examples", "precision");
        assertThat(r.out().lines().filter(l -> l.startsWith("3 ")).findFirst().orElseThrow())
                .contains("1").contains("100.00%");
    }

    @Test
    void evalSnapshotWritesEveryFieldOfEachSampleArticleTheSameEachRun(@TempDir Path dir) throws IOException {
        Path pages = Files.createDirectory(dir.resolve("pages"));
        Files.copy(SamplePages.files().getFirst(), pages.resolve("page.txt"));
        Path first = dir.resolve("a.txt");
        Path second = dir.resolve("b.txt");
        Run r = run("eval", "snapshot", "--samples", pages.toString(), "--cnews", "2", "-o", first.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(run("eval", "snapshot", "--samples", pages.toString(), "--cnews", "2", "-o", second.toString()).code())
                .isZero();
        String text = Files.readString(first);
        // the page whole, its traditional copy, its articles, two cnews articles: each block with its subjects
        assertThat(text).contains("== page page.txt\n", "== traditional page.txt\n", "== seed ", "== cnews 1\n",
                "\nsubject medtop:", "\nperson ", "\nplace ", "\nkeywords ", "\nsummary ", "\nregion ", "\nsimplified ");
        assertThat(text.lines().filter(l -> l.startsWith("== ")).count()).isEqualTo(Long.parseLong(
                r.out().strip().split(" ")[0]));
        assertThat(Files.readString(second)).isEqualTo(text);
        assertThat(run("eval", "snapshot", "--samples", dir.resolve("none").toString(), "-o", first.toString()).code())
                .isEqualTo(2);
    }

    @Test
    void evalSeedsPrintsEveryArticleOfThePages() {
        Run r = run("eval", "seeds", "../../infra/samples");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("000_02c6cc3feb3fca82.txt#1", "(L1)", "with a level-2 or deeper subject");
        assertThat(run("eval", "seeds", "no-such-folder").err()).contains("no such folder");
    }

    @Test
    void trainTopicsNamesAMissingCorpus(@TempDir Path dir) {
        Run r = run("train", "topics", "--articles", dir.resolve("none.tsv").toString(), "-o", dir.resolve("m.bin").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("no such file", "none.tsv");
        Run noPress = run("train", "topics", "--official-press", dir.resolve("press.bio").toString(),
                "--articles", HeldOutAccuracyTest.CNEWS.toString(), "-o", dir.resolve("m.bin").toString());
        assertThat(noPress.code()).isEqualTo(2);
        assertThat(noPress.err()).contains("press.bio");
    }

    @Test
    void evalEntitiesOnTheHandLabelledFixture() {
        Path fixture = Path.of("src/test/resources/ner/seed-sentences.bio");
        Run r = run("eval", "entities", fixture.toString());
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("sentences 46", "PER", "LOC", "ORG", "all ", "confusion of types",
                "most frequent misses");
    }

    @Test
    void trainEntitiesWritesAModelThatEvalEntitiesUses(@TempDir Path dir) throws IOException {
        Path corpus = dir.resolve("toy.bio");
        BioCorpus.write(NerModelTest.toyCorpus(), corpus);
        Path model = dir.resolve("m.bin.gz");
        Run r = run("train", "entities", "--msra", corpus.toString(), "-o", model.toString(), "--epochs", "2",
                "--min-count", "1", "--holdout-every", "5", "--holdout-out", dir.resolve("held.bio").toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("entity model:", "sha256");
        assertThat(r.err()).contains("held out 12 (every 5)");
        Run eval = run("eval", "entities", dir.resolve("held.bio").toString(), "--model", model.toString());
        assertThat(eval.code()).as(eval.err()).isZero();
        assertThat(eval.out()).contains("sentences 12", "confusion of types");
        Path junk = Files.writeString(dir.resolve("junk.bin.gz"), "x");
        Run bad = run("eval", "entities", dir.resolve("held.bio").toString(), "--model", junk.toString());
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).contains("junk.bin.gz", "not an entity model");
        assertThat(run("train", "entities", "--msra", dir.resolve("none.bio").toString(), "-o", model.toString()).err())
                .contains("no such file");
    }

    @Test
    void badInputIsNamed(@TempDir Path dir) throws IOException {
        assertThat(run("eval", "topics", dir.resolve("missing.tsv").toString()).err()).contains("no such file");
        Path bio = Files.writeString(dir.resolve("bad.bio"), "濮 B-LOC\n阳 I-LOC\n\n市 B-MISC\n");
        Run r = run("eval", "entities", bio.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("bad.bio", "B-MISC");
        Path noTags = Files.writeString(dir.resolve("nt.bio"), "濮阳\n");
        assertThat(run("eval", "entities", noTags.toString()).err()).contains("line 1", "char tag");
        Path badMap = Files.writeString(dir.resolve("bm.tsv"), "sports 15000000\n");
        Path file = Files.writeString(dir.resolve("t.tsv"), "sports\t男篮夺冠\n");
        assertThat(run("eval", "topics", file.toString(), "--map", badMap.toString()).code()).isEqualTo(2);
    }
}
