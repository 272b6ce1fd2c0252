package news.enrich;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.hankcs.hanlp.model.perceptron.instance.Instance;
import com.hankcs.hanlp.model.perceptron.model.LinearModel;

import news.model.Entity.EntityType;

class NerModelTest {

    private static final int T = NerTags.SIZE;

    /** HanLP's Instance with a feature matrix of our rows (its last slot reserved for the transition). */
    private static final class RowInstance extends Instance {
        RowInstance(int[] rows, int k, int n) {
            featureMatrix = new int[n][];
            tagArray = new int[n];
            for (int i = 0; i < n; i++) {
                featureMatrix[i] = new int[k + 1];
                System.arraycopy(rows, i * k, featureMatrix[i], 0, k);
            }
        }
    }

    @Test
    void unconstrainedDecodingIsHanLPsViterbi() {
        Random random = new Random(7);
        int features = 40;
        int k = 5;
        for (int round = 0; round < 200; round++) {
            float[] w = new float[(T + 1 + features) * T];
            for (int i = 0; i < w.length; i++) {
                w[i] = (float) random.nextGaussian();
            }
            int n = 1 + random.nextInt(30);
            int[] rows = new int[n * k];
            for (int i = 0; i < rows.length; i++) {
                rows[i] = random.nextInt(5) == 0 ? -1 : T + 1 + random.nextInt(features);
            }
            int[] ours = new int[n];
            NerModel.decode(w, rows, k, n, false, ours);
            int[] hanlp = new int[n];
            new LinearModel(new NerTrainer.RowFeatureMap(T + 1 + features), w)
                    .viterbiDecode(new RowInstance(rows, k, n), hanlp);
            assertThat(ours).as("round %d", round).isEqualTo(hanlp);
        }
    }

    @Test
    void constrainedDecodingOnlyGivesValidBioes() {
        Random random = new Random(11);
        int features = 30;
        int k = 4;
        for (int round = 0; round < 300; round++) {
            float[] w = new float[(T + 1 + features) * T];
            for (int i = 0; i < w.length; i++) {
                w[i] = (float) random.nextGaussian() * 3; // random weights favour invalid sequences
            }
            int n = 1 + random.nextInt(25);
            int[] rows = new int[n * k];
            for (int i = 0; i < rows.length; i++) {
                rows[i] = T + 1 + random.nextInt(features);
            }
            int[] tags = new int[n];
            NerModel.decode(w, rows, k, n, true, tags);
            int previous = NerTags.BOS;
            for (int tag : tags) {
                assertThat(NerTags.allowed(previous, tag)).as("%s after %s", name(tag), name(previous)).isTrue();
                previous = tag;
            }
            assertThat(NerTags.canEnd(previous)).isTrue();
            // every entity char is inside exactly one span: no I-/E- without its B-
            int covered = NerTags.spans(tags, n, 0).stream().mapToInt(s -> s.end() - s.begin()).sum();
            int entityChars = 0;
            for (int tag : tags) {
                entityChars += tag == NerTags.O ? 0 : 1;
            }
            assertThat(covered).isEqualTo(entityChars);
        }
    }

    private static String name(int tag) {
        return tag == NerTags.BOS ? "BOS" : NerTags.NAMES[tag];
    }

    static List<BioCorpus.Sentence> toyCorpus() {
        List<BioCorpus.Sentence> out = new ArrayList<>();
        String[] people = {"王小明", "李建国", "张伟", "刘洋", "陈静"};
        String[] places = {"北京", "上海", "濮阳市", "清丰县", "广州"};
        for (int i = 0; i < 60; i++) {
            String person = people[i % people.length];
            String place = places[(i / 5) % places.length];
            String text = person + "昨天在" + place + "参观了工厂。";
            out.add(new BioCorpus.Sentence(text, List.of(
                    new EntityEvaluation.Span(0, person.length(), EntityType.PERSON),
                    new EntityEvaluation.Span(person.length() + 3, person.length() + 3 + place.length(), EntityType.PLACE))));
        }
        return out;
    }

    @Test
    void savedAndLoadedModelPredictsTheSameAndTrainingIsReproducible(@TempDir Path dir) throws IOException {
        NerTrainer.Options options = new NerTrainer.Options(3, 1, 0f, 42);
        NerModel trained = NerTrainer.train(toyCorpus(), List.of(), options, line -> {});
        trained.save(dir.resolve("a.bin.gz"));
        NerTrainer.train(toyCorpus(), List.of(), options, line -> {}).save(dir.resolve("b.bin.gz"));
        assertThat(Files.readAllBytes(dir.resolve("a.bin.gz"))).isEqualTo(Files.readAllBytes(dir.resolve("b.bin.gz")));

        NerModel loaded = NerModel.load(dir.resolve("a.bin.gz"));
        assertThat(loaded.features()).isEqualTo(trained.features());
        for (String text : List.of("张伟昨天在广州参观了工厂。", "陈静在北京。", "今天下雨", "")) {
            AnalysedText a = AnalysedText.analyse(null, text);
            for (AnalysedText.Chunk c : a.bodyChunks()) {
                assertThat(loaded.recognise(a.body(), c.begin(), c.end(), c.terms()))
                        .isEqualTo(trained.recognise(a.body(), c.begin(), c.end(), c.terms()));
                assertThat(loaded.tag(a.body(), c.begin(), c.end(), c.terms()))
                        .isEqualTo(trained.tag(a.body(), c.begin(), c.end(), c.terms()));
            }
        }
        loaded.save(dir.resolve("c.bin.gz"));
        assertThat(Files.readAllBytes(dir.resolve("c.bin.gz"))).isEqualTo(Files.readAllBytes(dir.resolve("a.bin.gz")));
        // it learned the pattern of its toy data
        AnalysedText a = AnalysedText.analyse(null, "李建国昨天在上海参观了工厂。");
        AnalysedText.Chunk c = a.bodyChunks().get(0);
        assertThat(loaded.recognise(a.body(), c.begin(), c.end(), c.terms())).extracting(NerModel.Mention::span)
                .contains(new EntityEvaluation.Span(0, 3, EntityType.PERSON));
    }

    @Test
    void aModelWithLexiconAndClustersSavesLoadsAndRetrainsToTheSameBytes(@TempDir Path dir) throws IOException {
        List<String> unlabelled = new ArrayList<>();
        for (BioCorpus.Sentence s : toyCorpus()) {
            unlabelled.add(s.text());
        }
        NerTrainer.Options options = new NerTrainer.Options(3, 1, 0f, 42, 2, false, NerTrainer.AuxiliaryLabels.AUGMENTED,
                unlabelled, 1, 5);
        NerModel trained = NerTrainer.train(toyCorpus(), List.of(), options, line -> {});
        assertThat(trained.lexicon().types("濮阳市")).isEqualTo(EntityLexicon.LOC);
        trained.save(dir.resolve("a.bin.gz"));
        NerTrainer.train(toyCorpus(), List.of(), options, line -> {}).save(dir.resolve("b.bin.gz"));
        assertThat(Files.readAllBytes(dir.resolve("a.bin.gz"))).isEqualTo(Files.readAllBytes(dir.resolve("b.bin.gz")));
        NerModel loaded = NerModel.load(dir.resolve("a.bin.gz"));
        assertThat(loaded.lexicon().size()).isEqualTo(trained.lexicon().size());
        AnalysedText a = AnalysedText.analyse(null, "刘洋昨天在清丰县参观了工厂。");
        AnalysedText.Chunk c = a.bodyChunks().get(0);
        assertThat(loaded.recognise(a.body(), c.begin(), c.end(), c.terms()))
                .isEqualTo(trained.recognise(a.body(), c.begin(), c.end(), c.terms()))
                .extracting(NerModel.Mention::span).contains(new EntityEvaluation.Span(5, 8, EntityType.PLACE));
        loaded.save(dir.resolve("c.bin.gz"));
        assertThat(Files.readAllBytes(dir.resolve("c.bin.gz"))).isEqualTo(Files.readAllBytes(dir.resolve("a.bin.gz")));
    }

    @Test
    void marginsArePositiveAndTheShippedModelLoads() {
        NerModel model = NerModel.standard();
        assertThat(model.features()).isGreaterThan(10_000);
        String text = "国务院总理李鹏今天在北京会见了美国国务卿奥尔布赖特。";
        AnalysedText a = AnalysedText.analyse(null, text);
        List<NerModel.Mention> mentions = new ArrayList<>();
        for (AnalysedText.Chunk c : a.bodyChunks()) {
            mentions.addAll(model.recognise(a.body(), c.begin(), c.end(), c.terms()));
        }
        assertThat(mentions).isNotEmpty().filteredOn(m -> m.span().type() == EntityType.PERSON).isNotEmpty()
                .allSatisfy(m -> assertThat(m.margin()).isPositive());
        assertThat(mentions).extracting(m -> text.substring(m.span().begin(), m.span().end()))
                .contains("李鹏", "北京", "国务院");
    }

    @Test
    void runTimeTableScoresExactlyAsTheTrainersLayout() throws IOException {
        NerModel model = NerModel.standard();
        float[] w = model.weights();
        List<BioCorpus.Sentence> sentences = BioCorpus.read(NerHeldOutTest.msra()).subList(0, 300);
        for (BioCorpus.Sentence s : sentences) {
            AnalysedText a = AnalysedText.analyse(null, s.text());
            for (AnalysedText.Chunk c : a.bodyChunks()) {
                int n = c.end() - c.begin();
                int[] expected = new int[n];
                NerModel.decode(w, model.rows(a.body(), c.begin(), c.end(), c.terms()), CharFeatures.TEMPLATES, n, true,
                        expected);
                assertThat(model.tag(a.body(), c.begin(), c.end(), c.terms())).as(s.text()).isEqualTo(expected);
                assertThat(model.recognise(a.body(), c.begin(), c.end(), c.terms())).extracting(NerModel.Mention::span)
                        .containsExactlyElementsOf(NerTags.spans(expected, n, c.begin()));
            }
        }
    }

    /**
     * The run-time emissions (char and bigram weights grouped by char, the others in the table or dense arrays) are
     * bit for bit the sums of the trainer's layout, in the same order: MSRA sentences, a seed page, and edge cases
     * (U+0000, which packs to the zero pair, full-width and Latin chars, one-char texts).
     */
    @Test
    void runTimeEmissionsAreExactlyTheTrainersSums() throws IOException {
        NerModel model = NerModel.standard();
        float[] w = model.weights();
        List<String> texts = new java.util.ArrayList<>();
        BioCorpus.read(NerHeldOutTest.msra()).subList(0, 300).forEach(s -> texts.add(s.text()));
        texts.add(SamplePages.article(SamplePages.files().getFirst()).bodyText());
        texts.add("\u0000\u0000国务院\u0000");
        texts.add("ＡＢＣ公司与abc，１２３号楼");
        texts.add("京");
        for (String text : texts) {
            AnalysedText a = AnalysedText.analyse(null, text);
            for (AnalysedText.Chunk c : a.bodyChunks()) {
                int n = c.end() - c.begin();
                double[] expected = NerModel.emissions(w, model.rows(a.body(), c.begin(), c.end(), c.terms()),
                        CharFeatures.TEMPLATES, n);
                double[] actual = model.emissions(a.body(), c.begin(), c.end(), c.terms());
                for (int i = 0; i < expected.length; i++) {
                    assertThat(Double.doubleToRawLongBits(actual[i])).as("%s: value %d", text, i)
                            .isEqualTo(Double.doubleToRawLongBits(expected[i]));
                }
            }
        }
    }

    /**
     * A model trained with jieba's words (issue 12 sixth round, off by default) records all the templates, computes
     * them at run time (its emissions are the trainer's sums, the new templates from dense arrays) and saves and loads
     * to the same bytes; a model without them records only the templates before them, as files did before.
     */
    @Test
    void aModelWithJiebasWordsSavesLoadsAndScoresAsTheTrainer(@TempDir Path dir) throws IOException {
        NerTrainer.Options options = new NerTrainer.Options(3, 1, 0f, 42, 0, false, NerTrainer.AuxiliaryLabels.AUGMENTED,
                List.of(), 1, 1, List.of(), 0, 0, 0, List.of(), "", 0f, true, true, true);
        NerModel trained = NerTrainer.train(toyCorpus(), List.of(), options, line -> {});
        trained.save(dir.resolve("jieba.bin.gz"));
        NerModel loaded = NerModel.load(dir.resolve("jieba.bin.gz"));
        loaded.save(dir.resolve("again.bin.gz"));
        assertThat(Files.readAllBytes(dir.resolve("again.bin.gz"))).isEqualTo(Files.readAllBytes(dir.resolve("jieba.bin.gz")));
        float[] w = loaded.weights();
        int jiebaRows = 0;
        for (String text : List.of("张伟昨天在广州参观了工厂。", "李建国在北京清华大学", "ＡＢＣ公司")) {
            AnalysedText a = AnalysedText.analyse(null, text);
            for (AnalysedText.Chunk c : a.bodyChunks()) {
                int n = c.end() - c.begin();
                int[] rows = loaded.rows(a.body(), c.begin(), c.end(), c.terms());
                for (int i = 0; i < n; i++) {
                    if (rows[i * CharFeatures.TEMPLATES + CharFeatures.JIEBA_WORD] >= 0) {
                        jiebaRows++;
                    }
                }
                double[] expected = NerModel.emissions(w, rows, CharFeatures.TEMPLATES, n);
                double[] actual = loaded.emissions(a.body(), c.begin(), c.end(), c.terms());
                for (int i = 0; i < expected.length; i++) {
                    assertThat(Double.doubleToRawLongBits(actual[i])).as("%s: value %d", text, i)
                            .isEqualTo(Double.doubleToRawLongBits(expected[i]));
                }
                assertThat(loaded.tag(a.body(), c.begin(), c.end(), c.terms()))
                        .isEqualTo(trained.tag(a.body(), c.begin(), c.end(), c.terms()));
            }
        }
        assertThat(jiebaRows).as("chars with a weighted jieba-word feature").isPositive();
        assertThat(templateNames(dir.resolve("jieba.bin.gz"))).isEqualTo(CharFeatures.TEMPLATES);

        NerTrainer.train(toyCorpus(), List.of(), new NerTrainer.Options(3, 1, 0f, 42), line -> {})
                .save(dir.resolve("plain.bin.gz"));
        assertThat(templateNames(dir.resolve("plain.bin.gz"))).isEqualTo(CharFeatures.BASE_TEMPLATES);
    }

    /** The number of template names a model file records. */
    private static int templateNames(Path file) throws IOException {
        try (java.io.DataInputStream in = new java.io.DataInputStream(new java.util.zip.GZIPInputStream(
                Files.newInputStream(file)))) {
            in.readUTF();
            in.readInt();
            int tags = in.readInt();
            for (int i = 0; i < tags; i++) {
                in.readUTF();
            }
            return in.readInt();
        }
    }

    @Test
    void notAModelIsAClearError(@TempDir Path dir) throws IOException {
        Path junk = Files.writeString(dir.resolve("junk.bin"), "not a model");
        assertThatThrownBy(() -> NerModel.load(junk)).isInstanceOf(IOException.class)
                .hasMessageContaining("junk.bin").hasMessageContaining("not an entity model");
        Path other = dir.resolve("other.bin.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(other))) {
            out.write("something else".getBytes(StandardCharsets.UTF_8));
        }
        assertThatThrownBy(() -> NerModel.load(other)).isInstanceOf(IOException.class).hasMessageContaining("other.bin.gz");
    }
}
