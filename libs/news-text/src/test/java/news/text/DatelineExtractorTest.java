package news.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DatelineExtractorTest {
    private final DatelineExtractor extractor = new DatelineExtractor();

    @ParameterizedTest
    @CsvSource(nullValues = "null", value = {
        "本报讯 近日，按照安排, 本报讯, null, null, 近日，按照安排",
        "本报济宁讯（记者 鲍童）12月2日上午, 本报济宁讯, 济宁, null, 12月2日上午",
        "本报济宁12月3日讯（记者 郝明雷）今天上午, 本报济宁12月3日讯, 济宁, 12-03, 今天上午",
        "本报兖州12月3日讯（记者 刘传伏）今天下午, 本报兖州12月3日讯, 兖州, 12-03, 今天下午",
        "本 报 讯（记 者 王 金 伟）12 月 30日, 本报讯, null, null, 12 月 30日",
    })
    void readsPlaceDateAndRest(String in, String text, String place, String date, String rest) {
        DatelineExtractor.Match m = extractor.extract(in).orElseThrow();
        assertThat(m.dateline()).isEqualTo(new Dateline(text, place, date));
        assertThat(m.rest()).isEqualTo(rest);
    }

    @Test
    void keepsTheBylineParenthesisApart() {
        DatelineExtractor.Match m = extractor.extract("本报讯 （记者 李振涛 通讯员 王 世冰 和志强） “要建立").orElseThrow();
        assertThat(m.bylineText()).isEqualTo("记者 李振涛 通讯员 王 世冰 和志强");
        assertThat(m.rest()).isEqualTo("“要建立");
        assertThat(extractor.extract("本报讯（李梦然）为贯彻").orElseThrow().bylineText()).isEqualTo("李梦然");
    }

    @Test
    void aParenthesisThatIsNoBylineStaysInTheBody() {
        DatelineExtractor.Match m = extractor.extract("本报讯（试行办法）今天").orElseThrow();
        assertThat(m.bylineText()).isNull();
        assertThat(m.rest()).startsWith("（试行办法）");
    }

    @Test
    void otherTextHasNoDateline() {
        assertThat(extractor.extract("本报记者 王金伟")).isEmpty();
        assertThat(extractor.extract("近日，本报讯")).isEmpty();
        assertThat(extractor.extract(null)).isEmpty();
    }

    @Test
    void anOpenerRightAfterTheJumpLineOfAContinuedTextIsReadAndTheJumpMarkKept() {
        DatelineExtractor.Match m = extractor.extractAfterJump("（上接第一版）本报平顶山5月13日讯（记者 戴健 通讯员 严飞）5月8日，")
                .orElseThrow();
        assertThat(m.dateline().date()).isEqualTo("05-13");
        assertThat(m.bylineText()).isEqualTo("记者 戴健 通讯员 严飞");
        assertThat(m.rest()).isEqualTo("（上接第一版）5月8日，");
        assertThat(extractor.extractAfterJump("本报讯（李梦然）为贯彻").orElseThrow().rest()).isEqualTo("为贯彻");
        assertThat(extractor.extractAfterJump("（上接第一版）5月8日，本报讯")).isEmpty();
        assertThat(extractor.extractAfterJump("（下转第一版）本报讯（李梦然）为贯彻")).isEmpty();
        assertThat(extractor.extract("（上接第一版）本报讯（李梦然）为贯彻")).isEmpty();
    }
}
