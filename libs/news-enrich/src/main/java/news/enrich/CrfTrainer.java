package news.enrich;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Trains the entity model's weights as a linear-chain CRF (globally normalised, Lafferty et al. 2001) instead of the
 * averaged perceptron: the same rows × tags layout, the same constrained BIOES transitions (from BOS and from each
 * tag; a sequence may only end on a tag that closes), so {@link NerModel} decodes the result unchanged. The objective
 * is the negative conditional log-likelihood of the gold taggings plus an L2 penalty {@code l2 / 2 · |w|²},
 * minimised by L-BFGS (two-loop recursion, backtracking line search); its history is kept in floats to stay well
 * under the 1 GiB heap the tools run in. Deterministic: no shuffling, sums in a fixed order.
 */
final class CrfTrainer {

    private static final int T = NerTags.SIZE;
    private static final int HISTORY = 5;

    private CrfTrainer() {}

    /** One training chunk: {@code k} feature rows per char ({@code -1} for none) and its gold tags. */
    record Chunk(int[] rows, int[] gold) {}

    /**
     * The weights ({@code (T + 1 + features) × T}) minimising the penalised negative log-likelihood.
     *
     * @param iterations at most this many L-BFGS iterations (stops earlier when the objective no longer moves)
     * @param progress   called every 10 iterations with the weights so far (e.g. to score a dev part); may be null
     */
    static float[] train(List<Chunk> chunks, int features, int k, double l2, int iterations, Consumer<String> log,
                         Function<float[], String> progress) {
        int size = (T + 1 + features) * T;
        double[] x = new double[size];
        double[] g = new double[size];
        double[] xNew = new double[size];
        double[] gNew = new double[size];
        float[] d = new float[size];
        float[][] s = new float[HISTORY][];
        float[][] y = new float[HISTORY][];
        double[] rho = new double[HISTORY];
        double[] alpha = new double[HISTORY];
        Workspace ws = new Workspace();
        long t0 = System.nanoTime();
        double f = objective(chunks, k, l2, x, g, ws);
        double[] history = new double[iterations + 1];
        history[0] = f;
        int stored = 0;
        int newest = -1;
        for (int it = 1; it <= iterations; it++) {
            // direction: −H·g by the two-loop recursion over the stored pairs
            double[] q = gNew; // scratch: q = g
            System.arraycopy(g, 0, q, 0, size);
            for (int j = 0; j < stored; j++) {
                int m = Math.floorMod(newest - j, HISTORY);
                double a = rho[m] * dot(s[m], q);
                alpha[m] = a;
                axpy(-a, y[m], q);
            }
            double gamma = 1;
            if (stored > 0) {
                gamma = dotFloat(s[newest], y[newest]) / dotFloat(y[newest], y[newest]);
            } else {
                gamma = 1 / Math.sqrt(dot(g, g));
            }
            for (int i = 0; i < size; i++) {
                q[i] *= gamma;
            }
            for (int j = stored - 1; j >= 0; j--) {
                int m = Math.floorMod(newest - j, HISTORY);
                double b = rho[m] * dot(y[m], q);
                axpy(alpha[m] - b, s[m], q);
            }
            double slope = 0;
            for (int i = 0; i < size; i++) {
                d[i] = (float) -q[i];
                slope += d[i] * g[i];
            }
            if (slope >= 0) { // not a descent direction (float history): restart from the gradient
                stored = 0;
                double norm = Math.sqrt(dot(g, g));
                slope = 0;
                for (int i = 0; i < size; i++) {
                    d[i] = (float) (-g[i] / norm);
                    slope += d[i] * g[i];
                }
            }
            // backtracking line search (Armijo)
            double step = 1;
            double fNew;
            int tries = 0;
            while (true) {
                for (int i = 0; i < size; i++) {
                    xNew[i] = x[i] + step * d[i];
                }
                fNew = objective(chunks, k, l2, xNew, gNew, ws);
                if (fNew <= f + 1e-4 * step * slope || ++tries >= 20) {
                    break;
                }
                step *= 0.5;
            }
            int m = Math.floorMod(newest + 1, HISTORY);
            float[] sm = s[m] != null ? s[m] : new float[size];
            float[] ym = y[m] != null ? y[m] : new float[size];
            double sy = 0;
            for (int i = 0; i < size; i++) {
                sm[i] = (float) (xNew[i] - x[i]);
                ym[i] = (float) (gNew[i] - g[i]);
                sy += (double) sm[i] * ym[i];
            }
            s[m] = sm;
            y[m] = ym;
            if (sy > 1e-10) {
                rho[m] = 1 / sy;
                newest = m;
                stored = Math.min(stored + 1, HISTORY);
            }
            double[] swap = x;
            x = xNew;
            xNew = swap;
            swap = g;
            g = gNew;
            gNew = swap;
            f = fNew;
            history[it] = f;
            boolean converged = it >= 10 && (history[it - 10] - f) / f < 1e-5;
            if (it % 10 == 0 || converged || it == iterations) {
                String extra = progress != null ? "; dev " + progress.apply(toFloat(x)) : "";
                log.accept(String.format(Locale.ROOT, "CRF iteration %d: objective %.1f, step %.3g, %.1f s%s", it, f,
                        step, (System.nanoTime() - t0) / 1e9, extra));
            }
            if (converged) {
                break;
            }
        }
        return toFloat(x);
    }

    private static float[] toFloat(double[] x) {
        float[] w = new float[x.length];
        for (int i = 0; i < x.length; i++) {
            w[i] = (float) x[i];
        }
        return w;
    }

    private static double dot(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    private static double dot(float[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    private static double dotFloat(float[] a, float[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += (double) a[i] * b[i];
        }
        return sum;
    }

    private static void axpy(double a, float[] x, double[] y) {
        for (int i = 0; i < y.length; i++) {
            y[i] += a * x[i];
        }
    }

    /** Per-chunk buffers, grown as needed. */
    static final class Workspace {
        double[] emit = new double[0];
        double[] alpha = new double[0];
        double[] beta = new double[0];
        double[] scale = new double[0];

        void ensure(int n) {
            if (scale.length < n) {
                int c = Math.max(n, 2 * scale.length);
                emit = new double[c * T];
                alpha = new double[c * T];
                beta = new double[c * T];
                scale = new double[c];
            }
        }
    }

    private static final boolean[] ALLOWED = new boolean[(T + 1) * T];
    private static final boolean[] CAN_END = new boolean[T];

    static {
        for (int prev = 0; prev <= T; prev++) {
            for (int cur = 0; cur < T; cur++) {
                ALLOWED[prev * T + cur] = NerTags.allowed(prev, cur);
            }
        }
        for (int t = 0; t < T; t++) {
            CAN_END[t] = NerTags.canEnd(t);
        }
    }

    /** The penalised negative log-likelihood at {@code w}; its gradient into {@code grad}. */
    static double objective(List<Chunk> chunks, int k, double l2, double[] w, double[] grad, Workspace ws) {
        java.util.Arrays.fill(grad, 0);
        double[] trans = new double[(T + 1) * T]; // exp(transition weight), 0 where not allowed
        for (int i = 0; i < trans.length; i++) {
            trans[i] = ALLOWED[i] ? Math.exp(w[i]) : 0;
        }
        double[] transGrad = new double[(T + 1) * T];
        double nll = 0;
        for (Chunk c : chunks) {
            nll += chunk(c, k, w, trans, grad, transGrad, ws);
        }
        for (int i = 0; i < transGrad.length; i++) {
            grad[i] += transGrad[i];
        }
        double penalty = 0;
        for (int i = 0; i < w.length; i++) {
            penalty += w[i] * w[i];
            grad[i] += l2 * w[i];
        }
        return nll + l2 / 2 * penalty;
    }

    /** −log p(gold) of one chunk; adds its gradient (expected minus gold counts). */
    private static double chunk(Chunk c, int k, double[] w, double[] trans, double[] grad, double[] transGrad,
                                Workspace ws) {
        int n = c.gold().length;
        if (n == 0) {
            return 0;
        }
        int[] rows = c.rows();
        int[] gold = c.gold();
        ws.ensure(n);
        double[] emit = ws.emit;
        double[] alpha = ws.alpha;
        double[] beta = ws.beta;
        double[] scale = ws.scale;
        double goldScore = 0;
        double logZ = 0;
        for (int i = 0; i < n; i++) {
            int e = i * T;
            for (int t = 0; t < T; t++) {
                emit[e + t] = 0;
            }
            for (int j = 0; j < k; j++) {
                int r = rows[i * k + j];
                if (r < 0) {
                    continue;
                }
                int base = r * T;
                for (int t = 0; t < T; t++) {
                    emit[e + t] += w[base + t];
                }
            }
            goldScore += emit[e + gold[i]] + w[(i == 0 ? NerTags.BOS : gold[i - 1]) * T + gold[i]];
            double max = Double.NEGATIVE_INFINITY;
            for (int t = 0; t < T; t++) {
                max = Math.max(max, emit[e + t]);
            }
            for (int t = 0; t < T; t++) {
                emit[e + t] = Math.exp(emit[e + t] - max); // potentials, scaled by exp(-max)
            }
            logZ += max;
        }
        // forward (each step normalised; the scales' logs add up to log Z)
        double sum = 0;
        for (int t = 0; t < T; t++) {
            alpha[t] = emit[t] * trans[NerTags.BOS * T + t];
            sum += alpha[t];
        }
        scale[0] = sum;
        for (int t = 0; t < T; t++) {
            alpha[t] /= sum;
        }
        for (int i = 1; i < n; i++) {
            int e = i * T;
            int p0 = (i - 1) * T;
            sum = 0;
            for (int cur = 0; cur < T; cur++) {
                double a = 0;
                for (int prev = 0; prev < T; prev++) {
                    a += alpha[p0 + prev] * trans[prev * T + cur];
                }
                a *= emit[e + cur];
                alpha[e + cur] = a;
                sum += a;
            }
            scale[i] = sum;
            for (int t = 0; t < T; t++) {
                alpha[e + t] /= sum;
            }
        }
        double end = 0;
        int last = (n - 1) * T;
        for (int t = 0; t < T; t++) {
            if (CAN_END[t]) {
                end += alpha[last + t];
            }
        }
        for (int i = 0; i < n; i++) {
            logZ += Math.log(scale[i]);
        }
        logZ += Math.log(end);
        // backward, with the same scales: alpha · beta is the marginal of each char's tag
        for (int t = 0; t < T; t++) {
            beta[last + t] = CAN_END[t] ? 1 / end : 0;
        }
        for (int i = n - 2; i >= 0; i--) {
            int e = i * T;
            int nx = (i + 1) * T;
            for (int prev = 0; prev < T; prev++) {
                double b = 0;
                for (int cur = 0; cur < T; cur++) {
                    b += trans[prev * T + cur] * emit[nx + cur] * beta[nx + cur];
                }
                beta[e + prev] = b / scale[i + 1];
            }
        }
        // gradient: marginals minus gold indicators
        for (int i = 0; i < n; i++) {
            int e = i * T;
            for (int t = 0; t < T; t++) {
                double p = alpha[e + t] * beta[e + t];
                if (t == gold[i]) {
                    p -= 1;
                }
                if (p == 0) {
                    continue;
                }
                for (int j = 0; j < k; j++) {
                    int r = rows[i * k + j];
                    if (r >= 0) {
                        grad[r * T + t] += p;
                    }
                }
                if (i == 0) {
                    transGrad[NerTags.BOS * T + t] += p;
                }
            }
            if (i > 0) {
                int p0 = (i - 1) * T;
                double inv = 1 / scale[i];
                for (int prev = 0; prev < T; prev++) {
                    double ap = alpha[p0 + prev];
                    if (ap == 0) {
                        continue;
                    }
                    for (int cur = 0; cur < T; cur++) {
                        double tr = trans[prev * T + cur];
                        if (tr != 0) {
                            transGrad[prev * T + cur] += ap * tr * emit[e + cur] * beta[e + cur] * inv;
                        }
                    }
                }
                transGrad[gold[i - 1] * T + gold[i]] -= 1;
            }
        }
        return logZ - goldScore;
    }
}
