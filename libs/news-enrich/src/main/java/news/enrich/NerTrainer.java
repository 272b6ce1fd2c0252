package news.enrich;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;

import com.carrotsearch.hppc.LongIntHashMap;
import com.hankcs.hanlp.model.perceptron.feature.FeatureMap;
import com.hankcs.hanlp.model.perceptron.model.AveragedPerceptron;

/**
 * Trains the {@link NerModel} with HanLP's structured averaged perceptron ({@link AveragedPerceptron#update} with its
 * lazy averaging, {@link AveragedPerceptron#average}) over the {@link CharFeatures} of each sentence, segmented by the
 * enricher's own {@link AnalysedText} exactly as at run time. Deterministic: sentences are visited in an order
 * shuffled by a fixed seed per epoch, features are numbered in order of first occurrence, so the same data and options
 * give the same model bytes.
 */
final class NerTrainer {

    private static final int T = NerTags.SIZE;

    /**
     * @param epochs    passes over the data
     * @param minCount  features seen fewer times are not used
     * @param minWeight features whose largest averaged weight is smaller are pruned from the model
     * @param seed      seed of the per-epoch shuffles
     */
    record Options(int epochs, int minCount, float minWeight, long seed) {
        static Options defaults() {
            return new Options(10, 2, 0.95f, 42);
        }
    }

    /** A segmented chunk of a sentence: its feature rows and gold tags. */
    private record Instance(int[] rows, int[] gold) {}

    private NerTrainer() {}

    /** The feature keys and gold tags of each chunk of a sentence as the enricher segments it. */
    static List<long[]> keys(BioCorpus.Sentence s, List<int[]> goldOut) {
        AnalysedText text = AnalysedText.analyse(null, s.text());
        List<long[]> out = new ArrayList<>();
        for (AnalysedText.Chunk c : text.bodyChunks()) {
            int n = c.end() - c.begin();
            long[] k = new long[n * CharFeatures.TEMPLATES];
            CharFeatures.extract(text.body(), c.begin(), c.end(), c.terms(), k);
            out.add(k);
            goldOut.add(s.tags(c.begin(), c.end()));
        }
        return out;
    }

    /**
     * Trains a model.
     *
     * @param dev  sentences scored after each epoch (raw model, exact spans) for the log; may be empty
     * @param log  progress lines
     */
    static NerModel train(List<BioCorpus.Sentence> sentences, List<BioCorpus.Sentence> dev, Options o,
                          Consumer<String> log) {
        return train(sentences, List.of(), dev, o, log);
    }

    /**
     * Trains on a primary corpus (whose conventions the model follows) and an auxiliary one of other conventions,
     * by feature augmentation (Daumé III, "Frustratingly easy domain adaptation", 2007): every feature fires as
     * itself and as a copy private to its corpus, so what both corpora agree on goes into the shared weights and
     * what is a convention of one corpus into its private copies. The model keeps shared + primary weights, summed
     * into one row per feature (no extra cost at run time).
     */
    static NerModel train(List<BioCorpus.Sentence> sentences, List<BioCorpus.Sentence> auxiliary,
                          List<BioCorpus.Sentence> dev, Options o, Consumer<String> log) {
        long t0 = System.nanoTime();
        boolean augmented = !auxiliary.isEmpty();
        // 1. features of every chunk; count keys
        List<long[]> allKeys = new ArrayList<>();
        List<int[]> allGold = new ArrayList<>();
        for (BioCorpus.Sentence s : sentences) {
            for (long[] k : keys(s, allGold)) {
                allKeys.add(augmented ? augment(k, PRIMARY) : k);
            }
        }
        for (BioCorpus.Sentence s : auxiliary) {
            for (long[] k : keys(s, allGold)) {
                allKeys.add(augment(k, AUXILIARY));
            }
        }
        LongIntHashMap counts = new LongIntHashMap(1 << 22);
        for (long[] k : allKeys) {
            for (long key : k) {
                if (key != 0) {
                    counts.addTo(CharFeatures.mix(key), 1); // mixed: see NerModel
                }
            }
        }
        // 2. number the kept features in order of first occurrence (rows after the T + 1 transition rows)
        LongIntHashMap ids = new LongIntHashMap(counts.size());
        List<Long> keyOfRow = new ArrayList<>();
        List<Instance> instances = new ArrayList<>(allKeys.size());
        long chars = 0;
        for (int x = 0; x < allKeys.size(); x++) {
            long[] k = allKeys.get(x);
            int[] rows = new int[k.length];
            for (int i = 0; i < k.length; i++) {
                long key = k[i];
                if (key == 0 || counts.get(CharFeatures.mix(key)) < o.minCount()) {
                    rows[i] = -1;
                    continue;
                }
                int id = ids.getOrDefault(CharFeatures.mix(key), -1);
                if (id < 0) {
                    id = T + 1 + keyOfRow.size();
                    ids.put(CharFeatures.mix(key), id);
                    keyOfRow.add(key);
                }
                rows[i] = id;
            }
            instances.add(new Instance(rows, allGold.get(x)));
            chars += allGold.get(x).length;
            allKeys.set(x, null);
        }
        counts = null;
        int features = keyOfRow.size();
        log.accept(String.format(Locale.ROOT, "%,d sentences, %,d chunks, %,d chars; %,d features (seen >= %d times); "
                        + "features in %.1f s", sentences.size(), instances.size(), chars, features, o.minCount(),
                (System.nanoTime() - t0) / 1e9));

        // 3. HanLP's averaged perceptron over the rows; our decoder (same scores, valid BIO only)
        AveragedPerceptron model = new AveragedPerceptron(new RowFeatureMap(T + 1 + features));
        double[] total = new double[model.parameter.length];
        int[] timestamp = new int[model.parameter.length];
        int current = 0;
        int k = augmented ? 2 * CharFeatures.TEMPLATES : CharFeatures.TEMPLATES;
        List<Instance> order = new ArrayList<>(instances);
        List<Instance> devInstances = devInstances(dev, ids, augmented);
        for (int epoch = 1; epoch <= o.epochs(); epoch++) {
            long e0 = System.nanoTime();
            Collections.shuffle(order, new Random(o.seed() + epoch));
            long wrong = 0;
            for (Instance in : order) {
                current++;
                int n = in.gold().length;
                int[] pred = new int[n];
                NerModel.decode(model.parameter, in.rows(), k, n, true, pred);
                int[] gold = in.gold();
                int[] goldIndex = new int[k + 1];
                int[] predIndex = new int[k + 1];
                for (int i = 0; i < n; i++) {
                    int goldPrev = i == 0 ? NerTags.BOS : gold[i - 1];
                    int predPrev = i == 0 ? NerTags.BOS : pred[i - 1];
                    if (gold[i] == pred[i] && goldPrev == predPrev) {
                        continue;
                    }
                    if (gold[i] != pred[i]) {
                        wrong++;
                    }
                    for (int j = 0; j < k; j++) {
                        int r = in.rows()[i * k + j];
                        goldIndex[j] = r < 0 ? -1 : r * T + gold[i];
                        predIndex[j] = r < 0 ? -1 : r * T + pred[i];
                    }
                    goldIndex[k] = goldPrev * T + gold[i];
                    predIndex[k] = predPrev * T + pred[i];
                    model.update(goldIndex, predIndex, total, timestamp, current);
                }
            }
            String devScore = "";
            if (!devInstances.isEmpty()) {
                float[] averaged = new float[model.parameter.length];
                for (int i = 0; i < averaged.length; i++) {
                    averaged[i] = (float) ((total[i] + (current - timestamp[i]) * (double) model.parameter[i]) / current);
                }
                devScore = "; dev " + score(averaged, devInstances, k);
            }
            log.accept(String.format(Locale.ROOT, "epoch %d: %.2f %% chars mistagged while training, %.1f s%s", epoch,
                    100.0 * wrong / chars, (System.nanoTime() - e0) / 1e9, devScore));
        }
        model.average(total, timestamp, current);
        NerModel trained = augmented ? fold(keyOfRow, ids, model.parameter, o.minWeight())
                : NerModel.of(keyOfRow.stream().mapToLong(Long::longValue).toArray(), model.parameter, o.minWeight());
        log.accept(String.format(Locale.ROOT, "kept %,d of %,d features (largest weight >= %s); trained in %.1f s",
                trained.features(), features, o.minWeight(), (System.nanoTime() - t0) / 1e9));
        return trained;
    }

    private static final long PRIMARY = 1;
    private static final long AUXILIARY = 2;

    /** The keys followed by their copies private to a corpus (bit 63 set: no template key has it). */
    static long[] augment(long[] keys, long corpus) {
        long[] out = new long[keys.length * 2];
        int k = CharFeatures.TEMPLATES;
        for (int i = 0; i < keys.length / k; i++) {
            for (int j = 0; j < k; j++) {
                long key = keys[i * k + j];
                out[i * 2 * k + j] = key;
                out[i * 2 * k + k + j] = key == 0 ? 0 : privateCopy(key, corpus);
            }
        }
        return out;
    }

    private static long privateCopy(long key, long corpus) {
        return corpus == PRIMARY ? key | 1L << 63 : 1L << 63 | (CharFeatures.mix(key ^ 0x5DEECE66DL) >>> 1);
    }

    /** Shared + primary weights in one row per shared feature (the auxiliary copies are dropped). */
    private static NerModel fold(List<Long> keyOfRow, LongIntHashMap ids, float[] w, float minWeight) {
        List<Long> shared = keyOfRow.stream().filter(key -> key >= 0).toList();
        long[] keys = new long[shared.size()];
        float[] folded = new float[(T + 1 + keys.length) * T];
        System.arraycopy(w, 0, folded, 0, (T + 1) * T);
        for (int i = 0; i < keys.length; i++) {
            keys[i] = shared.get(i);
            int row = ids.get(CharFeatures.mix(keys[i]));
            int copy = ids.getOrDefault(CharFeatures.mix(privateCopy(keys[i], PRIMARY)), -1);
            for (int t = 0; t < T; t++) {
                folded[(T + 1 + i) * T + t] = w[row * T + t] + (copy < 0 ? 0 : w[copy * T + t]);
            }
        }
        return NerModel.of(keys, folded, minWeight);
    }

    private static List<Instance> devInstances(List<BioCorpus.Sentence> dev, LongIntHashMap ids, boolean augmented) {
        List<Instance> out = new ArrayList<>();
        for (BioCorpus.Sentence s : dev) {
            List<int[]> gold = new ArrayList<>();
            List<long[]> keys = keys(s, gold);
            for (int x = 0; x < keys.size(); x++) {
                long[] k = augmented ? augment(keys.get(x), PRIMARY) : keys.get(x);
                int[] rows = new int[k.length];
                for (int i = 0; i < k.length; i++) {
                    rows[i] = k[i] == 0 ? -1 : ids.getOrDefault(CharFeatures.mix(k[i]), -1);
                }
                out.add(new Instance(rows, gold.get(x)));
            }
        }
        return out;
    }

    /** Exact-span P/R/F1 of the raw model on instances. */
    private static String score(float[] w, List<Instance> instances, int k) {
        EntityEvaluation eval = new EntityEvaluation();
        for (Instance in : instances) {
            int n = in.gold().length;
            int[] pred = new int[n];
            NerModel.decode(w, in.rows(), k, n, true, pred);
            eval.add(NerTags.spans(in.gold(), n, 0), NerTags.spans(pred, n, 0));
        }
        return eval.summary();
    }

    /**
     * The feature map HanLP's perceptron needs for its sizes: rows are numbered by the trainer, there are no feature
     * strings.
     */
    static final class RowFeatureMap extends FeatureMap {
        private final int size;

        RowFeatureMap(int size) {
            super(NerTags.tagSet(), true);
            this.size = size;
        }

        @Override
        public int size() {
            return size;
        }

        @Override
        public Set<Map.Entry<String, Integer>> entrySet() {
            return Set.of();
        }

        @Override
        public int idOf(String string) {
            throw new UnsupportedOperationException("features are packed keys, not strings");
        }
    }
}
