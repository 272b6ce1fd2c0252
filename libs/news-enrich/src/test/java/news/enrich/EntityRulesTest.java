package news.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import news.model.Entity.EntityType;

class EntityRulesTest {

    @Test
    void dottedNamesMustBeMostlyTransliterationChars() {
        assertThat(EntityRules.acceptPersonName("阿卜杜勒·拉赫曼")).isEqualTo("阿卜杜勒·拉赫曼");
        assertThat(EntityRules.acceptPersonName("乔治·布什")).isEqualTo("乔治·布什");
        assertThat(EntityRules.acceptPersonName("兴豫·濮阳")).isNull(); // a slogan
    }

    @Test
    void aPrepositionBeforeAPlaceIsNoName() {
        assertThat(EntityRules.acceptPersonName("于嘉祥")).isNull(); // 落户于嘉祥
        assertThat(EntityRules.acceptPersonName("于永生")).isEqualTo("于永生");
    }

    @Test
    void mentionsLoseQuotesThatCannotBelongToThem() {
        String text = "”子岸镇“";
        assertThat(EntityRules.trimPunctuation(text, new EntityEvaluation.Span(0, 5, EntityType.PLACE)))
                .isEqualTo(new EntityEvaluation.Span(1, 4, EntityType.PLACE));
        EntityEvaluation.Span clean = new EntityEvaluation.Span(1, 4, EntityType.PLACE);
        assertThat(EntityRules.trimPunctuation(text, clean)).isSameAs(clean);
        assertThat(EntityRules.trimPunctuation("”“", new EntityEvaluation.Span(0, 2, EntityType.PLACE))).isNull();
        // an opening quote at the start and a closing one at the end stay (《人民日报》)
        String paper = "《人民日报》";
        EntityEvaluation.Span quoted = new EntityEvaluation.Span(0, 6, EntityType.ORGANISATION);
        assertThat(EntityRules.trimPunctuation(paper, quoted)).isSameAs(quoted);
        assertThat(EntityRules.trimPunctuation("《联乡", new EntityEvaluation.Span(0, 3, EntityType.PLACE)))
                .isEqualTo(new EntityEvaluation.Span(1, 3, EntityType.PLACE));
    }
}
