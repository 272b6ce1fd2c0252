package news.enrich;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import news.model.Entity.EntityType;

class EvaluationTest {

    @Test
    void topicMetricsAndConfusion() {
        TopicEvaluation e = new TopicEvaluation();
        e.add("medtop:15000000", List.of("medtop:15000000"));
        e.add("medtop:15000000", List.of("medtop:04000000", "medtop:15000000"));
        e.add("medtop:04000000", List.of("medtop:04000000"));
        e.add("medtop:04000000", List.of());
        assertThat(e.accuracy()).isEqualTo(0.5);
        assertThat(e.anyLabelAccuracy()).isEqualTo(0.75);
        TopicEvaluation.Score sport = e.perTopic().stream().filter(s -> s.code().equals("medtop:15000000")).findFirst().orElseThrow();
        assertThat(sport.precision()).isEqualTo(1.0);
        assertThat(sport.recall()).isEqualTo(0.5);
        TopicEvaluation.Score economy = e.perTopic().stream().filter(s -> s.code().equals("medtop:04000000")).findFirst().orElseThrow();
        assertThat(economy.precision()).isEqualTo(0.5);
        assertThat(economy.recall()).isEqualTo(0.5);
        assertThat(e.cell("medtop:15000000", "medtop:04000000")).isEqualTo(1);
        assertThat(e.report()).contains("accuracy (top topic) 50.00 %", "sport", "confusion").doesNotContain("level    examples");
    }

    @Test
    void deeperGoldCodesAreScoredAtEveryLevel() {
        TopicEvaluation e = new TopicEvaluation();
        // gold house and home (level 3): right at 1, 2 and 3
        e.add("medtop:20000570", List.of("medtop:10000000", "medtop:20000565", "medtop:20000570"));
        // gold house and home: right at level 1 only (stopped at level 2 on the wrong child)
        e.add("medtop:20000570", List.of("medtop:10000000", "medtop:20000538"));
        // gold trend (level 3): right at level 2, nothing predicted at 3
        e.add("medtop:20000572", List.of("medtop:10000000", "medtop:20000565"));
        // gold level 1 only: counts at level 1, not at 2
        e.add("medtop:15000000", List.of("medtop:04000000", "medtop:20000385"));
        assertThat(e.accuracy()).isEqualTo(0.75);
        assertThat(e.cell("medtop:10000000", "medtop:10000000")).isEqualTo(3);
        assertThat(e.perLevel()).containsExactly(
                new TopicEvaluation.Level(2, 3, 3, 2),
                new TopicEvaluation.Level(3, 3, 1, 1));
        assertThat(e.perLevel().get(0).accuracy()).isEqualTo(2 / 3.0);
        assertThat(e.report()).contains("level", "precision", "66.67%");
    }

    @Test
    void bioSpans() {
        assertThat(EntityEvaluation.spans(List.of("B-PER", "I-PER", "O", "B-LOC", "I-LOC", "B-ORG")))
                .containsExactly(new EntityEvaluation.Span(0, 2, EntityType.PERSON),
                        new EntityEvaluation.Span(3, 5, EntityType.PLACE),
                        new EntityEvaluation.Span(5, 6, EntityType.ORGANISATION));
        // a stray I- starts a span; B- right after B- splits
        assertThat(EntityEvaluation.spans(List.of("I-LOC", "I-LOC", "B-LOC", "B-LOC")))
                .containsExactly(new EntityEvaluation.Span(0, 2, EntityType.PLACE),
                        new EntityEvaluation.Span(2, 3, EntityType.PLACE), new EntityEvaluation.Span(3, 4, EntityType.PLACE));
        assertThatThrownBy(() -> EntityEvaluation.spans(List.of("B-MISC"))).hasMessageContaining("B-MISC");
    }

    @Test
    void entityScoresAreExactSpanMatches() {
        EntityEvaluation e = new EntityEvaluation();
        e.add(List.of(new EntityEvaluation.Span(0, 3, EntityType.PERSON), new EntityEvaluation.Span(5, 8, EntityType.PLACE)),
                List.of(new EntityEvaluation.Span(0, 3, EntityType.PERSON), new EntityEvaluation.Span(5, 7, EntityType.PLACE)));
        assertThat(e.f1(EntityType.PERSON)).isEqualTo(1.0);
        assertThat(e.precision(EntityType.PLACE)).isZero();
        assertThat(e.recall(EntityType.PLACE)).isZero();
        assertThat(e.report()).contains("PER", "LOC", "ORG");
    }

    @Test
    void confusionOfTypesAndMostFrequentMisses() {
        EntityEvaluation e = new EntityEvaluation();
        String text = "李鹏在北京大学和中国银行";
        // gold: 李鹏 PER, 北京大学 ORG, 中国银行 ORG; predicted: 李鹏 PER, 北京 LOC (overlaps the ORG), 银行 ORG
        // (boundary), 和 PER (spurious)
        e.add(text, List.of(new EntityEvaluation.Span(0, 2, EntityType.PERSON),
                        new EntityEvaluation.Span(3, 7, EntityType.ORGANISATION),
                        new EntityEvaluation.Span(8, 12, EntityType.ORGANISATION)),
                List.of(new EntityEvaluation.Span(0, 2, EntityType.PERSON),
                        new EntityEvaluation.Span(3, 5, EntityType.PLACE),
                        new EntityEvaluation.Span(7, 8, EntityType.PERSON),
                        new EntityEvaluation.Span(10, 12, EntityType.ORGANISATION)));
        e.add(text, List.of(new EntityEvaluation.Span(3, 7, EntityType.ORGANISATION)), List.of());
        assertThat(e.confusion(EntityType.PERSON, EntityType.PERSON)).isEqualTo(1);
        assertThat(e.confusion(EntityType.ORGANISATION, EntityType.PLACE)).isEqualTo(1);
        assertThat(e.confusion(EntityType.ORGANISATION, EntityType.ORGANISATION)).isEqualTo(1);
        assertThat(e.confusion(EntityType.ORGANISATION, null)).as("missed").isEqualTo(1);
        assertThat(e.confusion(null, EntityType.PERSON)).as("spurious").isEqualTo(1);
        assertThat(e.topMisses(10)).first().satisfies(m -> {
            assertThat(m.getKey()).isEqualTo("ORG 北京大学");
            assertThat(m.getValue()).isEqualTo(2);
        });
        assertThat(e.microF1()).isEqualTo(2 * (1 / 4.0) * (1 / 4.0) / (1 / 4.0 + 1 / 4.0));
        assertThat(e.report()).contains("all ", "confusion of types", "boundary errors (same type, overlapping, not exact): 1",
                "most frequent misses", "2  ORG 北京大学");
    }

    @Test
    void extractorMentionsAreSpansInTheSentence() {
        String s = "濮阳市清丰县委书记曹拥军主持召开会议。";
        assertThat(new EntityExtractor().mentions(s)).isNotEmpty()
                .allSatisfy(m -> assertThat(m.end()).isGreaterThan(m.begin()).isLessThanOrEqualTo(s.length()));
    }

    @Test
    void labelMapsAndTheirErrors(@TempDir Path dir) throws IOException {
        assertThat(TopicLabels.standard().code("sports")).isEqualTo("medtop:15000000");
        assertThat(TopicLabels.standard().code("体育")).isEqualTo("medtop:15000000");
        assertThat(TopicLabels.standard().code("07000000")).isEqualTo("medtop:07000000");
        assertThat(TopicLabels.standard().code("medtop:99000000")).isNull();
        assertThat(TopicLabels.standard().code("unknown")).isNull();
        Path map = Files.writeString(dir.resolve("map.tsv"),
                "# mine\n体育\tmedtop:15000000\n家居\tlifestyle and leisure > lifestyle > house and home\n");
        assertThat(TopicLabels.read(map).code("体育")).isEqualTo("medtop:15000000");
        assertThat(TopicLabels.read(map).code("家居")).isEqualTo("medtop:20000570");
        Path bad = Files.writeString(dir.resolve("bad.tsv"), "体育 15000000\n");
        assertThatThrownBy(() -> TopicLabels.read(bad)).hasMessageContaining("line 1").hasMessageContaining("label<TAB>");
        Path unknown = Files.writeString(dir.resolve("unknown.tsv"), "x\tmedtop:99000000\n");
        assertThatThrownBy(() -> TopicLabels.read(unknown)).hasMessageContaining("line 1").hasMessageContaining("99000000");
        Path badPath = Files.writeString(dir.resolve("path.tsv"), "x\tsport > curling stones\n");
        assertThatThrownBy(() -> TopicLabels.read(badPath)).hasMessageContaining("curling stones");
    }

    @Test
    void leadSentencesOfArticlesOfTheHeadlineClassesTrainTheHeadlineModel() {
        String sport = "medtop:15000000";
        ArticleTopicModel.Example glued = new ArticleTopicModel.Example(sport, "",
                "国足客场战平对手。短句。" + "很".repeat(100) + "。第三句话在这里结束。第四句话不再取用。");
        ArticleTopicModel.Example withHeadline = new ArticleTopicModel.Example(sport, "国足主帅赛后接受采访",
                "主教练表示球队表现出色。");
        ArticleTopicModel.Example home = new ArticleTopicModel.Example("medtop:20000570", "", "客厅装修如何选择沙发与地板。");
        List<LabelledText> lead = TopicModels.leadSentences(List.of(glued, withHeadline, home), java.util.Set.of(sport));
        // under 8 chars skipped, over 80 cut, at most 3 per article, the headline is the first; no class the headlines lack
        assertThat(lead).extracting(LabelledText::text).containsExactly("国足客场战平对手。", "很".repeat(80),
                "第三句话在这里结束。", "国足主帅赛后接受采访", "主教练表示球队表现出色。");
        assertThat(lead).extracting(LabelledText::code).containsOnly(sport);
    }

    @Test
    void modelFileRoundTripsAndIsReproducible(@TempDir Path dir) throws IOException {
        List<ArticleTopicModel.Example> articles = new java.util.ArrayList<>();
        List<ArticleCorpus.Article> all = ArticleCorpus.read(HeldOutAccuracyTest.CNEWS, TopicLabels.standard());
        for (int i = 0; i < all.size(); i += 7) {
            articles.add(all.get(i).example());
        }
        List<LabelledText> headlines = TitleCorpus.split(5).train().subList(0, 1000);
        List<String> press = List.of("国务院召开常务会议，部署进一步做好稳就业工作，要求各地区各部门狠抓落实。",
                "省委书记主持召开省委常委会会议，传达学习中央经济工作会议精神，研究部署明年经济工作。",
                "全国人大常委会审议通过多部法律，加强基层党组织建设，推进乡村振兴战略。");
        TopicModels a = TopicModels.train(articles, headlines, press);
        a.save(dir.resolve("a.bin"));
        TopicModels.train(articles, headlines, press).save(dir.resolve("b.bin"));
        assertThat(Files.readAllBytes(dir.resolve("a.bin"))).isEqualTo(Files.readAllBytes(dir.resolve("b.bin")));
        TopicModels loaded = TopicModels.load(dir.resolve("a.bin"));
        AnalysedText text = AnalysedText.analyse("国足世预赛客场战平", "国足在世界杯预选赛中客场与对手战平，主教练赛后表示球队表现出色。");
        assertThat(loaded.article().predict(text)).isEqualTo(a.article().predict(text));
        assertThat(loaded.headline().predict("国足世预赛客场战平")).isEqualTo(a.headline().predict("国足世预赛客场战平"));
        assertThat(loaded.officialPress(text)).isEqualTo(a.officialPress(text));
        assertThat(loaded.describe()).isEqualTo(a.describe());
        Path junk = Files.writeString(dir.resolve("junk.bin"), "not a model");
        assertThatThrownBy(() -> TopicModels.load(junk)).isInstanceOf(IOException.class).hasMessageContaining("junk.bin");
        byte[] whole = Files.readAllBytes(dir.resolve("a.bin"));
        Path cut = Files.write(dir.resolve("cut.bin"), java.util.Arrays.copyOf(whole, whole.length / 2));
        assertThatThrownBy(() -> TopicModels.load(cut)).isInstanceOf(IOException.class).hasMessageContaining("cut.bin");
    }

    @Test
    void cnewsSplitHoldsOutEveryFifthArticleOfEachLabel() throws IOException {
        List<ArticleCorpus.Article> all = ArticleCorpus.read(HeldOutAccuracyTest.CNEWS, TopicLabels.standard());
        assertThat(all).hasSize(1_283);
        ArticleCorpus.Split split = ArticleCorpus.split(all, 5);
        assertThat(split.heldOut()).hasSize(253);
        assertThat(split.train()).hasSize(1_030);
        assertThat(split.heldOut().stream().filter(a -> a.label().equals("家居"))).hasSize(20);
        assertThat(split.heldOut()).doesNotContainAnyElementsOf(split.train());
    }

    @Test
    void splitHoldsOutEveryFifthLine() {
        TitleCorpus.Split split = TitleCorpus.split(5);
        assertThat(split.train()).hasSize(8000);
        assertThat(split.heldOutLines()).hasSize(2000).allSatisfy(l -> assertThat(l).contains("\t"));
        assertThat(TitleCorpus.split(0).heldOutLines()).isEmpty();
    }
}
