package news.enrich;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Accumulates gold vs predicted topics and reports level-1 accuracy, per-topic precision/recall/F1, a confusion table
 * and, where gold codes are deeper than level 1, figures per level. Not thread-safe; memory is per topic pair, not
 * per example, so it works on inputs of any size.
 *
 * <p>Level 1 compares the level-1 ancestor of the gold code with that of the first predicted code (the classifier's
 * best level-1 topic). Level k ≥ 2 is scored on the examples whose gold code is at level k or deeper: the gold
 * ancestor at level k against the predicted level-k code under the predicted level-1 topic (none when the classifier
 * stopped above level k).
 */
public final class TopicEvaluation {

    private final MediaTopics topics;
    private final Map<String, Map<String, Integer>> confusion = new TreeMap<>(); // gold -> predicted -> n (level 1)
    private final Map<Integer, int[]> levels = new TreeMap<>(); // level -> {examples, predicted, correct}
    private int total;
    private int correct;
    private int anyCorrect;

    public TopicEvaluation() {
        this(MediaTopics.standard());
    }

    public TopicEvaluation(MediaTopics topics) {
        this.topics = topics;
    }

    /**
     * Records one example.
     *
     * @param gold      the gold code, any level
     * @param predicted the predicted codes in the classifier's order (the first is the best level-1 topic; any
     *                  level-1 topic among them counts for "any returned topic")
     */
    public void add(String gold, List<String> predicted) {
        String goldRoot = rootOf(gold);
        String top = predicted.isEmpty() ? "none" : rootOf(predicted.get(0));
        confusion.computeIfAbsent(goldRoot, k -> new TreeMap<>()).merge(top, 1, Integer::sum);
        total++;
        if (goldRoot.equals(top)) {
            correct++;
        }
        if (predicted.stream().map(this::rootOf).anyMatch(goldRoot::equals)) {
            anyCorrect++;
        }
        int depth = topics.contains(gold) ? topics.level(gold) : 1;
        for (int level = 2; level <= depth; level++) {
            String goldAt = topics.ancestorAt(gold, level);
            String predictedAt = null;
            for (String p : predicted) {
                if (topics.contains(p) && topics.level(p) == level && rootOf(p).equals(top)) {
                    predictedAt = p;
                    break;
                }
            }
            int[] counts = levels.computeIfAbsent(level, k -> new int[3]);
            counts[0]++;
            if (predictedAt != null) {
                counts[1]++;
                if (predictedAt.equals(goldAt)) {
                    counts[2]++;
                }
            }
        }
    }

    private String rootOf(String code) {
        return topics.contains(code) ? topics.root(code) : code;
    }

    public int total() {
        return total;
    }

    /** Level-1 accuracy of the best topic. */
    public double accuracy() {
        return total == 0 ? 0 : (double) correct / total;
    }

    /** Share of examples whose gold level-1 topic is among all the returned level-1 topics (multi-label). */
    public double anyLabelAccuracy() {
        return total == 0 ? 0 : (double) anyCorrect / total;
    }

    /**
     * Figures at one level ≥ 2: examples with a gold code that deep, how many got a prediction at that level, how
     * many were right.
     */
    public record Level(int level, int examples, int predicted, int correct) {
        public double accuracy() {
            return examples == 0 ? 0 : (double) correct / examples;
        }

        public double precision() {
            return predicted == 0 ? 0 : (double) correct / predicted;
        }

        public double coverage() {
            return examples == 0 ? 0 : (double) predicted / examples;
        }
    }

    public List<Level> perLevel() {
        List<Level> out = new ArrayList<>();
        levels.forEach((level, c) -> out.add(new Level(level, c[0], c[1], c[2])));
        return out;
    }

    /** Precision, recall, F1 and support of one level-1 code. */
    public record Score(String code, double precision, double recall, double f1, int support) {}

    public List<Score> perTopic() {
        TreeSet<String> codes = codes();
        List<Score> out = new ArrayList<>();
        for (String code : codes) {
            int tp = cell(code, code);
            int goldN = confusion.getOrDefault(code, Map.of()).values().stream().mapToInt(Integer::intValue).sum();
            int predN = confusion.values().stream().mapToInt(row -> row.getOrDefault(code, 0)).sum();
            double p = predN == 0 ? 0 : (double) tp / predN;
            double r = goldN == 0 ? 0 : (double) tp / goldN;
            out.add(new Score(code, p, r, p + r == 0 ? 0 : 2 * p * r / (p + r), goldN));
        }
        return out;
    }

    private TreeSet<String> codes() {
        TreeSet<String> codes = new TreeSet<>(confusion.keySet());
        confusion.values().forEach(row -> codes.addAll(row.keySet()));
        return codes;
    }

    int cell(String gold, String predicted) {
        return confusion.getOrDefault(gold, Map.of()).getOrDefault(predicted, 0);
    }

    /** The whole report as text: accuracy, per-level figures, per-topic table, confusion table. */
    public String report() {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "examples %d  accuracy (top topic) %.2f %%  any returned topic %.2f %%%n%n",
                total, 100 * accuracy(), 100 * anyLabelAccuracy()));
        if (!levels.isEmpty()) {
            b.append(String.format(Locale.ROOT, "%-7s %9s %9s %9s %9s %9s%n", "level", "examples", "predicted",
                    "correct", "accuracy", "precision"));
            b.append(String.format(Locale.ROOT, "%-7s %9d %9d %9d %8.2f%% %8.2f%%%n", "1", total, total, correct,
                    100 * accuracy(), 100 * accuracy()));
            for (Level l : perLevel()) {
                b.append(String.format(Locale.ROOT, "%-7s %9d %9d %9d %8.2f%% %8.2f%%%n", l.level(), l.examples(),
                        l.predicted(), l.correct(), 100 * l.accuracy(), 100 * l.precision()));
            }
            b.append("(level k: examples whose gold topic is that deep; accuracy = correct / examples,"
                    + " precision = correct / predicted at that level)\n\n");
        }
        b.append(String.format(Locale.ROOT, "%-16s %-28s %9s %9s %9s %8s%n", "topic", "label", "precision", "recall",
                "F1", "support"));
        double macro = 0;
        int goldTopics = 0;
        for (Score s : perTopic()) {
            String label = topics.topic(s.code()).map(MediaTopics.Topic::name).orElse("");
            b.append(String.format(Locale.ROOT, "%-16s %-28s %9.3f %9.3f %9.3f %8d%n", s.code(),
                    label.length() > 28 ? label.substring(0, 27) + "…" : label, s.precision(), s.recall(), s.f1(),
                    s.support()));
            if (s.support() > 0) {
                macro += s.f1();
                goldTopics++;
            }
        }
        b.append(String.format(Locale.ROOT, "%-16s %-28s %9s %9s %9.3f%n%n", "macro F1", "(topics with support)", "", "",
                goldTopics == 0 ? 0 : macro / goldTopics));
        List<String> codes = new ArrayList<>(codes());
        b.append("confusion (rows: gold, columns: predicted; level 1, codes shown as NN of medtop:NN000000)\n");
        b.append(String.format(Locale.ROOT, "%6s", "gold"));
        codes.forEach(c -> b.append(String.format(Locale.ROOT, "%6s", shortCode(c))));
        b.append('\n');
        for (String gold : codes) {
            if (!confusion.containsKey(gold)) {
                continue;
            }
            b.append(String.format(Locale.ROOT, "%6s", shortCode(gold)));
            codes.forEach(c -> b.append(String.format(Locale.ROOT, "%6d", cell(gold, c))));
            b.append('\n');
        }
        return b.toString();
    }

    static String shortCode(String code) {
        return code.startsWith("medtop:") && code.length() == 15 && code.endsWith("000000")
                ? code.substring(7, 9) : code;
    }
}
