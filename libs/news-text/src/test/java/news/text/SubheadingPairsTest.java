package news.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Two short heading lines are a subheading over two lines, unless the first is a column label over a headline. */
class SubheadingPairsTest {

    @Test
    void parallelPhrasesAreOneSubheadingOverTwoLines() {
        assertThat(SubheadingPairs.linesAlike(List.of("甄选帮带主体", "实施精准结对"))).isTrue();
        assertThat(SubheadingPairs.linesAlike(List.of("强化顶层设计", "选优配强队伍", "压实工作责任"))).isTrue();
        assertThat(SubheadingPairs.linesAlike(List.of("聚焦难点", "破解难题"))).isTrue();
    }

    @Test
    void aColumnLabelOverAHeadlineTwiceItsLengthIsNoSubheading() {
        assertThat(SubheadingPairs.linesAlike(List.of("走基层", "美国陆军将临时扩编2.2万人"))).isFalse();
        assertThat(SubheadingPairs.linesAlike(List.of("编者按", "星际野蛮酋长降临衡阳"))).isFalse();
        assertThat(SubheadingPairs.linesAlike(List.of("民生直通车", "勒布朗励志广告片遭球迷恶搞"))).isFalse();
    }

    @Test
    void aLongFirstLineIsNoLabel() {
        assertThat(SubheadingPairs.linesAlike(List.of("坚持以上率下确保", "高位推进各项工作落到实处"))).isTrue();
    }
}
