package news.text;

import java.util.Arrays;

/**
 * Which piece each contested open end goes on in, decided for all of them at once.
 *
 * <p>{@link BodyStitcher}'s pass 0 joins an open end to the piece printed right after it whenever that piece could
 * continue it — right on real pages, where blank lines fall inside columns, but wrong where pdftotext printed another
 * module's column there (a module's first column, then the module below it, the rest of the first text much later).
 * A pass-0 join that nothing confirms is therefore a prior, not a verdict: the contested ends and the starts they could
 * go on in (the free ones and the printed next pieces of all of them) are assigned as one problem, the printed next
 * piece getting a bonus of {@code prior} on top of its score. Assigning them together undoes crossings a greedy choice
 * cannot: two texts printed column by column in turn ({@code A1 B1 A2 B2}: {@code A1→B1→A2→B2} as printed, {@code
 * A1→A2} and {@code B1→B2} as written). Pure and stateless.
 */
final class JoinReview {
    private JoinReview() {
    }

    /** A pair scoring less than this is not possible. */
    static final double IMPOSSIBLE = Double.NEGATIVE_INFINITY;

    /**
     * The assignment maximises the sum of the scores of the joins made (an end left open adds nothing).
     *
     * @param score     score[e][s] of end e going on in start s ({@link #IMPOSSIBLE} where it cannot); the printed
     *                  next piece of end e is start {@code printed[e]} (or -1 when it is no start of the problem)
     * @param printed   for each end, the start printed right after it, or -1
     * @param prior     bonus of the printed next piece
     * @param confident a start other than the printed one is taken only when its own score is at least this
     * @return for each end the start it goes on in, or -1 (left open: the stitcher looks for its continuation later)
     */
    static int[] assign(double[][] score, int[] printed, double prior, double confident) {
        int ends = score.length;
        int[] out = new int[ends];
        Arrays.fill(out, -1);
        if (ends == 0 || score[0].length == 0) {
            return out;
        }
        int starts = score[0].length;
        double[][] weight = new double[ends][starts];
        double[] threshold = new double[ends];
        for (int e = 0; e < ends; e++) {
            for (int s = 0; s < starts; s++) {
                double v = score[e][s];
                if (s == printed[e]) {
                    // Kept unless the alternatives together do clearly better (scores of pieces side by side > 0).
                    weight[e][s] = v == IMPOSSIBLE ? -1 : Math.max(v + prior, Double.MIN_VALUE);
                } else {
                    weight[e][s] = v == IMPOSSIBLE || v < confident ? -1 : v;
                }
            }
        }
        int[] match = Assignment.maximize(weight, threshold);
        System.arraycopy(match, 0, out, 0, ends);
        return out;
    }
}
