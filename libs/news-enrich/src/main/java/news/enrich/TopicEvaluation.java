package news.enrich;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Accumulates gold vs predicted top-level topics and reports accuracy, per-topic precision/recall/F1 and a confusion
 * table. Not thread-safe; memory is per topic pair, not per example, so it works on inputs of any size.
 */
public final class TopicEvaluation {

    private final Map<String, Map<String, Integer>> confusion = new TreeMap<>(); // gold -> predicted -> n
    private int total;
    private int correct;
    private int anyCorrect;

    /**
     * Records one example.
     *
     * @param gold      the gold code
     * @param predicted the predicted codes, best first (the first counts for accuracy; any counts for "any-label")
     */
    public void add(String gold, List<String> predicted) {
        String top = predicted.isEmpty() ? "none" : predicted.get(0);
        confusion.computeIfAbsent(gold, k -> new TreeMap<>()).merge(top, 1, Integer::sum);
        total++;
        if (gold.equals(top)) {
            correct++;
        }
        if (predicted.contains(gold)) {
            anyCorrect++;
        }
    }

    public int total() {
        return total;
    }

    public double accuracy() {
        return total == 0 ? 0 : (double) correct / total;
    }

    /** Share of examples whose gold topic is among all the returned topics (multi-label). */
    public double anyLabelAccuracy() {
        return total == 0 ? 0 : (double) anyCorrect / total;
    }

    /** Precision, recall, F1 and support of one code. */
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

    /** The whole report as text: accuracy, per-topic table, confusion table (rows gold, columns predicted). */
    public String report(MediaTopics topics) {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "examples %d  accuracy (top topic) %.2f %%  any returned topic %.2f %%%n%n",
                total, 100 * accuracy(), 100 * anyLabelAccuracy()));
        b.append(String.format(Locale.ROOT, "%-16s %-28s %9s %9s %9s %8s%n", "topic", "label", "precision", "recall",
                "F1", "support"));
        double macro = 0;
        int goldTopics = 0;
        List<Score> scores = perTopic();
        for (Score s : scores) {
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
        b.append("confusion (rows: gold, columns: predicted; codes shown as NN of medtop:NN000000)\n");
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
