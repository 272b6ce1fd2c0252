package news.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import news.model.Subject;

/**
 * Held-out checks. Full articles: the shipped models were trained on the cnews training split
 * ({@code ArticleCorpus.split(..., 5)}); the 253 held-out articles (every 5th of each label, in the repository) were
 * never seen. Measured (text classified as a body) 96.05 % at level 1, 96.15 % at level 2 (78 articles with a deeper
 * gold label) and 93.59 % at level 3 after the issue-12 level-2 work (95.65 / 96.15 before); the floors
 * leave a little room for library drift and were not tuned on the held-out part.
 */
class HeldOutAccuracyTest {

    static final Path CNEWS = Path.of("../../datasets/cnews-articles/articles.tsv");

    @Test
    void fullArticlesOfTheHeldOutCnewsSplit() throws IOException {
        List<ArticleCorpus.Article> held = ArticleCorpus.split(ArticleCorpus.read(CNEWS, TopicLabels.standard()), 5).heldOut();
        assertThat(held).hasSize(253);
        TopicEvaluation eval = new TopicEvaluation();
        TopicClassifier classifier = TopicClassifier.shared();
        for (ArticleCorpus.Article a : held) {
            eval.add(a.code(), classifier.classify(a.headline(), a.body()).stream().map(Subject::code).toList());
        }
        System.out.print(eval.report());
        assertThat(eval.accuracy()).isGreaterThan(0.93);
        TopicEvaluation.Level level2 = eval.perLevel().get(0);
        assertThat(level2.level()).isEqualTo(2);
        assertThat(level2.examples()).isEqualTo(78);
        assertThat(level2.accuracy()).isGreaterThan(0.90);
        assertThat(level2.precision()).isGreaterThan(0.95);
        // the weak spots: home and fashion are lifestyle and leisure, politics is politics
        for (String label : List.of("家居", "时尚", "时政")) {
            long right = held.stream().filter(a -> a.label().equals(label))
                    .filter(a -> classifier.classify(a.headline(), a.body()).get(0).code()
                            .equals(MediaTopics.standard().root(a.code())))
                    .count();
            assertThat(right).as(label).isGreaterThanOrEqualTo(17); // of 19 or 20
        }
    }

    /**
     * Headlines alone, as the service classifies an article without a body (and {@code ./news eval topics} a short
     * line): the shipped headline model trained on all 10,000 THUCNews headlines, so this test trains one the same way
     * ({@link TopicModels#trainHeadline}: the cnews training articles' lead sentences included) without the held-out
     * split ({@code TitleCorpus.split(5)}: every 5th line, 200 per label) and puts it in the shipped classifier in place
     * of the shipped one. Measured: the headline model alone 88.00 % at level 1 (before: raw counts, C = 64, no lead
     * sentences, 87.05 %), the whole classifier 87.90 % at level 1 (85.35 % before), 85.0 % at levels 2 and 3, 82.25 %
     * at level 4 (81.0 / 81.0 / 77.5 % before). The floors are a little under these, not tuned on the split.
     */
    @Test
    void headlinesAloneOfTheHeldOutThucnewsSplit() throws IOException {
        TitleCorpus.Split split = TitleCorpus.split(5);
        assertThat(split.heldOutLines()).hasSize(2_000);
        List<ArticleTopicModel.Example> articles = ArticleCorpus.split(ArticleCorpus.read(CNEWS, TopicLabels.standard()), 5)
                .train().stream().map(ArticleCorpus.Article::example).toList();
        LinearTopicModel model = TopicModels.trainHeadline(articles, split.train());
        TopicClassifier classifier = new TopicClassifier(MediaTopics.standard(),
                TopicModels.shipped().withHeadlineModel(model), TopicLexicon.standard());
        MediaTopics topics = MediaTopics.standard();
        TopicEvaluation eval = new TopicEvaluation();
        int modelCorrect = 0;
        for (String line : split.heldOutLines()) {
            String[] cols = line.split("\t", 2);
            String gold = TitleCorpus.code(cols[0]);
            eval.add(gold, classifier.classify(cols[1], null).stream().map(Subject::code).toList());
            Map<String, Double> roots = new java.util.HashMap<>();
            model.predict(cols[1]).forEach((code, v) -> roots.merge(topics.root(code), v, Double::sum));
            String best = roots.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("");
            if (best.equals(topics.root(gold))) {
                modelCorrect++;
            }
        }
        double modelAccuracy = modelCorrect / (double) split.heldOutLines().size();
        System.out.printf("held-out headlines: the headline model alone %.4f at level 1%n%s", modelAccuracy, eval.report());
        assertThat(modelAccuracy).isGreaterThan(0.87);
        assertThat(eval.accuracy()).isGreaterThan(0.865);
        List<TopicEvaluation.Level> levels = eval.perLevel();
        assertThat(levels).extracting(TopicEvaluation.Level::level).containsExactly(2, 3, 4);
        assertThat(levels).extracting(TopicEvaluation.Level::examples).containsExactly(600, 600, 400);
        assertThat(levels.get(0).accuracy()).isGreaterThan(0.83); // realty, stocks, games below level 1
        assertThat(levels.get(2).accuracy()).isGreaterThan(0.80); // stocks and video games
        assertThat(levels.get(2).precision()).isGreaterThan(0.95);
    }
}
