package news.enrich;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

import com.hankcs.hanlp.collection.trie.DoubleArrayTrie;

/**
 * A dictionary of names from outside the training data, for the entity model's features: the words of jieba's
 * dictionary ({@code dict.txt} of {@code com.huaban:jieba-analysis}, Apache-2.0: 349,045 words with a count and a part
 * of speech) tagged as a person ({@code nr}), a transliterated person ({@code nrt}, {@code nrfg}), a place
 * ({@code ns}) or an organisation ({@code nt}) — 101,685 words. It is matched everywhere in a text (every match, not
 * a segmentation path); {@link CharFeatures} turns the matches into two templates: which groups cover a char at which
 * position, and the longest match the char is in.
 *
 * <p>The dictionary was built by jieba's authors from other corpora (People's Daily among them, where MSRA's text comes
 * from too), so overlap with any MSRA test set cannot be ruled out; see the README. Loaded once (about 1 s); immutable.
 */
final class NameDictionary {

    static final int PERSON = 1;
    static final int FOREIGN_PERSON = 2;
    static final int PLACE = 4;
    static final int ORGANISATION = 8;
    /** Bits per position in {@link #match}'s {@code all}. */
    static final int GROUP_BITS = 4;
    /** {@link #match}'s {@code longest} caps the length here. */
    static final int MAX_LENGTH = 8;

    private static final String RESOURCE = "dict.txt";

    private static final class Standard {
        static final NameDictionary INSTANCE = load();
    }

    /** Length of the {@link #insideSetPhrase set phrases} kept (four-char idioms and fixed expressions). */
    static final int PHRASE_LENGTH = 4;

    private final DoubleArrayTrie<Integer> trie;
    private final int size;
    private final Set<String> phrases;

    private NameDictionary(TreeMap<String, Integer> names, Set<String> phrases) {
        this.trie = names.isEmpty() ? null : new DoubleArrayTrie<>(names);
        this.size = names.size();
        this.phrases = phrases;
    }

    /** jieba's names (loaded on first use). */
    static NameDictionary standard() {
        return Standard.INSTANCE;
    }

    /** A dictionary of the given names and their groups (tests). */
    static NameDictionary of(java.util.Map<String, Integer> names) {
        return of(names, Set.of());
    }

    /** A dictionary of names and of four-char set phrases that are no names (tests). */
    static NameDictionary of(java.util.Map<String, Integer> names, Set<String> phrases) {
        TreeMap<String, Integer> normalised = new TreeMap<>();
        names.forEach((w, g) -> normalised.merge(EntityLexicon.normalise(w), g, (a, b) -> a | b));
        return new NameDictionary(normalised, Set.copyOf(phrases));
    }

    int size() {
        return size;
    }

    /** The group of one of jieba's parts of speech, 0 for a part of speech that is no name. */
    static int group(String partOfSpeech) {
        return switch (partOfSpeech) {
            case "nr" -> PERSON;
            case "nrt", "nrfg" -> FOREIGN_PERSON;
            case "ns" -> PLACE;
            case "nt" -> ORGANISATION;
            default -> 0;
        };
    }

    /** The groups of a word (normalised or not), 0 when it is not in the dictionary. */
    int groups(String word) {
        if (trie == null) {
            return 0;
        }
        Integer g = trie.get(EntityLexicon.normalise(word));
        return g == null ? 0 : g;
    }

    /**
     * For each char of {@code normalised} ({@link CharFeatures#normalise}d chars): {@code all} gets, for every name
     * covering it, the name's groups at the char's position in it (B, M, E, S: {@code groups << (GROUP_BITS *
     * position)}); {@code longest} the longest name covering it: {@code min(length, MAX_LENGTH) << 8 | position << 4 |
     * groups} (the groups of all the names of that length there).
     */
    void match(char[] normalised, int[] all, int[] longest) {
        if (trie == null || normalised.length == 0) {
            return;
        }
        int[] longestLength = new int[normalised.length];
        DoubleArrayTrie<Integer>.Searcher searcher = trie.getSearcher(normalised, 0);
        while (searcher.next()) {
            int g = searcher.value;
            int len = searcher.length;
            int b = searcher.begin;
            for (int x = 0; x < len; x++) {
                int position = len == 1 ? 3 : x == 0 ? 0 : x == len - 1 ? 2 : 1;
                all[b + x] |= g << (GROUP_BITS * position);
                if (len > longestLength[b + x]) {
                    longestLength[b + x] = len;
                    longest[b + x] = Math.min(len, MAX_LENGTH) << 8 | position << 4 | g;
                } else if (len == longestLength[b + x]) {
                    longest[b + x] |= g;
                }
            }
        }
    }

    /**
     * Whether {@code text[begin, end)} (a name the model found) lies inside a four-char word of the dictionary that is
     * no name and starts before it: 覃思 of 研精覃思 (an idiom) is no person. Only phrases that start before the name
     * count, so a name at the start of a word (诺贝尔 of 诺贝尔奖, 列宁 of 列宁主义) stays a name: of the 4,937 gold
     * people of two or three chars in MSRA's training part none lies inside such a phrase, of CLUENER's 3,305 none.
     */
    boolean insideSetPhrase(String text, int begin, int end) {
        if (phrases.isEmpty() || end - begin >= PHRASE_LENGTH) {
            return false;
        }
        for (int a = Math.max(0, end - PHRASE_LENGTH); a < begin; a++) {
            if (a + PHRASE_LENGTH <= text.length() && phrases.contains(text.substring(a, a + PHRASE_LENGTH))) {
                return true;
            }
        }
        return false;
    }

    /** Reads jieba's dict.txt (lines "word count part-of-speech"), keeping its names and its four-char non-names. */
    static NameDictionary read(InputStream in) throws IOException {
        TreeMap<String, Integer> names = new TreeMap<>();
        Set<String> phrases = new HashSet<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        int lines = 0;
        for (String line; (line = reader.readLine()) != null; ) {
            lines++;
            int last = line.lastIndexOf(' ');
            int first = line.indexOf(' ');
            if (first <= 0 || last <= first) {
                continue;
            }
            int g = group(line.substring(last + 1).strip());
            String word = line.substring(0, first);
            if (g != 0) {
                names.merge(EntityLexicon.normalise(word), g, (a, b) -> a | b);
            } else if (word.length() == PHRASE_LENGTH) {
                phrases.add(word);
            }
        }
        if (lines > 0 && names.isEmpty()) {
            throw new IOException("no names (nr, nrt, nrfg, ns, nt) in " + lines + " lines: not jieba's dict.txt");
        }
        phrases.removeAll(names.keySet()); // a word listed both as a name and as something else stays a name
        return new NameDictionary(names, Set.copyOf(phrases));
    }

    private static NameDictionary load() {
        URL url = resource();
        try (InputStream in = url.openStream()) {
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read jieba's dictionary " + url, e);
        }
    }

    /** jieba-analysis's dict.txt: the one in its jar if several dict.txt are on the classpath. */
    static URL resource() {
        try {
            List<URL> all = Collections.list(NameDictionary.class.getClassLoader().getResources(RESOURCE));
            for (URL u : all) {
                if (u.toString().contains("jieba-analysis")) {
                    return u;
                }
            }
            if (!all.isEmpty()) {
                return all.get(0);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot look up " + RESOURCE, e);
        }
        throw new IllegalStateException("jieba's " + RESOURCE + " is not on the classpath (dependency "
                + "com.huaban:jieba-analysis)");
    }
}
