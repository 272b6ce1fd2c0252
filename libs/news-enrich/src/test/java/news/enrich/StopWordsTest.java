package news.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.hankcs.hanlp.corpus.tag.Nature;
import com.hankcs.hanlp.dictionary.stopword.CoreStopWordDictionary;
import com.hankcs.hanlp.seg.common.Term;

class StopWordsTest {

    @Test
    void functionWordTagsAndStopWordsAreOut() {
        assertThat(StopWords.shouldInclude(new Term("干部", Nature.n))).isTrue();
        assertThat(StopWords.shouldInclude(new Term("的", Nature.n))).isFalse(); // a stop word, whatever its tag
        assertThat(StopWords.shouldInclude(new Term("三", Nature.m))).isFalse();
        assertThat(StopWords.shouldInclude(new Term("，", Nature.w))).isFalse();
        assertThat(StopWords.shouldInclude(new Term("我们", Nature.rr))).isFalse();
        assertThat(StopWords.shouldInclude(new Term("干部", null))).isTrue(); // no tag counts as 空, not excluded
    }

    @Test
    void everyHanlpStopWordIsOne() {
        assertThat(CoreStopWordDictionary.dictionary).hasSizeGreaterThan(500);
        for (String word : CoreStopWordDictionary.dictionary) {
            assertThat(StopWords.shouldInclude(new Term(word, Nature.n))).as(word).isFalse();
        }
    }

    /** The reference is HanLP's filter: every term of the seed pages, with its own tag and with every tag. */
    @Test
    void sameAnswersAsHanlpOnTheSeedPages() {
        List<Term> terms = new ArrayList<>();
        for (var file : SamplePages.files()) {
            var page = SamplePages.article(file);
            terms.addAll(AnalysedText.analyse(page.headline(), page.bodyText()).bodyTerms());
        }
        assertThat(terms).hasSizeGreaterThan(10_000);
        int excluded = 0;
        for (Term t : terms) {
            boolean expected = CoreStopWordDictionary.shouldInclude(t);
            assertThat(StopWords.shouldInclude(t)).as("%s", t).isEqualTo(expected);
            excluded += expected ? 0 : 1;
        }
        assertThat(excluded).isGreaterThan(1_000);
        for (Nature nature : Nature.values()) {
            for (Term t : terms.subList(0, 300)) {
                Term tagged = new Term(t.word, nature);
                assertThat(StopWords.shouldInclude(tagged)).as("%s", tagged)
                        .isEqualTo(CoreStopWordDictionary.shouldInclude(tagged));
            }
        }
    }
}
