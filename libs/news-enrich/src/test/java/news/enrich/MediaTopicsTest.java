package news.enrich;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import news.model.Subject;

class MediaTopicsTest {

    private final MediaTopics topics = MediaTopics.standard();

    @Test
    void theWholeVocabularyWithTheCountsPerLevelOfItsReadme() {
        assertThat(topics.codes()).hasSize(1_099);
        Map<Integer, Long> perLevel = topics.topics().stream()
                .collect(Collectors.groupingBy(MediaTopics.Topic::level, TreeMap::new, Collectors.counting()));
        assertThat(perLevel).containsExactly(Map.entry(1, 17L), Map.entry(2, 121L), Map.entry(3, 496L),
                Map.entry(4, 395L), Map.entry(5, 65L), Map.entry(6, 5L));
        assertThat(topics.topLevel()).hasSize(17).first().isEqualTo("medtop:01000000");
        assertThat(topics.topLevel()).last().isEqualTo("medtop:17000000");
    }

    @Test
    void everyConceptHasLabelsAndABroaderChainToLevelOne() {
        assertThat(topics.topics()).allSatisfy(t -> {
            assertThat(t.name()).isNotBlank();
            assertThat(t.nameZh()).isNotBlank();
            assertThat(topics.chain(t.code())).hasSize(t.level()).first().isEqualTo(t.code());
            assertThat(topics.level(topics.root(t.code()))).isEqualTo(1);
            if (t.level() > 1) {
                assertThat(topics.children(t.broader())).contains(t.code());
                assertThat(topics.level(t.broader())).isEqualTo(t.level() - 1);
            }
        });
        assertThat(topics.chain("medtop:20000570"))
                .containsExactly("medtop:20000570", "medtop:20000565", "medtop:10000000");
        assertThat(topics.ancestorAt("medtop:20000570", 2)).isEqualTo("medtop:20000565");
        assertThat(topics.ancestorAt("medtop:20000570", 4)).isNull();
        assertThat(topics.isWithin("medtop:20000570", "10000000")).isTrue();
        assertThat(topics.isWithin("medtop:20000570", "medtop:04000000")).isFalse();
    }

    @Test
    void theFiftySixConceptsWithoutAnIptcChineseLabelCarryOurMarkedTranslation() {
        assertThat(topics.topics().stream().filter(MediaTopics.Topic::zhTranslated)).hasSize(56);
        MediaTopics.Topic publicHealth = topics.topic("medtop:20001358").orElseThrow();
        assertThat(publicHealth.name()).isEqualTo("public health");
        assertThat(publicHealth.zhTranslated()).isTrue();
        assertThat(publicHealth.nameZh()).isEqualTo("公共卫生");
        // IPTC's own label is kept as it is
        assertThat(topics.topic("medtop:20000570").orElseThrow().zhTranslated()).isFalse();
        assertThat(topics.topic("medtop:20000570").orElseThrow().nameZh()).isEqualTo("房屋和住所");
    }

    @Test
    void looksUpByQcodeBareCodeOrLabelPath() {
        Subject sport = topics.lookup("medtop:15000000").orElseThrow();
        assertThat(sport).isEqualTo(new Subject("medtop:15000000", "sport", "体育", "classifies", 100));
        assertThat(sport.uri()).isEqualTo("http://cv.iptc.org/newscodes/mediatopic/15000000");
        assertThat(topics.lookup("04000000").orElseThrow().nameZh()).isEqualTo("经济、商业和金融");
        assertThat(topics.lookup("medtop:20000593").orElseThrow().name()).isEqualTo("government");
        assertThat(topics.byPath("lifestyle and leisure > lifestyle > house and home")).isEqualTo("medtop:20000570");
        assertThat(topics.byPath(" Sport ")).isEqualTo("medtop:15000000");
        assertThatThrownBy(() -> topics.byPath("lifestyle and leisure > house and home"))
                .hasMessageContaining("'house and home'");
    }

    @Test
    void unknownCodes() {
        assertThat(topics.lookup("medtop:99000000")).isEmpty();
        assertThat(topics.lookup(null)).isEmpty();
        assertThat(topics.contains("medtop:20000000")).isFalse();
        assertThat(topics.children("medtop:99000000")).isEmpty();
        assertThatThrownBy(() -> topics.subject("medtop:99000000", 50)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> topics.chain("medtop:99000000")).hasMessageContaining("99000000");
    }

    @Test
    void subjectClampsConfidence() {
        assertThat(topics.subject("17000000", 140).confidence()).isEqualTo(100);
        assertThat(topics.subject("17000000", -3).confidence()).isZero();
        assertThat(topics.subject("17000000", 42).name()).isEqualTo("weather");
    }

    @Test
    void everyLexiconAndDatasetCodeIsInTheVocabulary() {
        assertThat(TopicLexicon.standard().size()).isGreaterThan(300); // the loader rejects unknown codes
        assertThat(TopicLabels.standard().asMap().values()).allSatisfy(c -> assertThat(topics.contains(c)).isTrue());
        assertThat(TopicLabels.standard().code("家居")).isEqualTo("medtop:20000570");
        assertThat(TopicLabels.standard().code("时尚")).isEqualTo(topics.byPath("lifestyle and leisure > lifestyle > trend"));
    }
}
