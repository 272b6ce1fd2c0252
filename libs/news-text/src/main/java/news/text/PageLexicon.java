package news.text;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The words a page's texts share, for telling which headline belongs to which body: Han character bigrams weighted
 * by how rare they are on the page (inverse document frequency over the page's paragraphs), so that a headline's
 * {@code 尊崇职业} counts for much more than its {@code 发展} or {@code 工作}.
 *
 * <p>{@link #coverage} is the share of a headline's weight found in a text (0-1); {@link #affinity} the weight itself;
 * {@link #cohesion} a cosine between two texts. Built once per page; not thread-safe (the page splitter makes one per
 * page).
 */
final class PageLexicon {
    private final Map<Integer, Integer> documentFrequency = new HashMap<>();
    private final double documents;

    PageLexicon(List<int[]> paragraphBigrams) {
        for (int[] bigrams : paragraphBigrams) {
            for (int b : bigrams) {
                documentFrequency.merge(b, 1, Integer::sum);
            }
        }
        documents = Math.max(1, paragraphBigrams.size());
    }

    double weight(int bigram) {
        int df = documentFrequency.getOrDefault(bigram, 0);
        return Math.log(1 + documents / Math.max(1, df));
    }

    /** Share of {@code head}'s bigram weight found in {@code text} (both sorted, distinct). */
    double coverage(int[] head, int[] text) {
        double total = 0;
        double shared = 0;
        for (int i = 0, j = 0; i < head.length; i++) {
            double w = weight(head[i]);
            total += w;
            while (j < text.length && text[j] < head[i]) {
                j++;
            }
            if (j < text.length && text[j] == head[i]) {
                shared += w;
            }
        }
        return total == 0 ? 0 : shared / total;
    }

    /** Weight of the bigrams {@code head} and {@code text} share. */
    double affinity(int[] head, int[] text) {
        double shared = 0;
        for (int i = 0, j = 0; i < head.length && j < text.length; ) {
            if (head[i] < text[j]) {
                i++;
            } else if (head[i] > text[j]) {
                j++;
            } else {
                shared += weight(head[i]);
                i++;
                j++;
            }
        }
        return shared;
    }

    /** Weighted cosine of two bigram sets (0 when either is empty). */
    double cohesion(int[] a, int[] b) {
        double na = 0;
        double nb = 0;
        for (int x : a) {
            double w = weight(x);
            na += w * w;
        }
        for (int x : b) {
            double w = weight(x);
            nb += w * w;
        }
        if (na == 0 || nb == 0) {
            return 0;
        }
        double dot = 0;
        for (int i = 0, j = 0; i < a.length && j < b.length; ) {
            if (a[i] < b[j]) {
                i++;
            } else if (a[i] > b[j]) {
                j++;
            } else {
                double w = weight(a[i]);
                dot += w * w;
                i++;
                j++;
            }
        }
        return dot / Math.sqrt(na * nb);
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

    /** The sorted union of sorted distinct arrays. */
    static int[] union(List<int[]> sets) {
        int total = 0;
        for (int[] s : sets) {
            total += s.length;
        }
        int[] all = new int[total];
        int k = 0;
        for (int[] s : sets) {
            System.arraycopy(s, 0, all, k, s.length);
            k += s.length;
        }
        Arrays.sort(all);
        int m = 0;
        for (int i = 0; i < all.length; i++) {
            if (i == 0 || all[i] != all[i - 1]) {
                all[m++] = all[i];
            }
        }
        return Arrays.copyOf(all, m);
    }
}
