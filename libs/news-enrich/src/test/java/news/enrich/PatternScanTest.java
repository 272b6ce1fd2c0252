package news.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** Scanning only where a match can start must give exactly what a {@code while (m.find())} loop gives. */
class PatternScanTest {

    private record Rule(String name, Pattern pattern, Function<String, IntPredicate> starts) {}

    private static final List<Rule> RULES = List.of(
            new Rule("speaker label", EntityExtractor.SPEAKER_LABEL, EntityExtractor::speakerLabelStarts),
            new Rule("title name verb", EntityExtractor.TITLE_NAME_VERB, EntityExtractor::titleNameVerbStarts),
            new Rule("name title verb", EntityExtractor.NAME_TITLE_VERB, EntityExtractor::nameTitleVerbStarts),
            new Rule("credit line", Credits.CREDIT_LINE, Credits::creditLineStarts),
            new Rule("photo credit", Credits.PHOTO_CREDIT, Credits::photoCreditStarts));

    /** Pieces the patterns care about, and some they do not. */
    private static final String[] PIECES = {"书记", "市长", "董事长", "总经理", "记者", "通讯员", "见习记者", "实习生", "编辑",
            "摄", "摄影", "同志", "说", "表示", "指出", "史", "根", "治", "王", "金", "伟", "楼", "阳", "生", "市委", "：", ":",
            "。", "！", "？", "?", "”", "\n", "\r\n", "\r", " ", "\t", "\u3000", "（", "(", "）", ")", "】", "、", "，", ",",
            "\u2028", "\u0085", "a", "1", "本报"};

    private static List<String> find(Pattern pattern, String text) {
        List<String> out = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            out.add(m.start() + "-" + m.end() + ":" + m.group(1));
        }
        return out;
    }

    private static List<String> scan(Rule rule, String text) {
        List<String> out = new ArrayList<>();
        PatternScan.forEach(rule.pattern(), text, rule.starts().apply(text),
                m -> out.add(m.start() + "-" + m.end() + ":" + m.group(1)));
        return out;
    }

    @Test
    void handPickedMatches() {
        assertThat(scan(RULES.get(0), "史根治：好。王金伟:是")).containsExactly("0-4:史根治", "6-10:王金伟");
        assertThat(scan(RULES.get(0), "说史根治：好")).isEmpty(); // not at a sentence start
        assertThat(scan(RULES.get(1), "市委书记史根治说")).containsExactly("2-7:史根治");
        assertThat(scan(RULES.get(2), "楼阳生书记指出")).containsExactly("0-5:楼阳生");
        // one run of names (通讯员 too: the caller splits it and filters with the person rules)
        assertThat(scan(RULES.get(3), "本报记者 王金伟 通讯员 马智科\n")).containsExactly("2-16:王金伟 通讯员 马智科");
        assertThat(scan(RULES.get(4), "牛书培 摄\n（李新 摄）")).containsExactly("0-6:牛书培", "6-12:李新");
    }

    @Test
    void charSet() {
        PatternScan.CharSet set = new PatternScan.CharSet("书\u0000\uFFFFa?");
        for (char c : new char[] {'书', '\u0000', '\uFFFF', 'a', '?'}) {
            assertThat(set.contains(c)).as("%04x", (int) c).isTrue();
        }
        for (char c : new char[] {'记', '\u0001', '\uFFFE', 'b', 'A', '\u0040' + 64}) {
            assertThat(set.contains(c)).as("%04x", (int) c).isFalse();
        }
        assertThat(PatternScan.charIn("a书", set).test(1)).isTrue();
        assertThat(PatternScan.charIn("a书", set).test(2)).isFalse(); // the end of the text
        assertThat(EntityExtractor.firstChars("书记|市长|书院|县长")).isEqualTo("书市县");
    }

    @Test
    void emptyText() {
        for (Rule rule : RULES) {
            assertThat(scan(rule, "")).as(rule.name()).isEmpty();
        }
    }

    @Test
    void sameMatchesAsFindOnRandomText() {
        Random random = new Random(3);
        int matches = 0;
        for (int trial = 0; trial < 3_000; trial++) {
            StringBuilder b = new StringBuilder();
            int pieces = random.nextInt(40);
            for (int i = 0; i < pieces; i++) {
                b.append(PIECES[random.nextInt(PIECES.length)]);
            }
            String text = b.toString();
            for (Rule rule : RULES) {
                List<String> expected = find(rule.pattern(), text);
                matches += expected.size();
                assertThat(scan(rule, text)).as("%s in %s", rule.name(), text).isEqualTo(expected);
            }
        }
        assertThat(matches).isGreaterThan(1_000);
    }

    @Test
    void sameMatchesAsFindOnTheSeedPages() {
        for (var file : SamplePages.files()) {
            String body = SamplePages.article(file).bodyText();
            for (Rule rule : RULES) {
                assertThat(scan(rule, body)).as(rule.name()).isEqualTo(find(rule.pattern(), body));
            }
        }
    }
}
