package news.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import com.hankcs.hanlp.collection.AhoCorasick.AhoCorasickDoubleArrayTrie;

class PhraseMatcherTest {

    private static PhraseMatcher<Integer> matcher(String... phrases) {
        Map<String, Integer> m = new LinkedHashMap<>();
        for (String p : phrases) {
            m.put(p, m.size());
        }
        return new PhraseMatcher<>(m);
    }

    private static List<String> found(PhraseMatcher<?> m, String text) {
        return m.find(text).stream().map(x -> x.begin() + "-" + x.end() + ":" + x.phrase()).toList();
    }

    @Test
    void leftmostLongestWithoutOverlap() {
        PhraseMatcher<Integer> m = matcher("濮阳", "濮阳县", "阳县", "县城");
        assertThat(found(m, "濮阳县城在濮阳")).containsExactly("0-3:濮阳县", "5-7:濮阳");
        assertThat(found(m, "阳县城")).containsExactly("0-2:阳县");
    }

    @Test
    void valuesComeWithTheirPhrase() {
        PhraseMatcher<Integer> m = matcher("a", "ab", "b");
        assertThat(m.find("xaby")).singleElement().satisfies(x -> {
            assertThat(x.phrase()).isEqualTo("ab");
            assertThat(x.value()).isEqualTo(1);
        });
    }

    @Test
    void emptyAndNullInput() {
        Map<String, Integer> withNull = new HashMap<>();
        withNull.put(null, 1);
        withNull.put("", 2);
        assertThat(new PhraseMatcher<>(withNull).find("abc")).isEmpty();
        assertThat(new PhraseMatcher<>(Map.<String, Integer>of()).find("abc")).isEmpty();
        assertThat(matcher("a").find(null)).isEmpty();
        assertThat(matcher("a").find("")).isEmpty();
    }

    @Test
    void phraseAtTheEndAndWholeText() {
        PhraseMatcher<Integer> m = matcher("清丰县", "丰县");
        assertThat(found(m, "清丰县")).containsExactly("0-3:清丰县");
        assertThat(found(m, "xx丰县")).containsExactly("2-4:丰县");
        assertThat(found(m, "清丰")).isEmpty();
    }

    @Test
    void manyFirstCharsAndCollisions() {
        // more distinct first chars than one table size, so slots collide and probe
        Map<String, Integer> phrases = new HashMap<>();
        for (char c = 0x4e00; c < 0x4e00 + 500; c++) {
            phrases.put(c + "县", (int) c);
        }
        PhraseMatcher<Integer> m = new PhraseMatcher<>(phrases);
        assertThat(m.find("丐县与丑县")).extracting(PhraseMatcher.Match::phrase).containsExactly("丐县", "丑县");
        assertThat(m.find("丐丑县")).extracting(PhraseMatcher.Match::begin).containsExactly(1);
    }

    /** The reference: every occurrence (brute force), sorted, leftmost-longest kept. */
    @Test
    void sameMatchesAsAllOccurrencesReference() {
        Random random = new Random(7);
        char[] alphabet = "濮阳县市清丰区乡镇村a ".toCharArray();
        for (int trial = 0; trial < 500; trial++) {
            Map<String, Integer> phrases = new HashMap<>();
            int count = 1 + random.nextInt(30);
            for (int i = 0; i < count; i++) {
                phrases.put(randomText(random, alphabet, 1 + random.nextInt(4)), i);
            }
            String text = randomText(random, alphabet, random.nextInt(200));
            List<PhraseMatcher.Match<Integer>> expected = leftmostLongest(phrases, bruteForce(phrases.keySet(), text));
            assertThat(new PhraseMatcher<>(phrases).find(text)).as("%s in %s", phrases.keySet(), text)
                    .isEqualTo(expected);
        }
    }

    /** The old code: every occurrence from HanLP's Aho-Corasick trie, then leftmost-longest. */
    @Test
    void gazetteerAndLexiconOnTheSeedPagesAsAhoCorasick() {
        Map<String, Boolean> names = new HashMap<>();
        Gazetteer.standard().names().forEach(n -> names.put(n, Boolean.TRUE));
        Map<String, Boolean> lexicon = new HashMap<>();
        for (String line : Resources.lines(TopicLexicon.RESOURCE)) {
            lexicon.put(line.split("\t")[2].strip(), Boolean.TRUE);
        }
        for (Map<String, Boolean> phrases : List.of(names, lexicon)) {
            PhraseMatcher<Boolean> m = new PhraseMatcher<>(phrases);
            AhoCorasickDoubleArrayTrie<String> trie = ahoCorasick(phrases);
            for (var file : SamplePages.files()) {
                String body = SamplePages.article(file).bodyText();
                List<long[]> hits = new ArrayList<>();
                trie.parseText(body.toCharArray(), (AhoCorasickDoubleArrayTrie.IHit<String>) (begin, end, value) ->
                        hits.add(new long[] {begin, end}));
                List<PhraseMatcher.Match<Boolean>> expected = leftmostLongest(phrases, hits.stream()
                        .map(h -> new PhraseMatcher.Match<>((int) h[0], (int) h[1],
                                body.substring((int) h[0], (int) h[1]), (Boolean) null))
                        .toList());
                assertThat(hits).hasSize(bruteForce(phrases.keySet(), body).size());
                assertThat(expected).hasSizeGreaterThan(10);
                assertThat(m.find(body)).isEqualTo(expected);
            }
        }
    }

    private static String randomText(Random random, char[] alphabet, int length) {
        char[] c = new char[length];
        for (int i = 0; i < length; i++) {
            c[i] = alphabet[random.nextInt(alphabet.length)];
        }
        return new String(c);
    }

    private static AhoCorasickDoubleArrayTrie<String> ahoCorasick(Map<String, ?> phrases) {
        TreeMap<String, String> map = new TreeMap<>();
        phrases.keySet().forEach(p -> map.put(p, p));
        AhoCorasickDoubleArrayTrie<String> trie = new AhoCorasickDoubleArrayTrie<>();
        trie.build(map);
        return trie;
    }

    private static List<PhraseMatcher.Match<Object>> bruteForce(Iterable<String> phrases, String text) {
        List<PhraseMatcher.Match<Object>> all = new ArrayList<>();
        for (String p : phrases) {
            for (int i = text.indexOf(p); i >= 0; i = text.indexOf(p, i + 1)) {
                all.add(new PhraseMatcher.Match<>(i, i + p.length(), p, null));
            }
        }
        return all;
    }

    /** Sorted by start, longest first at one start; each kept when it starts at or after the last kept end. */
    private static <V> List<PhraseMatcher.Match<V>> leftmostLongest(Map<String, V> phrases,
            List<? extends PhraseMatcher.Match<?>> all) {
        List<PhraseMatcher.Match<?>> sorted = new ArrayList<>(all);
        sorted.sort((a, b) -> a.begin() != b.begin() ? Integer.compare(a.begin(), b.begin())
                : Integer.compare(b.end(), a.end()));
        List<PhraseMatcher.Match<V>> out = new ArrayList<>();
        int cursor = 0;
        for (PhraseMatcher.Match<?> hit : sorted) {
            if (hit.begin() >= cursor) {
                out.add(new PhraseMatcher.Match<>(hit.begin(), hit.end(), hit.phrase(), phrases.get(hit.phrase())));
                cursor = hit.end();
            }
        }
        return out;
    }
}
