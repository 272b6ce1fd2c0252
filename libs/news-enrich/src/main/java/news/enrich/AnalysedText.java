package news.enrich;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;

/**
 * Headline and body segmented once by HanLP (Viterbi segmenter with person-name recognition), shared by the classifier,
 * the entity extractor (whose model takes the words and their parts of speech as features) and the keyword extractor.
 *
 * <p>Body terms carry their char offset in the body text. The body is cut into paragraphs at line breaks, and
 * paragraphs longer than {@value #CHUNK_CHARS} chars into sentence-aligned chunks, so segmentation stays linear and
 * memory small. Only the first {@value #MAX_BODY_CHARS} chars of a body are analysed.
 */
final class AnalysedText {

    /** Longer bodies are analysed up to this many chars (offsets stay valid, the rest is ignored). */
    static final int MAX_BODY_CHARS = 100_000;
    /** Longer headlines are cut to this many chars. */
    static final int MAX_HEADLINE_CHARS = 500;
    static final int CHUNK_CHARS = 1_000;

    private static final class Segmenter {
        // HanLP segmenters are thread-safe once configured. Person-name recognition stays on (its nr tags are a feature
        // of the entity model and keep names whole for keywords); place and organisation recognition are off: the
        // entity model does that, better (HanLP's nt merges 有国家发展计划委员会, 为发展: with it on, the model's F1 on
        // the MSRA dev part is 1.2 points lower), and organisation recognition was half of the segmentation time.
        static final Segment INSTANCE = HanLP.newSegment()
                .enableNameRecognize(true)
                .enableTranslatedNameRecognize(true)
                .enableJapaneseNameRecognize(true)
                .enablePlaceRecognize(false)
                .enableOrganizationRecognize(false)
                .enableOffset(true);
    }

    private final String headline;
    private final String body;
    private final List<Term> headlineTerms;
    private final List<List<Term>> paragraphTerms;
    private final List<Term> bodyTerms;
    private final List<Chunk> bodyChunks;
    // the content words, computed on first use by the steps that read them (the topic models); an analysed text is
    // used by one thread
    private List<Term> headlineContent;
    private List<Term> bodyContent;
    private List<List<String>> paragraphContent;

    /** A stretch of the body segmented in one go: chars {@code [begin, end)} and their terms (body offsets). */
    record Chunk(int begin, int end, List<Term> terms) {}

    private AnalysedText(String headline, String body, List<Term> headlineTerms, List<List<Term>> paragraphTerms,
                         List<Chunk> bodyChunks) {
        this.headline = headline;
        this.body = body;
        this.headlineTerms = headlineTerms;
        this.paragraphTerms = paragraphTerms;
        this.bodyChunks = Collections.unmodifiableList(bodyChunks);
        List<Term> all = new ArrayList<>();
        paragraphTerms.forEach(all::addAll);
        this.bodyTerms = Collections.unmodifiableList(all);
    }

    /** Segments a headline and body; nulls are treated as empty. */
    static AnalysedText analyse(String headline, String body) {
        String h = clean(headline, MAX_HEADLINE_CHARS);
        String b = body == null ? "" : body;
        List<Term> headlineTerms = h.isBlank() ? List.of() : segment(h, 0);
        int limit = Math.min(b.length(), MAX_BODY_CHARS);
        List<List<Term>> paragraphs = new ArrayList<>();
        List<Chunk> chunks = new ArrayList<>();
        int start = 0;
        while (start < limit) {
            int end = start;
            while (end < limit && b.charAt(end) != '\n' && b.charAt(end) != '\r') {
                end++;
            }
            if (end > start && !b.substring(start, end).isBlank()) {
                List<Term> terms = new ArrayList<>();
                for (int chunkStart = start; chunkStart < end; ) {
                    int chunkEnd = chunkEnd(b, chunkStart, end);
                    List<Term> chunkTerms = segment(b.substring(chunkStart, chunkEnd), chunkStart);
                    terms.addAll(chunkTerms);
                    chunks.add(new Chunk(chunkStart, chunkEnd, Collections.unmodifiableList(chunkTerms)));
                    chunkStart = chunkEnd;
                }
                paragraphs.add(Collections.unmodifiableList(terms));
            }
            start = end + 1;
        }
        return new AnalysedText(h, b.length() > limit ? b.substring(0, limit) : b, headlineTerms, paragraphs, chunks);
    }

    /** Warms HanLP's dictionaries (first use loads them, which takes about a second). */
    static void warmUp() {
        segment("濮阳市清丰县委书记曹拥军主持召开会议。", 0);
    }

    /** Headline, never null (possibly cut). */
    String headline() {
        return headline;
    }

    /** The analysed body text, never null (possibly cut to {@link #MAX_BODY_CHARS}). */
    String body() {
        return body;
    }

    List<Term> headlineTerms() {
        return headlineTerms;
    }

    /** Terms per paragraph of the body, offsets relative to the body. */
    List<List<Term>> paragraphTerms() {
        return paragraphTerms;
    }

    /** All body terms in order, offsets relative to the body. */
    List<Term> bodyTerms() {
        return bodyTerms;
    }

    /** The body as segmented: each chunk (a paragraph, or a sentence-aligned part of a long one) with its terms. */
    List<Chunk> bodyChunks() {
        return bodyChunks;
    }

    /** The headline's terms without stop words ({@link StopWords}), computed once. */
    List<Term> headlineContentTerms() {
        if (headlineContent == null) {
            headlineContent = content(headlineTerms);
        }
        return headlineContent;
    }

    /** The body's terms without stop words ({@link StopWords}), computed once. */
    List<Term> bodyContentTerms() {
        if (bodyContent == null) {
            bodyContent = content(bodyTerms);
        }
        return bodyContent;
    }

    /** Each paragraph's words without stop words ({@link StopWords}), computed once. */
    List<List<String>> paragraphContentWords() {
        if (paragraphContent == null) {
            List<List<String>> out = new ArrayList<>(paragraphTerms.size());
            for (List<Term> paragraph : paragraphTerms) {
                List<String> words = new ArrayList<>(paragraph.size());
                for (Term t : paragraph) {
                    if (StopWords.shouldInclude(t)) {
                        words.add(t.word);
                    }
                }
                out.add(Collections.unmodifiableList(words));
            }
            paragraphContent = Collections.unmodifiableList(out);
        }
        return paragraphContent;
    }

    private static List<Term> content(List<Term> terms) {
        List<Term> out = new ArrayList<>(terms.size());
        for (Term t : terms) {
            if (StopWords.shouldInclude(t)) {
                out.add(t);
            }
        }
        return Collections.unmodifiableList(out);
    }

    boolean isEmpty() {
        return headlineTerms.isEmpty() && bodyTerms.isEmpty();
    }

    private static List<Term> segment(String text, int offset) {
        List<Term> terms = Segmenter.INSTANCE.seg(text);
        List<Term> out = new ArrayList<>(terms.size());
        for (Term t : terms) {
            if (t.word == null || t.word.isBlank()) {
                continue;
            }
            Term copy = new Term(t.word, t.nature);
            copy.offset = t.offset + offset;
            out.add(copy);
        }
        return out;
    }

    /** End of the chunk starting at {@code start}: at most CHUNK_CHARS, cut after sentence punctuation if possible. */
    private static int chunkEnd(String text, int start, int end) {
        if (end - start <= CHUNK_CHARS) {
            return end;
        }
        int hard = start + CHUNK_CHARS;
        for (int i = hard - 1; i > start + CHUNK_CHARS / 2; i--) {
            if (Sentences.isSentenceEnd(text.charAt(i))) {
                return i + 1;
            }
        }
        // do not split a surrogate pair
        return Character.isHighSurrogate(text.charAt(hard - 1)) ? hard + 1 : hard;
    }

    private static String clean(String s, int max) {
        if (s == null) {
            return "";
        }
        String t = s.strip();
        return t.length() > max ? t.substring(0, max) : t;
    }
}
