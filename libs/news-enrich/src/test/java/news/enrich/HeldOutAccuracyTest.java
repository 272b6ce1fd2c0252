package news.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * Held-out check of the headline model: every 5th headline (line index % 5 == 4) is held out, the model is trained on
 * the other 8,000. Measured 82.15% (1643/2000, IPTC level, 8 codes; a title with no known word counts as wrong) on
 * the first cut; the floor below leaves room for HanLP version drift and was not tuned on the held-out part.
 */
class HeldOutAccuracyTest {

    static final double FLOOR = 0.78;

    @Test
    void headlineModelAccuracyOnHeldOutTitles() {
        List<LabelledText> all = TitleCorpus.load();
        assertThat(all).hasSize(10_000);
        List<LabelledText> train = new ArrayList<>();
        List<LabelledText> test = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            (i % 5 == 4 ? test : train).add(all.get(i));
        }
        NaiveBayesTopicModel model = NaiveBayesTopicModel.train(train);
        int correct = 0;
        for (LabelledText example : test) {
            Map<String, Double> p = model.predict(example.text());
            String best = p.entrySet().stream().max(Map.Entry.<String, Double>comparingByValue()
                    .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder()))).map(Map.Entry::getKey)
                    .orElse("");
            if (best.equals(example.code())) {
                correct++;
            }
        }
        double accuracy = correct / (double) test.size();
        System.out.printf("held-out headline accuracy: %.4f (%d/%d), training %d ms on %d titles%n",
                accuracy, correct, test.size(), model.trainingTime().toMillis(), model.trainingSize());
        assertThat(accuracy).isGreaterThan(FLOOR);
    }

    /**
     * The service's model on the same split (TitleCorpus.split(5) = every 5th line): measured 86.70 % (1734/2000).
     * C was chosen by cross-validation on the training half; the floor leaves room for library drift.
     */
    @Test
    void linearModelAccuracyOnHeldOutTitles() {
        TitleCorpus.Split split = TitleCorpus.split(5);
        LinearTopicModel model = LinearTopicModel.train(split.train());
        int correct = 0;
        for (String line : split.heldOutLines()) {
            String[] cols = line.split("\t", 2);
            String best = model.predict(cols[1]).entrySet().stream().max(Map.Entry.comparingByValue())
                    .map(Map.Entry::getKey).orElse("");
            if (best.equals(TitleCorpus.LABEL_TO_CODE.get(cols[0]))) {
                correct++;
            }
        }
        double accuracy = correct / (double) split.heldOutLines().size();
        System.out.printf("held-out headline accuracy (linear): %.4f (%d/%d)%n", accuracy, correct,
                split.heldOutLines().size());
        assertThat(accuracy).isGreaterThan(0.84);
    }

    @Test
    void trainingIsDeterministic() {
        List<LabelledText> all = TitleCorpus.load();
        List<LabelledText> some = new ArrayList<>();
        for (int i = 0; i < all.size(); i += 3) {
            some.add(all.get(i));
        }
        NaiveBayesTopicModel a = NaiveBayesTopicModel.train(some);
        NaiveBayesTopicModel b = NaiveBayesTopicModel.train(some);
        for (String headline : List.of("央行宣布下调存款准备金率", "姚明率队夺得亚洲篮球锦标赛冠军", "教育部公布高考改革方案")) {
            assertThat(a.predict(headline)).isEqualTo(b.predict(headline));
        }
    }
}
