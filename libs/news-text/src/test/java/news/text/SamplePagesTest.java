package news.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Seed tests: the repair applied to the five canonical sample pages in {@code infra/samples}. */
class SamplePagesTest {

    private static final TextRepair REPAIR = TextRepair.forPlainText();

    private static final Pattern SENTENCE_FINAL_LINE = Pattern.compile("[。！？…]\\s*[”’）》]*\\s*$");

    private static List<String> paragraphs(String page) {
        return REPAIR.paragraphs(SamplePages.read(page));
    }

    private static String repaired(String page) {
        return String.join("\n", paragraphs(page));
    }

    // ---- every page -------------------------------------------------------------------------------------------

    @ParameterizedTest
    @MethodSource("news.text.SamplePages#names")
    void paragraphsAreTrimmedNonEmptyAndSingleLine(String page) {
        assertThat(paragraphs(page)).isNotEmpty().allSatisfy(p -> {
            assertThat(p).isNotBlank().isEqualTo(p.strip()).doesNotContain("\n", "\r", "\t", "  ", "\u3000", "\u2029");
            assertThat(p.codePoints()).noneMatch(cp -> Character.isISOControl(cp) || cp == 0xFFFD);
        });
    }

    @ParameterizedTest
    @MethodSource("news.text.SamplePages#names")
    void noSpaceIsLeftNextToChinese(String page) {
        for (String p : paragraphs(page)) {
            int[] cps = p.codePoints().toArray();
            for (int i = 1; i + 1 < cps.length; i++) {
                if (cps[i] == ' ') {
                    assertThat(CharClass.isCjkOrCjkPunctuation(cps[i - 1]) || CharClass.isCjkOrCjkPunctuation(cps[i + 1]))
                            .as("space at %d in %s", i, p).isFalse();
                }
            }
        }
    }

    @ParameterizedTest
    @MethodSource("news.text.SamplePages#names")
    void paragraphCountIsPlausible(String page) {
        String source = SamplePages.read(page);
        List<String> nonBlank = source.lines().filter(l -> !l.isBlank()).toList();
        long sentenceFinalLines = nonBlank.stream().filter(l -> SENTENCE_FINAL_LINE.matcher(l).find()).count();
        int count = paragraphs(page).size();
        // a line ending a sentence ends a paragraph (bar quotes wrapped on a full line); headings add some more
        assertThat(count).isBetween((int) (sentenceFinalLines * 0.8), (int) (sentenceFinalLines * 2));
        // hard-wrapped narrow columns: a paragraph spans several lines on average
        assertThat(count).isLessThan(nonBlank.size() / 4);
    }

    @ParameterizedTest
    @MethodSource("news.text.SamplePages#names")
    void everyParagraphIsAFixedPointOfTheOneLineRepair(String page) {
        assertThat(paragraphs(page)).allSatisfy(p -> assertThat(REPAIR.compactLine(p)).isEqualTo(p));
    }

    // ---- words split by a blank line in the source ---------------------------------------------------------------

    /**
     * Places where the extracted text breaks a sentence — often a word — with a blank line: the end of the line
     * before the blank line and the start of the line after it (spaces removed).
     */
    static Stream<Arguments> midSentenceBlankLines() {
        return Stream.of(
                Arguments.of(SamplePages.PUYANG_ORGANISATION, "打造千千万万个坚强的农", "村基层党组织"),
                Arguments.of(SamplePages.PUYANG_ORGANISATION, "链长制———构建延链补链强链的", "全产业链"),
                Arguments.of(SamplePages.PUYANG_ORGANISATION, "证了汉族与达斡尔族人民的团结友", "好。"),
                Arguments.of(SamplePages.PUYANG_ORGANISATION, "会议分析了近期秋冬季大气污", "染形势和成因"),
                Arguments.of(SamplePages.PUYANG_ORGANISATION, "为想干事的农村党支部书记答疑解", "惑。"),
                Arguments.of(SamplePages.PUYANG_ORGANISATION, "五星乡葛邱村新任党支部书记王", "军发"),
                Arguments.of(SamplePages.PUYANG_ORGANISATION, "会议以电视电话会议的形式召", "开，"),
                Arguments.of(SamplePages.PUYANG_OPINIONS, "楼阳生书记的重要讲话高屋建", "瓴、统揽全局"),
                Arguments.of(SamplePages.PUYANG_OPINIONS, "对当前在执行层面存在的政策棚", "架、"),
                Arguments.of(SamplePages.PUYANG_OPINIONS, "分析为两个会议提供决策依据和解决", "方案，"),
                Arguments.of(SamplePages.PUYANG_OPINIONS, "二是依托政策扶持推动新兴产", "业。"),
                Arguments.of(SamplePages.PUYANG_OPINIONS, "旗帜鲜明保护激发干事创业积极", "性。"),
                Arguments.of(SamplePages.PUYANG_OPINIONS, "第一、把握新发展阶段，在加", "快建设现代化濮阳"),
                Arguments.of(SamplePages.JINING, "市委常委会会议专题研究", "第八批第一书记选派工作"),
                Arguments.of(SamplePages.JINING, "确定10个重点村由市派第", "一书记进驻帮扶"),
                Arguments.of(SamplePages.JINING, "建立服务队信", "息定期报送制度"),
                Arguments.of(SamplePages.JINING, "各级组织部", "门精心组织选派"),
                Arguments.of(SamplePages.XUCHANG_INTERVIEW, "赵鹏在致辞时指出，市公共卫生", "医疗中心的建设"),
                Arguments.of(SamplePages.XUCHANG_INTERVIEW, "张庆一强调，市委统战部要自抬", "标杆、"),
                Arguments.of(SamplePages.XUCHANG_INTERVIEW, "挂图作战，签约项", "目盯落地"),
                Arguments.of(SamplePages.XUCHANG_INTERVIEW, "把党史教育有机融", "入思政课"),
                Arguments.of(SamplePages.XUCHANG_VILLAGES, "府分管领导进行报送，为市领导提", "供决策依据。"),
                Arguments.of(SamplePages.XUCHANG_VILLAGES, "“通过建立联乡帮村工作机制，织", "密‘联乡帮村干部网’"),
                Arguments.of(SamplePages.XUCHANG_VILLAGES, "“我们将以联乡帮村工作为抓", "手，"),
                Arguments.of(SamplePages.XUCHANG_VILLAGES, "技术开发区采取联乡帮村干部现场办", "公与观摩学习"));
    }

    @ParameterizedTest
    @MethodSource("midSentenceBlankLines")
    void midSentenceBlankLineIsJoined(String page, String before, String after) {
        String compactSource = SamplePages.read(page).replaceAll("[ \\u3000]", "");
        assertThat(compactSource).as("the source splits the sentence with a blank line")
                .containsPattern(Pattern.quote(before) + "\\n\\n+" + Pattern.quote(after));
        List<String> paragraphs = paragraphs(page);
        assertThat(paragraphs).anySatisfy(p -> assertThat(p).contains(before + after));
        assertThat(paragraphs).noneSatisfy(p -> assertThat(p).endsWith(before));
    }

    // ---- headings before a blank line ----------------------------------------------------------------------------

    static Stream<Arguments> headings() {
        return Stream.of(
                Arguments.of(SamplePages.PUYANG_ORGANISATION, "甄选帮带主体"),
                Arguments.of(SamplePages.PUYANG_ORGANISATION, "实施精准结对"),
                Arguments.of(SamplePages.PUYANG_ORGANISATION, "紧盯工作进展"),
                Arguments.of(SamplePages.PUYANG_ORGANISATION, "万正峰在全市生态环境保护委员会第二次会议上强调"),
                Arguments.of(SamplePages.PUYANG_OPINIONS, "第一、把握新发展阶段，在加快建设现代化濮阳中奋勇争先、更加出彩"),
                Arguments.of(SamplePages.PUYANG_OPINIONS, "第三、构建新发展格局，在开发区融合发展上顺势而为、开拓创新"),
                Arguments.of(SamplePages.PUYANG_OPINIONS, "实施创新驱动建设“四个濮阳”"),
                Arguments.of(SamplePages.PUYANG_OPINIONS, "市委常委、秘书长惠康"),
                Arguments.of(SamplePages.JINING, "强化顶层设计选优配强队伍"),
                Arguments.of(SamplePages.JINING, "严格日常管理强化待遇保障"),
                Arguments.of(SamplePages.JINING, "——访济宁高新区党工委书记刘章箭"),
                Arguments.of(SamplePages.XUCHANG_INTERVIEW, "服务一个中心"),
                Arguments.of(SamplePages.XUCHANG_INTERVIEW, "下基层察实情到一线解难题"),
                Arguments.of(SamplePages.XUCHANG_VILLAGES, "坚持以上率下，确保高位推进"),
                Arguments.of(SamplePages.XUCHANG_VILLAGES, "坚持问题导向，夯实基层基础"),
                Arguments.of(SamplePages.XUCHANG_VILLAGES, "本报记者冯子建通讯员王晓宝"));
    }

    @ParameterizedTest
    @MethodSource("headings")
    void headingIsItsOwnParagraph(String page, String heading) {
        assertThat(paragraphs(page)).contains(heading);
    }

    // ---- concrete repairs, page by page ------------------------------------------------------------------------

    static Stream<Arguments> repairs() {
        return Stream.of(
                // letter-spacing and spaces around digits
                Arguments.of(SamplePages.XUCHANG_VILLAGES, "问 题 整 改", "问题整改"),
                Arguments.of(SamplePages.XUCHANG_VILLAGES, "正 所 谓 ：“ 基 础 不 牢 ， 地 动 山\n摇。”",
                        "正所谓：“基础不牢，地动山摇。”"),
                Arguments.of(SamplePages.XUCHANG_INTERVIEW, "本 报 讯（记 者 王 金 伟）12 月 30\n日",
                        "本报讯（记者王金伟）12月30日，市委常委、宣传部部长王自合来到许昌市二中教育集团"),
                Arguments.of(SamplePages.XUCHANG_INTERVIEW, "产 业 政 策 ， 符 合 国 家 的 节 能 环 保 政",
                        "必须符合国家的产业政策，符合国家的节能环保政策，特别是现在的“双碳”要求。"),
                Arguments.of(SamplePages.XUCHANG_INTERVIEW, "2021 年 1-11 月", "2021年1-11月，共办理各类网民、企业诉求11810件"),
                Arguments.of(SamplePages.XUCHANG_INTERVIEW, "占比 95.82%", "占比95.82%，做到让“信息多跑腿，群众少跑路”。"),
                Arguments.of(SamplePages.PUYANG_ORGANISATION, "10 月 28 日", "”10月28日，清丰县委书记"),
                Arguments.of(SamplePages.PUYANG_ORGANISATION, "锚定 “两个确保 ”", "省委提出锚定“两个确保”、实施“十大战略”要求"),
                Arguments.of(SamplePages.PUYANG_ORGANISATION, "支撑。 ”", "为打造‘四个强县’提供强劲支撑。”"),
                Arguments.of(SamplePages.PUYANG_ORGANISATION, "《新闻联播 》", "中央广播电视总台《新闻联播》播出"),
                Arguments.of(SamplePages.PUYANG_ORGANISATION, "“互联网 + 不动产登记 ”", "协同联动探索“互联网+不动产登记”智能办理新模式"),
                Arguments.of(SamplePages.PUYANG_ORGANISATION, "“N 张清单”", "锻长板重点领域清单等“N张清单”"),
                Arguments.of(SamplePages.PUYANG_OPINIONS, "1~2部", "力争每年有1~2部文艺作品"),
                Arguments.of(SamplePages.PUYANG_OPINIONS, "第 三 、 构 建 新 发 展 格 局 ， 在", "第三、构建新发展格局，在开发区"),
                Arguments.of(SamplePages.XUCHANG_VILLAGES, "45 万㎡", "总建筑面积45万㎡"),
                Arguments.of(SamplePages.XUCHANG_VILLAGES, "省 A 类", "为河南省A类重点建设项目"),
                Arguments.of(SamplePages.XUCHANG_VILLAGES, "78.6%", "问题整改率78.6%；其余1013个问题正在有序整改。"),
                // full-width symbols
                Arguments.of(SamplePages.PUYANG_ORGANISATION, "“1＋N”", "科学制订“1+N”方案。"),
                Arguments.of(SamplePages.PUYANG_ORGANISATION, "长＋商会会长＋指挥长", "“产业链长+商会会长+指挥长”"),
                Arguments.of(SamplePages.JINING, "“1＋10＋N”", "形成“1+10+N”的基本工作框架。"),
                // joins across a hard wrap
                Arguments.of(SamplePages.JINING, "“1+\n4+6”", "建立了“1+4+6”运行体制"),
                Arguments.of(SamplePages.JINING, "“钉钉”\nAPP", "依托“钉钉”APP，做好第一书记考勤打卡工作"),
                Arguments.of(SamplePages.PUYANG_ORGANISATION, "主任\n邵景良", "市人大常委会主任邵景良接到一封来自内蒙古的特殊信件"),
                // a quotation wrapped at a full line that happens to end a sentence stays one paragraph
                Arguments.of(SamplePages.PUYANG_ORGANISATION, "令人非常激动、感动。\n这几天",
                        "令人非常激动、感动。这几天，哈斯巴根的信件在市人大干部之间相互传阅"));
    }

    @ParameterizedTest
    @MethodSource("repairs")
    void repairsTheSample(String page, String inSource, String inOutput) {
        assertThat(SamplePages.read(page)).as("source").contains(inSource);
        assertThat(repaired(page)).contains(inOutput);
    }

    // ---- things that must not happen -------------------------------------------------------------------------

    @Test
    void fullWidthChinesePunctuationIsKept() {
        String marks = "，。：；！？“”‘’（）《》、—…";
        for (String page : SamplePages.ALL) {
            String source = SamplePages.read(page);
            String out = repaired(page);
            for (char mark : marks.toCharArray()) {
                assertThat(count(out, mark)).as("%s in %s", mark, page).isEqualTo(count(source, mark));
            }
        }
    }

    private static long count(String s, char c) {
        return s.chars().filter(x -> x == c).count();
    }

    @Test
    void firstParagraphOfAPageLosesTheLeadingSpaceAndTheBlankLines() {
        assertThat(paragraphs(SamplePages.PUYANG_ORGANISATION).getFirst())
                .isEqualTo("要推动乡村组织振兴，打造千千万万个坚强的农村基层党组织，培养千千万万名优秀的农村基层党组织书记。");
    }

    @Test
    void repairIsStableOnItsOwnOutput() {
        for (String page : SamplePages.ALL) {
            List<String> once = paragraphs(page);
            assertThat(REPAIR.paragraphs(String.join("\n\n", once))).as(page).hasSizeLessThanOrEqualTo(once.size())
                    .allSatisfy(p -> assertThat(String.join("", once)).contains(p));
        }
    }
}
