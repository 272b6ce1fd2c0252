package news.enrich;

import java.util.List;

import com.hankcs.hanlp.collection.trie.DoubleArrayTrie;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.seg.common.Term;

/**
 * The features of each char for the entity model, as packed {@code long} keys (no strings on the hot path): a template
 * id in the top 6 bits, the rest either the code units themselves (char n-grams, exact) or a 58-bit hash (features of
 * HanLP's words). {@value #TEMPLATES} keys per char, 0 where a template does not apply.
 *
 * <p>Templates: bias; chars c-2 … c+2; bigrams c-2c-1, c-1c0, c0c+1, c+1c+2; c-1c+1; trigram c-1c0c+1; char classes
 * c-2 … c+2; from the segmentation the enricher computes anyway (HanLP's segmenter, whose dictionaries come from
 * People's Daily like MSRA): the char's position in its word (B/M/E/S) with the word's part of speech (nr, ns, nt, …),
 * with the previous and with the next word's part of speech, the word itself, and the previous and next words; and
 * HanLP's core dictionary as a lattice, whatever path the segmenter took: the longest word starting here (length and
 * part of speech), the longest ending here, the longest this char is inside of; the distance to the next end of an
 * organisation suffix (公司, 委员会, 大学, …) within 12 chars, and whether one ends here; the model's lexicon of names
 * ({@link EntityLexicon}) the same way (longest name starting, ending, around the char: length and types), and its
 * external names (another corpus's gold names, templates of their own: ext-begin, ext-end, ext-inside); the
 * clusters ({@link Clusters}) of c-1, c0, c+1 (fine), of c-1c0 and c0c+1 (coarse pairs), of the char's word, the
 * previous and the next word (with the char's position in its word); jieba's dictionary of names
 * ({@link NameDictionary}): the groups (person, transliterated person, place, organisation) of every name covering the
 * char at each position (B/M/E/S), and the longest name covering it (length, position, groups); only when asked
 * ({@code jieba}: a model trained with them), jieba's words ({@link JiebaWords}): the char's position in its word on
 * jieba's segmentation path with the word's length and part of speech, whether HanLP's word there is the same span,
 * and jieba's whole dictionary as a lattice (longest word starting, ending, around the char). Chars are normalised first: full-width ASCII to
 * half-width, digits to 0, Latin letters to lower case. Thread-safe (no state).
 *
 * <p>Measured on a dev part of the MSRA training data (exact-span F1 of the raw model): BIOES instead of BIO +1.6;
 * the dictionary lattice +1.2; the organisation suffixes +1.1 for ORG, +0.3
 * in all; c-3/c+3, HanLP's custom dictionary as a second lattice: no gain, left out. Lexicon + clusters: +0.9 / +1.7
 * on two dev parts of single sentences, +1.0 on whole held-out articles (see the README); cluster c-2/c+2 and a coarse
 * triple, one-char names in list context (京、津), HanLP's place/organisation recognition as a second segmentation:
 * within noise, left out. External names (CLUENER's): +0.4 F1, +1.0 ORG F1 on whole-article dev parts (three seeds);
 * longer organisation heads with the head's identity as a template: −0.5, left out. jieba's names (issue 12 fifth
 * round): see the README's fifth-round table; jieba's words (sixth round): level with the shipped model, off by
 * default (the README's sixth-round table).
 */
final class CharFeatures {

    /** Names of the templates in id order; a model file records them and loading checks they match. */
    static final String[] NAMES = {"bias", "c-2", "c-1", "c0", "c+1", "c+2", "c-2c-1", "c-1c0", "c0c+1", "c+1c+2",
            "c-1c+1", "c-1c0c+1", "classes", "bmes+pos", "pos-1+bmes+pos", "pos+1+bmes+pos", "word+bmes",
            "word-1+bmes", "word+1+bmes", "dict-begin", "dict-end", "dict-inside", "org-suffix-ahead", "org-suffix-here", "lex-begin", "lex-end",
            "lex-inside", "cluster-1", "cluster0", "cluster+1", "coarse-1+0", "coarse0+1", "word-cluster+bmes",
            "word-cluster-1+bmes", "word-cluster+1+bmes", "ext-begin", "ext-end", "ext-inside", "names-all",
            "names-longest", "jieba-word", "jieba-agree", "jdict-begin", "jdict-end", "jdict-inside"};
    /** The templates of the name dictionary ({@link NameDictionary}); {@code --no-name-dictionary} trains without. */
    static final int NAMES_ALL = 38;
    static final int NAMES_LONGEST = 39;
    static final int TEMPLATES = NAMES.length;
    /**
     * The templates of jieba's words ({@link JiebaWords}, issue 12 sixth round), the last ones: a model trained without
     * them records only the {@value #BASE_TEMPLATES} before, and the enricher does not compute them for it.
     */
    static final int BASE_TEMPLATES = 40;
    /** jieba's segmentation: the char's position in its word with the word's length and part of speech; agreement. */
    static final int JIEBA_WORD = 40;
    static final int JIEBA_AGREE = 41;
    /** jieba's dictionary as a lattice: the longest word starting, ending, around the char (length, part of speech). */
    static final int JDICT_BEGIN = 42;
    static final int JDICT_END = 43;
    static final int JDICT_INSIDE = 44;

    static final int BEFORE_START = 0x110001;
    static final int AFTER_END = 0x110002;
    private static final long PAYLOAD = (1L << 58) - 1;
    // cluster ids are 1-based (0 = unknown); these stand for the sentence's edge
    private static final int EDGE_FINE = Clusters.FINE + 1;
    private static final int EDGE_COARSE = Clusters.COARSE + 1;
    private static final int EDGE_WORD = Clusters.WORDS + 1;

    /**
     * Templates whose payloads are small numbers below these bounds (0 = not such a template): the lexicon's and the
     * clusters'. {@link NerModel} keeps their weights in dense arrays (no hashing, and they stay in the caches).
     */
    static final int[] DENSE_BOUND = denseBounds();

    private static int[] denseBounds() {
        int[] bound = new int[NAMES.length];
        bound[24] = bound[25] = bound[26] = (8 << 8 | 15) + 1;
        bound[35] = bound[36] = bound[37] = (8 << 8 | 15) + 1;
        bound[27] = bound[28] = bound[29] = EDGE_FINE + 1;
        bound[30] = bound[31] = (EDGE_COARSE + 1) * (EDGE_COARSE + 1);
        bound[32] = bound[33] = bound[34] = 5 * (EDGE_WORD + 1);
        bound[NAMES_LONGEST] = (NameDictionary.MAX_LENGTH << 8 | 3 << 4 | 15) + 1;
        bound[JIEBA_WORD] = (JiebaWords.MAX_LENGTH << 9 | 4 << 6 | 63) + 1;
        bound[JIEBA_AGREE] = 1 << 7;
        bound[JDICT_BEGIN] = bound[JDICT_END] = bound[JDICT_INSIDE] = (JiebaWords.MAX_LENGTH << 6 | 63) + 1;
        return bound;
    }

    /** The payload of a key (its template is in the top 6 bits). */
    static long payload(long key) {
        return key & PAYLOAD;
    }

    static int template(long key) {
        return (int) (key >>> 58);
    }

    // char classes
    private static final int HAN = 1;
    private static final int DIGIT = 2;
    private static final int CHINESE_NUMERAL = 3;
    private static final int LATIN = 4;
    private static final int PUNCT = 5;
    private static final int SPACE = 6;
    private static final int OTHER = 7;
    private static final String CHINESE_NUMERALS = "零〇一二两三四五六七八九十百千万亿";

    // position of a char in its word
    private static final int NO_WORD = 0;
    private static final int B = 1;
    private static final int M = 2;
    private static final int E = 3;
    private static final int S = 4;

    private static final String[] ORG_SUFFIXES = {"委员会", "委", "办", "局", "厅", "部", "院", "所", "会", "中心",
            "公司", "集团", "银行", "大学", "学院", "学校", "中学", "小学", "医院", "政府", "人大", "政协", "党委", "党组",
            "支部", "协会", "联合会", "合作社", "站", "台", "社", "处", "署", "厂", "馆", "团", "军", "队", "联盟", "基金会",
            "组织", "组", "室", "科", "报", "党"};
    /** The suffixes by their last char: only chars that end one are looked at. */
    private static final String SUFFIX_LAST_CHARS;
    private static final String[][] SUFFIXES_BY_LAST_CHAR;

    static {
        StringBuilder last = new StringBuilder();
        java.util.List<java.util.List<String>> by = new java.util.ArrayList<>();
        for (String suffix : ORG_SUFFIXES) {
            char c = suffix.charAt(suffix.length() - 1);
            int at = last.indexOf(String.valueOf(c));
            if (at < 0) {
                at = last.length();
                last.append(c);
                by.add(new java.util.ArrayList<>());
            }
            by.get(at).add(suffix);
        }
        SUFFIX_LAST_CHARS = last.toString();
        SUFFIXES_BY_LAST_CHAR = by.stream().map(l -> l.toArray(String[]::new)).toArray(String[][]::new);
    }

    private CharFeatures() {}


    /**
     * Keys of the chars {@code [begin, end)} of {@code text} into {@code out} ({@value #TEMPLATES} per char, char
     * {@code begin + i} at {@code i * TEMPLATES}).
     *
     * @param terms HanLP terms with offsets in {@code text} (terms outside the range are ignored)
     */
    static void extract(String text, int begin, int end, List<Term> terms, long[] out) {
        extract(text, begin, end, terms, EntityLexicon.empty(), Clusters.none(), out);
    }

    /** As above, with the model's lexicon of names ({@link EntityLexicon}) and clusters ({@link Clusters}). */
    static void extract(String text, int begin, int end, List<Term> terms, EntityLexicon lexicon, Clusters clusters,
                        long[] out) {
        extract(text, begin, end, terms, lexicon, clusters, false, out);
    }

    /** As above; with {@code jieba} also the templates of jieba's words ({@link #JIEBA_WORD} …), else they are 0. */
    static void extract(String text, int begin, int end, List<Term> terms, EntityLexicon lexicon, Clusters clusters,
                        boolean jieba, long[] out) {
        int n = end - begin;
        int[] c = new int[n + 4];
        int[] cls = new int[n + 4];
        c[0] = c[1] = BEFORE_START;
        c[n + 2] = c[n + 3] = AFTER_END;
        char[] chars = new char[n];
        char[] normalised = new char[n];
        for (int i = 0; i < n; i++) {
            char raw = text.charAt(begin + i);
            chars[i] = raw;
            c[i + 2] = normalise(raw);
            normalised[i] = (char) c[i + 2];
            cls[i + 2] = charClass(raw);
        }
        // HanLP's core dictionary as a lattice: the longest word (2+ chars) starting / ending at each char, and the
        // longest word a char is strictly inside of, whatever path the segmenter took
        int[] dictBegin = new int[n];
        int[] dictEnd = new int[n];
        int[] dictInside = new int[n];
        CoreDictionary.Attribute[] dictBeginWord = new CoreDictionary.Attribute[n];
        CoreDictionary.Attribute[] dictEndWord = new CoreDictionary.Attribute[n];
        lattice(CoreDictionary.trie, chars, dictBegin, dictEnd, dictInside, dictBeginWord, dictEndWord);
        // names from outside the training data (jieba's dictionary): every match, which groups cover each char where,
        // and the longest
        int[] namesAll = new int[n];
        int[] namesLongest = new int[n];
        NameDictionary.standard().match(normalised, namesAll, namesLongest);

        // the lexicon of names (training entities, gazetteer) the same way
        int[] lexBegin = new int[n];
        int[] lexBeginTypes = new int[n];
        int[] lexEnd = new int[n];
        int[] lexEndTypes = new int[n];
        int[] lexInside = new int[n];
        int[] lexInsideTypes = new int[n];
        // and the names of another corpus (CLUENER), if the lexicon has them, in the same scan
        int[] extBegin = new int[n];
        int[] extBeginTypes = new int[n];
        int[] extEnd = new int[n];
        int[] extEndTypes = new int[n];
        int[] extInside = new int[n];
        int[] extInsideTypes = new int[n];
        lexicon.match(normalised, lexBegin, lexBeginTypes, lexEnd, lexEndTypes, lexInside, lexInsideTypes,
                lexicon.external() ? new int[][] {extBegin, extBeginTypes, extEnd, extEndTypes, extInside,
                        extInsideTypes} : null);

        // jieba's words: its segmentation path and its dictionary as a lattice
        int[] jiebaWord = null;
        int[] jiebaWordEnd = null;
        int[] jdictBegin = null;
        int[] jdictEnd = null;
        int[] jdictInside = null;
        int jiebaWordBegin = 0;
        if (jieba) {
            jiebaWord = new int[n];
            jiebaWordEnd = new int[n];
            jdictBegin = new int[n];
            jdictEnd = new int[n];
            jdictInside = new int[n];
            JiebaWords.standard().analyse(normalised, jiebaWord, jiebaWordEnd, jdictBegin, jdictEnd, jdictInside);
        }

        // word of each char: position, part of speech, word hash; neighbours' part of speech and hash
        int[] bmes = new int[n];
        int[] pos = new int[n];
        int[] prevPos = new int[n];
        int[] nextPos = new int[n];
        long[] word = new long[n];
        long[] prevWord = new long[n];
        long[] nextWord = new long[n];
        int[] wordCl = new int[n];
        int[] prevWordCl = new int[n];
        int[] nextWordCl = new int[n];
        int[] hanlpWordBegin = new int[n];
        int[] hanlpWordEnd = new int[n];
        java.util.Arrays.fill(hanlpWordEnd, -1);
        int first = -1;
        int last = -1;
        for (int k = 0; k < terms.size(); k++) {
            Term t = terms.get(k);
            if (t.offset >= begin && t.offset + t.length() <= end) {
                if (first < 0) {
                    first = k;
                }
                last = k;
            }
        }
        if (first >= 0) {
            int[] termPos = new int[last - first + 1];
            long[] termHash = new long[last - first + 1];
            int[] termCluster = new int[last - first + 1];
            for (int k = first; k <= last; k++) {
                Term t = terms.get(k);
                termPos[k - first] = t.nature == null ? 1 : t.nature.toString().hashCode() | 1;
                termHash[k - first] = wordHash(t.word);
                termCluster[k - first] = clusters.word(termHash[k - first]);
            }
            for (int k = first; k <= last; k++) {
                Term t = terms.get(k);
                if (t.offset < begin || t.offset + t.length() > end) {
                    continue;
                }
                int len = t.length();
                int j = k - first;
                for (int x = 0; x < len; x++) {
                    int i = t.offset - begin + x;
                    bmes[i] = len == 1 ? S : x == 0 ? B : x == len - 1 ? E : M;
                    hanlpWordBegin[i] = t.offset - begin;
                    hanlpWordEnd[i] = t.offset - begin + len - 1;
                    pos[i] = termPos[j];
                    prevPos[i] = j > 0 ? termPos[j - 1] : 0;
                    nextPos[i] = j + 1 < termPos.length ? termPos[j + 1] : 0;
                    word[i] = len >= 2 ? termHash[j] : 0;
                    prevWord[i] = j > 0 ? termHash[j - 1] : 0;
                    nextWord[i] = j + 1 < termHash.length ? termHash[j + 1] : 0;
                    wordCl[i] = termCluster[j];
                    prevWordCl[i] = j > 0 ? termCluster[j - 1] : EDGE_WORD;
                    nextWordCl[i] = j + 1 < termCluster.length ? termCluster[j + 1] : EDGE_WORD;
                }
            }
        }

        // distance to the nearest end of an organisation suffix (公司, 委员会, 大学, …) ahead, within 12 chars
        int[] suffixEnd = new int[n];
        int[] suffixLen = new int[n];
        java.util.Arrays.fill(suffixEnd, -1);
        for (int i = 0; i < n; i++) {
            int lastChar = SUFFIX_LAST_CHARS.indexOf(chars[i]);
            if (lastChar < 0) {
                continue;
            }
            for (String suffix : SUFFIXES_BY_LAST_CHAR[lastChar]) {
                int len = suffix.length();
                if (i + 1 >= len && len > suffixLen[i] && text.startsWith(suffix, begin + i + 1 - len)) {
                    suffixLen[i] = len;
                }
            }
        }
        int next = -1;
        for (int i = n - 1; i >= 0; i--) {
            if (suffixLen[i] > 0) {
                next = i;
            }
            suffixEnd[i] = next;
        }
        for (int i = 0; i < n; i++) {
            int o = i * TEMPLATES;
            int p = i + 2;
            int d = suffixEnd[i] < 0 ? -1 : suffixEnd[i] - i;
            out[o + 22] = d < 0 || d > 12 ? 0 : key(22, (long) d << 8 | suffixLen[suffixEnd[i]]);
            out[o + 23] = suffixLen[i] == 0 ? 0 : key(23, suffixLen[i]);
            out[o + 19] = dictBegin[i] == 0 ? 0 : key(19, (long) Math.min(dictBegin[i], 6) << 32 | natureCode(dictBeginWord[i]));
            out[o + 20] = dictEnd[i] == 0 ? 0 : key(20, (long) Math.min(dictEnd[i], 6) << 32 | natureCode(dictEndWord[i]));
            out[o + 21] = dictInside[i] == 0 ? 0 : key(21, Math.min(dictInside[i], 6));

            if (jieba) { // small payloads: dense arrays in NerModel
                int jpos = jiebaWord[i] >> 6 & 7;
                if (i > 0 && jiebaWordEnd[i - 1] != jiebaWordEnd[i]) {
                    jiebaWordBegin = i;
                }
                out[o + JIEBA_WORD] = key(JIEBA_WORD, jiebaWord[i]);
                // the same word in both segmentations: same first and last char
                boolean agree = bmes[i] != NO_WORD && hanlpWordBegin[i] == jiebaWordBegin
                        && hanlpWordEnd[i] == jiebaWordEnd[i];
                out[o + JIEBA_AGREE] = key(JIEBA_AGREE, (agree ? 64 : 0) | bmes[i] << 3 | jpos);
                out[o + JDICT_BEGIN] = jdictBegin[i] == 0 ? 0 : key(JDICT_BEGIN, jdictBegin[i]);
                out[o + JDICT_END] = jdictEnd[i] == 0 ? 0 : key(JDICT_END, jdictEnd[i]);
                out[o + JDICT_INSIDE] = jdictInside[i] == 0 ? 0 : key(JDICT_INSIDE, jdictInside[i]);
            }
            out[o + NAMES_ALL] = namesAll[i] == 0 ? 0 : key(NAMES_ALL, namesAll[i]);
            out[o + NAMES_LONGEST] = namesLongest[i] == 0 ? 0 : key(NAMES_LONGEST, namesLongest[i]);
            out[o + 24] = lexBegin[i] == 0 ? 0 : key(24, (long) Math.min(lexBegin[i], 8) << 8 | lexBeginTypes[i]);
            out[o + 25] = lexEnd[i] == 0 ? 0 : key(25, (long) Math.min(lexEnd[i], 8) << 8 | lexEndTypes[i]);
            out[o + 26] = lexInside[i] == 0 ? 0 : key(26, (long) Math.min(lexInside[i], 8) << 8 | lexInsideTypes[i]);
            out[o + 35] = extBegin[i] == 0 ? 0 : key(35, (long) Math.min(extBegin[i], 8) << 8 | extBeginTypes[i]);
            out[o + 36] = extEnd[i] == 0 ? 0 : key(36, (long) Math.min(extEnd[i], 8) << 8 | extEndTypes[i]);
            out[o + 37] = extInside[i] == 0 ? 0 : key(37, (long) Math.min(extInside[i], 8) << 8 | extInsideTypes[i]);
            if (!clusters.isEmpty()) { // small payloads: NerModel looks these templates up in dense arrays
                int fine0 = clusters.fine(c[p]);
                int fineL = c[p - 1] == BEFORE_START ? EDGE_FINE : clusters.fine(c[p - 1]);
                int fineR = c[p + 1] == AFTER_END ? EDGE_FINE : clusters.fine(c[p + 1]);
                int coarse0 = clusters.coarse(c[p]);
                int coarseL = c[p - 1] == BEFORE_START ? EDGE_COARSE : clusters.coarse(c[p - 1]);
                int coarseR = c[p + 1] == AFTER_END ? EDGE_COARSE : clusters.coarse(c[p + 1]);
                out[o + 27] = key(27, fineL);
                out[o + 28] = key(28, fine0);
                out[o + 29] = key(29, fineR);
                out[o + 30] = key(30, coarseL * (EDGE_COARSE + 1) + coarse0);
                out[o + 31] = key(31, coarse0 * (EDGE_COARSE + 1) + coarseR);
                if (bmes[i] != NO_WORD) {
                    out[o + 32] = key(32, bmes[i] * (EDGE_WORD + 1) + wordCl[i]);
                    out[o + 33] = key(33, bmes[i] * (EDGE_WORD + 1) + prevWordCl[i]);
                    out[o + 34] = key(34, bmes[i] * (EDGE_WORD + 1) + nextWordCl[i]);
                }
            }
            out[o] = 1;
            out[o + 1] = key(1, c[p - 2]);
            out[o + 2] = key(2, c[p - 1]);
            out[o + 3] = key(3, c[p]);
            out[o + 4] = key(4, c[p + 1]);
            out[o + 5] = key(5, c[p + 2]);
            out[o + 6] = key(6, pair(c[p - 2], c[p - 1]));
            out[o + 7] = key(7, pair(c[p - 1], c[p]));
            out[o + 8] = key(8, pair(c[p], c[p + 1]));
            out[o + 9] = key(9, pair(c[p + 1], c[p + 2]));
            out[o + 10] = key(10, pair(c[p - 1], c[p + 1]));
            out[o + 11] = hashed(11, mix(pair(c[p - 1], c[p]) * 0x9E3779B97F4A7C15L + c[p + 1]));
            out[o + 12] = key(12, cls[p - 2] | cls[p - 1] << 3 | cls[p] << 6 | cls[p + 1] << 9 | cls[p + 2] << 12);
            if (bmes[i] == NO_WORD) {
                for (int t = 13; t <= 18; t++) {
                    out[o + t] = 0;
                }
                continue;
            }
            long at = bmes[i];
            out[o + 13] = key(13, at << 32 | (pos[i] & 0xFFFFFFFFL));
            out[o + 14] = hashed(14, mix(mix(at << 32 | (pos[i] & 0xFFFFFFFFL)) + prevPos[i]));
            out[o + 15] = hashed(15, mix(mix(at << 32 | (pos[i] & 0xFFFFFFFFL)) ^ (nextPos[i] * 0xC2B2AE3D27D4EB4FL)));
            out[o + 16] = word[i] == 0 ? 0 : hashed(16, mix(word[i] + at));
            out[o + 17] = hashed(17, mix(prevWord[i] * 31 + at));
            out[o + 18] = hashed(18, mix(nextWord[i] * 37 + at));
        }
    }

    /** The longest dictionary word (2+ chars) starting and ending at each char, the longest one each char is inside. */
    private static void lattice(DoubleArrayTrie<CoreDictionary.Attribute> dictionary, char[] chars, int[] begin,
                                int[] end, int[] inside, CoreDictionary.Attribute[] beginWord,
                                CoreDictionary.Attribute[] endWord) {
        if (dictionary == null || chars.length == 0) {
            return;
        }
        DoubleArrayTrie<CoreDictionary.Attribute>.Searcher searcher = dictionary.getSearcher(chars, 0);
        while (searcher.next()) {
            int len = searcher.length;
            if (len < 2) {
                continue;
            }
            int b = searcher.begin;
            int e = b + len - 1;
            if (len > begin[b]) {
                begin[b] = len;
                beginWord[b] = searcher.value;
            }
            if (len > end[e]) {
                end[e] = len;
                endWord[e] = searcher.value;
            }
            for (int x = b + 1; x < e; x++) {
                inside[x] = Math.max(inside[x], len);
            }
        }
    }

    /** The first (most frequent) part of speech of a dictionary word, as its name's hash. */
    private static long natureCode(CoreDictionary.Attribute a) {
        return a == null || a.nature == null || a.nature.length == 0 || a.nature[0] == null ? 1
                : a.nature[0].toString().hashCode() & 0xFFFFFFFFL;
    }

    /** Full-width ASCII → half-width, ideographic space → space, digits → 0, Latin letters → lower case. */
    static int normalise(char ch) {
        int c = ch;
        if (c >= 0xFF01 && c <= 0xFF5E) {
            c -= 0xFEE0;
        } else if (c == 0x3000) {
            c = ' ';
        }
        if (c >= '0' && c <= '9') {
            return '0';
        }
        if (c >= 'A' && c <= 'Z') {
            return c + ('a' - 'A');
        }
        return c;
    }

    static int charClass(char ch) {
        int c = normalise(ch);
        if (c == '0') {
            return DIGIT;
        }
        if (c >= 'a' && c <= 'z') {
            return LATIN;
        }
        if (CHINESE_NUMERALS.indexOf(ch) >= 0) {
            return CHINESE_NUMERAL;
        }
        if (Character.isIdeographic(c) || Character.isSurrogate(ch)) {
            return HAN;
        }
        if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
            return SPACE;
        }
        int type = Character.getType(c);
        if (type >= Character.DASH_PUNCTUATION && type <= Character.OTHER_PUNCTUATION
                || type == Character.INITIAL_QUOTE_PUNCTUATION || type == Character.FINAL_QUOTE_PUNCTUATION
                || type == Character.MATH_SYMBOL || type == Character.OTHER_SYMBOL) {
            return PUNCT;
        }
        return OTHER;
    }

    private static long key(int template, long payload) {
        return (long) template << 58 | payload;
    }

    private static long hashed(int template, long hash) {
        return (long) template << 58 | (hash & PAYLOAD);
    }

    private static long pair(int a, int b) {
        return (long) a << 21 | b;
    }

    /** FNV-1a over the normalised chars. */
    static long wordHash(String w) {
        long h = 0xCBF29CE484222325L;
        for (int i = 0; i < w.length(); i++) {
            h ^= normalise(w.charAt(i));
            h *= 0x100000001B3L;
        }
        return h;
    }

    /** The splitmix64 finaliser. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
