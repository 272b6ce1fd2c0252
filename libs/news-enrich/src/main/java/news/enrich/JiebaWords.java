package news.enrich;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.TreeMap;

import com.hankcs.hanlp.collection.trie.DoubleArrayTrie;

/**
 * jieba's whole dictionary ({@code dict.txt} of {@code com.huaban:jieba-analysis}, Apache-2.0: 349,045 words with a
 * count and a part of speech), as a second segmenter's word boundaries for the entity model (issue 12, sixth round):
 * {@link #analyse} gives each char's word on jieba's maximum-probability path through the sentence's word graph (the
 * DAG walk of jieba's {@code cut} without its HMM for unknown words: a char no word covers is a word of its own, a run
 * of ASCII letters and digits is one word), and the longest dictionary word (two chars or more) starting here, ending
 * here and around each char, whatever the path — with the word's part of speech. One trie scan per chunk gives both.
 *
 * <p>Part of speech as a small index into jieba's tag set ({@link #TAGS}; 0 = none, {@link #OTHER_TAG} = a tag not
 * in the list). Loaded once (about 2 s); immutable and thread-safe.
 */
final class JiebaWords {

    /** jieba's parts of speech (all 56 of its dict.txt), by frequency there; their index + 1 is the code. */
    static final String[] TAGS = ("n nr v i l ns m nz nrt zg nt a vn z d t j b g r s c nrfg x f ng o q vg p ad mq y "
            + "ag an e u tg vq vi k vd rr mg h dg uz uv ul uj ug ud rz rg df").split(" ");
    /** Code of a tag not in {@link #TAGS}. */
    static final int OTHER_TAG = 63;
    /** Lengths are capped here in the features. */
    static final int MAX_LENGTH = 6;

    private static final String RESOURCE = "dict.txt";

    private static final class Standard {
        static final JiebaWords INSTANCE = load();
    }

    /** Per word: {@code count << 6 | tag code}. */
    private final DoubleArrayTrie<Integer> trie;
    private final double logTotal;
    private final int size;

    private JiebaWords(TreeMap<String, Integer> words, long total) {
        this.trie = words.isEmpty() ? null : new DoubleArrayTrie<>(words);
        this.logTotal = Math.log(Math.max(1, total));
        this.size = words.size();
    }

    /** jieba's dictionary (loaded on first use). */
    static JiebaWords standard() {
        return Standard.INSTANCE;
    }

    int size() {
        return size;
    }

    static int tagCode(String tag) {
        for (int i = 0; i < TAGS.length; i++) {
            if (TAGS[i].equals(tag)) {
                return i + 1;
            }
        }
        return OTHER_TAG;
    }

    /**
     * The words of {@code normalised} ({@link CharFeatures#normalise}d chars), into the arrays (one value per char):
     * {@code segment}: the char's word on the best path, {@code length << 9 | position << 6 | tag} (length capped at
     * {@link #MAX_LENGTH}, position 1 B, 2 M, 3 E, 4 S, tag 0 for a word not in the dictionary); {@code wordEnd}: the
     * index of the last char of that word; {@code begin} / {@code end} / {@code inside}: the longest dictionary word
     * of two chars or more starting here / ending here / around this char (not at its edge), {@code length << 6 |
     * tag}, 0 for none.
     */
    void analyse(char[] normalised, int[] segment, int[] wordEnd, int[] begin, int[] end, int[] inside) {
        int n = normalised.length;
        if (n == 0) {
            return;
        }
        // every dictionary match, linked by its first char
        int[] head = new int[n];
        java.util.Arrays.fill(head, -1);
        int[] matchLength = new int[16];
        int[] matchValue = new int[16];
        int[] nextMatch = new int[16];
        int matches = 0;
        int[] beginLength = new int[n];
        int[] endLength = new int[n];
        int[] insideLength = new int[n];
        if (trie != null) {
            DoubleArrayTrie<Integer>.Searcher searcher = trie.getSearcher(normalised, 0);
            while (searcher.next()) {
                int b = searcher.begin;
                int len = searcher.length;
                int value = searcher.value;
                if (matches == matchLength.length) {
                    matchLength = java.util.Arrays.copyOf(matchLength, 2 * matches);
                    matchValue = java.util.Arrays.copyOf(matchValue, 2 * matches);
                    nextMatch = java.util.Arrays.copyOf(nextMatch, 2 * matches);
                }
                matchLength[matches] = len;
                matchValue[matches] = value;
                nextMatch[matches] = head[b];
                head[b] = matches++;
                if (len < 2) {
                    continue;
                }
                int tag = value & 63;
                int capped = Math.min(len, MAX_LENGTH) << 6 | tag;
                int e = b + len - 1;
                if (len > beginLength[b]) {
                    beginLength[b] = len;
                    begin[b] = capped;
                }
                if (len > endLength[e]) {
                    endLength[e] = len;
                    end[e] = capped;
                }
                for (int x = b + 1; x < e; x++) {
                    if (len > insideLength[x]) {
                        insideLength[x] = len;
                        inside[x] = capped;
                    }
                }
            }
        }
        // the best path from the end (jieba's calc: log count - log total, an unknown char counts 1)
        double[] route = new double[n + 1];
        int[] bestLength = new int[n];
        int[] bestValue = new int[n];
        for (int i = n - 1; i >= 0; i--) {
            if (isAsciiWordChar(normalised[i])) { // a run of letters and digits is one word, as jieba's regex has it
                int j = i;
                while (j + 1 < n && isAsciiWordChar(normalised[j + 1])) {
                    j++;
                }
                if (i == 0 || !isAsciiWordChar(normalised[i - 1])) {
                    bestLength[i] = j - i + 1;
                    bestValue[i] = 0;
                    route[i] = -logTotal + route[j + 1];
                } else {
                    bestLength[i] = 1; // inside the run: never on the path
                    route[i] = -logTotal + route[i + 1];
                }
                continue;
            }
            double best = -logTotal + route[i + 1];
            int length = 1;
            int value = 0;
            for (int m = head[i]; m >= 0; m = nextMatch[m]) {
                int len = matchLength[m];
                double score = Math.log(Math.max(1, matchValue[m] >>> 6)) - logTotal + route[i + len];
                if (score > best || score == best && len > length) {
                    best = score;
                    length = len;
                    value = matchValue[m];
                }
            }
            route[i] = best;
            bestLength[i] = length;
            bestValue[i] = value;
        }
        for (int i = 0; i < n; ) {
            int len = bestLength[i];
            int tag = bestValue[i] & 63;
            for (int x = 0; x < len; x++) {
                int position = len == 1 ? 4 : x == 0 ? 1 : x == len - 1 ? 3 : 2;
                segment[i + x] = Math.min(len, MAX_LENGTH) << 9 | position << 6 | tag;
                wordEnd[i + x] = i + len - 1;
            }
            i += len;
        }
    }

    private static boolean isAsciiWordChar(char c) {
        return c == '0' || c >= 'a' && c <= 'z';
    }

    /** Reads jieba's dict.txt (lines "word count part-of-speech"). */
    static JiebaWords read(InputStream in) throws IOException {
        TreeMap<String, Integer> words = new TreeMap<>();
        long total = 0;
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line; (line = reader.readLine()) != null; ) {
            String[] parts = line.strip().split(" ");
            if (parts.length < 2 || parts[0].isEmpty()) {
                continue;
            }
            long count;
            try {
                count = Long.parseLong(parts[1]);
            } catch (NumberFormatException e) {
                throw new IOException("not jieba's dict.txt: no count in line '" + line + "'");
            }
            total += count;
            int tag = parts.length > 2 ? tagCode(parts[2]) : 0;
            int value = (int) Math.min(count, (1 << 24) - 1) << 6 | tag;
            // a word listed twice (or two words the same after normalising): the more frequent one
            words.merge(EntityLexicon.normalise(parts[0]), value, (a, b) -> (a >>> 6) >= (b >>> 6) ? a : b);
        }
        return new JiebaWords(words, total);
    }

    private static JiebaWords load() {
        java.net.URL url = NameDictionary.resource();
        try (InputStream in = url.openStream()) {
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read jieba's dictionary " + url, e);
        }
    }
}
