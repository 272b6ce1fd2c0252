package news.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import news.model.Entity.EntityType;

/**
 * The entity model on the held-out part of MSRA in the repository (every 10th sentence of
 * {@code datasets/ner/msra-train-part.bio}), through the service's code path ({@link EntityExtractor#mentions}).
 * The shipped model is trained on all of MSRA, held-out part included, so the held-out figures come from the model
 * trained the same way without it, kept as a test resource ({@value #HELD_OUT_MODEL}; {@code ./news train entities
 * --holdout-every 10 -o …} writes it). Measured (see the module README; fifth round, an ensemble of 3 runs with
 * jieba's names): all F1 0.916 (PER 0.951, LOC 0.928, ORG 0.857), ORG recall 0.831; the thresholds are a little under
 * that. The shipped model is checked on the same part
 * only to be at least as good (it has seen those sentences: no figure of it is reported).
 */
class NerHeldOutTest {

    static Path msra() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path f = p.resolve(TrainEntities.MSRA);
            if (Files.isRegularFile(f)) {
                return f;
            }
        }
        throw new IllegalStateException(TrainEntities.MSRA + " not found");
    }

    static final String HELD_OUT_MODEL = "news/enrich/ner/ner-model-heldout.bin.gz";

    static NerModel heldOutModel() throws IOException {
        try (var in = NerHeldOutTest.class.getClassLoader().getResourceAsStream(HELD_OUT_MODEL)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + HELD_OUT_MODEL);
            }
            return NerModel.read(in);
        }
    }

    static EntityEvaluation evaluate(EntityExtractor extractor, List<BioCorpus.Sentence> sentences) {
        EntityEvaluation eval = new EntityEvaluation();
        for (BioCorpus.Sentence s : sentences) {
            eval.add(s.text(), s.spans(), extractor.mentions(s.text()));
        }
        return eval;
    }

    @Test
    void theShippedModelIsAtLeastAsGoodOnSentencesItWasTrainedOn() throws IOException {
        List<BioCorpus.Sentence> heldOut = BioCorpus.split(BioCorpus.read(msra()), TrainEntities.HOLDOUT_EVERY).heldOut();
        double heldOutF1 = evaluate(new EntityExtractor(heldOutModel()), heldOut).microF1();
        assertThat(evaluate(new EntityExtractor(), heldOut).microF1()).isGreaterThanOrEqualTo(heldOutF1);
    }

    @Test
    void heldOutMsraScores() throws IOException {
        List<BioCorpus.Sentence> heldOut = BioCorpus.split(BioCorpus.read(msra()), TrainEntities.HOLDOUT_EVERY).heldOut();
        assertThat(heldOut).hasSize(1513);
        EntityExtractor extractor = new EntityExtractor(heldOutModel());
        EntityEvaluation eval = new EntityEvaluation();
        int oneCharCorrect = 0;
        for (BioCorpus.Sentence s : heldOut) {
            List<EntityEvaluation.Span> predicted = extractor.mentions(s.text());
            eval.add(s.text(), s.spans(), predicted);
            oneCharCorrect += (int) predicted.stream().filter(p -> p.end() - p.begin() == 1 && s.spans().contains(p)).count();
        }
        System.out.print(eval.report());
        assertThat(eval.microF1()).isGreaterThan(0.91);
        assertThat(eval.f1(EntityType.PERSON)).isGreaterThan(0.945);
        assertThat(eval.f1(EntityType.PLACE)).isGreaterThan(0.92);
        assertThat(eval.f1(EntityType.ORGANISATION)).isGreaterThan(0.85);
        assertThat(eval.recall(EntityType.ORGANISATION)).isGreaterThan(0.825);
        assertThat(oneCharCorrect).as("one-char entities (中/美 of 中美) are found").isGreaterThan(50);
    }
}
