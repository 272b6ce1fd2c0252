package news.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.hankcs.hanlp.dictionary.stopword.CoreStopWordDictionary;
import com.hankcs.hanlp.seg.common.Term;

import de.bwaldvogel.liblinear.Feature;

/** The prediction path's feature vectors must be exactly those of the feature strings the model was trained on. */
class FeatureIndexTest {

    private static final Map<String, Integer> VOCABULARY = Map.of("w:濮阳", 1, "c:濮", 2, "b:濮阳", 3, "c:阳", 4,
            "w:a", 5, "c:a", 6, "b:𠀀", 7, "c:\uD840", 8, "w:null", 9);

    private static String show(Feature[] v) {
        return Arrays.toString(Arrays.stream(v).map(f -> f.getIndex() + "=" + f.getValue()).toArray());
    }

    /** IDF 1 for every feature but c:濮 (3) and c:阳 (0.5). */
    private static final float[] IDF = {0, 1, 3, 1, 0.5f, 1, 1, 1, 1, 1};

    private static Feature[] fast(Map<String, Integer> vocabulary, List<String> words, String text) {
        return new LinearTopicModel.FeatureIndex(vocabulary, IDF).vector(words, text);
    }

    @Test
    void handCountedVector() {
        // w:濮阳 ×1, c:濮 ×2, b:濮阳 ×2, c:阳 ×2 (b:阳濮 unknown) → (1 + ln tf) · idf = 1, 3(1 + ln 2), 1 + ln 2, 0.5(1 + ln 2)
        Feature[] v = fast(VOCABULARY, List.of("濮阳"), "濮阳濮阳");
        double two = 1 + Math.log(2);
        double norm = Math.sqrt(1 + 9 * two * two + two * two + 0.25 * two * two);
        assertThat(v).extracting(Feature::getIndex).containsExactly(1, 2, 3, 4);
        assertThat(v[0].getValue()).isCloseTo(1 / norm, org.assertj.core.api.Assertions.within(1e-12));
        assertThat(v[1].getValue()).isCloseTo(3 * two / norm, org.assertj.core.api.Assertions.within(1e-12));
        assertThat(v[2].getValue()).isCloseTo(two / norm, org.assertj.core.api.Assertions.within(1e-12));
        assertThat(v[3].getValue()).isCloseTo(0.5 * two / norm, org.assertj.core.api.Assertions.within(1e-12));
        assertThat(show(v)).isEqualTo(show(reference(VOCABULARY, List.of("濮阳"), "濮阳濮阳")));
    }

    @Test
    void idfOfAnotherLengthIsRefused() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new LinearTopicModel.FeatureIndex(VOCABULARY, new float[3]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("3 idf values for 9 features");
    }

    @Test
    void whitespaceIsNotAFeature() {
        assertThat(show(fast(VOCABULARY, List.of("濮阳"), " 濮 \n阳\u3000"))).isEqualTo(
                show(fast(VOCABULARY, List.of("濮阳"), "濮阳")));
    }

    @Test
    void noLetterNoDigitNoVector() {
        assertThat(fast(VOCABULARY, List.of("，", "。"), "，。")).isEmpty();
        assertThat(fast(VOCABULARY, List.of(), "")).isEmpty();
        assertThat(fast(VOCABULARY, List.of("xyz"), "xyz")).isEmpty(); // letters, but nothing known
    }

    @Test
    void surrogatePairsAndNullTokens() {
        Map<String, Integer> vocabulary = VOCABULARY;
        List<String> withNull = new ArrayList<>();
        withNull.add(null);
        withNull.add("a");
        for (var c : List.of(new Object[] {List.of("𠀀"), "𠀀"}, new Object[] {List.of("\uD840"), "\uD840"},
                new Object[] {withNull, "nulla"}, new Object[] {List.of("a"), "a 𠀀"})) {
            @SuppressWarnings("unchecked")
            List<String> words = (List<String>) c[0];
            String text = (String) c[1];
            assertThat(show(fast(vocabulary, words, text))).as(text)
                    .isEqualTo(show(reference(vocabulary, words, text)));
        }
    }

    @Test
    void sameVectorsAsFeatureStringsOnHeadlinesAndSeedParagraphs() {
        LinearTopicModel model = LinearTopicModel.shared();
        int checked = 0;
        List<LabelledText> titles = TitleCorpus.load();
        for (int i = 0; i < titles.size(); i += 7) {
            String text = titles.get(i).text();
            List<String> words = LinearTopicModel.words(text);
            assertThat(show(model.index().vector(words, text))).as(text)
                    .isEqualTo(show(model.referenceVector(words, text)));
            checked++;
        }
        for (var file : SamplePages.files()) {
            var page = SamplePages.article(file);
            for (List<Term> paragraph : AnalysedText.analyse(page.headline(), page.bodyText()).paragraphTerms()) {
                List<String> tokens = paragraph.stream().filter(CoreStopWordDictionary::shouldInclude)
                        .map(t -> t.word).toList();
                String text = String.join("", tokens);
                assertThat(show(model.index().vector(tokens, text))).as(text)
                        .isEqualTo(show(model.referenceVector(tokens, text)));
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(1_500);
    }

    /** The training path's vector on a small vocabulary: feature strings, then looked up. */
    private static Feature[] reference(Map<String, Integer> vocabulary, List<String> words, String text) {
        List<String> features = LinearTopicModel.features(words.stream().map(String::valueOf).toList(), text);
        if (features.stream().noneMatch(f -> f.codePoints().skip(2).anyMatch(Character::isLetterOrDigit))) {
            return new Feature[0];
        }
        return LinearTopicModel.vector(features, vocabulary, IDF);
    }
}
