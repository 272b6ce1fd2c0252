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

    private static Feature[] fast(Map<String, Integer> vocabulary, List<String> words, String text) {
        return new LinearTopicModel.FeatureIndex(vocabulary).vector(words, text);
    }

    @Test
    void handCountedVector() {
        // w:濮阳 ×1, c:濮 ×2, b:濮阳 ×2, c:阳 ×2 (b:阳濮 unknown) → counts 1,2,2,2, norm sqrt(13)
        Feature[] v = fast(VOCABULARY, List.of("濮阳"), "濮阳濮阳");
        double norm = Math.sqrt(13);
        assertThat(show(v)).isEqualTo("[1=" + 1 / norm + ", 2=" + 2 / norm + ", 3=" + 2 / norm + ", 4=" + 2 / norm + "]");
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
        java.util.TreeMap<Integer, Double> counts = new java.util.TreeMap<>();
        for (String f : features) {
            Integer id = vocabulary.get(f);
            if (id != null) {
                counts.merge(id, 1.0, Double::sum);
            }
        }
        double norm = Math.sqrt(counts.values().stream().mapToDouble(v -> v * v).sum());
        return counts.entrySet().stream()
                .map(e -> (Feature) new de.bwaldvogel.liblinear.FeatureNode(e.getKey(), e.getValue() / norm))
                .toArray(Feature[]::new);
    }
}
