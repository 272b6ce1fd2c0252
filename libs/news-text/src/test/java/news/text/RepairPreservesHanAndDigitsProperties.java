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
     * keeps only 赵六, the caption's photographer); nothing is added.
     */
    static void assertOnlyCreditWordsGo(String page, String kept) {
        java.util.Map<Integer, Long> have = multiset(hanAndDigits(page));
        java.util.Map<Integer, Long> got = multiset(hanAndDigits(kept));
        java.util.Map<Integer, Long> creditWords = multiset(hanAndDigits(creditWordsOf(page)));
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

    @Property(tries = 200)
    void noArticleReordersItsText(@ForAll("printedText") String text) {
        // Each article's body keeps the page's order: its Han characters and digits are a subsequence of the page's.
        String page = hanAndDigits(text);
        for (PageArticle a : new PageSplitter().split(text)) {
            String body = hanAndDigits(String.join("", a.paragraphTexts()));
            assertThat(isSubsequence(body, page)).as("article %d body %s", a.order(), body).isTrue();
        }
    }

    @Property(tries = 200)
    void pagesOfMadeUpArticlesKeepEveryArticleWholeAndInOrder(@ForAll("madeUpPage") String text) {
        String page = hanAndDigits(text);
        assertOnlyCreditWordsGo(text, PageSplitterTest.keptText(new PageSplitter().splitPage(text)));
        for (PageArticle a : new PageSplitter().split(text)) {
            assertThat(isSubsequence(hanAndDigits(String.join("", a.paragraphTexts())), page)).isTrue();
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
