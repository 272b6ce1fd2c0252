package news.enrich;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import news.model.Entity.EntityType;

class CrfTrainerTest {

    private static final int T = NerTags.SIZE;

    /** Random chunks of valid BIOES taggings over a few feature rows. */
    private static List<CrfTrainer.Chunk> chunks(int features, int k, Random random) {
        List<CrfTrainer.Chunk> out = new ArrayList<>();
        EntityType[] types = EntityType.values();
        for (int c = 0; c < 6; c++) {
            int n = 3 + random.nextInt(6);
            List<EntityEvaluation.Span> spans = new ArrayList<>();
            for (int i = 0; i < n; ) {
                int len = 1 + random.nextInt(3);
                if (i + len <= n && random.nextBoolean()) {
                    spans.add(new EntityEvaluation.Span(i, i + len, types[random.nextInt(3)]));
                }
                i += len;
            }
            int[] rows = new int[n * k];
            for (int i = 0; i < rows.length; i++) {
                rows[i] = random.nextInt(5) == 0 ? -1 : T + 1 + random.nextInt(features);
            }
            out.add(new CrfTrainer.Chunk(rows, NerTags.encode(spans, n)));
        }
        return out;
    }

    @Test
    void theGradientIsTheObjectivesDerivative() {
        Random random = new Random(5);
        int features = 7;
        int k = 3;
        List<CrfTrainer.Chunk> chunks = chunks(features, k, random);
        int size = (T + 1 + features) * T;
        double[] w = new double[size];
        for (int i = 0; i < size; i++) {
            w[i] = random.nextGaussian() * 0.5;
        }
        double[] grad = new double[size];
        CrfTrainer.Workspace ws = new CrfTrainer.Workspace();
        CrfTrainer.objective(chunks, k, 0.3, w, grad, ws);
        double[] scratch = new double[size];
        int checked = 0;
        for (int i = 0; i < size; i += 7) { // transitions (allowed or not) and feature weights
            double h = 1e-5;
            double saved = w[i];
            w[i] = saved + h;
            double up = CrfTrainer.objective(chunks, k, 0.3, w, scratch, ws);
            w[i] = saved - h;
            double down = CrfTrainer.objective(chunks, k, 0.3, w, scratch, ws);
            w[i] = saved;
            assertThat(grad[i]).as("d/dw[%d]", i).isCloseTo((up - down) / (2 * h), within(1e-5));
            checked++;
        }
        assertThat(checked).isGreaterThan(20);
    }

    @Test
    void theObjectiveIsTheNegativeLogLikelihoodOfTheGoldTaggings() {
        // all weights 0: every valid tagging is equally likely, so −log p(gold) = log(number of valid taggings)
        int k = 1;
        List<CrfTrainer.Chunk> one = List.of(new CrfTrainer.Chunk(new int[] {-1, -1}, new int[] {NerTags.O, NerTags.O}));
        int valid = 0;
        for (int a = 0; a < T; a++) {
            for (int b = 0; b < T; b++) {
                if (NerTags.allowed(NerTags.BOS, a) && NerTags.allowed(a, b) && NerTags.canEnd(b)) {
                    valid++;
                }
            }
        }
        double[] w = new double[(T + 1) * T];
        double f = CrfTrainer.objective(one, k, 1.0, w, new double[w.length], new CrfTrainer.Workspace());
        assertThat(f).isCloseTo(Math.log(valid), within(1e-9));
    }

    @Test
    void aCrfTrainedOnTheToyCorpusFindsItsNamesAndIsReproducible() {
        NerTrainer.Options options = new NerTrainer.Options(1, 1, 0f, 42, 0, false,
                NerTrainer.AuxiliaryLabels.AUGMENTED, List.of(), 1, 1, List.of(), 1.0, 60, 0, List.of(), "", 0f, true, false, false);
        NerModel a = NerTrainer.train(NerModelTest.toyCorpus(), List.of(), options, line -> {});
        NerModel b = NerTrainer.train(NerModelTest.toyCorpus(), List.of(), options, line -> {});
        assertThat(a.weights()).isEqualTo(b.weights());
        AnalysedText text = AnalysedText.analyse(null, "李建国昨天在上海参观了工厂。");
        AnalysedText.Chunk c = text.bodyChunks().get(0);
        assertThat(a.recognise(text.body(), c.begin(), c.end(), c.terms())).extracting(NerModel.Mention::span)
                .contains(new EntityEvaluation.Span(0, 3, EntityType.PERSON), new EntityEvaluation.Span(6, 8,
                        EntityType.PLACE));
    }
}
