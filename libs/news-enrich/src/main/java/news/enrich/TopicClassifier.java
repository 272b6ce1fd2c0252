package news.enrich;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import com.hankcs.hanlp.seg.common.Term;

import news.model.Subject;

/**
 * Assigns top-level IPTC Media Topics by mixing three signals, each a distribution over codes:
 * <ol>
 *   <li><b>headline model</b>: {@link TopicModel} posterior on the headline ({@link LinearTopicModel} by default) (the model was trained on
 *       headlines, so this is its home ground), weight {@value #HEADLINE_WEIGHT};</li>
 *   <li><b>body model</b>: the model's posterior on each body paragraph, averaged (weighted by known words, capped),
 *       weight {@value #BODY_WEIGHT};</li>
 *   <li><b>lexicon</b>: {@link TopicLexicon} hits, headline hits counted {@value #HEADLINE_LEXICON_FACTOR}x,
 *       normalized; its weight grows with the evidence, {@value #LEXICON_WEIGHT} * S / (S + {@value #LEXICON_HALF})
 *       for a summed hit weight S. The lexicon is the only signal for topics the training set lacks
 *       (health, environment, crime, disaster, weather, labour, religion, conflict, human interest).</li>
 * </ol>
 * The mix is normalized; confidence is the topic's share (0-100). The top topic is always returned; the runner-up
 * too when its share is at least {@value #SECOND_RATIO} of the top's and {@value #SECOND_MIN_CONFIDENCE}+.
 * An article with no usable text gets {@value #FALLBACK_CODE} at confidence 0.
 *
 * <p>Thread-safe. {@link #shared()} builds the standard instance once per JVM (training the model, 1-3 s).
 */
public final class TopicClassifier {

    static final double HEADLINE_WEIGHT = 0.45;
    static final double BODY_WEIGHT = 0.25;
    static final double LEXICON_WEIGHT = 0.6;
    static final double LEXICON_HALF = 6.0;
    static final double HEADLINE_LEXICON_FACTOR = 3.0;
    static final double SECOND_RATIO = 0.5;
    static final int SECOND_MIN_CONFIDENCE = 15;
    static final String FALLBACK_CODE = "medtop:14000000";
    /** A paragraph's weight in the body average is its number of known words, capped here. */
    private static final int PARAGRAPH_WEIGHT_CAP = 30;
    private static final int MIN_KNOWN_TOKENS = 2;

    private static final class Holder {
        static final TopicClassifier INSTANCE = new TopicClassifier(
                MediaTopics.standard(), LinearTopicModel.shared(), TopicLexicon.standard());
    }

    private final MediaTopics topics;
    private final TopicModel model;
    private final TopicLexicon lexicon;

    public TopicClassifier(MediaTopics topics, TopicModel model, TopicLexicon lexicon) {
        this.topics = Objects.requireNonNull(topics, "topics");
        this.model = Objects.requireNonNull(model, "model");
        this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
    }

    /** The standard classifier: bundled topics, model trained on the bundled headlines, bundled lexicon. */
    public static TopicClassifier shared() {
        return Holder.INSTANCE;
    }

    /**
     * One or two subjects, best first. Null or blank headline/body are fine.
     */
    public List<Subject> classify(String headline, String body) {
        return classify(AnalysedText.analyse(headline, body));
    }

    List<Subject> classify(AnalysedText text) {
        return toSubjects(scores(text));
    }

    /** Normalized mixed scores per code (sum 1), empty when there is no evidence at all. */
    Map<String, Double> scores(AnalysedText text) {
        Map<String, Double> mixed = new HashMap<>();

        Map<String, Double> head = model.predict(text.headline());
        if (!head.isEmpty()) {
            addScaled(mixed, head, HEADLINE_WEIGHT);
        }

        Map<String, Double> body = bodyPosterior(text.paragraphTerms());
        if (!body.isEmpty()) {
            addScaled(mixed, body, BODY_WEIGHT);
        }

        Map<String, Double> lex = new TreeMap<>();
        lexicon.addScores(text.headline(), HEADLINE_LEXICON_FACTOR, lex);
        lexicon.addScores(text.body(), 1.0, lex);
        double evidence = lex.values().stream().mapToDouble(Double::doubleValue).sum();
        if (evidence > 0) {
            double weight = LEXICON_WEIGHT * evidence / (evidence + LEXICON_HALF);
            addScaled(mixed, lex, weight / evidence);
        }

        double total = mixed.values().stream().mapToDouble(Double::doubleValue).sum();
        if (total <= 0) {
            return Map.of();
        }
        Map<String, Double> normalized = new TreeMap<>();
        mixed.forEach((code, score) -> normalized.put(code, score / total));
        return normalized;
    }

    private Map<String, Double> bodyPosterior(List<List<Term>> paragraphs) {
        Map<String, Double> sum = new HashMap<>();
        double weights = 0;
        for (List<Term> paragraph : paragraphs) {
            List<String> tokens = new ArrayList<>(paragraph.size());
            for (Term t : paragraph) {
                if (StopWords.shouldInclude(t)) {
                    tokens.add(t.word);
                }
            }
            int known = model.knownTokens(tokens);
            if (known < MIN_KNOWN_TOKENS) {
                continue;
            }
            double weight = Math.min(known, PARAGRAPH_WEIGHT_CAP);
            addScaled(sum, model.predictTokens(tokens), weight);
            weights += weight;
        }
        if (weights == 0) {
            return Map.of();
        }
        Map<String, Double> out = new HashMap<>();
        double w = weights;
        sum.forEach((code, s) -> out.put(code, s / w));
        return out;
    }

    private List<Subject> toSubjects(Map<String, Double> scores) {
        List<Map.Entry<String, Double>> ranked = new ArrayList<>();
        scores.forEach((code, score) -> {
            if (topics.contains(code) && !score.isNaN()) {
                ranked.add(Map.entry(code, score));
            }
        });
        if (ranked.isEmpty()) {
            return List.of(topics.subject(FALLBACK_CODE, 0));
        }
        ranked.sort(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder())
                .thenComparing(Map.Entry.comparingByKey()));
        List<Subject> out = new ArrayList<>(2);
        Map.Entry<String, Double> top = ranked.get(0);
        out.add(topics.subject(top.getKey(), confidence(top.getValue())));
        if (ranked.size() > 1) {
            Map.Entry<String, Double> second = ranked.get(1);
            int c2 = confidence(second.getValue());
            if (second.getValue() >= SECOND_RATIO * top.getValue() && c2 >= SECOND_MIN_CONFIDENCE) {
                out.add(topics.subject(second.getKey(), c2));
            }
        }
        return List.copyOf(out);
    }

    private static int confidence(double share) {
        return (int) Math.round(Math.max(0, Math.min(1, share)) * 100);
    }

    private static void addScaled(Map<String, Double> into, Map<String, Double> from, double factor) {
        from.forEach((code, p) -> {
            if (p != null && !p.isNaN()) {
                into.merge(code, p * factor, Double::sum);
            }
        });
    }
}
