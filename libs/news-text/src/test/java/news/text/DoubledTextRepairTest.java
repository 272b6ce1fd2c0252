package news.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DoubledTextRepairTest {
    private final DoubledTextRepair repair = new DoubledTextRepair();

    @ParameterizedTest
    @CsvSource({
        "为乡村高质量发展注入强动力为乡村高质量发展注入强动力, 为乡村高质量发展注入强动力",
        "———聚焦全市扎实开展联乡帮村工作—聚焦全市扎实开展联乡帮村工作, ——聚焦全市扎实开展联乡帮村工作",
        "助企攀登 推进制造强市建设··专题访谈专题访谈, 助企攀登 推进制造强市建设··专题访谈",
        "选优派强 接续奋斗, 选优派强 接续奋斗",
        "研究研究, 研究研究",
        "哈哈哈哈哈哈, 哈哈哈哈哈哈",
    })
    void undoesTwoLayerDoubling(String in, String expected) {
        assertThat(repair.repair(in)).isEqualTo(expected);
    }

    @Test
    void shortLongAndNullLinesAreLeftAlone() {
        assertThat(repair.repair(null)).isNull();
        assertThat(repair.repair("会议会议")).isEqualTo("会议会议");
        String long_ = "字".repeat(DoubledTextRepair.MAX_LINE + 2);
        assertThat(repair.repair(long_)).isEqualTo(long_);
    }
}
