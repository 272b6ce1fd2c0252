package news.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class BylineExtractorTest {
    private final BylineExtractor bylines = new BylineExtractor();

    @Test
    void reportersAndCorrespondentsAreSeparated() {
        assertThat(bylines.parse("本报记者 冯子建 通讯员 王晓宝"))
                .isEqualTo(new Byline(List.of("冯子建"), List.of("王晓宝")));
        assertThat(bylines.parse("■本报记者 刘传伏 王汝雅 / 本报通讯员 吴丛"))
                .isEqualTo(new Byline(List.of("刘传伏", "王汝雅"), List.of("吴丛")));
    }

    @Test
    void aLoneSurnameJoinsTheNextPieceAndTwoNamesStayTwo() {
        assertThat(bylines.parse("记者 李振涛 通讯员 王 世冰 和志强"))
                .isEqualTo(new Byline(List.of("李振涛"), List.of("王世冰", "和志强")));
    }

    @Test
    void namesPrintedWithoutSeparatorAreSplitByTheNameRecogniser() {
        assertThat(bylines.parse("本报通讯员 李超张培龙").correspondents()).containsExactly("李超", "张培龙");
        assertThat(bylines.parse("记者李振涛通讯员王世冰和志强"))
                .isEqualTo(new Byline(List.of("李振涛"), List.of("王世冰", "和志强")));
    }

    @Test
    void aSignatureOfBareNamesSignsWithEveryName() {
        assertThat(bylines.signatureNames("林晨 黎超")).containsExactly("林晨", "黎超");
        assertThat(bylines.signatureNames("□ 曾平春")).containsExactly("曾平春");
        assertThat(bylines.signatureNames("石怡红")).containsExactly("石怡红");
        assertThat(bylines.signatureNames("营造良好 教育生态")).isEmpty(); // 营 is no surname
        assertThat(bylines.signatureNames("全市秋粮收购工作有序开展")).isEmpty();
    }

    @Test
    void signedAuthorsAndCommentators() {
        assertThat(bylines.parse("市委常委、组织部部长 余广庆").reporters()).containsExactly("余广庆");
        assertThat(bylines.isAuthorLine("市人大常委会党组书记、主任 邵景良")).isTrue();
        assertThat(bylines.isBylineLine("■本报评论员")).isTrue();
        assertThat(bylines.parse("■本报评论员").hasNoNames()).isTrue();
    }

    @Test
    void recognisesBylineLinesOnly() {
        assertThat(bylines.isBylineLine("本报记者 王金伟 通讯员 马智科")).isTrue();
        assertThat(bylines.isBylineLine("本报记者 段利梅")).isTrue();
        assertThat(bylines.isBylineLine("记者从市委获悉，今年以来全市")).isFalse();
        assertThat(bylines.isBylineLine("我市召开会议")).isFalse();
        assertThat(bylines.isNamesOnlyLine("吴计建 崔昊 周慧喆")).isTrue();
        assertThat(bylines.isNamesOnlyLine("强化顶层设计 选优配强队伍")).isFalse();
    }

    @Test
    void endCreditsLeaveTheParagraph() {
        String p = "为建设“四个濮阳”积蓄新动能、贡献新力量。 （刘海娜）";
        assertThat(bylines.endCredit(p).reporters()).containsExactly("刘海娜");
        assertThat(bylines.withoutEndCredit(p)).isEqualTo("为建设“四个濮阳”积蓄新动能、贡献新力量。");
        assertThat(bylines.endCredit("印发《管理办法（试行）》").hasNoNames()).isTrue();
        assertThat(bylines.endCredit("实现全市 106 个乡（镇、街道）").hasNoNames()).isTrue();
        assertThat(bylines.endCredit("（刘海娜）").hasNoNames()).isTrue();
    }

    @Test
    void anEndCreditWhoseSpaceBetweenTwoNamesWasTakenOutStillNamesBoth() {
        assertThat(bylines.endCredit("新馆下月对外开放。（周立新杨梅）").reporters()).containsExactly("周立新", "杨梅");
        assertThat(bylines.endCredit("活动持续三天。（通讯员 韩冬 记者 许晨光孟雪）").reporters()).containsExactly("许晨光", "孟雪");
        assertThat(bylines.withoutEndCredit("新馆下月对外开放。（周立新杨梅）")).isEqualTo("新馆下月对外开放。");
        // a glued run that no surname split explains stays no credit
        assertThat(bylines.endCredit("办法已经印发。（试行工作细则）").hasNoNames()).isTrue();
        assertThat(bylines.endCredit("会议明确了分工。（高新技术产业）").hasNoNames()).isTrue();
    }

    @Test
    void emptyInput() {
        assertThat(bylines.parse(null)).isEqualTo(Byline.NONE);
        assertThat(bylines.parse("  ")).isEqualTo(Byline.NONE);
    }
}
