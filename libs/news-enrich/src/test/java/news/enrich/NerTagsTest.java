package news.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import news.model.Entity.EntityType;

class NerTagsTest {

    private static EntityEvaluation.Span span(int b, int e, EntityType t) {
        return new EntityEvaluation.Span(b, e, t);
    }

    @Test
    void spansEncodeAndDecodeIncludingAdjacentOneCharPlaces() {
        // 欧美、港台 as MSRA tags them: four one-char places, two of them adjacent
        List<EntityEvaluation.Span> spans = List.of(span(0, 1, EntityType.PLACE), span(1, 2, EntityType.PLACE),
                span(3, 4, EntityType.PLACE), span(4, 5, EntityType.PLACE), span(6, 9, EntityType.PERSON),
                span(9, 13, EntityType.ORGANISATION));
        int[] tags = NerTags.encode(spans, 14);
        assertThat(NerTags.NAMES[tags[0]]).isEqualTo("S-LOC");
        assertThat(NerTags.NAMES[tags[6]]).isEqualTo("B-PER");
        assertThat(NerTags.NAMES[tags[7]]).isEqualTo("I-PER");
        assertThat(NerTags.NAMES[tags[8]]).isEqualTo("E-PER");
        assertThat(NerTags.spans(tags, 14, 0)).containsExactlyElementsOf(spans);
        assertThat(NerTags.spans(tags, 14, 100).get(0)).isEqualTo(span(100, 101, EntityType.PLACE));
    }

    @Test
    void transitions() {
        int bPer = 1;
        int iPer = 2;
        int ePer = 3;
        int sPer = 4;
        int iLoc = 6;
        assertThat(NerTags.allowed(NerTags.BOS, iPer)).isFalse();
        assertThat(NerTags.allowed(NerTags.O, ePer)).isFalse();
        assertThat(NerTags.allowed(bPer, iLoc)).isFalse();
        assertThat(NerTags.allowed(bPer, NerTags.O)).isFalse();
        assertThat(NerTags.allowed(bPer, iPer)).isTrue();
        assertThat(NerTags.allowed(iPer, ePer)).isTrue();
        assertThat(NerTags.allowed(ePer, sPer)).isTrue();
        assertThat(NerTags.canEnd(bPer)).isFalse();
        assertThat(NerTags.canEnd(sPer)).isTrue();
        assertThat(NerTags.tagSet().size()).isEqualTo(NerTags.SIZE);
        assertThat(NerTags.tagSet().idOf("E-ORG")).isEqualTo(11);
    }
}
