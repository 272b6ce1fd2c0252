package news.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Made-up pages with narrow gutters: two columns' lines on one line, some of them cut only by the loose reading. */
class LooseColumnCutsTest {
    private final ColumnStreams columns = new ColumnStreams();

    static final List<String> LEFT = List.of("青山镇今年新修的小水", "库春天开始蓄水镇里把", "渠道一直修到各村田头",
            "村民们说今年的水稻不", "用再等雨了合作社的负", "责人说有了水库果园能", "多收两成水库下游还修",
            "了一条灌溉渠道长达10", "他们说这是“民心工程”。", "村民们都盼着秋天早点", "来镇里还打算再修一座",
            "小桥方便村民们去赶集");
    static final List<String> RIGHT = List.of("老街夜市昨晚重新开张", "一百多个摊位沿着石板", "路排开前来逛夜市的市",
            "民络绎不绝摊主们说夜", "市关了两年如今重新开", "张生意比以前还要好很", "多老顾客专门赶来吃小",
            "吃老街的夜市从傍晚一", "直热闹到深夜摊主们说", "夜市让老街又热闹了起", "来市民们也盼着夜市以",
            "后每天都开张到深夜里");
    /** A column of its own (no space): it gives the page its column width. */
    static final String OTHER = String.join("\n", "水利局的负责人介绍今", "年全市共修建小水库十", "二座新修渠道三百多公",
            "里受益农田超过五万亩", "明年还将继续加大投入", "让更多的农田用上好水");

    private static String page(int pairs) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < pairs; i++) {
            lines.add(LEFT.get(i) + " " + RIGHT.get(i));
        }
        return OTHER + "\n\n" + String.join("\n", lines) + "\n";
    }

    @Test
    void onAPageOfManyTwoColumnLinesALineEndingOnADigitOrOnHangingMarksIsCutToo() {
        String out = columns.untangle(page(LEFT.size()));

        // Pairs 8 (left ends on a digit) and 9 (12 characters in a column of 10: quotes and a stop) are cut as well,
        // so both columns come out whole, one after the other.
        assertThat(out).contains(String.join("\n", LEFT)).contains(String.join("\n", RIGHT));
        assertThat(out.indexOf(LEFT.getFirst())).isLessThan(out.indexOf(RIGHT.getFirst()));
    }

    @Test
    void onAPageWithFewTwoColumnLinesTheStrictRulesAloneApply() {
        // Five lines cut strictly (under the page flag's six), then the line whose left piece ends on a digit.
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            lines.add(LEFT.get(i) + " " + RIGHT.get(i));
        }
        String digitLine = LEFT.get(7) + " " + RIGHT.get(7);
        lines.add(digitLine);
        String page = OTHER + "\n\n" + String.join("\n", lines) + "\n";

        String out = columns.untangle(page);

        assertThat(out).contains(String.join("\n", LEFT.subList(0, 5))).contains(digitLine);
    }

    @Test
    void aLineOfOneColumnWithASpaceAfterAMarkStaysWhole() {
        String page = page(LEFT.size()) + "\n省里的专家说， 这是好事\n他们也认为这很好的\n";

        assertThat(columns.untangle(page)).contains("省里的专家说， 这是好事");
    }

    @Test
    void aPieceFitsAColumnWithItsMarksSetInHalfAnEm() {
        String quoted = "他们说这是“民心工程”。"; // 12 characters, 24 half-ems, 3 marks
        int w = ParagraphRebuilder.width(quoted);
        int marks = LooseColumnCuts.compressibleMarks(quoted);

        assertThat(w).isEqualTo(24);
        assertThat(marks).isEqualTo(3);
        assertThat(LooseColumnCuts.fits(w, marks, 20, 2)).isTrue();
        assertThat(LooseColumnCuts.fits(w, 0, 20, 2)).isFalse();
        assertThat(LooseColumnCuts.fits(14, 0, 20, 2)).isFalse(); // narrower than the column: not a full line
        assertThat(LooseColumnCuts.modeOf(w, marks, new int[] {20, 44}, 2)).isEqualTo(20);
        assertThat(LooseColumnCuts.modeOf(30, 0, new int[] {20, 44}, 2)).isZero();
    }

    @Test
    void aCutSpaceHasTextOnBothSidesAndNoMarkAfterItThatNoLineBeginsWith() {
        assertThat(LooseColumnCuts.isCutSpace("长达10 吃老街", 4)).isTrue();
        assertThat(LooseColumnCuts.isCutSpace("不太大”， 布本赛季", 5)).isTrue();
        assertThat(LooseColumnCuts.isCutSpace("重新开张 ，生意", 4)).isFalse();
        assertThat(LooseColumnCuts.isCutSpace("重新开张 ”生意", 4)).isFalse();
        assertThat(LooseColumnCuts.isCutSpace("开张  生意", 2)).isFalse();
        assertThat(LooseColumnCuts.applies(5)).isFalse();
        assertThat(LooseColumnCuts.applies(6)).isTrue();
    }
}
