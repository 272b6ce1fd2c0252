package news.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

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
}
