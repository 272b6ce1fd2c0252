package news.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Property: repair never drops or reorders a Chinese character or a digit. The sequence of Han ideographs and digits
 * (full-width digits counted as their ASCII forms) is the same before and after, for the sample pages and for random
 * text with fixed seeds.
 *
 * <p>The random text mixes everything the repair touches — CJK, digits, Latin, full-width forms, spaces, line breaks,
 * blank lines, Chinese and ASCII punctuation, bullets, dashes, control, zero-width and replacement characters — but
 * no {@code <} or {@code &}: markup is removed by design, so text inside a tag would legitimately disappear.
 */
class PreservationPropertyTest {

    private static final TextRepair REPAIR = TextRepair.forPlainText();

    private static final String[] PIECES = {
        " ", " ", " ", "  ", "\u3000", "\u00A0", "\t", "\n", "\n", "\n\n", "\n\n\n", "\r\n", "\u2029",
        "，", "。", "、", "；", "：", "！", "？", "“", "”", "‘", "’", "（", "）", "《", "》", "——", "—", "…", "……", "·",
        ".", ",", ";", ":", "!", "?", "(", ")", "-", "+", "%", "/", "~", "\"", "'",
        "＋", "％", "／", "－", "．", "：", "～", "＊", "＝",
        "■", "●", "▲", "※",
        "\u0000", "\u0007", "\u001B", "\u007F", "\u0085", "\u200B", "\u200D", "\uFEFF", "\uFFFD", "\u00AD", "\f",
        "本报讯", "本报记者 王金伟", "通讯员", "摄", "一、", "（二）", "3、", "第一，", "本报济宁12月3日讯",
    };

    private static final String LATIN = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";

    static Stream<Long> seeds() {
        return LongStream.rangeClosed(1, 60).boxed();
    }

    /** A random text of up to about 600 characters. */
    static String randomText(long seed) {
        Random random = new Random(seed);
        StringBuilder b = new StringBuilder();
        int pieces = random.nextInt(200);
        for (int i = 0; i < pieces; i++) {
            int kind = random.nextInt(10);
            switch (kind) {
                case 0, 1, 2 -> { // a run of common ideographs
                    int n = 1 + random.nextInt(12);
                    for (int k = 0; k < n; k++) {
                        b.appendCodePoint(0x4E00 + random.nextInt(0x9FA5 - 0x4E00));
                    }
                }
                case 3 -> b.appendCodePoint(random.nextBoolean() ? 0x20000 + random.nextInt(0xA6D6) : 0x3400 + random.nextInt(0x19B5));
                case 4 -> b.append(random.nextInt(random.nextBoolean() ? 10 : 100_000)); // ASCII digits
                case 5 -> { // full-width digits and letters
                    int n = 1 + random.nextInt(4);
                    for (int k = 0; k < n; k++) {
                        b.appendCodePoint(random.nextInt(3) == 0 ? 0xFF21 + random.nextInt(26) : 0xFF10 + random.nextInt(10));
                    }
                }
                case 6 -> { // a Latin word
                    int n = 1 + random.nextInt(8);
                    for (int k = 0; k < n; k++) {
                        b.append(LATIN.charAt(random.nextInt(LATIN.length())));
                    }
                }
                default -> b.append(PIECES[random.nextInt(PIECES.length)]);
            }
        }
        return b.toString();
    }

    /** The Han ideographs and digits of a text, full-width digits mapped to ASCII. */
    static String ideographsAndDigits(String text) {
        StringBuilder b = new StringBuilder();
        text.codePoints().forEach(cp -> {
            if (cp >= 0xFF10 && cp <= 0xFF19) {
                b.append((char) (cp - 0xFF10 + '0'));
            } else if (CharClass.isHan(cp) || CharClass.isAsciiDigit(cp)) {
                b.appendCodePoint(cp);
            }
        });
        return b.toString();
    }

    private static void assertPreserved(String input) {
        String expected = ideographsAndDigits(input);
        List<String> paragraphs = REPAIR.paragraphs(input);
        assertThat(ideographsAndDigits(String.join("", paragraphs))).as("paragraphs").isEqualTo(expected);
        assertThat(ideographsAndDigits(REPAIR.line(input))).as("line").isEqualTo(expected);
        assertThat(ideographsAndDigits(REPAIR.compactLine(input))).as("compactLine").isEqualTo(expected);
    }

    @ParameterizedTest
    @MethodSource("news.text.SamplePages#names")
    void samplePagesKeepEveryIdeographAndDigitInOrder(String page) {
        assertPreserved(SamplePages.read(page));
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void randomTextKeepsEveryIdeographAndDigitInOrder(long seed) {
        for (int i = 0; i < 20; i++) {
            assertPreserved(randomText(seed * 1_000 + i));
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void randomTextRepairsToCleanFixedPoints(long seed) {
        for (int i = 0; i < 20; i++) {
            String input = randomText(seed * 1_000 + i);
            for (String p : REPAIR.paragraphs(input)) {
                assertThat(p).isNotEmpty().isEqualTo(p.strip()).doesNotContain("\n", "\t", "  ", "\u2029");
                assertThat(p.codePoints()).noneMatch(cp -> Character.isISOControl(cp) || cp == 0xFFFD
                        || Character.getType(cp) == Character.FORMAT);
                assertThat(REPAIR.compactLine(p)).isEqualTo(p);
            }
            String line = REPAIR.line(input);
            assertThat(REPAIR.line(line)).as("line is idempotent").isEqualTo(line);
            String compact = REPAIR.compactLine(input);
            assertThat(REPAIR.compactLine(compact)).as("compactLine is idempotent").isEqualTo(compact);
        }
    }
}
