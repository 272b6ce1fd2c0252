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
     * @param lexiconFolds 0: no lexicon of names; else the training sentences' lexicon is jackknifed over this many
     *                  folds (a sentence's features see the names of the other folds only)
     * @param gazetteer the gazetteer's names in the lexicon
     * @param auxiliaryLabels how an auxiliary corpus is learnt from
     * @param unlabelled texts the clusters are learnt from (none: no cluster features)
     * @param ensemble  runs of the perceptron (each shuffled by its own seed) whose averaged weights are averaged
     * @param lexiconBlock the lexicon's folds are blocks of this many consecutive sentences (one article's
     *                  sentences then see none of the article's own names)
     * @param crfL2     0: the averaged perceptron; else the weights of a CRF ({@link CrfTrainer}) with this L2 penalty
     * @param crfIterations at most this many L-BFGS iterations of the CRF
     * @param replacedCopies each training sentence with entities is also trained on in this many copies whose
     *                  mentions are replaced by other names of the same type (see {@link #replaceMentions})
     * @param replacementNames more names for the replacements (their gold spans), beside the training part's
     * @param replacedTypes the types replaced: a string of P (people), L (places), O (organisations)
     * @param nameDictionary whether the features of jieba's names ({@link NameDictionary}) are trained on (else they
     *                  never fire and get no weights)
     * @param jiebaSegmentation whether the templates of jieba's segmentation ({@link CharFeatures#JIEBA_WORD},
     *                  {@link CharFeatures#JIEBA_AGREE}) are trained on
     * @param jiebaLattice whether the templates of jieba's dictionary as a lattice ({@link CharFeatures#JDICT_BEGIN},
     *                  …) are trained on (neither: the model has no jieba-word features, and they are not computed)
     * @param entityBias added to the bias feature's weight of every tag that starts an entity (B-, S-): above 0 the
     *                  model finds more entities (recall up, precision down)
     */
    record Options(int epochs, int minCount, float minWeight, long seed, int lexiconFolds, boolean gazetteer,
                   AuxiliaryLabels auxiliaryLabels, List<String> unlabelled, int ensemble, int lexiconBlock,
                   List<BioCorpus.Sentence> externalNames, double crfL2, int crfIterations, int replacedCopies,
                   List<BioCorpus.Sentence> replacementNames, String replacedTypes, float entityBias,
                   boolean nameDictionary, boolean jiebaSegmentation, boolean jiebaLattice) {
        Options(int epochs, int minCount, float minWeight, long seed) {
            this(epochs, minCount, minWeight, seed, 0, false, AuxiliaryLabels.AUGMENTED, List.of(), 1, 1, List.of());
        }

        Options(int epochs, int minCount, float minWeight, long seed, int lexiconFolds, boolean gazetteer,
                AuxiliaryLabels auxiliaryLabels, List<String> unlabelled, int ensemble, int lexiconBlock,
                List<BioCorpus.Sentence> externalNames) {
            this(epochs, minCount, minWeight, seed, lexiconFolds, gazetteer, auxiliaryLabels, unlabelled, ensemble,
                    lexiconBlock, externalNames, 0, 0, 0, List.of(), "", 0f, true, false, false);
        }

        Options(int epochs, int minCount, float minWeight, long seed, int lexiconFolds, boolean gazetteer,
                AuxiliaryLabels auxiliaryLabels, List<String> unlabelled, int ensemble, int lexiconBlock) {
            this(epochs, minCount, minWeight, seed, lexiconFolds, gazetteer, auxiliaryLabels, unlabelled, ensemble,
                    lexiconBlock, List.of());
        }

        static Options defaults() {
            return new Options(10, 2, 0.95f, 42);
        }
    }

    /**
     * How the auxiliary corpus (CLUENER, other conventions) is learnt from. {@code AUGMENTED}: its labels as gold,
     * every feature also as a copy private to the corpus (see {@link #train}). The partial modes take only what
     * agrees with MSRA's conventions as gold and let the model fill in the rest (the gold sequence is the model's
     * best one within the allowed tags): {@code PERSONS}: its people are people exactly, nothing else is a person,
     * its places and organisations are not crossed by an entity; {@code PERSONS_ORGANISATIONS}: also its
     * organisations are organisations exactly, except governments (美国政府: MSRA tags 美国 a place and 政府 O).
     */
    enum AuxiliaryLabels { AUGMENTED, PERSONS, PERSONS_ORGANISATIONS }

    /** A segmented chunk of a sentence: its feature rows and gold tags; {@code allowed} tags per char when partial. */
    private record Instance(int[] rows, int[] gold, int[] allowed) {}

    private NerTrainer() {}

    /** The feature keys and gold tags of each chunk of a sentence as the enricher segments it. */
    static List<long[]> keys(BioCorpus.Sentence s, List<int[]> goldOut) {
        return keys(s, EntityLexicon.empty(), Clusters.none(), goldOut);
    }

    /** As above, with a lexicon of names. */
    static List<long[]> keys(BioCorpus.Sentence s, EntityLexicon lexicon, Clusters clusters, List<int[]> goldOut) {
        return keys(s, lexicon, clusters, goldOut, null, null);
    }

    private static List<long[]> keys(BioCorpus.Sentence s, EntityLexicon lexicon, Clusters clusters,
                                     List<int[]> goldOut, int[] allowed, List<int[]> allowedOut) {
        AnalysedText text = AnalysedText.analyse(null, s.text());
        List<long[]> out = new ArrayList<>();
        for (AnalysedText.Chunk c : text.bodyChunks()) {
            if (allowedOut != null) {
                allowedOut.add(java.util.Arrays.copyOfRange(allowed, c.begin(), c.end()));
            }
            int n = c.end() - c.begin();
            long[] k = new long[n * CharFeatures.TEMPLATES];
            // jieba's words always: the trainer zeroes the templates it does not train on
            CharFeatures.extract(text.body(), c.begin(), c.end(), c.terms(), lexicon, clusters, true, k);
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
        boolean partial = o.auxiliaryLabels() != AuxiliaryLabels.AUGMENTED;
        boolean augmented = !auxiliary.isEmpty() && !partial;
        // 1. features of every chunk; count keys
        List<long[]> allKeys = new ArrayList<>();
        List<int[]> allGold = new ArrayList<>();
        int folds = o.lexiconFolds();
        EntityLexicon lexicon = (folds > 0 ? EntityLexicon.of(sentences, o.gazetteer())
                : o.gazetteer() ? EntityLexicon.of(List.of(), true) : EntityLexicon.empty())
                .withExternal(o.externalNames());
        EntityLexicon[] foldLexicons = new EntityLexicon[Math.max(folds, 1)];
        for (int f = 0; f < folds; f++) {
            List<BioCorpus.Sentence> others = new ArrayList<>();
            for (int x = 0; x < sentences.size(); x++) {
                if (x / Math.max(1, o.lexiconBlock()) % folds != f) {
                    others.add(sentences.get(x));
                }
            }
            foldLexicons[f] = folds == 1 ? lexicon
                    : EntityLexicon.of(others, o.gazetteer()).withExternal(o.externalNames());
        }
        Clusters clusters = Clusters.none();
        if (!o.unlabelled().isEmpty()) {
            long c0 = System.nanoTime();
            clusters = Clusters.learn(o.unlabelled());
            log.accept(String.format(Locale.ROOT, "clusters of %,d chars and %,d words from %,d unlabelled texts, %.1f s",
                    clusters.chars(), clusters.words(), o.unlabelled().size(), (System.nanoTime() - c0) / 1e9));
        }
        for (int x = 0; x < sentences.size(); x++) {
            EntityLexicon seen = folds > 0 ? foldLexicons[x / Math.max(1, o.lexiconBlock()) % folds] : lexicon;
            for (long[] k : keys(sentences.get(x), seen, clusters, allGold)) {
                allKeys.add(augmented ? augment(k, PRIMARY) : k);
            }
        }
        if (o.replacedCopies() > 0) {
            List<List<String>> pools = new ArrayList<>(replacementPools(sentences, o.replacementNames()));
            for (int t = 0; t < 3; t++) {
                if (o.replacedTypes().indexOf("PLO".charAt(t)) < 0) {
                    pools.set(t, List.of());
                }
            }
            Random random = new Random(o.seed() ^ 0x6D656E74L);
            int copies = 0;
            for (int copy = 0; copy < o.replacedCopies(); copy++) {
                for (int x = 0; x < sentences.size(); x++) {
                    BioCorpus.Sentence replaced = replaceMentions(sentences.get(x), pools, random);
                    if (replaced == null) {
                        continue;
                    }
                    EntityLexicon seen = folds > 0 ? foldLexicons[x / Math.max(1, o.lexiconBlock()) % folds] : lexicon;
                    for (long[] k : keys(replaced, seen, clusters, allGold)) {
                        allKeys.add(augmented ? augment(k, PRIMARY) : k);
                    }
                    copies++;
                }
            }
            log.accept(String.format(Locale.ROOT, "%,d copies with replaced mentions (pools: %,d people, %,d places, "
                    + "%,d organisations)", copies, pools.get(0).size(), pools.get(1).size(), pools.get(2).size()));
        }
        if (lexicon.size() > 0) {
            log.accept(String.format(Locale.ROOT, "lexicon: %,d names%s", lexicon.size(),
                    folds > 1 ? " (jackknifed over " + folds + " folds while training)" : ""));
        }
        List<int[]> allAllowed = new ArrayList<>();
        for (int x = 0; x < allKeys.size(); x++) {
            allAllowed.add(null);
        }
        for (BioCorpus.Sentence s : auxiliary) {
            if (partial) {
                for (long[] k : keys(s, lexicon, clusters, allGold, allowedTags(s, o.auxiliaryLabels()), allAllowed)) {
                    allKeys.add(augmented ? augment(k, AUXILIARY) : k);
                }
                continue;
            }
            for (long[] k : keys(s, lexicon, clusters, allGold)) {
                allKeys.add(augment(k, AUXILIARY));
                allAllowed.add(null);
            }
        }
        // templates not trained on never fire, so they get no weights
        boolean[] off = new boolean[CharFeatures.TEMPLATES];
        off[CharFeatures.NAMES_ALL] = off[CharFeatures.NAMES_LONGEST] = !o.nameDictionary();
        off[CharFeatures.JIEBA_WORD] = off[CharFeatures.JIEBA_AGREE] = !o.jiebaSegmentation();
        off[CharFeatures.JDICT_BEGIN] = off[CharFeatures.JDICT_END] = off[CharFeatures.JDICT_INSIDE] = !o.jiebaLattice();
        for (long[] k : allKeys) {
            for (int i = 0; i < k.length; i++) {
                if (off[i % CharFeatures.TEMPLATES]) { // (augmented keys: the copies too)
                    k[i] = 0;
                }
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
            instances.add(new Instance(rows, allGold.get(x), allAllowed.get(x)));
            chars += allGold.get(x).length;
            allKeys.set(x, null);
        }
        counts = null;
        int features = keyOfRow.size();
        log.accept(String.format(Locale.ROOT, "%,d sentences, %,d chunks, %,d chars; %,d features (seen >= %d times); "
                        + "features in %.1f s", sentences.size(), instances.size(), chars, features, o.minCount(),
                (System.nanoTime() - t0) / 1e9));

        // 3. HanLP's averaged perceptron over the rows; our decoder (same scores, valid BIO only); with an ensemble,
        // the averaged weights of several runs over differently shuffled data, averaged again (or a CRF, CrfTrainer)
        int k = augmented ? 2 * CharFeatures.TEMPLATES : CharFeatures.TEMPLATES;
        List<Instance> devInstances = devInstances(dev, ids, augmented, lexicon, clusters);
        int runs = Math.max(1, o.ensemble());
        float[] weights = null;
        if (o.crfL2() > 0) { // a CRF instead: one deterministic optimisation, no shuffles, no ensemble
            List<CrfTrainer.Chunk> chunks = new ArrayList<>(instances.size());
            for (Instance in : instances) {
                chunks.add(new CrfTrainer.Chunk(in.rows(), in.gold()));
            }
            instances = null;
            int kk = k;
            float minWeight = o.minWeight();
            weights = CrfTrainer.train(chunks, features, k, o.crfL2(), o.crfIterations(), log,
                    devInstances.isEmpty() ? null : w -> pruned(w, kk, 0, devInstances) + "; as kept (>= " + minWeight + "): "
                            + pruned(w, kk, minWeight, devInstances));
            runs = 1;
        }
        for (int run = 0; run < runs && o.crfL2() <= 0; run++) {
            float[] w = perceptron(instances, features, k, o, o.seed() + 1000L * run, devInstances, chars, log);
            if (weights == null) {
                weights = w;
            } else {
                for (int i = 0; i < w.length; i++) {
                    weights[i] += w[i];
                }
            }
        }
        if (runs > 1) {
            for (int i = 0; i < weights.length; i++) {
                weights[i] /= runs;
            }
            if (!devInstances.isEmpty()) {
                log.accept("ensemble of " + runs + ": dev " + score(weights, devInstances, k));
            }
        }
        int biasRow = ids.getOrDefault(CharFeatures.mix(1L), -1);
        if (!devInstances.isEmpty() && biasRow >= 0) {
            for (float b : new float[] {-1, 1, 2, 3, 4, 6}) {
                log.accept("entity bias " + b + ": dev " + score(withEntityBias(weights, biasRow, b), devInstances, k));
            }
        }
        float[] parameter = o.entityBias() == 0 || biasRow < 0 ? weights : withEntityBias(weights, biasRow, o.entityBias());
        NerModel trained = augmented ? fold(keyOfRow, ids, parameter, o.minWeight(), lexicon, clusters)
                : NerModel.of(keyOfRow.stream().mapToLong(Long::longValue).toArray(), parameter, o.minWeight(),
                lexicon, clusters);
        log.accept(String.format(Locale.ROOT, "kept %,d of %,d features (largest weight >= %s); trained in %.1f s",
                trained.features(), features, o.minWeight(), (System.nanoTime() - t0) / 1e9));
        return trained;
    }

    /**
     * The distinct names of each type (person, place, organisation) of the sentences' gold spans, in order, and the
     * people of {@code more}.
     */
    static List<List<String>> replacementPools(List<BioCorpus.Sentence> sentences, List<BioCorpus.Sentence> more) {
        List<java.util.LinkedHashSet<String>> sets = List.of(new java.util.LinkedHashSet<>(),
                new java.util.LinkedHashSet<>(), new java.util.LinkedHashSet<>());
        for (List<BioCorpus.Sentence> source : List.of(sentences, more)) {
            for (BioCorpus.Sentence s : source) {
                for (EntityEvaluation.Span span : s.spans()) {
                    int type = span.type().ordinal();
                    // of another corpus only its people: its places and organisations follow other conventions
                    if (type < (source == more ? 1 : 3) && span.end() - span.begin() >= 2) {
                        sets.get(type).add(s.text().substring(span.begin(), span.end()));
                    }
                }
            }
        }
        return sets.stream().map(set -> (List<String>) new ArrayList<>(set)).toList();
    }

    /**
     * Mention replacement (Dai and Adel, "An analysis of simple data augmentation for named entity recognition",
     * 2020): the sentence with each mention of two chars or more replaced, with probability 1/2, by a name of the
     * same type drawn from the pools; null when nothing was replaced. The model then cannot learn a name by heart
     * from its chars alone and must weigh its context, as it has to for the names of articles it has never seen.
     */
    static BioCorpus.Sentence replaceMentions(BioCorpus.Sentence s, List<List<String>> pools, Random random) {
        StringBuilder text = new StringBuilder();
        List<EntityEvaluation.Span> spans = new ArrayList<>();
        int at = 0;
        boolean replaced = false;
        List<EntityEvaluation.Span> sorted = new ArrayList<>(s.spans());
        sorted.sort(java.util.Comparator.comparingInt(EntityEvaluation.Span::begin));
        for (EntityEvaluation.Span span : sorted) {
            if (span.begin() < at) {
                continue; // overlapping spans: keep the first
            }
            text.append(s.text(), at, span.begin());
            String name = s.text().substring(span.begin(), span.end());
            int type = span.type().ordinal();
            if (type < 3 && name.length() >= 2 && !pools.get(type).isEmpty() && random.nextBoolean()) {
                name = pools.get(type).get(random.nextInt(pools.get(type).size()));
                replaced = true;
            }
            spans.add(new EntityEvaluation.Span(text.length(), text.length() + name.length(), span.type()));
            text.append(name);
            at = span.end();
        }
        text.append(s.text(), at, s.text().length());
        return replaced ? new BioCorpus.Sentence(text.toString(), spans) : null;
    }

    /** The weights with {@code bias} added to the bias feature's row for every tag that starts an entity. */
    static float[] withEntityBias(float[] weights, int biasRow, float bias) {
        float[] w = weights.clone();
        for (int t = 0; t < T; t++) {
            if (t != NerTags.O && (NerTags.continuing() >>> t & 1) == 0) { // B-, S-
                w[biasRow * T + t] += bias;
            }
        }
        return w;
    }

    /** Dev F1 of the weights as the model file keeps them (half floats, rows under {@code minWeight} dropped). */
    private static String pruned(float[] w, int k, float minWeight, List<Instance> devInstances) {
        float[] p = w.clone();
        int kept = 0;
        for (int row = T + 1; row < p.length / T; row++) {
            float max = 0;
            for (int t = 0; t < T; t++) {
                p[row * T + t] = Float.float16ToFloat(Float.floatToFloat16(p[row * T + t]));
                max = Math.max(max, Math.abs(p[row * T + t]));
            }
            if (max < minWeight || max == 0) {
                java.util.Arrays.fill(p, row * T, row * T + T, 0f);
            } else {
                kept++;
            }
        }
        EntityEvaluation eval = new EntityEvaluation();
        for (Instance in : devInstances) {
            int n = in.gold().length;
            int[] pred = new int[n];
            NerModel.decode(p, in.rows(), k, n, true, pred);
            eval.add(NerTags.spans(in.gold(), n, 0), NerTags.spans(pred, n, 0));
        }
        return eval.summary() + " (" + kept + " features)";
    }

    /** One run of the averaged perceptron over the instances, shuffled by {@code seed} per epoch; its averaged weights. */
    private static float[] perceptron(List<Instance> instances, int features, int k, Options o, long seed,
                                      List<Instance> devInstances, long chars, Consumer<String> log) {
        AveragedPerceptron model = new AveragedPerceptron(new RowFeatureMap(T + 1 + features));
        double[] total = new double[model.parameter.length];
        int[] timestamp = new int[model.parameter.length];
        int current = 0;
        List<Instance> order = new ArrayList<>(instances);
        for (int epoch = 1; epoch <= o.epochs(); epoch++) {
            long e0 = System.nanoTime();
            Collections.shuffle(order, new Random(seed + epoch));
            long wrong = 0;
            for (Instance in : order) {
                current++;
                int n = in.gold().length;
                int[] pred = new int[n];
                int[] gold = in.gold();
                if (in.allowed() != null) { // partial labels: the best sequence within them is the gold one
                    gold = new int[n];
                    NerModel.decode(model.parameter, in.rows(), k, n, in.allowed(), gold);
                }
                NerModel.decode(model.parameter, in.rows(), k, n, true, pred);
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
        return model.parameter;
    }

    /** Bit masks of the tags each char of an auxiliary sentence may take (see {@link AuxiliaryLabels}). */
    static int[] allowedTags(BioCorpus.Sentence s, AuxiliaryLabels mode) {
        int n = s.text().length();
        int[] gold = s.tags(0, n);
        int loc = 0;
        int org = 0;
        for (int t = 1; t < NerTags.SIZE; t++) {
            if (NerTags.type(t) == news.model.Entity.EntityType.PLACE) {
                loc |= 1 << t;
            } else if (NerTags.type(t) == news.model.Entity.EntityType.ORGANISATION) {
                org |= 1 << t;
            }
        }
        int notPerson = 1 << NerTags.O | loc | org;
        int[] allowed = new int[n];
        java.util.Arrays.fill(allowed, notPerson);
        for (EntityEvaluation.Span span : s.spans()) {
            int b = span.begin();
            int e = span.end();
            boolean exact = span.type() == news.model.Entity.EntityType.PERSON
                    || span.type() == news.model.Entity.EntityType.ORGANISATION
                    && mode == AuxiliaryLabels.PERSONS_ORGANISATIONS && !s.text().startsWith("政府", e - 2);
            for (int i = b; i < e; i++) {
                allowed[i] = exact ? 1 << gold[i]
                        : span.type() == news.model.Entity.EntityType.PLACE ? 1 << NerTags.O | loc : notPerson;
            }
            if (!exact) { // no entity crosses the span's edges
                allowed[b] &= ~NerTags.continuing();
                allowed[e - 1] &= ~NerTags.continued();
            }
        }
        return allowed;
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
    private static NerModel fold(List<Long> keyOfRow, LongIntHashMap ids, float[] w, float minWeight,
                                 EntityLexicon lexicon, Clusters clusters) {
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
        return NerModel.of(keys, folded, minWeight, lexicon, clusters);
    }

    private static List<Instance> devInstances(List<BioCorpus.Sentence> dev, LongIntHashMap ids, boolean augmented,
                                               EntityLexicon lexicon, Clusters clusters) {
        List<Instance> out = new ArrayList<>();
        for (BioCorpus.Sentence s : dev) {
            List<int[]> gold = new ArrayList<>();
            List<long[]> keys = keys(s, lexicon, clusters, gold);
            for (int x = 0; x < keys.size(); x++) {
                long[] k = augmented ? augment(keys.get(x), PRIMARY) : keys.get(x);
                int[] rows = new int[k.length];
                for (int i = 0; i < k.length; i++) {
                    rows[i] = k[i] == 0 ? -1 : ids.getOrDefault(CharFeatures.mix(k[i]), -1);
                }
                out.add(new Instance(rows, gold.get(x), null));
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
