package news.enrich;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class JiebaWordsTest {

    private static JiebaWords dict(String lines) throws IOException {
        return JiebaWords.read(new ByteArrayInputStream(lines.getBytes(StandardCharsets.UTF_8)));
    }

    /** The words of the best path, each with its part of speech ("-" for none). */
    private static List<String> words(JiebaWords d, String text) {
        char[] c = normalised(text);
        int n = c.length;
        int[] segment = new int[n];
        int[] wordEnd = new int[n];
        d.analyse(c, segment, wordEnd, new int[n], new int[n], new int[n]);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i = wordEnd[i] + 1) {
            int tag = segment[i] & 63;
            out.add(text.substring(i, wordEnd[i] + 1) + "/" + (tag == 0 ? "-" : JiebaWords.TAGS[tag - 1]));
        }
        return out;
    }

    private static char[] normalised(String text) {
        char[] c = new char[text.length()];
        for (int i = 0; i < c.length; i++) {
            c[i] = (char) CharFeatures.normalise(text.charAt(i));
        }
        return c;
    }

    @Test
    void theMostProbablePathWinsOverTheLongestFirstWord() throws IOException {
        // 研究生 + 命 is less probable than 研究 + 生命 when 生命 and 研究 are frequent
        JiebaWords d = dict("研究 5000 vn\n研究生 50 n\n生命 3000 n\n命 100 n\n起源 800 n\n的 300000 uj\n");
        assertThat(words(d, "研究生命的起源")).containsExactly("研究/vn", "生命/n", "的/uj", "起源/n");
    }

    @Test
    void unknownCharsAreWordsOfTheirOwnAndLettersAndDigitsOneWord() throws IOException {
        JiebaWords d = dict("北京 34488 ns\n");
        assertThat(words(d, "在北京ＡＢＣ123买")).containsExactly("在/-", "北京/ns", "ＡＢＣ123/-", "买/-");
    }

    @Test
    void theLatticeHasTheLongestWordStartingEndingAndAroundEachCharWhateverThePath() throws IOException {
        JiebaWords d = dict("中央 9000 n\n中央军事委员会 3 nt\n军事 5000 n\n委员会 4000 n\n委员 3000 n\n");
        char[] c = normalised("中央军事委员会");
        int n = c.length;
        int[] begin = new int[n];
        int[] end = new int[n];
        int[] inside = new int[n];
        d.analyse(c, new int[n], new int[n], begin, end, inside);
        int nt = JiebaWords.tagCode("nt");
        int noun = JiebaWords.tagCode("n");
        assertThat(begin[0]).as("中央军事委员会, length capped").isEqualTo(JiebaWords.MAX_LENGTH << 6 | nt);
        assertThat(begin[2]).as("军事").isEqualTo(2 << 6 | noun);
        assertThat(end[6]).isEqualTo(JiebaWords.MAX_LENGTH << 6 | nt);
        assertThat(end[5]).as("委员").isEqualTo(2 << 6 | noun);
        assertThat(inside[5]).as("员 inside the whole name").isEqualTo(JiebaWords.MAX_LENGTH << 6 | nt);
        assertThat(inside[0]).as("the first char is at an edge").isZero();
    }

    @Test
    void aFileWithoutCountsIsNoDictionary() {
        assertThatThrownBy(() -> dict("北京 ns\n")).isInstanceOf(IOException.class).hasMessageContaining("dict.txt");
    }

    @Test
    void jiebasDictionarySegmentsLikeJieba() {
        JiebaWords d = JiebaWords.standard();
        assertThat(d.size()).isGreaterThan(340_000);
        // jieba's own example sentence
        assertThat(words(d, "我来到北京清华大学")).containsExactly("我/r", "来到/v", "北京/ns", "清华大学/nt");
    }

    @Test
    void theFeaturesAreComputedOnlyWhenAsked() {
        String text = "他在北京";
        int k = CharFeatures.TEMPLATES;
        long[] with = new long[text.length() * k];
        long[] without = new long[text.length() * k];
        com.hankcs.hanlp.seg.common.Term t = new com.hankcs.hanlp.seg.common.Term(text,
                com.hankcs.hanlp.corpus.tag.Nature.create("n"));
        t.offset = 0;
        CharFeatures.extract(text, 0, text.length(), List.of(t), EntityLexicon.empty(), Clusters.none(), true, with);
        CharFeatures.extract(text, 0, text.length(), List.of(t), EntityLexicon.empty(), Clusters.none(), false, without);
        for (int i = 0; i < text.length(); i++) {
            for (int j = CharFeatures.BASE_TEMPLATES; j < k; j++) {
                assertThat(without[i * k + j]).isZero();
            }
            assertThat(CharFeatures.template(with[i * k + CharFeatures.JIEBA_WORD])).isEqualTo(CharFeatures.JIEBA_WORD);
            assertThat(CharFeatures.payload(with[i * k + CharFeatures.JIEBA_WORD]))
                    .isLessThan(CharFeatures.DENSE_BOUND[CharFeatures.JIEBA_WORD]);
        }
        // one HanLP word (the whole text) against jieba's 他 / 在 / 北京: they agree nowhere
        assertThat(CharFeatures.payload(with[3 * k + CharFeatures.JIEBA_AGREE]) & 64).isZero();
    }
}
