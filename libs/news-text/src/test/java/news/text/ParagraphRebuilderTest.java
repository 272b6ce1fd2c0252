package news.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ParagraphRebuilderTest {

    private final ParagraphRebuilder rebuilder = new ParagraphRebuilder();

    private List<String> rebuild(String... lines) {
        return rebuilder.rebuild(String.join("\n", lines));
    }

    /** Filler body lines of a typical 15-character column, to give the column estimate something to measure. */
    private static final String[] COLUMN = {
        "万正峰指出，10月下旬以来，我市经",
        "历了一次严重的污染过程，环境空气质",
        "量急剧下降，加之今年秋冬季气象条件",
        "极其不利，大气污染综合治理工作任务",
        "艰巨。各级各部门要进一步提高政治站",
        "位，认清严峻形势，增强行动自觉，扛",
        "牢责任、正视差距，自我加压、奋起直",
        "追，坚决做好秋冬季大气污染治理工作。",
    };

    private static String[] withColumn(String... middle) {
        String[] all = new String[COLUMN.length * 2 + middle.length];
        System.arraycopy(COLUMN, 0, all, 0, COLUMN.length);
        System.arraycopy(middle, 0, all, COLUMN.length, middle.length);
        System.arraycopy(COLUMN, 0, all, COLUMN.length + middle.length, COLUMN.length);
        return all;
    }

    private static final String COLUMN_TEXT = String.join("", COLUMN);

    // ---- basics -------------------------------------------------------------------------------------------------

    @Test
    void nullAndEmpty() {
        assertThat(rebuilder.rebuild(null)).isEmpty();
        assertThat(rebuilder.rebuild("")).isEmpty();
        assertThat(rebuilder.rebuild("\n\n  \n\t\n")).isEmpty();
        assertThat(rebuilder.rebuild("\u2029\u2029")).isEmpty();
    }

    @Test
    void aTextBrokenOffInMidSentenceDoesNotSwallowTheHeadlineAndOpeningBelowIt() {
        // the column ends in mid-sentence; after the blank line another article starts: headline, then its opener
        assertThat(rebuild("在此前一场比赛中，他们", "在常规时间", "", "老城墙修缮完工", "本报洛阳5月16日", "讯（记者 方明）",
                "历时两年的修缮工程昨日完工。"))
                .containsExactly("在此前一场比赛中，他们在常规时间", "老城墙修缮完工",
                        "本报洛阳5月16日讯（记者 方明）历时两年的修缮工程昨日完工。");
        assertThat(rebuild("各地正在加紧", "", "夜市重开", "记者 宋平 韩雪", "昨晚，夜市重新开张。"))
                .containsExactly("各地正在加紧", "夜市重开", "记者 宋平 韩雪", "昨晚，夜市重新开张。");
        assertThat(rebuild("工作人员介绍", "", "秋粮入仓", "□ 钟言", "今年秋粮丰收。"))
                .startsWith("工作人员介绍", "秋粮入仓");
    }

    @Test
    void aHeadlineWiderThanTheColumnAfterABlankLineIsNoLineOfTheTextAbove() {
        // the column breaks off in mid-sentence; after the blank line a headline set across two columns
        assertThat(rebuild("北京时间11月6日", "上赛季湖人在常规", "赛末程明显有些松", "懈，杰克逊尽力想", "", "新发现小行星可帮助解释彗星起源",
                "", "北京时间8月20日消息"))
                .containsExactly("北京时间11月6日上赛季湖人在常规赛末程明显有些松懈，杰克逊尽力想", "新发现小行星可帮助解释彗星起源",
                        "北京时间8月20日消息");
        // a line of the column after the blank line is the sentence going on
        assertThat(rebuild("北京时间11月6日", "上赛季湖人在常规", "赛末程明显有些松", "懈，杰克逊尽力想", "", "要让球队回到正轨",
                "好拿到六十胜场。"))
                .containsExactly("北京时间11月6日上赛季湖人在常规赛末程明显有些松懈，杰克逊尽力想要让球队回到正轨好拿到六十胜场。");
    }

    @Test
    void aColumnWordUnderAHeadlineIsALineOfItsOwn() {
        assertThat(rebuild("", "六名海盗袭击军舰被擒", "简讯", "美国国防部长宣布，美国陆军将", "临时扩编。"))
                .containsExactly("六名海盗袭击军舰被擒", "简讯", "美国国防部长宣布，美国陆军将临时扩编。");
        // inside a sentence broken off it may be a neighbouring column's label: the sentence is not cut there
        assertThat(rebuild("展览将于明年一月一日在大剧", "元", "简讯", "院一楼展厅启幕。"))
                .containsExactly("展览将于明年一月一日在大剧元简讯院一楼展厅启幕。");
    }

    @Test
    void nothingIsJoinedOntoAJumpLine() {
        // the text goes on on another page: the headline and column after the jump line are another text's
        assertThat(rebuild("这也在情理之中，但", "（下转第4版）", "", "职业联赛重头戏", "小组赛前两轮", "结束后，"))
                .containsExactly("这也在情理之中，但（下转第4版）", "职业联赛重头戏小组赛前两轮结束后，");
        assertThat(rebuild("记者了解到（下转2版）", "报名人数创新高"))
                .containsExactly("记者了解到（下转2版）", "报名人数创新高");
        // a continuation mark from another page is no jump away: the text goes on
        assertThat(rebuild("（上接第一版）", "项目建设", "稳步推进。")).containsExactly("（上接第一版）项目建设稳步推进。");
    }

    @Test
    void aSignatureLineIsALineOfItsOwnEvenWithNoBlankLineAfterIt() {
        assertThat(rebuild("老城墙修缮完工", "□ 方明", "历时两年的修缮工程", "昨日完工。"))
                .containsExactly("老城墙修缮完工", "□ 方明", "历时两年的修缮工程昨日完工。");
        // a longer line starting with the mark is text
        assertThat(rebuild("□ 方明说，修缮工程", "昨日完工。")).containsExactly("□ 方明说，修缮工程昨日完工。");
    }

    @Test
    void aCreditInsideAnOpenParenthesisGoesOnOnTheNextLine() {
        // 本报…讯（记者 X / 通讯员 Y）…: the line ending in a name is no byline line while its parenthesis is open
        assertThat(rebuild("本报洛阳5月16", "日讯（记者 方明", "通讯员 宋平）历时两年", "的修缮工程昨日完工。"))
                .containsExactly("本报洛阳5月16日讯（记者 方明通讯员 宋平）历时两年的修缮工程昨日完工。");
    }

    @Test
    void anOpenersParenthesisWrappedOverThreeLinesIsOneParagraph() {
        // the middle line (刚 通讯员 贺文 史东) looks like a credit line, but the byline goes on to its ）
        assertThat(rebuild("本报讯（记者 田明", "刚 通讯员 贺文 史东", "升）据介绍，修缮工程", "昨日完工。"))
                .containsExactly("本报讯（记者 田明刚 通讯员 贺文 史东升）据介绍，修缮工程昨日完工。");
        // a blank line or an opener after it ends it as before
        assertThat(rebuild("本报讯（记者 田明", "本报讯 修缮工程昨日完工。")).hasSize(2);
    }

    @Test
    void anEndCreditAloneOnItsLineClosesTheTextAboveWithNoBlankLineAfterIt() {
        assertThat(rebuild("修缮工程昨日完工，", "历时两年。", "（丁明）", "12月2日上午，夜市", "重新开张。"))
                .containsExactly("修缮工程昨日完工，历时两年。", "（丁明）", "12月2日上午，夜市重新开张。");
        // not after a sentence that goes on: an opener's byline
        assertThat(rebuild("本报讯", "（丁明）", "夜市重新开张。")).containsExactly("本报讯（丁明）夜市重新开张。");
    }

    @Test
    void theLastCharacterOfAWideHeadlineWrappedOntoALineOfItsOwnStaysInTheHeadline() {
        String body = "历时两年的修缮工程";
        assertThat(rebuild("老城墙修缮工程历时两年今天终于全部顺利完", "工", "", body, "昨日完工，", "市民纷纷前来",
                "参观游览，", "城墙脚下", "热闹非凡。"))
                .first().isEqualTo("老城墙修缮工程历时两年今天终于全部顺利完工");
    }

    @Test
    void aCreditWrappedOntoTheNextLineStillEndsItsParagraph() {
        assertThat(rebuild("这是今年第二次扩编。（董怡 吴凯", "海）", "提起老城墙，很多人都", "记得它的模样。"))
                .containsExactly("这是今年第二次扩编。（董怡 吴凯海）", "提起老城墙，很多人都记得它的模样。");
    }

    @Test
    void aBlankLineInMidSentenceStillJoinsWhenNoOpenerFollows() {
        // the same shape without an opener under the short line: an extraction artefact, joined as before
        assertThat(rebuild("为市领导提", "", "供决策依据", "和参考。")).containsExactly("为市领导提供决策依据和参考。");
    }

    @Test
    void singleLine() {
        assertThat(rebuild("  本报讯 近日。  ")).containsExactly("本报讯 近日。");
    }

    @Test
    void hardWrappedSentenceIsJoinedWithoutSpace() {
        assertThat(rebuild("要推动乡村组织振兴，", "打造千千万万个坚强的农", "村基层党组织。"))
                .containsExactly("要推动乡村组织振兴，打造千千万万个坚强的农村基层党组织。");
    }

    @Test
    void keepsSpacesInsideLinesForTheSpaceRemover() {
        assertThat(rebuild("本 报 讯（记 者 王 金 伟）12 月 30", "日，市委常委来到学校。"))
                .containsExactly("本 报 讯（记 者 王 金 伟）12 月 30日，市委常委来到学校。");
    }

    @Test
    void latinWordsAcrossALineBreakGetOneSpace() {
        assertThat(rebuild("The quick brown", "fox jumps.")).containsExactly("The quick brown fox jumps.");
    }

    @Test
    void digitsAndMixedFragmentsJoinDirectly() {
        assertThat(rebuild("总投资 2021", "年完成。")).containsExactly("总投资 2021年完成。");
        assertThat(rebuild("编号 12", "345 号。")).containsExactly("编号 12345 号。");
        assertThat(rebuild("版本 Windows", "10 发布。")).containsExactly("版本 Windows10 发布。");
        assertThat(rebuild("使用 APP", "打卡。")).containsExactly("使用 APP打卡。");
    }

    // ---- rule 1: line-start-forbidden marks -------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"”", "，", "。", "）", "》", "、", "：", "！"})
    void nextLineStartingWithClosingMarkAlwaysJoins(String mark) {
        assertThat(rebuild("他说：“生态环境建设上。", "", mark + "会议结束。"))
                .containsExactly("他说：“生态环境建设上。" + mark + "会议结束。");
    }

    // ---- rule 2: sentence ends --------------------------------------------------------------------------------

    @Test
    void sentenceEndAtLineEndBreaks() {
        assertThat(rebuild("第一段结束了。", "第二段开始了，", "也结束了！", "第三段？"))
                .containsExactly("第一段结束了。", "第二段开始了，也结束了！", "第三段？");
    }

    @Test
    void sentenceEndFollowedByClosingMarksBreaks() {
        assertThat(rebuild("他说：“我们回去了。”", "原来如此。")).containsExactly("他说：“我们回去了。”", "原来如此。");
        assertThat(rebuild("他说：“好。 ”", "原来如此。")).containsExactly("他说：“好。 ”", "原来如此。");
        assertThat(rebuild("省略号……", "下一段。")).containsExactly("省略号……", "下一段。");
        assertThat(rebuild("English sentence.", "下一段。")).containsExactly("English sentence.", "下一段。");
    }

    @Test
    void sentenceEndFollowedByAParentheticalBreaks() {
        assertThat(rebuild("由市财政统一保障。（下转2版）", "选优派强。"))
                .containsExactly("由市财政统一保障。（下转2版）", "选优派强。");
        assertThat(rebuild("贡献新力量。 （刘海娜）", "下一篇。")).containsExactly("贡献新力量。 （刘海娜）", "下一篇。");
    }

    @Test
    void parentheticalWithoutSentenceEndBeforeItJoins() {
        assertThat(rebuild("出台《办法（试行）》", "全面规范管理。")).containsExactly("出台《办法（试行）》全面规范管理。");
        assertThat(rebuild("帮扶145个乡镇（街道）", "1548个行政村。")).containsExactly("帮扶145个乡镇（街道）1548个行政村。");
    }

    @Test
    void decimalPointAtLineEndIsNotASentenceEnd() {
        assertThat(rebuild("总投资3.", "5亿元。")).containsExactly("总投资3.5亿元。");
    }

    @Test
    void sentenceEndInsideAnOpenQuotationOnAFullLineJoins() {
        // the quoted speech wraps at a full line that happens to end in 。
        assertThat(rebuilder.rebuild(String.join("\n", withColumn(
                "邵景良说：“如此关心濮阳及濮阳人大",
                "的工作，令人非常激动、感动和振奋。",
                "这几天，信件在市人大干部之间相互传",
                "阅。”"))))
                .contains("邵景良说：“如此关心濮阳及濮阳人大的工作，令人非常激动、感动和振奋。这几天，信件在市人大干部之间相互传阅。”");
    }

    @Test
    void sentenceEndInsideAQuotationOnAShortLineBreaks() {
        assertThat(rebuilder.rebuild(String.join("\n", withColumn(
                "邵景良说：“如此关心濮阳及濮阳人大",
                "的工作，令人激动。",
                "这几天，信件在传阅。”"))))
                .contains("邵景良说：“如此关心濮阳及濮阳人大的工作，令人激动。", "这几天，信件在传阅。”");
    }

    @Test
    void sentenceEndInsideAQuotationFollowedByABlankLineBreaks() {
        assertThat(rebuilder.rebuild(String.join("\n", withColumn(
                "邵景良说：“如此关心濮阳及濮阳人大",
                "的工作，令人非常激动、感动和振奋。",
                "",
                "这几天，信件在市人大干部之间相互传",
                "阅。”"))))
                .contains("邵景良说：“如此关心濮阳及濮阳人大的工作，令人非常激动、感动和振奋。");
    }

    // ---- rule 3 and 5: bullets, dashes, openers, credits ------------------------------------------------------

    @Test
    void bulletStartsANewParagraph() {
        assertThat(rebuild("市直各部门传达学习", "▲市直各部门传达学习贯彻精神", "■本报评论员"))
                .containsExactly("市直各部门传达学习", "▲市直各部门传达学习贯彻精神", "■本报评论员");
    }

    @Test
    void doubleDashStartsANewParagraph() {
        assertThat(rebuild("选优派强 接续奋斗", "——我市第八批第一书记选派工作综述"))
                .containsExactly("选优派强 接续奋斗", "——我市第八批第一书记选派工作综述");
    }

    @Test
    void singleDashDoesNotStartANewParagraph() {
        assertThat(rebuild("数量从十", "—二十不等。")).containsExactly("数量从十—二十不等。");
    }

    @Test
    void articleOpenerStartsANewParagraph() {
        assertThat(rebuild("——访永生重工有限公司常务副总经理钱本良", "本报济宁12月3日讯（记者 郝明雷）今天上午，"))
                .hasSize(2);
        assertThat(rebuild("王志宏等出席开工仪式", "本报讯（记者 王金伟）12 月 30")).hasSize(2);
        assertThat(rebuild("万人助企联乡帮村", "（上接第一版）一股劲促落实”的良好效")).hasSize(2);
    }

    @Test
    void lineStartingWithBenBaoButNoXunJoins() {
        assertThat(rebuild("他接受了", "本报记者的采访，表示满意。")).containsExactly("他接受了本报记者的采访，表示满意。");
    }

    @Test
    void creditLineIsItsOwnParagraph() {
        assertThat(rebuild("一封信件揭开一段跨越 20余年的情谊", "本报记者 段利梅", "■ 改革兴豫·濮阳动态"))
                .containsExactly("一封信件揭开一段跨越 20余年的情谊", "本报记者 段利梅", "■ 改革兴豫·濮阳动态");
        assertThat(rebuild("市委常委、秘书长 惠康", "省委书记楼阳生讲话站位高远。"))
                .containsExactly("市委常委、秘书长 惠康", "省委书记楼阳生讲话站位高远。");
        assertThat(rebuild("本报记者 牛书培 摄", "（上接第一版）河南省党代会。")).hasSize(2);
    }

    @Test
    void letterSpacedLineIsNotACreditLine() {
        assertThat(rebuilder.rebuild(String.join("\n", withColumn("", "黄 旭 东 还 就 该 校 领 导 班 子 开 展",
                "活动提出具体要求。"))))
                .contains("黄 旭 东 还 就 该 校 领 导 班 子 开 展活动提出具体要求。");
    }

    // ---- rule 4: continuation marks -----------------------------------------------------------------------------

    @Test
    void commaOrOpeningMarkJoinsEvenAcrossBlankLines() {
        assertThat(rebuild("集医用口罩、腹部垫、", "", "手术衣等。")).containsExactly("集医用口罩、腹部垫、手术衣等。");
        assertThat(rebuild("短，", "", "", "继续。")).containsExactly("短，继续。");
        assertThat(rebuild("他说“", "", "好的”。")).containsExactly("他说“好的”。");
        assertThat(rebuild("产业园——", "", "智能化医疗敷料生产。")).containsExactly("产业园——智能化医疗敷料生产。");
    }

    // ---- rule 6: clause ends --------------------------------------------------------------------------------

    @Test
    void semicolonOrColonBeforeABlankLineBreaks() {
        assertThat(rebuild("不断探索创新工作方法：", "", "禹州市建立机制，提升质量；", "", "长葛市建立机制。"))
                .containsExactly("不断探索创新工作方法：", "禹州市建立机制，提升质量；", "长葛市建立机制。");
    }

    @Test
    void semicolonOrColonWithoutBlankLineJoins() {
        assertThat(rebuild("推进扫黑除恶常态化；", "始终把治理重点放好。")).containsExactly("推进扫黑除恶常态化；始终把治理重点放好。");
        assertThat(rebuild("他激动地说：", "“我对濮阳印象深刻。”")).containsExactly("他激动地说：“我对濮阳印象深刻。”");
    }

    @ParameterizedTest
    @ValueSource(strings = {"一、立足高起点。", "二、着眼高质量。", "十二、收尾。", "（一）总体要求。", "(2)具体措施。",
            "3、第三点。", "4.第四点。", "第一，坚持原则。", "一是依托科技进步。"})
    void colonBeforeAnEnumeratorBreaks(String item) {
        assertThat(rebuild("我对濮阳发展提出几点建议：", item)).containsExactly("我对濮阳发展提出几点建议：", item);
    }

    @ParameterizedTest
    @ValueSource(strings = {"一些单位存在问题。", "3.5亿元投资。", "12个项目。", "第一书记到位。"})
    void colonBeforeANonEnumeratorJoins(String next) {
        assertThat(rebuild("他说：", next)).containsExactly("他说：" + next);
    }

    // ---- rules 8 and 9: blank lines -----------------------------------------------------------------------------

    @Test
    void blankLineInTheMiddleOfAWordJoins() {
        assertThat(rebuilder.rebuild(String.join("\n", withColumn(
                "——周工作报告机制。坚持每",
                "周完成 《联乡帮村上周工作总结及",
                "本周工作安排》，分别向市委、市政",
                "府分管领导进行报送，为市领导提",
                "",
                "供决策依据。"))))
                .anySatisfy(p -> assertThat(p).endsWith("为市领导提供决策依据。"));
    }

    @Test
    void severalBlankLinesInTheMiddleOfASentenceJoin() {
        assertThat(rebuilder.rebuild(String.join("\n", withColumn(
                "链长制———构建延链补链强链的全",
                "",
                "",
                "",
                "产业链。"))))
                .contains("链长制———构建延链补链强链的全产业链。");
    }

    @Test
    void shortLineBeforeABlankLineIsAHeading() {
        assertThat(rebuilder.rebuild(String.join("\n", withColumn("", "甄选帮带主体", "", "实施精准结对", ""))))
                .containsSubsequence(COLUMN_TEXT, "甄选帮带主体", "实施精准结对", COLUMN_TEXT);
    }

    @Test
    void parallelPhraseHeadingBeforeABlankLineIsAHeading() {
        assertThat(rebuilder.rebuild(String.join("\n", withColumn("", "强化顶层设计 选优配强队伍", ""))))
                .containsSubsequence(COLUMN_TEXT, "强化顶层设计 选优配强队伍", COLUMN_TEXT);
        assertThat(rebuilder.rebuild(String.join("\n", withColumn("", "坚持以上率下，确保高位推进", ""))))
                .containsSubsequence(COLUMN_TEXT, "坚持以上率下，确保高位推进", COLUMN_TEXT);
        assertThat(rebuilder.rebuild(String.join("\n", withColumn("", "实施创新驱动 建设“四个濮阳”", ""))))
                .containsSubsequence(COLUMN_TEXT, "实施创新驱动 建设“四个濮阳”", COLUMN_TEXT);
    }

    @Test
    void unbalancedPhrasesBeforeABlankLineJoin() {
        // looks like a first line of a paragraph (indented, so a little short), not like a heading
        assertThat(rebuilder.rebuild(String.join("\n", withColumn("", "楼阳生书记的重要讲话高屋建", "", "瓴，统揽全局。"))))
                .contains("楼阳生书记的重要讲话高屋建瓴，统揽全局。");
        assertThat(rebuilder.rebuild(String.join("\n", withColumn("", "张庆一强调，市委统战部要自抬", "", "标杆。"))))
                .contains("张庆一强调，市委统战部要自抬标杆。");
    }

    @Test
    void wideLineBeforeABlankLineIsAHeadline() {
        assertThat(rebuilder.rebuild(String.join("\n",
                withColumn("", "万正峰在全市生态环境保护委员会第二次会议上强调", "", "改进作风 狠抓落实"))))
                .contains("万正峰在全市生态环境保护委员会第二次会议上强调");
    }

    @Test
    void wideFirstLineWithoutPunctuationIsAHeadlineEvenWithoutBlankLine() {
        assertThat(rebuilder.rebuild(String.join("\n",
                withColumn("", "加快推进濮阳优势再造 争当实现“两个确保”排头兵", "楼阳生书记的重要讲话。"))))
                .contains("加快推进濮阳优势再造 争当实现“两个确保”排头兵", "楼阳生书记的重要讲话。");
    }

    @Test
    void wideLineWithPunctuationWithoutBlankLineJoins() {
        assertThat(rebuilder.rebuild(String.join("\n",
                withColumn("", "位（村、社区）创建、“万人助万企”活动等活动等", "结合起来。"))))
                .contains("位（村、社区）创建、“万人助万企”活动等活动等结合起来。");
    }

    @Test
    void wideContinuationLineWithoutBlankLineJoins() {
        assertThat(rebuilder.rebuild(String.join("\n",
                withColumn("", "这一行是一个段落的开头并且以逗号结束，", "发为一体的智能化医疗产业产业产业产业产业产业", "集团。"))))
                .contains("这一行是一个段落的开头并且以逗号结束，发为一体的智能化医疗产业产业产业产业产业产业集团。");
    }

    @Test
    void lineWithoutPunctuationAndWithoutBlankLineJoins() {
        assertThat(rebuild("于永生会见", "白俄罗斯驻华大使")).containsExactly("于永生会见白俄罗斯驻华大使");
    }

    // ---- hard breaks ------------------------------------------------------------------------------------------

    @Test
    void paragraphSeparatorAlwaysBreaks() {
        assertThat(rebuilder.rebuild("第一段没有句号\u2029第二段，\u2029\u2029第三段"))
                .containsExactly("第一段没有句号", "第二段，", "第三段");
    }

    @Test
    void linesAreTrimmedOfAllWhitespace() {
        assertThat(rebuilder.rebuild(" \u3000第一行，\u00A0\n\t第二行。 ")).containsExactly("第一行，第二行。");
    }

    @Test
    void carriageReturnsAreTolerated() {
        assertThat(rebuilder.rebuild("第一行，\r\n第二行。\r\n第三行。")).containsExactly("第一行，第二行。", "第三行。");
    }

    // ---- helpers -------------------------------------------------------------------------------------------------

    @Test
    void widthCountsWideCharactersTwiceAndLetterSpacingNotAtAll() {
        assertThat(ParagraphRebuilder.width("")).isZero();
        assertThat(ParagraphRebuilder.width("abc")).isEqualTo(3);
        assertThat(ParagraphRebuilder.width("中文")).isEqualTo(4);
        assertThat(ParagraphRebuilder.width("中 文")).isEqualTo(4);
        assertThat(ParagraphRebuilder.width("中   文")).isEqualTo(4);
        assertThat(ParagraphRebuilder.width("10 月")).isEqualTo(5);
        assertThat(ParagraphRebuilder.width("a b")).isEqualTo(3);
        assertThat(ParagraphRebuilder.width("，。")).isEqualTo(4);
        assertThat(ParagraphRebuilder.width("𠀀")).isEqualTo(2);
    }

    @Test
    void theWidthsFastPathAgreesWithTheCharacterClassesOnEveryCharacterItTakes() {
        for (char c = '\u3001'; c <= '\u9FFF'; c++) {
            assertThat(CharClass.isWide(c)).as("U+%04X", (int) c).isTrue();
            assertThat(CharClass.isHorizontalSpace(c)).as("U+%04X", (int) c).isFalse();
        }
        assertThat(ParagraphRebuilder.width("a\u3000中")).isEqualTo(4); // the ideographic space: not on the fast path
        assertThat(ParagraphRebuilder.width("a 中")).isEqualTo(4);
        assertThat(ParagraphRebuilder.width("中 a")).isEqualTo(4);
    }

    @ParameterizedTest
    @ValueSource(strings = {"。", "结束。", "结束！", "结束？", "结束……", "“结束。”", "结束。”）", "结束。（下转2版）",
            "结束。（记者（实习）王）", "end.", "end!", "结束.", "a).", "结束。）"})
    void endsSentence(String line) {
        assertThat(ParagraphRebuilder.endsSentence(line)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "”", "结束", "结束，", "结束：", "结束；", "“结束”", "（试行）", "办法（试行）", "3.",
            "a。（b）（c）"})
    void doesNotEndSentence(String line) {
        assertThat(ParagraphRebuilder.endsSentence(line)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"本报讯", "本报讯（记者王金伟）", "本报济宁12月3日讯（记者）", "本报济宁讯", "（上接第一版）",
            "(上接第二版)", "本报兖州12月3日讯"})
    void articleOpeners(String line) {
        assertThat(ParagraphRebuilder.isArticleOpener(line)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "本报", "本报记者的采访", "本报，讯", "据本报讯", "本报评论员文章指出今年的通讯工作"})
    void notArticleOpeners(String line) {
        assertThat(ParagraphRebuilder.isArticleOpener(line)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"一、", "十二、内容", "（三）内容", "(4)内容", "5、内容", "6.内容", "7．内容", "第七，内容",
            "一是内容", "第一是"})
    void enumerators(String line) {
        assertThat(ParagraphRebuilder.startsWithEnumerator(line)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "一", "一些", "3.5亿", "12个", "第一书记", "（注）", "（一", "内容一、", "一二三四、"})
    void notEnumerators(String line) {
        assertThat(ParagraphRebuilder.startsWithEnumerator(line)).isFalse();
    }
}
