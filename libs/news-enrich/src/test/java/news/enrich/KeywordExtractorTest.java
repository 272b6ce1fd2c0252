package news.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.hankcs.hanlp.corpus.tag.Nature;
import com.hankcs.hanlp.seg.common.Term;

class KeywordExtractorTest {

    private final KeywordExtractor extractor = new KeywordExtractor();

    @Test
    void keywordsAreNounsWithoutStopWords() {
        List<String> keywords = extractor.keywords("许昌市开展联乡帮村工作",
                "许昌市下发通知，建立联乡帮村工作日机制。帮扶干部下沉联系点，帮助基层解决问题。"
                        + "帮扶干部深入乡村，听民声、解难题，推动乡村振兴。乡村振兴需要干部人才支持。", 8);
        assertThat(keywords).isNotEmpty().hasSizeLessThanOrEqualTo(8).doesNotHaveDuplicates()
                .doesNotContain("工作", "我们", "的", "发展")
                .allSatisfy(k -> assertThat(k.length()).isGreaterThan(1));
        assertThat(keywords).contains("干部");
    }

    @Test
    void summaryIsShortAndExtractive() {
        String body = "许昌市下发通知，建立联乡帮村工作日机制。每月10日、20日被确定为工作日。"
                + "帮扶干部下沉联系点，帮助基层解决问题。天气晴。帮扶干部深入乡村，听民声、解难题，办实事。";
        String summary = extractor.summary(body);
        assertThat(summary).isNotBlank().hasSizeLessThanOrEqualTo(200);
        for (String sentence : summary.split("(?<=。)")) {
            assertThat(body).contains(sentence);
        }
    }

    @Test
    void longSingleSentenceIsCut() {
        String summary = extractor.summary("帮扶干部深入乡村" + "，推动乡村振兴和产业发展".repeat(40) + "。");
        assertThat(summary).hasSizeLessThanOrEqualTo(200).endsWith("…");
    }

    @Test
    void emptyInput() {
        assertThat(extractor.keywords(null, null, 8)).isEmpty();
        assertThat(extractor.summary(null)).isEmpty();
        assertThat(extractor.summary("  \n\n ")).isEmpty();
    }

    @Test
    void candidatesAreNounsOfTwoCharsOrMoreWithoutStopWords() {
        assertThat(KeywordExtractor.isCandidate(new Term("干部", Nature.n))).isTrue();
        assertThat(KeywordExtractor.isCandidate(new Term("帮扶", Nature.vn))).isTrue();
        assertThat(KeywordExtractor.isCandidate(new Term("干部", Nature.v))).isFalse(); // not a noun tag
        assertThat(KeywordExtractor.isCandidate(new Term("干部", null))).isFalse();
        assertThat(KeywordExtractor.isCandidate(new Term("党", Nature.n))).isFalse(); // one char
        assertThat(KeywordExtractor.isCandidate(new Term("10月", Nature.n))).isFalse(); // digits
        assertThat(KeywordExtractor.isCandidate(new Term("工作", Nature.n))).isFalse(); // keyword-stopwords.txt
        assertThat(KeywordExtractor.isCandidate(new Term("我们", Nature.n))).isFalse(); // HanLP stop word
        assertThat(KeywordExtractor.isCandidate(new Term("万余人", Nature.nr))).isFalse(); // a name the rules reject
    }

    @Test
    void ranksAreOrderedByRankThenWord() {
        Map<String, Float> ordered = KeywordExtractor.ordered(Map.of("乡村", 1f, "干部", 1f, "产业", 2f, "的", 3f,
                "工作", 4f));
        assertThat(ordered.keySet()).containsExactly("产业", "乡村", "干部"); // 乡 (U+4E61) < 干 (U+5E72)
        assertThat(KeywordExtractor.top(ordered, 2)).containsExactly("产业", "乡村");
        assertThat(KeywordExtractor.top(ordered, 0)).isEmpty();
    }

    @Test
    void singleCandidateIsTheKeyword() {
        assertThat(extractor.keywords(null, "干部。", 8)).containsExactly("干部");
    }
}
