package news.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TopicControllerTest {

    @Test
    void servesEveryLevelWithChineseLabels() {
        var labels = new TopicController().topics();
        assertThat(labels).hasSize(1_099);
        assertThat(labels).contains(new TopicController.TopicLabel("medtop:20000593", 2, "medtop:11000000", "government", "政府"));
        assertThat(labels).filteredOn(t -> t.level() == 1).hasSize(17)
                .allSatisfy(t -> assertThat(t.broader()).isNull());
        assertThat(labels).allSatisfy(t -> assertThat(t.nameZh()).isNotBlank());
    }
}
