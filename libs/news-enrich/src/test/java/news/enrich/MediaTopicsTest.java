package news.enrich;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import news.model.Subject;

class MediaTopicsTest {

    private final MediaTopics topics = MediaTopics.standard();

    @Test
    void hasTheSeventeenTopLevelTopics() {
        assertThat(topics.codes()).hasSize(17).first().isEqualTo("medtop:01000000");
        assertThat(topics.codes()).last().isEqualTo("medtop:17000000");
        assertThat(topics.topics()).allSatisfy(t -> {
            assertThat(t.name()).isNotBlank();
            assertThat(t.nameZh()).isNotBlank();
        });
    }

    @Test
    void looksUpByQcodeOrBareCode() {
        Subject sport = topics.lookup("medtop:15000000").orElseThrow();
        assertThat(sport).isEqualTo(new Subject("medtop:15000000", "sport", "体育", "classifies", 100));
        assertThat(sport.uri()).isEqualTo("http://cv.iptc.org/newscodes/mediatopic/15000000");
        assertThat(topics.lookup("04000000").orElseThrow().nameZh()).isEqualTo("经济、商业和金融");
        assertThat(topics.lookup("medtop:11000000").orElseThrow().name()).isEqualTo("politics");
    }

    @Test
    void unknownCodes() {
        assertThat(topics.lookup("medtop:99000000")).isEmpty();
        assertThat(topics.lookup(null)).isEmpty();
        assertThat(topics.contains("medtop:20000000")).isFalse();
        assertThatThrownBy(() -> topics.subject("medtop:99000000", 50)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void subjectClampsConfidence() {
        assertThat(topics.subject("17000000", 140).confidence()).isEqualTo(100);
        assertThat(topics.subject("17000000", -3).confidence()).isZero();
        assertThat(topics.subject("17000000", 42).name()).isEqualTo("weather");
    }
}
