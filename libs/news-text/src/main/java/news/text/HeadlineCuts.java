package news.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a run of headline-shaped lines printed together holds the headlines of several texts: headlines bunched
 * after (or before) the bodies they belong to, with no byline between them, arrive as one unit
 * ({@code 黄龙玉价格冲天} / {@code 一线观察} / {@code 《重案3》王茜为丁志诚写剧本}). A unit is cut between two lines that
 * each clearly belong to a different text, judged by the words they share with the page's texts: a headline names
 * what its text is about; kicker, main line and sub-headline of one article all point at the same text (or at
 * none), so they are never cut apart.
 *
 * <p>Pure: works on a line × text matrix of coverages (the share of a line's rare-word weight found in a text, 0-1).
 */
final class HeadlineCuts {
    /** A line covering at least this share of its weight in one text is anchored there ... */
    static final double ANCHOR = 0.25;
    /** ... when it covers at least this much less in every other text. */
    static final double MARGIN = 0.15;
    /** How much a line that opens what follows (a column label, a series kicker) prefers the later headline. */
    static final double OPENS_NEXT = 0.3;

    private HeadlineCuts() {
    }

    /**
     * @param cover     cover[line][text]: the line's coverage of each text on the page
     * @param opensNext per line: printed before the headline it goes with (a column label, a {@code ——…之三} kicker)
     * @param wrapped   per line: the word across its break with the line before occurs in a text (a headline wrapped
     *                  mid-word, {@code …以优异成绩迎} / {@code 接党的二十大…}): never cut there
     * @return the indices of the lines that start a new unit, ascending (empty: keep the unit whole)
     */
    static List<Integer> cuts(double[][] cover, boolean[] opensNext, boolean[] wrapped) {
        int n = cover.length;
        List<Integer> out = new ArrayList<>();
        int previous = -1; // the last anchored line
        int previousText = -1;
        for (int i = 0; i < n; i++) {
            int text = anchor(cover[i]);
            if (text < 0) {
                continue;
            }
            if (previous >= 0 && text != previousText
                    && cover[previous][text] <= cover[i][text] - MARGIN
                    && cover[i][previousText] <= cover[previous][previousText] - MARGIN) {
                int at = cutBetween(cover, opensNext, wrapped, previous, i, previousText, text);
                if (at > 0) {
                    out.add(at);
                }
            }
            previous = i;
            previousText = text;
        }
        return out;
    }

    /** The text a line is anchored to, or -1. */
    static int anchor(double[] cover) {
        int best = -1;
        double first = 0;
        double second = 0;
        for (int k = 0; k < cover.length; k++) {
            if (cover[k] > first) {
                second = first;
                first = cover[k];
                best = k;
            } else if (cover[k] > second) {
                second = cover[k];
            }
        }
        return first >= ANCHOR && first - second >= MARGIN ? best : -1;
    }

    /**
     * Between anchored lines {@code a < b}: the first line of the later unit. The lines in between go where they share
     * more words, a line that opens what follows to the later one, the rest (a wrapped tail, a sub-headline) to the
     * earlier one when nothing tells; -1 when every break between them is inside a wrapped word.
     */
    private static int cutBetween(double[][] cover, boolean[] opensNext, boolean[] wrapped, int a, int b, int textA,
                                  int textB) {
        int best = -1;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int p = b; p > a; p--) {
            if (wrapped[p]) {
                continue;
            }
            double score = 0;
            for (int l = a + 1; l < b; l++) {
                score += l < p ? cover[l][textA] : cover[l][textB] + (opensNext[l] ? OPENS_NEXT : 0);
            }
            if (score > bestScore + 1e-9) {
                bestScore = score;
                best = p;
            }
        }
        return best;
    }
}
