package news.text;

import java.util.Arrays;

/**
 * Best one-to-one assignment of rows to columns (the Hungarian method, O(n³)): which headline goes with which body
 * when several compete. A pair is only taken when its score beats the row's threshold; the total score of the pairs
 * taken is the largest possible (so a page where every headline finds a text beats one where a single pair scores
 * high and two are left out).
 */
final class Assignment {
    private Assignment() {
    }

    /**
     * @param score     score[r][c], any finite value
     * @param threshold per row: a pair scoring at most this is never taken
     * @return for each row the column it gets, or -1
     */
    static int[] maximize(double[][] score, double[] threshold) {
        int rows = score.length;
        int cols = rows == 0 ? 0 : score[0].length;
        int n = rows + cols;
        if (rows == 0 || cols == 0) {
            int[] none = new int[rows];
            Arrays.fill(none, -1);
            return none;
        }
        final double forbidden = 1e9;
        double[][] cost = new double[n][n];
        for (int r = 0; r < n; r++) {
            for (int c = 0; c < n; c++) {
                if (r < rows && c < cols) {
                    cost[r][c] = score[r][c] > threshold[r] ? -score[r][c] : forbidden;
                } else {
                    cost[r][c] = 0; // a row left out, a column left free
                }
            }
        }
        int[] match = hungarian(cost);
        int[] out = new int[rows];
        for (int r = 0; r < rows; r++) {
            int c = match[r];
            out[r] = c < cols && cost[r][c] < forbidden / 2 ? c : -1;
        }
        return out;
    }

    /** Minimum-cost perfect matching of a square matrix: row → column. */
    private static int[] hungarian(double[][] a) {
        int n = a.length;
        double[] u = new double[n + 1];
        double[] v = new double[n + 1];
        int[] p = new int[n + 1];
        int[] way = new int[n + 1];
        for (int i = 1; i <= n; i++) {
            p[0] = i;
            int j0 = 0;
            double[] minv = new double[n + 1];
            Arrays.fill(minv, Double.MAX_VALUE);
            boolean[] used = new boolean[n + 1];
            do {
                used[j0] = true;
                int i0 = p[j0];
                double delta = Double.MAX_VALUE;
                int j1 = 0;
                for (int j = 1; j <= n; j++) {
                    if (!used[j]) {
                        double cur = a[i0 - 1][j - 1] - u[i0] - v[j];
                        if (cur < minv[j]) {
                            minv[j] = cur;
                            way[j] = j0;
                        }
                        if (minv[j] < delta) {
                            delta = minv[j];
                            j1 = j;
                        }
                    }
                }
                for (int j = 0; j <= n; j++) {
                    if (used[j]) {
                        u[p[j]] += delta;
                        v[j] -= delta;
                    } else {
                        minv[j] -= delta;
                    }
                }
                j0 = j1;
            } while (p[j0] != 0);
            do {
                int j1 = way[j0];
                p[j0] = p[j1];
                j0 = j1;
            } while (j0 != 0);
        }
        int[] rowToCol = new int[n];
        for (int j = 1; j <= n; j++) {
            rowToCol[p[j] - 1] = j - 1;
        }
        return rowToCol;
    }
}
