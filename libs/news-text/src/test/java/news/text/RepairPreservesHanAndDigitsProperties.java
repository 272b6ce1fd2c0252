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
 * what print-PDF text contains. {@code <} and {@code &} are left out: markup is removed by design.
 */
class RepairPreservesHanAndDigitsProperties {
    private static final TextRepair REPAIR = new TextRepair();

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

    @Property(tries = 100)
    void splittingAPageKeepsEveryBodyHanAndDigitInOrder(@ForAll("printedText") String text) {
        // The splitter moves headlines, bylines, datelines and captions out of the body but never loses text:
        // every Han character and digit of the page is found in the articles' parts taken together.
        StringBuilder kept = new StringBuilder();
        for (PageArticle a : new PageSplitter().split(text)) {
            a.headlines().forEach(kept::append);
            kept.append(a.byline() == null ? "" : a.byline());
            kept.append(a.sectionLabel() == null ? "" : a.sectionLabel());
            kept.append(a.dateline() == null ? "" : a.dateline().text());
            a.paragraphTexts().forEach(kept::append);
            a.captions().forEach(c -> kept.append(c.text()).append(c.photographer() == null ? "" : c.photographer()));
        }
        assertThat(multiset(hanAndDigits(kept.toString()))).isEqualTo(multiset(hanAndDigits(text)));
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
