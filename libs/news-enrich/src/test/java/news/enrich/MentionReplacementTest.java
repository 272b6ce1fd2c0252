package news.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import news.model.Entity.EntityType;

class MentionReplacementTest {

    private static final BioCorpus.Sentence SENTENCE = new BioCorpus.Sentence("王小明昨天在北京会见了新华社记者。", List.of(
            new EntityEvaluation.Span(0, 3, EntityType.PERSON), new EntityEvaluation.Span(6, 8, EntityType.PLACE),
            new EntityEvaluation.Span(11, 14, EntityType.ORGANISATION)));

    @Test
    void replacedNamesKeepTheirTypesAndTheTextAroundThem() {
        List<List<String>> pools = List.of(List.of("欧阳娜娜"), List.of("濮阳市"), List.of("人民日报社"));
        boolean any = false;
        Random random = new Random(1);
        for (int i = 0; i < 20; i++) {
            BioCorpus.Sentence r = NerTrainer.replaceMentions(SENTENCE, pools, random);
            if (r == null) {
                continue;
            }
            any = true;
            assertThat(r.spans()).extracting(EntityEvaluation.Span::type)
                    .containsExactly(EntityType.PERSON, EntityType.PLACE, EntityType.ORGANISATION);
            List<String> names = r.spans().stream().map(s -> r.text().substring(s.begin(), s.end())).toList();
            assertThat(names.get(0)).isIn("王小明", "欧阳娜娜");
            assertThat(names.get(1)).isIn("北京", "濮阳市");
            assertThat(names.get(2)).isIn("新华社", "人民日报社");
            assertThat(names).isNotEqualTo(List.of("王小明", "北京", "新华社"));
            assertThat(r.text()).isEqualTo(names.get(0) + "昨天在" + names.get(1) + "会见了" + names.get(2) + "记者。");
        }
        assertThat(any).isTrue();
    }

    @Test
    void anEmptyPoolLeavesItsTypeAloneAndTheOtherCorpusGivesOnlyPeople() {
        List<List<String>> pools = List.of(List.of("欧阳娜娜"), List.of(), List.of());
        Random random = new Random(3);
        for (int i = 0; i < 20; i++) {
            BioCorpus.Sentence r = NerTrainer.replaceMentions(SENTENCE, pools, random);
            if (r != null) {
                assertThat(r.text()).isEqualTo("欧阳娜娜昨天在北京会见了新华社记者。");
            }
        }
        BioCorpus.Sentence other = new BioCorpus.Sentence("张三在上海", List.of(new EntityEvaluation.Span(0, 2,
                EntityType.PERSON), new EntityEvaluation.Span(3, 5, EntityType.PLACE)));
        List<List<String>> built = NerTrainer.replacementPools(List.of(SENTENCE), List.of(other));
        assertThat(built).containsExactly(List.of("王小明", "张三"), List.of("北京"), List.of("新华社"));
    }
}
