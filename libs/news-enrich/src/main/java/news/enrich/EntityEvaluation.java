package news.enrich;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import news.model.Entity.EntityType;

/**
 * Span-level (exact match) precision/recall/F1 per entity type over character-level BIO sentences
 * ({@code char<space>tag} lines, tags B-PER/I-PER/B-LOC/I-LOC/B-ORG/I-ORG/O). Not thread-safe; keeps only counts.
 */
public final class EntityEvaluation {

    /** An entity span {@code [begin, end)} in a sentence. */
    public record Span(int begin, int end, EntityType type) {}

    private static final int NONE = 3;
    private final Map<EntityType, int[]> counts = new EnumMap<>(EntityType.class); // {tp, predicted, gold}
    private final int[][] confusion = new int[4][4];
    private final Map<String, Integer> misses = new HashMap<>();
    private int boundary;
    private int sentences;

    public EntityEvaluation() {
        for (EntityType t : EntityType.values()) {
            counts.put(t, new int[3]);
        }
    }

    /** The type of a BIO tag suffix (PER, LOC, ORG), or null for an unknown one. */
    static EntityType type(String suffix) {
        return switch (suffix) {
            case "PER" -> EntityType.PERSON;
            case "LOC" -> EntityType.PLACE;
            case "ORG" -> EntityType.ORGANISATION;
            default -> null;
        };
    }

    /**
     * Gold spans of one sentence's tags. An I- tag that does not continue a span of its type starts one (the usual
     * lenient reading).
     *
     * @throws IllegalArgumentException for a tag that is not O, B-X or I-X with X in PER/LOC/ORG
     */
    public static List<Span> spans(List<String> tags) {
        List<Span> out = new ArrayList<>();
        int start = -1;
        EntityType current = null;
        for (int i = 0; i <= tags.size(); i++) {
            String tag = i < tags.size() ? tags.get(i) : "O";
            EntityType type = null;
            char kind = 'O';
            if (!tag.equals("O")) {
                if (tag.length() < 3 || tag.charAt(1) != '-' || (tag.charAt(0) != 'B' && tag.charAt(0) != 'I')
                        || (type = type(tag.substring(2))) == null) {
                    throw new IllegalArgumentException("unknown tag '" + tag + "' (expected O, B-/I- PER, LOC, ORG)");
                }
                kind = tag.charAt(0);
            }
            boolean continues = kind == 'I' && type == current;
            if (current != null && !continues) {
                out.add(new Span(start, i, current));
                current = null;
            }
            if (kind == 'B' || (kind == 'I' && !continues)) {
                start = i;
                current = type;
            }
        }
        return out;
    }

    /** Records one sentence: gold and predicted spans (no text: misses are not listed). */
    public void add(List<Span> gold, List<Span> predicted) {
        add(null, gold, predicted);
    }

    /**
     * Records one sentence: gold and predicted spans, exact matches per type; the type confusion of overlapping
     * spans, unmatched gold spans (missed) and predictions overlapping no gold span (spurious); with the text, the
     * gold spans not found exactly, for the list of most frequent misses.
     */
    public void add(String text, List<Span> gold, List<Span> predicted) {
        sentences++;
        Set<Span> goldSet = new HashSet<>(gold);
        Set<Span> predictedSet = new HashSet<>(predicted);
        for (Span s : gold) {
            counts.get(s.type())[2]++;
        }
        for (Span s : predictedSet) {
            counts.get(s.type())[1]++;
            if (goldSet.contains(s)) {
                counts.get(s.type())[0]++;
            }
        }
        for (Span g : goldSet) {
            boolean overlapped = false;
            for (Span p : predictedSet) {
                if (p.begin() < g.end() && g.begin() < p.end()) {
                    overlapped = true;
                    confusion[g.type().ordinal()][p.type().ordinal()]++;
                    if (p.type() == g.type() && !p.equals(g)) {
                        boundary++;
                    }
                }
            }
            if (!overlapped) {
                confusion[g.type().ordinal()][NONE]++;
            }
            if (text != null && !predictedSet.contains(g) && g.end() <= text.length()) {
                misses.merge(tag(g.type()) + " " + text.substring(g.begin(), g.end()), 1, Integer::sum);
            }
        }
        for (Span p : predictedSet) {
            if (goldSet.stream().noneMatch(g -> p.begin() < g.end() && g.begin() < p.end())) {
                confusion[NONE][p.type().ordinal()]++;
            }
        }
    }

    /** Gold type × predicted type of overlapping spans; index 3 is "none" (missed / spurious). */
    public int confusion(EntityType gold, EntityType predicted) {
        return confusion[gold == null ? NONE : gold.ordinal()][predicted == null ? NONE : predicted.ordinal()];
    }

    /** The most frequent gold spans not found exactly ("TYPE text" → count), most frequent first. */
    public List<Map.Entry<String, Integer>> topMisses(int n) {
        return misses.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(n).toList();
    }

    public int sentences() {
        return sentences;
    }

    public double precision(EntityType t) {
        int[] c = counts.get(t);
        return c[1] == 0 ? 0 : (double) c[0] / c[1];
    }

    public double recall(EntityType t) {
        int[] c = counts.get(t);
        return c[2] == 0 ? 0 : (double) c[0] / c[2];
    }

    public double f1(EntityType t) {
        double p = precision(t);
        double r = recall(t);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** Exact-span F1 over all types (micro average). */
    public double microF1() {
        int tp = 0;
        int predicted = 0;
        int gold = 0;
        for (int[] c : counts.values()) {
            tp += c[0];
            predicted += c[1];
            gold += c[2];
        }
        double p = predicted == 0 ? 0 : (double) tp / predicted;
        double r = gold == 0 ? 0 : (double) tp / gold;
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** One line: all P/R/F1 and F1 per type. */
    public String summary() {
        int[] all = new int[3];
        StringBuilder types = new StringBuilder();
        for (EntityType t : EntityType.values()) {
            int[] c = counts.get(t);
            for (int i = 0; i < 3; i++) {
                all[i] += c[i];
            }
            types.append(String.format(Locale.ROOT, " %s %.4f", tag(t), f1(t)));
        }
        double p = all[1] == 0 ? 0 : (double) all[0] / all[1];
        double r = all[2] == 0 ? 0 : (double) all[0] / all[2];
        return String.format(Locale.ROOT, "P %.4f R %.4f F1 %.4f;%s", p, r, p + r == 0 ? 0 : 2 * p * r / (p + r), types);
    }

    public String report() {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "sentences %d (exact span match)%n%n", sentences));
        b.append(String.format(Locale.ROOT, "%-6s %9s %9s %9s %6s %9s %6s%n", "type", "precision", "recall", "F1",
                "gold", "predicted", "correct"));
        int[] all = new int[3];
        for (EntityType t : EntityType.values()) {
            int[] c = counts.get(t);
            b.append(String.format(Locale.ROOT, "%-6s %9.3f %9.3f %9.3f %6d %9d %6d%n", tag(t), precision(t),
                    recall(t), f1(t), c[2], c[1], c[0]));
            for (int i = 0; i < 3; i++) {
                all[i] += c[i];
            }
        }
        double p = all[1] == 0 ? 0 : (double) all[0] / all[1];
        double r = all[2] == 0 ? 0 : (double) all[0] / all[2];
        b.append(String.format(Locale.ROOT, "%-6s %9.3f %9.3f %9.3f %6d %9d %6d%n", "all", p, r,
                p + r == 0 ? 0 : 2 * p * r / (p + r), all[2], all[1], all[0]));

        b.append(String.format(Locale.ROOT, "%nconfusion of types (rows gold, columns predicted; overlapping spans, "
                + "exact or not; - = none: missed / spurious)%n"));
        b.append(String.format(Locale.ROOT, "%-6s %6s %6s %6s %6s%n", "", "PER", "LOC", "ORG", "-"));
        String[] names = {"PER", "LOC", "ORG", "-"};
        for (int g = 0; g < 4; g++) {
            b.append(String.format(Locale.ROOT, "%-6s", names[g]));
            for (int q = 0; q < 4; q++) {
                b.append(g == NONE && q == NONE ? String.format(Locale.ROOT, " %6s", "")
                        : String.format(Locale.ROOT, " %6d", confusion[g][q]));
            }
            b.append('\n');
        }
        b.append(String.format(Locale.ROOT, "boundary errors (same type, overlapping, not exact): %d%n", boundary));
        if (!misses.isEmpty()) {
            b.append(String.format(Locale.ROOT, "%nmost frequent misses (gold spans not found exactly)%n"));
            for (Map.Entry<String, Integer> e : topMisses(10)) {
                b.append(String.format(Locale.ROOT, "%6d  %s%n", e.getValue(), e.getKey()));
            }
        }
        return b.toString();
    }

    static String tag(EntityType t) {
        return switch (t) {
            case PERSON -> "PER";
            case PLACE -> "LOC";
            case ORGANISATION -> "ORG";
        };
    }
}
