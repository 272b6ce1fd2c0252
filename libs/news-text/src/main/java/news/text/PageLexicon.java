package news.text;

import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/**
 * The words a page's texts share, for telling which headline belongs to which body: Han character bigrams weighted
 * by how rare they are on the page (inverse document frequency over the page's paragraphs), so that a headline's
 * {@code 尊崇职业} counts for much more than its {@code 发展} or {@code 工作}.
 *
 * <p>Built in one pass over the paragraphs: an open-addressing table from bigram to its document frequency and to the
 * paragraphs it occurs in (in page order). Queries then ask, for the few bigrams of a headline or a caption, which of
 * a set of paragraphs hold them: {@link #coverage} is the share of a headline's weight found in a text (0-1). Not
 * thread-safe (the page splitter makes one per page).
 */
final class PageLexicon {
    private final BigramSlots slots;
    /**
     * Per slot, side by side so that one bigram's entry is one cache line: its document frequency ({@code DF}), its
     * first and last posting + 1 ({@code HEAD}, {@code TAIL}; 0 before the first).
     */
    private final int[] entries;
    private static final int DF = 0;
    private static final int HEAD = 1;
    private static final int TAIL = 2;
    private static final int ENTRY = 4;
    private int[] postParagraph;
    private int[] postNext;
    private int posts;
    private final double documents;
    /** The bigrams {@link #coverage} was last asked about (by identity) and their slots (-1: not on the page). */
    private int[] memoBigrams;
    private int[] memoSlots;
    private final double unseen;

    PageLexicon(List<String> paragraphs) {
        int chars = 0;
        for (String p : paragraphs) {
            chars += p.length();
        }
        // At most one distinct bigram per character: a table of 1-2x that keeps probes short and stays small.
        slots = new BigramSlots(chars);
        int capacity = slots.capacity();
        entries = new int[capacity * ENTRY];
        postParagraph = new int[Math.max(16, chars)];
        postNext = new int[postParagraph.length];
        for (int p = 0; p < paragraphs.size(); p++) {
            String s = paragraphs.get(p);
            char previous = 0;
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c == ' ' || c == '\n' || c == '\u3000' || c == '\t') {
                    continue; // letter-spaced text: the characters still pair up
                }
                if (CharClass.isHan(c)) {
                    if (previous != 0) {
                        add(previous << 16 | c, p);
                    }
                    previous = c;
                } else {
                    previous = 0;
                }
            }
        }
        documents = Math.max(1, paragraphs.size());
        unseen = Math.log(1 + documents);
    }

    private void add(int key, int paragraph) {
        int i = slots.slot(key);
        if (slots.isFree(i)) {
            slots.claim(i, key);
        }
        int e = i * ENTRY;
        int last = entries[e + TAIL] - 1;
        if (last >= 0 && postParagraph[last] == paragraph) {
            return; // counted once per paragraph (paragraphs come in order: the last posting tells)
        }
        entries[e + DF]++;
        if (posts == postParagraph.length) {
            postParagraph = Arrays.copyOf(postParagraph, posts * 2);
            postNext = Arrays.copyOf(postNext, posts * 2);
        }
        postParagraph[posts] = paragraph;
        postNext[posts] = -1;
        if (last < 0) {
            entries[e + HEAD] = posts + 1;
        } else {
            postNext[last] = posts;
        }
        entries[e + TAIL] = posts + 1;
        posts++;
    }

    double weight(int bigram) {
        int i = slots.slot(bigram);
        return slots.isFree(i) ? unseen : Math.log(1 + documents / entries[i * ENTRY + DF]);
    }

    /** The weight of each of {@code bigrams}. */
    double[] weights(int[] bigrams) {
        double[] w = new double[bigrams.length];
        for (int i = 0; i < bigrams.length; i++) {
            w[i] = weight(bigrams[i]);
        }
        return w;
    }

    /** Whether {@code bigram} occurs in any of the paragraphs in {@code set}. */
    boolean occursIn(int bigram, BitSet set) {
        int i = slots.slot(bigram);
        if (slots.isFree(i)) {
            return false;
        }
        for (int k = entries[i * ENTRY + HEAD] - 1; k >= 0; k = postNext[k]) {
            if (set.get(postParagraph[k])) {
                return true;
            }
        }
        return false;
    }

    /** Share of the bigrams' weight (total {@code total}) found in the paragraphs of {@code set}. */
    double coverage(int[] bigrams, double[] weights, double total, BitSet set) {
        if (total == 0) {
            return 0;
        }
        // The same headline is scored against text after text: its slots are looked up once (a one-entry memo by
        // identity), and each posting list is walked only up to the set's last paragraph (postings are in page order).
        if (bigrams != memoBigrams) {
            memoSlots = new int[bigrams.length];
            for (int i = 0; i < bigrams.length; i++) {
                int slot = slots.slot(bigrams[i]);
                memoSlots[i] = slots.isFree(slot) ? -1 : slot;
            }
            memoBigrams = bigrams;
        }
        int end = set.length();
        double shared = 0;
        for (int i = 0; i < bigrams.length; i++) {
            int slot = memoSlots[i];
            if (slot < 0) {
                continue;
            }
            for (int k = entries[slot * ENTRY + HEAD] - 1; k >= 0 && postParagraph[k] < end; k = postNext[k]) {
                if (set.get(postParagraph[k])) {
                    shared += weights[i];
                    break;
                }
            }
        }
        return shared / total;
    }


    /** Share of the bigrams' weight found in the paragraphs of {@code set}. */
    double coverage(int[] bigrams, BitSet set) {
        double[] w = weights(bigrams);
        return coverage(bigrams, w, Arrays.stream(w).sum(), set);
    }

    /** Calls {@code visit(index of the bigram, paragraph)} for every paragraph of {@code set} holding one of them. */
    void occurrences(int[] bigrams, BitSet set, Occurrence visit) {
        for (int b = 0; b < bigrams.length; b++) {
            int i = slots.slot(bigrams[b]);
            if (slots.isFree(i)) {
                continue;
            }
            for (int k = entries[i * ENTRY + HEAD] - 1; k >= 0; k = postNext[k]) {
                if (set.get(postParagraph[k])) {
                    visit.at(b, postParagraph[k]);
                }
            }
        }
    }

    interface Occurrence {
        void at(int bigram, int paragraph);
    }

    /** The distinct Han character bigrams of {@code s}, whitespace skipped (letter-spaced text), sorted. */
    static int[] bigrams(String s) {
        int[] out = new int[Math.max(0, s.length() - 1)];
        int n = 0;
        char previous = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\n' || c == '\u3000' || c == '\t') {
                continue;
            }
            if (CharClass.isHan(c)) {
                if (previous != 0) {
                    out[n++] = previous << 16 | c;
                }
                previous = c;
            } else {
                previous = 0;
            }
        }
        int[] sorted = Arrays.copyOf(out, n);
        Arrays.sort(sorted);
        int m = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (i == 0 || sorted[i] != sorted[i - 1]) {
                sorted[m++] = sorted[i];
            }
        }
        return Arrays.copyOf(sorted, m);
    }
}
