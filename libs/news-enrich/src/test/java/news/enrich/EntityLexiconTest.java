package news.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.Test;

import news.model.Entity.EntityType;

class EntityLexiconTest {

    private static BioCorpus.Sentence sentence(String text, EntityEvaluation.Span... spans) {
        return new BioCorpus.Sentence(text, List.of(spans));
    }

    private static final List<BioCorpus.Sentence> SENTENCES = List.of(
            sentence("中国政府和北京市人民政府", new EntityEvaluation.Span(0, 2, EntityType.PLACE),
                    new EntityEvaluation.Span(5, 12, EntityType.ORGANISATION)),
            sentence("中国银行", new EntityEvaluation.Span(0, 4, EntityType.ORGANISATION)),
            sentence("中国队", new EntityEvaluation.Span(0, 2, EntityType.ORGANISATION)),
            sentence("ＩＢＭ", new EntityEvaluation.Span(0, 3, EntityType.ORGANISATION)));

    @Test
    void namesKeepEveryTypeTheyWereTaggedWithAndMatchNormalised() {
        EntityLexicon lexicon = EntityLexicon.of(SENTENCES, false);
        assertThat(lexicon.types("中国")).isEqualTo(EntityLexicon.LOC | EntityLexicon.ORG);
        assertThat(lexicon.types("中国银行")).isEqualTo(EntityLexicon.ORG);
        assertThat(lexicon.types("IBM")).isEqualTo(EntityLexicon.ORG); // full-width in the data
        assertThat(lexicon.types("政府")).isZero();
        assertThat(EntityLexicon.of(SENTENCES, true).types("濮阳市")).isEqualTo(EntityLexicon.GAZETTEER);
    }

    @Test
    void longestNamesStartingEndingAndAroundEachChar() {
        EntityLexicon lexicon = EntityLexicon.of(SENTENCES, false);
        char[] text = EntityLexicon.normalise("在中国银行工作").toCharArray();
        int n = text.length;
        int[] bl = new int[n], bt = new int[n], el = new int[n], et = new int[n], il = new int[n], it = new int[n];
        lexicon.match(text, bl, bt, el, et, il, it);
        assertThat(bl[1]).isEqualTo(4); // 中国银行 starts at 中, longer than 中国
        assertThat(bt[1]).isEqualTo(EntityLexicon.ORG);
        assertThat(el[2]).isEqualTo(2); // 中国 ends at 国
        assertThat(et[2]).isEqualTo(EntityLexicon.LOC | EntityLexicon.ORG);
        assertThat(el[4]).isEqualTo(4);
        assertThat(il[2]).isEqualTo(4);
        assertThat(il[3]).isEqualTo(4);
        assertThat(bl[0]).isZero();
        assertThat(bl[5]).isZero();
    }

    @Test
    void blockSplitHoldsOutWholeRunsOfSentences() {
        List<BioCorpus.Sentence> sentences = new java.util.ArrayList<>();
        for (int i = 0; i < 40; i++) {
            sentences.add(sentence("句" + i));
        }
        BioCorpus.Split split = BioCorpus.splitBlocks(sentences, 4, 5); // blocks 3 and 7 of 5 sentences
        assertThat(split.heldOut()).extracting(BioCorpus.Sentence::text)
                .containsExactly("句15", "句16", "句17", "句18", "句19", "句35", "句36", "句37", "句38", "句39");
        assertThat(split.train()).hasSize(30).doesNotContainAnyElementsOf(split.heldOut());
    }

    @Test
    void writtenAndReadBack() throws IOException {
        EntityLexicon lexicon = EntityLexicon.of(SENTENCES, false);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        lexicon.write(new DataOutputStream(bytes));
        EntityLexicon read = EntityLexicon.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
        assertThat(read.size()).isEqualTo(lexicon.size());
        assertThat(read.types("北京市人民政府")).isEqualTo(EntityLexicon.ORG);
    }
}
