package news.enrich;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Keyword lexicon per IPTC Media Topic, {@code code<TAB>weight<TAB>word} (bundled:
 * {@code news/enrich/topic-lexicon.tsv}). Scores text by the weights of the lexicon words it contains, matched
 * leftmost-longest and non-overlapping, so 基层党组织 counts once and not also as 党组织. Thread-safe.
 */
public final class TopicLexicon {

    static final String RESOURCE = "news/enrich/topic-lexicon.tsv";

    private record Weight(String code, double weight) {}

    private static final class Holder {
        static final TopicLexicon INSTANCE = new TopicLexicon(Resources.lines(RESOURCE), RESOURCE);
    }

    private final PhraseMatcher<List<Weight>> matcher;
    private final int size;

    private TopicLexicon(List<String> lines, String name) {
        Map<String, List<Weight>> words = new HashMap<>();
        int n = 0;
        for (String line : lines) {
            String[] cols = line.split("\t");
            if (cols.length != 3) {
                throw new IllegalStateException(name + ": expected code<TAB>weight<TAB>word: " + line);
            }
            double weight;
            try {
                weight = Double.parseDouble(cols[1].strip());
            } catch (NumberFormatException e) {
                throw new IllegalStateException(name + ": bad weight: " + line, e);
            }
            String code = MediaTopics.normalize(cols[0]);
            if (!MediaTopics.standard().contains(code)) {
                throw new IllegalStateException(name + ": unknown media topic: " + line);
            }
            words.computeIfAbsent(cols[2].strip(), w -> new ArrayList<>()).add(new Weight(code, weight));
            n++;
        }
        this.matcher = new PhraseMatcher<>(words);
        this.size = n;
    }

    /** The bundled lexicon (loaded on first use). */
    public static TopicLexicon standard() {
        return Holder.INSTANCE;
    }

    /** A lexicon read from a stream in the same TSV format ({@code #} comments allowed). */
    public static TopicLexicon load(InputStream in, String name) {
        return new TopicLexicon(Resources.lines(in, name), name);
    }

    /** Number of (code, word) entries. */
    public int size() {
        return size;
    }

    /** Summed weights per code of the lexicon words in the text (each occurrence counts). Codes without hits are absent. */
    public Map<String, Double> score(String text) {
        Map<String, Double> scores = new TreeMap<>();
        addScores(text, 1.0, scores);
        return scores;
    }

    /** Adds {@code factor * weight} per occurrence to {@code scores}. */
    void addScores(String text, double factor, Map<String, Double> scores) {
        for (PhraseMatcher.Match<List<Weight>> match : matcher.find(text)) {
            for (Weight w : match.value()) {
                scores.merge(w.code(), factor * w.weight(), Double::sum);
            }
        }
    }
}
