package news.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.hankcs.hanlp.corpus.tag.Nature;
import com.hankcs.hanlp.seg.common.Term;

class CharFeaturesTest {

    private static final int K = CharFeatures.TEMPLATES;

    private static long[] keys(String text, List<Term> terms) {
        long[] out = new long[text.length() * K];
        CharFeatures.extract(text, 0, text.length(), terms, out);
        return out;
    }

    private static Term term(String word, String nature, int offset) {
        Term t = new Term(word, Nature.create(nature));
        t.offset = offset;
        return t;
    }

    private static int template(long key) {
        return (int) (key >>> 58);
    }

    @Test
    void oneKeyPerTemplateTaggedWithItsId() {
        String text = "李鹏在北京";
        List<Term> terms = List.of(term("李鹏", "nr", 0), term("在", "p", 2), term("北京", "ns", 3));
        long[] k = keys(text, terms);
        for (int i = 0; i < text.length(); i++) {
            assertThat(k[i * K]).as("bias").isEqualTo(1);
            for (int t = 1; t < K; t++) {
                long key = k[i * K + t];
                if (key != 0) {
                    assertThat(template(key)).isEqualTo(t);
                }
            }
            // chars, bigrams, classes and the word features are all there for a segmented Han text (the word itself
            // only for words of two chars or more)
            for (int t = 0; t <= 18; t++) {
                if (t != 16 || i != 2) {
                    assertThat(k[i * K + t]).as("char %d template %s", i, CharFeatures.NAMES[t]).isNotZero();
                }
            }
            assertThat(k[2 * K + 16]).isZero();
        }
        // same char, same unigram key wherever it is; c-1 of a char is c0 of the one before
        assertThat(k[3 * K + 3]).isNotEqualTo(k[4 * K + 3]);
        assertThat(k[4 * K + 2] & ((1L << 58) - 1)).isEqualTo(k[3 * K + 3] & ((1L << 58) - 1));
    }

    @Test
    void fullWidthAndHalfWidthGiveTheSameKeysAndDigitsAreOneChar() {
        long[] full = keys("ＩＢＭ公司１９９８年", List.of());
        long[] half = keys("IBM公司1998年", List.of());
        long[] other = keys("ibm公司2001年", List.of());
        assertThat(full).isEqualTo(half).isEqualTo(other);
    }

    @Test
    void wordFeaturesFollowTheSegmentationAndAreAbsentWithoutIt() {
        String text = "李鹏在北京";
        long[] segmented = keys(text, List.of(term("李鹏", "nr", 0), term("在", "p", 2), term("北京", "ns", 3)));
        long[] other = keys(text, List.of(term("李鹏", "nz", 0), term("在", "p", 2), term("北京", "ns", 3)));
        long[] none = keys(text, List.of());
        // the part of speech of 李鹏 changes its chars' bmes+pos key, not the char keys
        assertThat(segmented[13]).isNotEqualTo(other[13]);
        assertThat(Arrays.copyOfRange(segmented, 0, 13)).isEqualTo(Arrays.copyOfRange(other, 0, 13));
        for (int i = 0; i < text.length(); i++) {
            for (int t = 13; t <= 18; t++) {
                assertThat(none[i * K + t]).isZero();
            }
        }
        // terms outside the range are ignored
        long[] part = new long[2 * K];
        CharFeatures.extract(text, 3, 5, List.of(term("李鹏", "nr", 0), term("在", "p", 2), term("北京", "ns", 3)), part);
        long[] alone = keys("北京", List.of(term("北京", "ns", 0)));
        assertThat(part[13]).isEqualTo(alone[13]).isNotZero();
        assertThat(part[17]).as("no previous word inside the range").isEqualTo(alone[17]);
    }

    @Test
    void dictionaryLatticeMarksKnownWords() {
        long[] k = keys("中华人民共和国", List.of());
        assertThat(k[19]).as("a dictionary word begins at the first char").isNotZero();
        assertThat(k[6 * K + 20]).as("one ends at the last").isNotZero();
        assertThat(k[3 * K + 21]).as("the middle char is inside one").isNotZero();
    }

    @Test
    void charClasses() {
        assertThat(CharFeatures.charClass('中')).isEqualTo(CharFeatures.charClass('国'));
        assertThat(CharFeatures.charClass('1')).isEqualTo(CharFeatures.charClass('９'));
        assertThat(CharFeatures.charClass('a')).isNotEqualTo(CharFeatures.charClass('中'));
        assertThat(CharFeatures.charClass('三')).isNotEqualTo(CharFeatures.charClass('中'));
        assertThat(CharFeatures.charClass('，')).isEqualTo(CharFeatures.charClass('。'));
    }
}
