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
        assertThat(e.report(MediaTopics.standard())).contains("accuracy (top topic) 50.00 %", "sport", "confusion");
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
        assertThat(TopicLabels.thucnews().code("sports")).isEqualTo("medtop:15000000");
        assertThat(TopicLabels.thucnews().code("07000000")).isEqualTo("medtop:07000000");
        assertThat(TopicLabels.thucnews().code("unknown")).isNull();
        Path map = Files.writeString(dir.resolve("map.tsv"), "# mine\n体育\tmedtop:15000000\n");
        assertThat(TopicLabels.read(map).code("体育")).isEqualTo("medtop:15000000");
        Path bad = Files.writeString(dir.resolve("bad.tsv"), "体育 15000000\n");
        assertThatThrownBy(() -> TopicLabels.read(bad)).hasMessageContaining("line 1").hasMessageContaining("label<TAB>");
    }

    @Test
    void modelFileRoundTripsAndIsReproducible(@TempDir Path dir) throws IOException {
        List<LabelledText> train = TitleCorpus.split(5).train().subList(0, 2000);
        NaiveBayesTopicModel a = NaiveBayesTopicModel.train(train);
        a.save(dir.resolve("a.bin"));
        NaiveBayesTopicModel.train(train).save(dir.resolve("b.bin"));
        assertThat(Files.readAllBytes(dir.resolve("a.bin"))).isEqualTo(Files.readAllBytes(dir.resolve("b.bin")));
        NaiveBayesTopicModel loaded = NaiveBayesTopicModel.load(dir.resolve("a.bin"));
        assertThat(loaded.predict("国足世预赛客场战平")).isEqualTo(a.predict("国足世预赛客场战平"));
        Path junk = Files.writeString(dir.resolve("junk.bin"), "not a model");
        assertThatThrownBy(() -> NaiveBayesTopicModel.load(junk)).isInstanceOf(IOException.class);
    }

    @Test
    void splitHoldsOutEveryFifthLine() {
        TitleCorpus.Split split = TitleCorpus.split(5);
        assertThat(split.train()).hasSize(8000);
        assertThat(split.heldOutLines()).hasSize(2000).allSatisfy(l -> assertThat(l).contains("\t"));
        assertThat(TitleCorpus.split(0).heldOutLines()).isEmpty();
    }
}
