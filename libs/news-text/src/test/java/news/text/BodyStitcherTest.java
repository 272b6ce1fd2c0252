package news.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Made-up pages: pieces of a text printed apart, and pages where nothing may move. */
class BodyStitcherTest {
    /** A tiny word list instead of HanLP's dictionary, so that each test says which word spans its join. */
    private static final Set<String> WORDS = Set.of("水库", "灌溉", "果园", "合作社", "游客", "老街");
    private final BodyStitcher stitcher = new BodyStitcher(WORDS::contains);

    private static final String RESERVOIR_START = """
            青山镇新建的小型水库今年春天
            开始蓄水，镇里把渠道一直修到
            各村的田头，村民们说今年的水
            """;
    private static final String OTHER_HEADLINE = "老街夜市重新开张";
    private static final String OTHER_TEXT = """
            本报讯 老街夜市昨晚重新开张，
            一百多个摊位沿着石板路排开，
            前来逛夜市的市民络绎不绝。
            """;
    private static final String RESERVOIR_REST = """
            库让青山镇的果园第一次不用等
            雨，合作社的负责人说，有了水
            库，青山镇的果园今年能多收两成。
            """;

    @Test
    void aTextBrokenOffInMidSentenceGoesOnInThePieceThatContinuesIt() {
        String page = RESERVOIR_START + "\n" + OTHER_HEADLINE + "\n\n" + OTHER_TEXT + "\n" + RESERVOIR_REST;

        String out = stitcher.stitchText(page);

        assertThat(out.indexOf("村民们说今年的水")).isLessThan(out.indexOf("库让青山镇的果园"));
        assertThat(out.indexOf("库让青山镇的果园")).isLessThan(out.indexOf(OTHER_HEADLINE));
        assertThat(hanAndDigits(out)).hasSameSizeAs(hanAndDigits(page));
        assertThat(sorted(hanAndDigits(out))).isEqualTo(sorted(hanAndDigits(page)));
    }

    @Test
    void theNextPieceThatCanContinueATextIsKept() {
        // Blank lines inside a column (real pdftotext output): the piece after the break goes on there.
        String page = RESERVOIR_START + "\n" + RESERVOIR_REST + "\n" + OTHER_HEADLINE + "\n\n" + OTHER_TEXT;

        assertThat(stitcher.stitchText(page)).isEqualTo(page);
    }

    /** A middle column of another text, as wide as the reservoir text's column, finished at its foot. */
    private static final String OTHER_MIDDLE = """
            摊主们早早摆好桌椅，夜市一直
            热闹到深夜，不少游客专程赶来
            老街的店铺也都延长营业时间。
            """;

    @Test
    void aNextPieceNoWordReadsOnIntoGivesWayToAFreeStartThatReadsOn() {
        // pdftotext printed another text's column after the open end (…今年的水 / 摊主们…): no word across, while
        // the free start printed later does read on (水 / 库 → 水库) and shares the text's words.
        String page = RESERVOIR_START + "\n" + OTHER_MIDDLE + "\n" + RESERVOIR_REST;

        String out = stitcher.stitchText(page);

        assertThat(out.indexOf("库让青山镇的果园")).isGreaterThan(out.indexOf("村民们说今年的水"));
        assertThat(out.indexOf("库让青山镇的果园")).isLessThan(out.indexOf("摊主们早早摆好桌椅"));
        assertThat(sorted(hanAndDigits(out))).isEqualTo(sorted(hanAndDigits(page)));
    }

    @Test
    void aNextPieceIsKeptWhenNoOtherStartReadsOnEither() {
        // The same page with a later start no word reads on into (水 / 让): pass 0's join stands.
        String rest = RESERVOIR_REST.replace("库让青山镇的果园第一次不用等", "让青山镇的果园第一次不用等待");
        String page = RESERVOIR_START + "\n" + OTHER_MIDDLE + "\n" + rest;

        assertThat(stitcher.stitchText(page)).isEqualTo(page);
    }

    @Test
    void aKeptJoinNothingReadsOnAcrossIsReportedAsGuessedAndOneWhosePiecesShareTheirWordsIsNot() {
        // …今年的水 / 摊主们…: no word, no pair printed elsewhere, no rare word shared; kept as printed, but the text
        // cannot tell where the reservoir text goes on, so the join is reported instead of taken silently. The
        // night-market column goes on in a piece no word reads on into either (…营业时间， / 店主说…), but both speak of
        // 老街, 夜市 and 游客: that join is not reported.
        String middle = OTHER_MIDDLE.replace("夜市一直", "夜市始终") // 一直 would be a word both pieces share
                .replace("营业时间。", "营业时间，");
        String market = """
                店主说夜市让老街又热闹了起来
                游客们在老街的夜市里逛到很晚
                老街的夜市今年还要再办三回。
                """;
        String rest = RESERVOIR_REST.replace("库让青山镇的果园第一次不用等", "让青山镇的果园第一次不用等待");
        String page = RESERVOIR_START + "\n" + middle + "\n" + market + "\n" + rest;

        BodyStitcher.Result result = stitcher.stitch(page);

        assertThat(result.text()).isEqualTo(page);
        assertThat(result.guessed()).containsExactly("摊主们早早摆好桌椅，夜市始终");
    }

    @Test
    void joinsNothingSupportsBetweenLongPiecesAreLetGoAndEachEndGoesOnInTheTextItSharesItsWordsWith() {
        // Two texts printed column by column in turn (A1 B1 A2 B2): pass 0 joins A1 → B1 → A2, and across neither
        // join does a word, a character pair printed elsewhere or a rare word shared read on. Both joins are let go
        // (PassZeroRelease): the reservoir text goes on where its words are (青山镇, 水库, 渠道), the night market's
        // text in its own rest (摊主, 夜市, 石板路).
        String a1 = """
                青山镇新建的小型水库今年春天
                开始蓄水，镇里把渠道一直修到
                各村的田头，青山镇的村民们说
                今年春耕的用水终于有了着落了
                """;
        String b1 = """
                摊主们早早摆好桌椅，夜市始终
                热闹到深夜，不少市民专程赶来
                石板路两旁的店铺也都延长营业
                时间，卖糖画的摊位前排起长队
                """;
        String a2 = """
                镇里说青山镇的水库和渠道明年
                还要往山里修，让青山镇更多村
                的田头用上水库的水，村民们说
                青山镇的渠道修好了心里踏实。
                """;
        String b2 = """
                摊主说夜市让石板路又热闹了起
                来，市民们在石板路的夜市里逛
                到很晚，摊主们盼着夜市常办，
                石板路的夜市明年还要接着办。
                """;
        String page = a1 + "\n" + b1 + "\n" + a2 + "\n" + b2;

        BodyStitcher.Result result = stitcher.stitch(page);

        String out = result.text();
        assertThat(out.indexOf("镇里说青山镇")).isGreaterThan(out.indexOf("有了着落了"));
        assertThat(out.indexOf("镇里说青山镇")).isLessThan(out.indexOf("摊主们早早"));
        assertThat(out.indexOf("摊主说夜市")).isGreaterThan(out.indexOf("排起长队"));
        assertThat(sorted(hanAndDigits(out))).isEqualTo(sorted(hanAndDigits(page)));
    }

    @Test
    void aLoneLineOfHanCharactersNarrowerThanTheColumnIsATitleNotALineOfIt() {
        assertThat(BodyStitcher.isShortTitleLine("老街夜市昨晚重新开张迎客", 24, 28)).isTrue();
        assertThat(BodyStitcher.isShortTitleLine("库让青山镇的果园第一次不用等", 28, 28)).isFalse(); // a full line
        assertThat(BodyStitcher.isShortTitleLine("雨，合作社的负责人说", 20, 28)).isFalse(); // a sentence goes on
        assertThat(BodyStitcher.isShortTitleLine("CBA联赛第十轮今晚开打", 21, 28)).isFalse(); // Latin: width not exact
    }

    @Test
    void anOpenerNeverContinuesAnotherText() {
        // The only piece after the open end is another article's opening (本报讯): nothing moves.
        String page = RESERVOIR_START + "\n" + OTHER_TEXT + "\n" + OTHER_HEADLINE + "\n";

        assertThat(stitcher.stitchText(page)).isEqualTo(page);
    }

    @Test
    void aPieceStartingWithAMarkNoLineBeginsWithContinuesSomething() {
        String start = """
                游客们在古镇的石桥边拍照留念
                ，一位来自外地的游客说，这里
                的小吃和风景都让人流连忘返的
                """;
        String rest = """
                ，他打算明年春天再带家人来古镇
                住上几天。古镇今年接待的游客已
                经超过十万人次，比去年多两成。
                """;
        String page = start + "\n" + OTHER_HEADLINE + "\n\n" + OTHER_TEXT + "\n" + rest;

        String out = stitcher.stitchText(page);

        assertThat(out.indexOf("流连忘返的")).isLessThan(out.indexOf("他打算明年春天"));
        assertThat(out.indexOf("他打算明年春天")).isLessThan(out.indexOf(OTHER_HEADLINE));
    }

    @Test
    void finishedTextsAndHeadlinesStayWhereTheyAre() {
        String page = OTHER_HEADLINE + "\n\n" + OTHER_TEXT + "\n简讯\n\n" + """
                村里的合作社今年种了三百亩果
                园，收成比去年好了不少。（王林）
                """;

        assertThat(stitcher.stitchText(page)).isEqualTo(page);
    }

    @Test
    void aPieceOfTwoLinesIsJoinedOnlyWhereItStands() {
        // One or two lines between blank lines (real pages have blank lines inside columns): their column is not
        // known, so they are never moved across the page.
        String shortRest = """
                库让青山镇的果园第一次不用等
                雨，有了水库，果园能多收两成。
                """;
        String page = RESERVOIR_START + "\n" + OTHER_HEADLINE + "\n\n" + OTHER_TEXT + "\n" + shortRest;

        assertThat(stitcher.stitchText(page)).isEqualTo(page);
    }

    @Test
    void aNewParagraphOpenedAtTheColumnFootGoesOnElsewhere() {
        // The last line is a paragraph's first, two characters short of the column (its indent left out).
        String start = """
                青山镇新建的小型水库今年春天
                开始蓄水，镇里把渠道一直修到
                各村的田头，村民们很是高兴。
                村民们说，今年终于有了水
                """;
        String page = start + "\n" + OTHER_HEADLINE + "\n\n" + OTHER_TEXT + "\n" + RESERVOIR_REST;

        String out = stitcher.stitchText(page);

        assertThat(out.indexOf("库让青山镇的果园")).isGreaterThan(out.indexOf("村民们说，今年终于有了水"))
                .isLessThan(out.indexOf(OTHER_HEADLINE));
        assertThat(BodyStitcher.opensParagraphAtFoot(java.util.List.of("渠道修到田头。", "村民们说，今年的水"), 18, 22))
                .isTrue();
        assertThat(BodyStitcher.opensParagraphAtFoot(java.util.List.of("渠道修到田头，", "村民们说，今年的水"), 18, 22))
                .as("the line before goes on: a short last line ends the text").isFalse();
        assertThat(BodyStitcher.opensParagraphAtFoot(java.util.List.of("渠道修到田头。", "村民们说"), 8, 22)).isFalse();
    }

    @Test
    void aHeadlineOverItsOwnTextNeverContinuesTheTextBeforeIt() {
        // The headline line is two characters wider than the column and no wider: before, it passed for a full line of
        // the open end's column, and the other article's text was read as the reservoir text's continuation.
        String headed = "老街夜市重新开张摊位沿街排开\n" + OTHER_TEXT;
        String page = RESERVOIR_START + "\n" + headed + "\n" + RESERVOIR_REST;

        String out = stitcher.stitchText(page);

        assertThat(out.indexOf("村民们说今年的水")).isLessThan(out.indexOf("库让青山镇的果园"));
        assertThat(out.indexOf("库让青山镇的果园")).isLessThan(out.indexOf("老街夜市重新开张摊位"));
        assertThat(sorted(hanAndDigits(out))).isEqualTo(sorted(hanAndDigits(page)));
    }

    @Test
    void aPieceHeadsItsOwnTextWhenAnOpenerOrBylineFollowsItsFirstLineOrTheLineIsWiderThanTheColumn() {
        assertThat(BodyStitcher.headsItsOwnText(java.util.List.of("秋粮入仓颗粒归仓", "本报新乡9月12日", "讯（记者 王林）今年秋"),
                new int[] {16, 18, 20}, 18)).as("a dateline wrapped before its 讯").isTrue();
        assertThat(BodyStitcher.headsItsOwnText(java.util.List.of("秋粮入仓颗粒归仓", "□ 王林", "今年秋粮丰收，"),
                new int[] {16, 6, 14}, 14)).as("a signature under it").isTrue();
        assertThat(BodyStitcher.headsItsOwnText(java.util.List.of("全市秋粮收购工作有序开展啊", "今年秋粮丰收，全市", "各收购点秩序井然，",
                "农民们说今年的粮价"), new int[] {26, 18, 18, 18}, 18)).as("wider than the column under it").isTrue();
        assertThat(BodyStitcher.headsItsOwnText(java.util.List.of("全市秋粮收购工作", "今年秋粮丰收，全市", "各收购点秩序井然，",
                "农民们说今年的粮价"), new int[] {16, 18, 18, 18}, 18)).as("a column line").isFalse();
        assertThat(BodyStitcher.headsItsOwnText(java.util.List.of("收购工作，今年秋粮丰收", "本报讯 今年秋粮丰收"),
                new int[] {22, 20}, 18)).as("a line of running text").isFalse();
    }

    @Test
    void aHeadlineMayHoldExclamationAndQuestionMarksButNoCommas() {
        assertThat(BodyStitcher.isDisplayLine("急停+虚晃！阿联终于犀利")).isTrue();
        assertThat(BodyStitcher.isDisplayLine("搅局者还是终结者？")).isTrue();
        assertThat(BodyStitcher.isDisplayLine("今年秋粮丰收，全市")).isFalse();
        assertThat(BodyStitcher.isDisplayLine("")).isFalse();
    }

    @Test
    void emptyAndTinyPagesComeBackAsTheyAre() {
        assertThat(stitcher.stitchText("")).isEmpty();
        assertThat(stitcher.stitchText(null)).isEmpty();
        assertThat(stitcher.stitchText("一行字\n")).isEqualTo("一行字\n");
    }

    @Test
    void theColumnIsTheWidthMostLinesShare() {
        assertThat(BodyStitcher.columnOf(new int[] {28, 28, 29, 35, 12})).isEqualTo(29);
        assertThat(BodyStitcher.columnOf(new int[] {20})).isEqualTo(20);
        assertThat(BodyStitcher.columnOf(new int[0])).isZero();
    }

    @Test
    void theHistogramGivesTheColumnThePairwiseDefinitionGivesOnRandomPieces() {
        java.util.Random random = new java.util.Random(20261202);
        for (int round = 0; round < 2000; round++) {
            int[] widths = new int[1 + random.nextInt(40)];
            int spread = 1 + random.nextInt(30);
            for (int i = 0; i < widths.length; i++) {
                widths[i] = random.nextInt(spread) + (random.nextInt(10) == 0 ? random.nextInt(200) : 20);
            }
            assertThat(BodyStitcher.columnOf(widths)).as(Arrays.toString(widths)).isEqualTo(BodyStitcher.columnByPairs(widths));
        }
    }

    @Test
    void aWordAcrossAJoinIsFoundWhateverTheLengthsOfEitherSide() {
        Set<String> words = Set.of("发展", "高质量", "乡村振兴", "振兴");
        assertThat(BodyStitcher.wordAcross("推动高质", "量发展", words::contains)).isEqualTo(DICTIONARY_WORD_SCORE);
        assertThat(BodyStitcher.wordAcross("乡村振", "兴", words::contains)).isEqualTo(DICTIONARY_WORD_SCORE);
        assertThat(BodyStitcher.wordAcross("振", "兴", words::contains)).isEqualTo(0.7 * DICTIONARY_WORD_SCORE);
        assertThat(BodyStitcher.wordAcross("发", "", words::contains)).isZero();
        assertThat(BodyStitcher.wordAcross("", "展", words::contains)).isZero();
        java.util.Random random = new java.util.Random(7);
        String chars = "发展高质量乡村振兴";
        for (int round = 0; round < 3000; round++) {
            String left = randomText(random, chars, random.nextInt(5));
            String right = randomText(random, chars, random.nextInt(5));
            assertThat(BodyStitcher.wordAcross(left, right, words::contains)).as(left + "|" + right)
                    .isEqualTo(wordAcrossBySubstrings(left, right, words));
        }
    }

    private static final double DICTIONARY_WORD_SCORE = BodyStitcher.wordAcross("高质", "量", Set.of("高质量")::contains);

    private static String randomText(java.util.Random random, String chars, int length) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < length; i++) {
            b.append(chars.charAt(random.nextInt(chars.length())));
        }
        return b.toString();
    }

    /** The definition: every word of two to four characters straddling the join, the longest scoring most. */
    private static double wordAcrossBySubstrings(String left, String right, Set<String> words) {
        double best = 0;
        for (int l = 1; l <= left.length(); l++) {
            for (int r = 1; r <= right.length() && l + r <= 4; r++) {
                if (words.contains(left.substring(left.length() - l) + right.substring(0, r))) {
                    best = Math.max(best, DICTIONARY_WORD_SCORE * (l + r >= 3 ? 1.0 : 0.7));
                }
            }
        }
        return best;
    }


    private static String hanAndDigits(String s) {
        StringBuilder b = new StringBuilder();
        s.codePoints().filter(c -> CharClass.isHan(c) || Character.isDigit(c)).forEach(b::appendCodePoint);
        return b.toString();
    }

    private static String sorted(String s) {
        return s.codePoints().sorted().collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
    }
}
