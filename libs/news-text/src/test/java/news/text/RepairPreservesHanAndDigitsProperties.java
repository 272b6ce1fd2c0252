package news.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Property (jqwik, with shrinking): text repair never drops or reorders a Chinese character or a digit. The sequence
 * of Han ideographs and digits (full-width digits counted as ASCII) is the same before and after
 * {@link TextRepair#paragraphs}, {@link TextRepair#line} and {@link TextRepair#compactLine}, for arbitrary mixes of
 * what print-PDF text contains. {@code <} and {@code &} are left out: markup is removed by design. Splitting a page
 * keeps every Han character and digit somewhere (an item, a label, the furniture), and no article reorders its text.
 */
class RepairPreservesHanAndDigitsProperties {
    private static final TextRepair REPAIR = TextRepair.forPlainText();

    private static final List<String> PIECES = List.of(
            " ", "  ", "\u3000", "\u00A0", "\t", "\n", "\n\n", "\r\n", "\u2029",
            "，", "。", "、", "；", "：", "！", "？", "“", "”", "（", "）", "《", "》", "——", "—", "…", "·",
            ".", ",", ":", "!", "?", "(", ")", "-", "+", "%", "/", "＋", "％", "／", "－", "．", "：", "～",
            "■", "●", "▲", "\u0000", "\u0007", "\u200B", "\u200D", "\uFEFF", "\uFFFD", "\u00AD",
            "本报讯", "本报记者 王金伟", "通讯员", "摄", "一、", "（二）", "本报济宁12月3日讯", "（上接第一版）", "史根治：");

    @Provide
    Arbitrary<String> printedText() {
        Arbitrary<String> han = Arbitraries.strings().withCharRange('\u4E00', '\u9FA5').ofMinLength(1).ofMaxLength(12);
        Arbitrary<String> digits = Arbitraries.integers().between(0, 100_000).map(String::valueOf);
        Arbitrary<String> wideDigits = Arbitraries.strings().withCharRange('\uFF10', '\uFF19').ofMinLength(1).ofMaxLength(4);
        Arbitrary<String> latin = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(6);
        Arbitrary<String> spacedHan = han.map(s -> String.join(" ", s.split("")));
        Arbitrary<String> piece = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(5, han), net.jqwik.api.Tuple.of(2, spacedHan), net.jqwik.api.Tuple.of(2, digits),
                net.jqwik.api.Tuple.of(1, wideDigits), net.jqwik.api.Tuple.of(1, latin),
                net.jqwik.api.Tuple.of(5, Arbitraries.of(PIECES)));
        return piece.list().ofMaxSize(150).map(l -> String.join("", l));
    }

    @Property(tries = 300)
    void paragraphsKeepEveryHanAndDigitInOrder(@ForAll("printedText") String text) {
        assertThat(hanAndDigits(String.join("\n", REPAIR.paragraphs(text)))).isEqualTo(hanAndDigits(text));
    }

    @Property(tries = 300)
    void linesKeepEveryHanAndDigitInOrder(@ForAll("printedText") String text) {
        assertThat(hanAndDigits(REPAIR.line(text))).isEqualTo(hanAndDigits(text));
        assertThat(hanAndDigits(REPAIR.compactLine(text))).isEqualTo(hanAndDigits(text));
    }

    @Property(tries = 200)
    void splittingAPageKeepsEveryHanAndDigit(@ForAll("printedText") String text) {
        // The splitter moves headlines, bylines, datelines, captions, labels and furniture out of the body but never
        // loses text: every Han character and digit of the page is found in the page's parts taken together.
        String kept = PageSplitterTest.keptText(new PageSplitter().splitPage(text));
        assertOnlyCreditWordsGo(text, kept);
    }

    /**
     * Every Han character and digit of the page is kept, except the words of photo credits ({@code 特约记者 赵六 摄}
     * keeps only 赵六, the caption's photographer) and the second copy of a line that is its own text twice (the
     * two-layer PDF artefact {@link DoubledTextRepair} undoes in headline-like lines); nothing is added.
     */
    static void assertOnlyCreditWordsGo(String page, String kept) {
        java.util.Map<Integer, Long> have = multiset(hanAndDigits(page));
        java.util.Map<Integer, Long> got = multiset(hanAndDigits(kept));
        java.util.Map<Integer, Long> creditWords = multiset(hanAndDigits(creditWordsOf(page)));
        doubledCopiesOf(page).forEach((c, n) -> creditWords.merge(c, n, Long::sum));
        for (var e : got.entrySet()) {
            assertThat(e.getValue()).as("kept %s", Character.toString(e.getKey())).isLessThanOrEqualTo(have.getOrDefault(e.getKey(), 0L));
        }
        for (var e : have.entrySet()) {
            long missing = e.getValue() - got.getOrDefault(e.getKey(), 0L);
            assertThat(missing).as("lost %s", Character.toString(e.getKey())).isLessThanOrEqualTo(creditWords.getOrDefault(e.getKey(), 0L));
        }
    }

    private static final java.util.regex.Pattern CREDIT = java.util.regex.Pattern.compile(
            "((?:本报|特约|摄影|见习|实习)?(?:记者|通讯员)|实习生)?\\s*(\\p{IsHan}{2,4}(?:\\s+\\p{IsHan}{2,4}){0,2})\\s*[/／]?\\s*(摄影?)(?=[ \\t]*$)", java.util.regex.Pattern.MULTILINE);

    /** Han characters and digits {@link DoubledTextRepair} may take out of the page's lines (the doubled copies). */
    static java.util.Map<Integer, Long> doubledCopiesOf(String page) {
        java.util.Map<Integer, Long> removed = new java.util.HashMap<>();
        DoubledTextRepair doubled = new DoubledTextRepair();
        for (String line : page.split("\\R")) {
            // the line as printed, or as repaired before the splitter looks at it (spaces inside words taken out)
            java.util.Map<Integer, Long> ofLine = new java.util.HashMap<>();
            for (String candidate : new String[] {line, TextRepair.forPlainText().line(line)}) {
                java.util.Map<Integer, Long> before = multiset(hanAndDigits(candidate));
                multiset(hanAndDigits(doubled.repair(candidate))).forEach((c, n) -> before.merge(c, -n, Long::sum));
                before.forEach((c, n) -> {
                    if (n > 0) {
                        ofLine.merge(c, n, Math::max);
                    }
                });
            }
            ofLine.forEach((c, n) -> removed.merge(c, n, Long::sum));
        }
        return removed;
    }

    /** The words around the names of the page's photo credits ({@code 特约记者} and {@code 摄} of {@code 特约记者 赵六 摄}). */
    static String creditWordsOf(String page) {
        java.util.regex.Matcher m = CREDIT.matcher(page);
        StringBuilder out = new StringBuilder();
        int from = 0;
        while (from < page.length() && m.find(from)) {
            boolean credit = java.util.Arrays.stream(m.group(2).strip().split("\\s+")).allMatch(PersonNames::isPlausibleName);
            if (credit) {
                out.append(m.group(1) == null ? "" : m.group(1)).append(m.group(3));
                from = m.end();
            } else {
                from = m.start() + 1;
            }
        }
        return out.toString();
    }

    @net.jqwik.api.Example
    void aLineThatIsItsOwnTextTwiceLosesOnlyTheSecondCopy() {
        // found by splittingAPageKeepsEveryHanAndDigit (seed -2416662807655691985): the doubled-headline repair
        String[][] cases = {{"本报记者 王金伟本报记者 王金伟", "本报记者王金伟"},
                {"10釋 胹三繸湚捊鮔篱苲胯腽東匂烞蝆鷳鱇髣～、294\t本报济宁12月3日讯本报济宁12月3日讯", "本报济宁12月3日讯"}};
        for (String[] c : cases) {
            String kept = PageSplitterTest.keptText(new PageSplitter().splitPage(c[0]));
            assertOnlyCreditWordsGo(c[0], kept);
            assertThat(hanAndDigits(kept)).as("one copy stays").contains(c[1]);
        }
        assertThat(doubledCopiesOf("本报记者 王金伟本报记者 王金伟")).as("what the repair may take")
                .isEqualTo(multiset(hanAndDigits("本报记者王金伟")));
        assertThat(doubledCopiesOf("第一行\n第二行")).as("nothing doubled, nothing may go").isEmpty();
    }

    @Property(tries = 200)
    void noArticleReordersItsText(@ForAll("printedText") String text) {
        // Each article's body keeps the page's order: its Han characters and digits are a subsequence of the page's.
        String page = hanAndDigits(text);
        for (PageArticle a : new PageSplitter().split(text)) {
            assertThat(inPageOrder(a, page)).as("article %d body %s", a.order(), a.paragraphTexts()).isTrue();
        }
    }

    /**
     * The article's running text (text, subheadings, turns) in page order, and its box-outs in page order. A box-out
     * printed inside a text is an aside: the text read on after it is the same paragraph, so the box comes after it
     * ({@code 正文 / ●一二三 / 100}: 正文100, then the box) — found by the property above (seed -6671600200679690611).
     */
    static boolean inPageOrder(PageArticle a, String page) {
        StringBuilder running = new StringBuilder();
        StringBuilder boxes = new StringBuilder();
        for (PageArticle.BodyParagraph p : a.paragraphs()) {
            (p.kind() == PageArticle.BodyParagraph.Kind.BOX ? boxes : running).append(p.text());
        }
        return isSubsequence(hanAndDigits(running.toString()), page) && isSubsequence(hanAndDigits(boxes.toString()), page);
    }

    @net.jqwik.api.Example
    void aBoxOutInsideATextComesAfterTheTextReadOnAfterItButEachKeepsPageOrder() {
        // the property's shrunk sample (seed -6671600200679690611)
        String text = "一一\n\n" + "一".repeat(46) + "\n●一一一一一一一一一\n\n100";
        String page = hanAndDigits(text);
        assertThat(new PageSplitter().split(text)).singleElement().satisfies(a -> {
            assertThat(a.paragraphs()).extracting(PageArticle.BodyParagraph::kind).endsWith(PageArticle.BodyParagraph.Kind.BOX);
            assertThat(isSubsequence(hanAndDigits(String.join("", a.paragraphTexts())), page)).as("all in one order").isFalse();
            assertThat(inPageOrder(a, page)).isTrue();
        });
    }

    @net.jqwik.api.Example
    void aNumberPrintedOneRunPerLineIsNotMovedIntoAnotherText() {
        // found by the property below: 3 / . / 5兆瓦 near the foot of the page (three lines, one run of text) was
        // stitched onto the open end of an article higher up — the article's text came out of page order
        String text = "韗簛旙塼姼泇噍綆鵰焉塷瑣衢漡藠鎮踿裍跱婙\n\n——宁篹堹闠粖彇蝫鹛\n\n——叏等頹髓暩鰦鲎灪\n\n姥椰髶柁\n\n——鯽阞鱄蕠颹\n\n綣啡濱垉谴鄱濌谫埉\n\n辑所产喡燺旊瑖鷕哠竛蔔辚\n妞韐凓紻栯驃譂穌孖瀧灌鞘\n芋滾丕遴埦。檉涬掕財乍撎\n瞭穊虛漲哈腱检諰脞偯鱈縱\n伩颴能潒脙。\n\n汈麺冤壂翯\n\n3\n.\n5兆瓦\n\n耯吅鈛菵狢蹧懰瓎痌踵浗聹\n耓绀癠儋恲鱥狙繠鴒嗱澺辦\n礟。浮咉雼轟蘝婣淪珶潫爟\n韻罿揎覺碝蛀姷鏾嬗鼬瀲郅\n瘿。筪凬汹崠呵潣驾精丷挻\n餐蔌鏠鏌獛媆趦劏。\n\n姴鲲挆佡楯擗匰闍乞賆瞮伩窐窺峛侁娊自螼諻\n\n愗豰意腗煑懮隌樁泵勬禸茧\n値。裘萈玟涄褭惘僛覾撩渣\n騦褳閅傼圂凗口叞槛圧侺收\n剹颏择牪轶撲嘴肙。谈杢俴\n祋胀钬豰铽囚误谚涰鯲禼骄\n埱弼墡胕紬驄将播阉蘨諁征\n刧譹。\n\n2022年\n1月5日\n星期三\n\n珥搹摏譣觧鐮懫摡簕。垨凾\n鉷學伕徽戲惦焦仹鵞。嶢孝\n坾鄠轼棊瀿嫉惺漶桡矤獜蜉\n窤私坫睢飗绀便细篜唤儦樿\n吕聃粈扢。鑊轴麫藖嚔鐆馇\n鋌楄福匄筲箑蟏蕳薬鍦凯嘢\n泮軿鏸栽剛鍒銒廲錘櫄。\n\n李玉中 摄\n\n3\n.\n5兆瓦\n\n哦歵值卺錰梕屚檝。";
        String page = hanAndDigits(text);
        for (PageArticle a : new PageSplitter().split(text)) {
            assertThat(inPageOrder(a, page)).as("article %d body %s", a.order(), a.paragraphTexts()).isTrue();
        }
    }

    @Property(tries = 200)
    void pagesOfMadeUpArticlesKeepEveryArticleWholeAndInOrder(@ForAll("madeUpPage") String text) {
        String page = hanAndDigits(text);
        assertOnlyCreditWordsGo(text, PageSplitterTest.keptText(new PageSplitter().splitPage(text)));
        for (PageArticle a : new PageSplitter().split(text)) {
            assertThat(inPageOrder(a, page))
                    .as("article %d body %s of page %s", a.order(), a.paragraphTexts(), text.replace("\n", "\\n")).isTrue();
        }
    }

    /** A page of made-up articles: headlines, bylines, datelines, bodies with digits split over lines, captions. */
    @Provide
    Arbitrary<String> madeUpPage() {
        // Distinct characters: a text printed twice over is undone by design in headlines (two-layer PDFs), and
        // shrinking towards one repeated character would make every line look like that.
        Arbitrary<String> sentence = Arbitraries.strings().withCharRange('\u4E00', '\u9FA5').ofMinLength(4).ofMaxLength(30)
                .uniqueChars().map(s -> s + "。");
        Arbitrary<String> paragraph = sentence.list().ofMinSize(1).ofMaxSize(4).map(l -> wrap(String.join("", l)));
        Arbitrary<String> headline = Arbitraries.strings().withCharRange('\u4E00', '\u9FA5').ofMinLength(4).ofMaxLength(20)
                .uniqueChars();
        Arbitrary<String> piece = Arbitraries.oneOf(
                paragraph,
                headline,
                headline.map(h -> "——" + h),
                Arbitraries.of("本报记者 王金伟 通讯员 马智科", "■本报记者 刘传伏", "市委常委、秘书长 惠康", "□ 张三", "实习生 李四",
                        "本报讯（记者 李新）", "本报讯（王芳）", "李玉中 摄", "特约记者 赵六 摄", "（下转第2版）", "（上接第一版）",
                        "责任编辑：王小明 /版式设计：李华", "总第8312期 今日8版", "2022年\n1月5日\n星期三", "5月\n1\n6日", "3\n.\n5兆瓦",
                        "”\n。", "图为会议现场。董凡 摄", "▲市直各部门召开会议", "简讯", "（李新 王芳）"));
        // No piece twice in a row: a text printed twice over is a two-layer PDF's doubling, undone by design.
        return piece.list().ofMinSize(1).ofMaxSize(25).filter(l -> {
            for (int i = 1; i < l.size(); i++) {
                if (l.get(i).equals(l.get(i - 1))) {
                    return false;
                }
            }
            return true;
        }).map(l -> String.join("\n\n", l));
    }

    /** Hard-wraps a paragraph at 12 characters a line, as a narrow column does. */
    private static String wrap(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i += 12) {
            b.append(s, i, Math.min(s.length(), i + 12)).append('\n');
        }
        return b.toString().strip();
    }

    static boolean isSubsequence(String part, String whole) {
        int j = 0;
        for (int i = 0; i < part.length(); i++) {
            j = whole.indexOf(part.charAt(i), j);
            if (j < 0) {
                return false;
            }
            j++;
        }
        return true;
    }

    static String hanAndDigits(String s) {
        StringBuilder b = new StringBuilder();
        s.codePoints().forEach(cp -> {
            if (CharClass.isHan(cp) || CharClass.isAsciiDigit(cp)) {
                b.appendCodePoint(cp);
            } else if (cp >= 0xFF10 && cp <= 0xFF19) {
                b.append((char) (cp - 0xFF10 + '0'));
            }
        });
        return b.toString();
    }

    private static java.util.Map<Integer, Long> multiset(String s) {
        return s.codePoints().boxed().collect(java.util.stream.Collectors.groupingBy(c -> c, java.util.TreeMap::new,
                java.util.stream.Collectors.counting()));
    }
}
