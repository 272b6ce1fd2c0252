package news.enrich;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import de.bwaldvogel.liblinear.Model;

/**
 * The weights of a trained LIBLINEAR logistic-regression model (one-vs-rest, with bias), kept as floats in one array,
 * with LIBLINEAR's probability estimate re-implemented on sparse {@code (id, value)} vectors: no {@code Feature}
 * objects on the hot path. In the model file each weight is an IEEE half-precision float (3 significant digits, far
 * finer than the differences that decide a topic): a file a twentieth of LIBLINEAR's text format. Immutable,
 * thread-safe.
 */
final class LinearWeights {

    private final String[] codes;      // class k -> code
    private final int features;        // feature ids 1..features
    private final int vectors;         // weight vectors: classes, or 1 for a two-class model
    private final float[] weights;     // (id - 1) * vectors + k
    private final float[] bias;        // per vector

    private LinearWeights(String[] codes, int features, int vectors, float[] weights, float[] bias) {
        this.codes = codes;
        this.features = features;
        this.vectors = vectors;
        this.weights = weights;
        this.bias = bias;
    }

    /**
     * Takes the weights of a model trained with bias 1 on labels {@code 0..codes.length-1} (label i is {@code codes[i]}).
     */
    static LinearWeights of(Model model, String[] codeOfLabel) {
        int[] labels = model.getLabels();
        String[] codes = new String[labels.length];
        for (int k = 0; k < labels.length; k++) {
            codes[k] = codeOfLabel[labels[k]];
        }
        int n = model.getNrFeature();
        int vectors = labels.length == 2 ? 1 : labels.length;
        double[] w = model.getFeatureWeights(); // (n + 1) * vectors with the bias row last
        float[] weights = new float[n * vectors];
        float[] bias = new float[vectors];
        for (int i = 0; i < n * vectors; i++) {
            // rounded as the file stores it, so a trained model predicts exactly as the same model read back
            weights[i] = Float.float16ToFloat(Float.floatToFloat16((float) w[i]));
        }
        for (int k = 0; k < vectors; k++) {
            bias[k] = (float) (model.getBias() * w[n * vectors + k]);
        }
        return new LinearWeights(codes, n, vectors, weights, bias);
    }

    String[] codes() {
        return codes.clone();
    }

    int features() {
        return features;
    }

    /**
     * Posterior per code for a vector given as ascending feature ids and their values (ids beyond the model's are
     * ignored): LIBLINEAR's estimate, the logistic of each one-vs-rest score, normalized to sum 1.
     */
    Map<String, Double> posterior(int[] ids, double[] values, int n) {
        double[] dec = new double[vectors];
        for (int k = 0; k < vectors; k++) {
            dec[k] = bias[k];
        }
        for (int i = 0; i < n; i++) {
            int id = ids[i];
            if (id < 1 || id > features) {
                continue;
            }
            int base = (id - 1) * vectors;
            double v = values[i];
            for (int k = 0; k < vectors; k++) {
                dec[k] += v * weights[base + k];
            }
        }
        Map<String, Double> out = new LinkedHashMap<>();
        if (vectors == 1) {
            double p = 1 / (1 + Math.exp(-dec[0]));
            out.put(codes[0], p);
            out.put(codes[1], 1 - p);
            return out;
        }
        double sum = 0;
        double[] p = new double[vectors];
        for (int k = 0; k < vectors; k++) {
            p[k] = 1 / (1 + Math.exp(-dec[k]));
            sum += p[k];
        }
        for (int k = 0; k < vectors; k++) {
            out.put(codes[k], p[k] / sum);
        }
        return out;
    }

    void write(DataOutputStream out) throws IOException {
        out.writeInt(codes.length);
        for (String c : codes) {
            out.writeUTF(c);
        }
        out.writeInt(features);
        out.writeInt(vectors);
        for (float b : bias) {
            out.writeFloat(b);
        }
        byte[] half = new byte[weights.length * 2];
        for (int i = 0; i < weights.length; i++) {
            short h = Float.floatToFloat16(weights[i]);
            half[2 * i] = (byte) (h >> 8);
            half[2 * i + 1] = (byte) h;
        }
        out.write(half);
    }

    static LinearWeights read(DataInputStream in) throws IOException {
        int classes = in.readInt();
        if (classes < 2 || classes > 10_000) {
            throw new IOException("bad class count " + classes);
        }
        String[] codes = new String[classes];
        for (int k = 0; k < classes; k++) {
            codes[k] = in.readUTF();
        }
        int features = in.readInt();
        int vectors = in.readInt();
        if (features < 0 || vectors != (classes == 2 ? 1 : classes)) {
            throw new IOException("bad weight shape " + features + " x " + vectors);
        }
        float[] bias = new float[vectors];
        for (int k = 0; k < vectors; k++) {
            bias[k] = in.readFloat();
        }
        float[] weights = new float[Math.multiplyExact(features, vectors)];
        byte[] half = new byte[weights.length * 2];
        in.readFully(half);
        for (int i = 0; i < weights.length; i++) {
            weights[i] = Float.float16ToFloat((short) ((half[2 * i] & 0xff) << 8 | (half[2 * i + 1] & 0xff)));
        }
        return new LinearWeights(codes, features, vectors, weights, bias);
    }
}
