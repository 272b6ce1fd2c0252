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
 * Assigns IPTC Media Topics at every level to a whole article.
 *
 * <p><b>Level 1 and the dataset-backed deeper classes.</b> Two trained models give a distribution over their classes
 * (codes at any level, e.g. house and home, trend, video game, construction and property):
 * <ul>
 *   <li>the <b>article model</b> ({@link ArticleTopicModel}) reads headline (weighted) and body together;</li>
 *   <li>the <b>headline model</b> ({@link LinearTopicModel}) reads the headline alone.</li>
 * </ul>
 * They are mixed by the amount of body text: the article model's weight is B / (B + {@value #BODY_HALF}) for B letters
 * and digits in the body (1 without a headline, 0 without a body). Optionally a hand-made keyword lexicon
 * ({@link TopicLexicon}) adds evidence for top-level topics the datasets lack. Each class's probability is then summed
 * up the vocabulary's hierarchy: a topic's confidence is the probability of all classes at or below it, so a broader
 * topic is never less confident than a narrower one. The best level-1 topic is returned, and the runner-up when it
 * has at least {@value #SECOND_RATIO} of the best's confidence and {@value #SECOND_MIN_CONFIDENCE}+.
 *
 * <p><b>Deeper levels.</b> From each returned level-1 topic the classifier walks down one child at a time. A child's
 * share of its parent is the models' probability below the child divided by the parent's, plus — for the part of the
 * parent's probability the models put on the parent itself — the {@link ConceptScorer} vocabulary similarity's share
 * of that child among its siblings, trusted E / (E + {@value #LEXICAL_HALF}) for lexical evidence E. The best child is
 * taken when its share is at least {@value #DESCEND_MIN_SHARE} and its confidence (the parent's times the share) at
 * least {@value #DEEP_MIN_CONFIDENCE}; the walk stops at the first child that fails.
 *
 * <p><b>Subjects.</b> Every subject on a walked path is returned, so a level-3 subject comes with its level-2 and
 * level-1 parents, each with its own confidence (0-100), {@code rel} classifies, English and Chinese labels from the
 * vocabulary. Subjects are sorted by confidence, broader first on ties: the first subject is always the best level-1
 * topic. An article with no usable text gets {@value #FALLBACK_CODE} at confidence 0. Thread-safe.
 */
public final class TopicClassifier {

    static final double TRUST_LOW = 0.3;
    static final double TRUST_HIGH = 0.7;
    static final double HEADLINE_WEIGHT = 0.45;
    static final double PARAGRAPH_WEIGHT = 0.25;
    private static final int PARAGRAPH_WEIGHT_CAP = 30;
    private static final int MIN_KNOWN_TOKENS = 2;
    static final double SECOND_RATIO = 0.5;
    static final int SECOND_MIN_CONFIDENCE = 15;
    static final double DESCEND_MIN_SHARE = 0.5;
    static final int DEEP_MIN_CONFIDENCE = 30;
    static final double LEXICAL_HALF = 6.0;
    static final double LEXICON_WEIGHT = 0.6;
    static final double LEXICON_HALF = 6.0;
    static final double HEADLINE_LEXICON_FACTOR = 3.0;
    static final String FALLBACK_CODE = "medtop:14000000";
    /** Whether the standard classifier adds the hand lexicon (decided on held-out figures, see the README). */
    static final boolean STANDARD_USES_LEXICON = true;

    private static final class Holder {
        static final TopicClassifier INSTANCE = new TopicClassifier(MediaTopics.standard(), TopicModels.shipped(),
                STANDARD_USES_LEXICON ? TopicLexicon.standard() : null);
    }

    private final MediaTopics topics;
    private final TopicModels models;
    private final ConceptScorer scorer;
    private final TopicLexicon lexicon; // null: not used
    private final double trustLow;
    private final double trustHigh;

    /**
     * @param lexicon the hand lexicon to add at level 1, or null for none
     */
    public TopicClassifier(MediaTopics topics, TopicModels models, TopicLexicon lexicon) {
        this.topics = Objects.requireNonNull(topics, "topics");
        this.models = Objects.requireNonNull(models, "models");
        this.scorer = models.conceptScorer(topics);
        this.lexicon = lexicon;
        this.trustLow = TRUST_LOW;
        this.trustHigh = TRUST_HIGH;
    }

    private TopicClassifier(TopicClassifier base, TopicLexicon lexicon, double trustLow, double trustHigh) {
        this.topics = base.topics;
        this.models = base.models;
        this.scorer = base.scorer;
        this.lexicon = lexicon;
        this.trustLow = trustLow;
        this.trustHigh = trustHigh;
    }

    /** The same classifier with another trust ramp for the article model (for cross-validating it). */
    TopicClassifier withTrust(double low, double high) {
        return new TopicClassifier(this, lexicon, low, high);
    }

    /** The standard classifier: the bundled vocabulary and shipped models. */
    public static TopicClassifier shared() {
        return Holder.INSTANCE;
    }

    /** The same classifier with or without the hand lexicon. */
    TopicClassifier withLexicon(TopicLexicon lexicon) {
        return new TopicClassifier(this, lexicon, trustLow, trustHigh);
    }

    /** Subjects, best first (see the class comment). Null or blank headline/body are fine. */
    public List<Subject> classify(String headline, String body) {
        return classify(AnalysedText.analyse(headline, body));
    }

    List<Subject> classify(AnalysedText text) {
        return subjects(text, classMix(text));
    }

    /** The mixed class distribution (sum 1), empty when there is no evidence at all. */
    Map<String, Double> classMix(AnalysedText text) {
        Map<String, Double> article = articleMix(text);
        Map<String, Double> general = generalMix(text);
        double trust = article.isEmpty() ? 0 : articleTrust(article);
        Map<String, Double> mixed = new HashMap<>();
        addScaled(mixed, article, trust);
        addScaled(mixed, general, 1 - trust);
        return normalized(mixed);
    }

    /** The article model's class distribution (empty without a body). */
    Map<String, Double> articleMix(AnalysedText text) {
        return text.body().isBlank() ? Map.of() : models.article().predict(text);
    }

    /**
     * How far the article model is trusted: {@code gate(m)} for its best level-1 probability m, ramping from 0 at
     * {@link #TRUST_LOW} to 1 at {@link #TRUST_HIGH} (an article unlike the training articles gets a flat, unsure
     * answer).
     */
    double articleTrust(Map<String, Double> article) {
        Map<String, Double> roots = new HashMap<>();
        article.forEach((code, p) -> roots.merge(topics.root(code), p, Double::sum));
        double best = roots.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
        double gate = Math.max(0, Math.min(1, (best - trustLow) / (trustHigh - trustLow)));
        return gate;
    }

    /**
     * The general mix for articles unlike the training articles (and headlines without a body): the headline model
     * on the headline ({@value #HEADLINE_WEIGHT}) and on each body paragraph, averaged ({@value #PARAGRAPH_WEIGHT}),
     * plus the hand lexicon, whose weight grows with its evidence: {@value #LEXICON_WEIGHT} · S / (S +
     * {@value #LEXICON_HALF}) for a summed hit weight S (headline hits count {@value #HEADLINE_LEXICON_FACTOR}x).
     */
    Map<String, Double> generalMix(AnalysedText text) {
        Map<String, Double> mixed = new HashMap<>();
        if (!text.headline().isBlank()) {
            addScaled(mixed, models.headline().predict(text.headline()), HEADLINE_WEIGHT);
        }
        addScaled(mixed, paragraphPosterior(text.paragraphTerms()), PARAGRAPH_WEIGHT);
        if (lexicon != null) {
            Map<String, Double> lex = new TreeMap<>();
            lexicon.addScores(text.headline(), HEADLINE_LEXICON_FACTOR, lex);
            lexicon.addScores(text.body(), 1.0, lex);
            double evidence = lex.values().stream().mapToDouble(Double::doubleValue).sum();
            if (evidence > 0) {
                addScaled(mixed, lex, LEXICON_WEIGHT * evidence / (evidence + LEXICON_HALF) / evidence);
            }
        }
        return normalized(mixed);
    }

    /** The headline model on each paragraph, averaged weighted by known words (capped). */
    private Map<String, Double> paragraphPosterior(List<List<Term>> paragraphs) {
        Map<String, Double> sum = new HashMap<>();
        double weights = 0;
        for (List<Term> paragraph : paragraphs) {
            List<String> tokens = new ArrayList<>(paragraph.size());
            for (Term t : paragraph) {
                if (StopWords.shouldInclude(t)) {
                    tokens.add(t.word);
                }
            }
            int known = models.headline().knownTokens(tokens);
            if (known < MIN_KNOWN_TOKENS) {
                continue;
            }
            double weight = Math.min(known, PARAGRAPH_WEIGHT_CAP);
            addScaled(sum, models.headline().predictTokens(tokens), weight);
            weights += weight;
        }
        if (weights == 0) {
            return Map.of();
        }
        Map<String, Double> out = new HashMap<>();
        double w = weights;
        sum.forEach((code, v) -> out.put(code, v / w));
        return out;
    }

    private static Map<String, Double> normalized(Map<String, Double> mixed) {
        double total = mixed.values().stream().mapToDouble(Double::doubleValue).sum();
        if (total <= 0 || Double.isNaN(total)) {
            return Map.of();
        }
        Map<String, Double> out = new TreeMap<>();
        mixed.forEach((code, p) -> out.put(code, p / total));
        return out;
    }

    private List<Subject> subjects(AnalysedText text, Map<String, Double> classes) {
        Map<String, Double> mass = new HashMap<>();
        classes.forEach((code, p) -> {
            if (topics.contains(code)) {
                for (String c : topics.chain(code)) {
                    mass.merge(c, p, Double::sum);
                }
            }
        });
        List<String> roots = new ArrayList<>();
        for (String r : topics.topLevel()) {
            if (mass.getOrDefault(r, 0.0) > 0) {
                roots.add(r);
            }
        }
        if (roots.isEmpty()) {
            return List.of(topics.subject(FALLBACK_CODE, 0));
        }
        roots.sort(Comparator.<String>comparingDouble(r -> -mass.get(r)).thenComparing(Comparator.naturalOrder()));
        List<Subject> out = new ArrayList<>();
        double top = mass.get(roots.get(0));
        double[] counts = null;
        for (int i = 0; i < Math.min(2, roots.size()); i++) {
            String root = roots.get(i);
            double conf = mass.get(root);
            if (i == 1 && (conf < SECOND_RATIO * top || confidence(conf) < SECOND_MIN_CONFIDENCE)) {
                break;
            }
            out.add(topics.subject(root, confidence(conf)));
            String node = root;
            while (true) {
                List<String> kids = topics.children(node);
                if (kids.isEmpty()) {
                    break;
                }
                if (counts == null) {
                    counts = scorer.count(text.headline(), text.body());
                }
                Step step = bestChild(node, kids, mass, counts);
                double childConf = conf * step.share();
                if (step.share() < DESCEND_MIN_SHARE || confidence(childConf) < DEEP_MIN_CONFIDENCE) {
                    break;
                }
                out.add(topics.subject(step.code(), confidence(childConf)));
                node = step.code();
                conf = childConf;
            }
        }
        out.sort(Comparator.comparingInt(Subject::confidence).reversed()
                .thenComparingInt(s -> topics.level(s.code())));
        return List.copyOf(out);
    }

    private record Step(String code, double share) {}

    private Step bestChild(String node, List<String> kids, Map<String, Double> mass, double[] counts) {
        double parent = mass.getOrDefault(node, 0.0);
        double assigned = 0;
        double evidence = 0;
        double[] lex = new double[kids.size()];
        for (int i = 0; i < kids.size(); i++) {
            assigned += mass.getOrDefault(kids.get(i), 0.0);
            lex[i] = scorer.score(kids.get(i), counts);
            evidence += lex[i];
        }
        double unassigned = parent <= 0 ? 1 : Math.max(0, 1 - assigned / parent);
        double trust = evidence / (evidence + LEXICAL_HALF);
        String best = null;
        double bestShare = -1;
        for (int i = 0; i < kids.size(); i++) {
            double model = parent <= 0 ? 0 : mass.getOrDefault(kids.get(i), 0.0) / parent;
            double share = model + (evidence > 0 ? unassigned * trust * lex[i] / evidence : 0);
            if (share > bestShare) {
                best = kids.get(i);
                bestShare = share;
            }
        }
        return new Step(best, bestShare);
    }

    /** Letters and digits in a text (the article model's reading of how much body there is). */
    private static int letters(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetterOrDigit(s.charAt(i))) {
                n++;
            }
        }
        return n;
    }

    private static int confidence(double p) {
        return (int) Math.round(Math.max(0, Math.min(1, p)) * 100);
    }

    private static void addScaled(Map<String, Double> into, Map<String, Double> from, double factor) {
        from.forEach((code, p) -> {
            if (p != null && !p.isNaN()) {
                into.merge(code, p * factor, Double::sum);
            }
        });
    }
}
