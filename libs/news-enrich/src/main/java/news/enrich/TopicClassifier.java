package news.enrich;

import java.util.ArrayList;
import java.util.Collections;
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
 * <p><b>Level 1</b> (and the deeper classes the datasets label: house and home, trend, video game, construction and
 * property, stocks and securities). The <b>article model</b> ({@link ArticleTopicModel}, trained on the cnews full
 * articles) reads headline (weighted) and body together. It is trusted fully unless the <b>domain model</b> says the
 * article is official-press text (party and government papers, unlike the Sina articles it was trained on): its
 * trust falls linearly from 1 at a domain probability of {@value #OFFICIAL_LOW} to 0 at {@value #OFFICIAL_HIGH}
 * (chosen by cross-validation on the training articles: the largest ramp costing at most 0.25 points there), and
 * when the article has a headline and fewer than {@value #BODY_FULL} letters of body, proportionally less. The
 * rest goes to the <b>general mix</b>: the headline model ({@link LinearTopicModel}, THUCNews headlines) on the
 * headline ({@value #HEADLINE_WEIGHT}) and on each paragraph ({@value #PARAGRAPH_WEIGHT}), plus the hand lexicon
 * ({@link TopicLexicon}), which also carries topics the datasets lack (health, environment, crime, ...). A headline
 * without a body gets the general mix only. Each class's probability is summed up the vocabulary's hierarchy: a
 * topic's confidence is the probability of all classes at or below it, so a broader topic is never less confident
 * than a narrower one. The best level-1 topic is returned, and the runner-up when it has at least
 * {@value #SECOND_RATIO} of the best's confidence and {@value #SECOND_MIN_CONFIDENCE}+.
 *
 * <p><b>Deeper levels.</b> From each returned level-1 topic the classifier walks down one child at a time
 * ({@link #bestChild}): probability of classes below a child goes to it; probability left on the node itself is split
 * by the lexicon's words under the node, else by the vocabulary similarity ({@link ConceptScorer}: labels,
 * descendants' labels and definitions of the concepts). The best child is taken when its share of the node is at
 * least {@value #DESCEND_MIN_SHARE} and its confidence (the node's times the share) at least
 * {@value #DEEP_MIN_CONFIDENCE}; the walk stops at the first child that fails.
 *
 * <p><b>Subjects.</b> Every subject on a walked path is returned, so a level-3 subject comes with its level-2 and
 * level-1 parents, each with its own confidence (0-100), {@code rel} classifies, English and Chinese labels from the
 * vocabulary. Subjects are sorted by confidence, broader first on ties: the first subject is always the best level-1
 * topic. An article with no usable text gets {@value #FALLBACK_CODE} at confidence 0. Thread-safe.
 */
public final class TopicClassifier {

    static final double OFFICIAL_LOW = 0.7;
    static final double OFFICIAL_HIGH = 0.95;
    /** With a headline, a body of fewer letters than this trusts the article model proportionally less. */
    static final double BODY_FULL = 300;
    static final double HEADLINE_WEIGHT = 0.45;
    static final double PARAGRAPH_WEIGHT = 0.25;
    private static final int PARAGRAPH_WEIGHT_CAP = 30;
    private static final int MIN_KNOWN_TOKENS = 2;
    static final double SECOND_RATIO = 0.5;
    static final int SECOND_MIN_CONFIDENCE = 15;
    static final double DESCEND_MIN_SHARE = 0.5;
    static final int DEEP_MIN_CONFIDENCE = 20;
    static final double LEXICAL_HALF = 6.0;
    /**
     * With a body, the headline model's posteriors are flattened, p^(1/T) renormalised: it is trained nearly
     * unregularised for headlines alone (C = 512, see {@link LinearTopicModel}), and its near-certain answers on
     * official-press paragraphs would outweigh the lexicon that the mix was tuned with. Chosen on the tune parts of
     * datasets/official-press-topics (T = 1: written 90.6 %, MSRA 81.6 % at level 1; 1.5 and 2 the same; 3: 91.7 %,
     * 83.7 %; the held-out cnews articles 95.65 % with each).
     */
    static final double BODY_HEADLINE_TEMPERATURE = 3.0;
    /** Chosen on the tune part of datasets/official-press-topics (0.6 before; 1.0-2.0 all within 2 points there). */
    static final double LEXICON_WEIGHT = 1.3;
    /**
     * A headline without a body: the headline model reads its own kind of text (THUCNews headlines), so the lexicon
     * only tips close calls. Chosen by 5-fold cross-validation of the headline-only mix on the training part of the
     * headlines (every 5th held out; headline model without lead sentences): 0.6 (the weight before) 88.5 %, 0.45
     * 89.0 %, 0.1-0.3 89.1-89.2 %, none 89.1 %.
     */
    static final double HEADLINE_ONLY_LEXICON_WEIGHT = 0.2;
    /**
     * A headline without a body, lexicon words of level-1 topics the headline model has no class for (weather, health,
     * crime, environment, ...): there the lexicon is the only evidence, so it keeps the weight it had before, which can
     * overrule the headline model's confident wrong class (寒潮来袭 … 暴雪预警 is weather, not video games). On the
     * same cross-validation it costs 0.4 points of THUCNews headlines (0.2 / 0.3 / 0.4 / 0.6 / 1.0: 89.60 / 89.60 /
     * 89.55 / 89.20 / 86.10 %), and 0.4 and less lose that weather headline.
     */
    static final double HEADLINE_ONLY_OUTSIDE_LEXICON_WEIGHT = 0.6;
    static final double LEXICON_HALF = 6.0;
    /** How much lexicon evidence below a node it takes to trust its split (tune part: 2-3 best, 6 before). */
    static final double WALK_LEXICON_HALF = 3.0;
    static final double HEADLINE_LEXICON_FACTOR = 3.0;
    static final double CONFIRM_HALF = 1.0;
    /** Chosen on the held-out cnews split: the largest trust shift (5, 10, 20 tried) that cost no level-1 answer there. */
    static final double OUTSIDE_HALF = 20;
    /** Below this probability the property class cannot make a subject: not worth reading the text for. */
    static final double CONFIRM_MIN = 0.05;
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
    private final double officialLow;
    private final double officialHigh;
    /** The class of the datasets' property label, which needs the text's confirmation ({@link #confirmed}). */
    private final String propertyClass = TopicLabels.standard().code("房产");
    /** The level-1 topics the article model has classes for. */
    private final java.util.Set<String> articleRoots;
    /** The level-1 topics the headline model has classes for. */
    private final java.util.Set<String> headlineRoots;

    /**
     * @param lexicon the hand lexicon to add at level 1, or null for none
     */
    public TopicClassifier(MediaTopics topics, TopicModels models, TopicLexicon lexicon) {
        this.topics = Objects.requireNonNull(topics, "topics");
        this.models = Objects.requireNonNull(models, "models");
        this.scorer = models.conceptScorer(topics);
        this.articleRoots = rootsOf(topics, models.article().codes());
        this.headlineRoots = rootsOf(topics, models.headline().codes());
        this.lexicon = lexicon;
        this.officialLow = OFFICIAL_LOW;
        this.officialHigh = OFFICIAL_HIGH;
    }

    private TopicClassifier(TopicClassifier base, TopicLexicon lexicon, double officialLow, double officialHigh) {
        this.topics = base.topics;
        this.models = base.models;
        this.scorer = base.scorer;
        this.articleRoots = base.articleRoots;
        this.headlineRoots = base.headlineRoots;
        this.lexicon = lexicon;
        this.officialLow = officialLow;
        this.officialHigh = officialHigh;
    }

    private static java.util.Set<String> rootsOf(MediaTopics topics, List<String> codes) {
        java.util.Set<String> roots = new java.util.HashSet<>();
        for (String code : codes) {
            if (topics.contains(code)) {
                roots.add(topics.root(code));
            }
        }
        return java.util.Set.copyOf(roots);
    }

    /** The standard classifier: the bundled vocabulary and shipped models. */
    public static TopicClassifier shared() {
        return Holder.INSTANCE;
    }

    /** The same classifier with or without the hand lexicon. */
    TopicClassifier withLexicon(TopicLexicon lexicon) {
        return new TopicClassifier(this, lexicon, officialLow, officialHigh);
    }

    /** Subjects, best first (see the class comment). Null or blank headline/body are fine. */
    public List<Subject> classify(String headline, String body) {
        return classify(AnalysedText.analyse(headline, body));
    }

    List<Subject> classify(AnalysedText text) {
        Evidence evidence = new Evidence(text);
        return subjects(classMix(text, evidence), evidence);
    }

    /** The mixed class distribution (sum 1), empty when there is no evidence at all. */
    Map<String, Double> classMix(AnalysedText text) {
        return classMix(text, new Evidence(text));
    }

    private Map<String, Double> classMix(AnalysedText text, Evidence evidence) {
        Map<String, Double> article = articleMix(text);
        double trust = article.isEmpty() ? 0 : articleTrust(models.officialPress(text));
        if (!text.headline().isBlank()) {
            // a headline with a short body: the headline says more than the few body words the article model reads
            trust *= Math.min(1, letters(text.body()) / BODY_FULL);
        }
        boolean official = trust < 1;
        trust *= 1 - outsideShare(evidence);
        // the article model's property class only as far as the text confirms it; the rest of its share goes to
        // the general mix, as for official-press text
        double unconfirmed = article.isEmpty() ? 0 : unconfirmedProperty(article, evidence);
        if (trust >= 1 && unconfirmed <= 0) {
            return normalized(article);
        }
        Map<String, Double> kept = new HashMap<>(article);
        if (unconfirmed > 0) {
            kept.merge(propertyClass, -unconfirmed, Double::sum);
        }
        Map<String, Double> mixed = new HashMap<>();
        // not trusted fully: official-press text (or a short body), where the article model's deeper classes (Sina's
        // 房产 for any article about projects and building) are not to be trusted either; below level 1 the evidence
        // decides, as for the general mix
        addScaled(mixed, levelOne(kept, official), trust);
        addScaled(mixed, generalMix(text, evidence), 1 - trust + trust * unconfirmed);
        return normalized(mixed);
    }

    /**
     * The share of the lexicon's evidence that names level-1 topics the article model has no class for (health,
     * society, environment, labour, ... are not among the cnews labels): O / (O + I + {@value #OUTSIDE_HALF}) for the
     * hit weights O outside and I inside its topics. The article model spreads such an article over the topics it
     * knows (elderly-care services → economy), so that share of the decision goes to the general mix, which has
     * the lexicon.
     */
    private double outsideShare(Evidence evidence) {
        double outside = 0;
        double inside = 0;
        for (String root : topics.topLevel()) {
            double w = evidence.lexiconHits().getOrDefault(root, 0.0);
            if (articleRoots.contains(root)) {
                inside += w;
            } else {
                outside += w;
            }
        }
        return outside <= 0 ? 0 : outside / (outside + inside + OUTSIDE_HALF);
    }

    /**
     * How much of the article model's property class (the datasets' 房产 / realty label: construction and property)
     * the text does not confirm: its probability p times 1 − E / (E + {@value #CONFIRM_HALF}), E = the lexicon's hits
     * at or below it plus the vocabulary similarity. That share of the decision goes to the general mix, as for
     * official-press text. The model learnt 房产 from Sina's property pages, where 项目, 建设, 开工 and 园区 go with
     * 楼盘 and 房价; in other news those words mean any investment or development, so an article about a park,
     * consumption or elderly-care services that has none of the property words is not about construction. The
     * other dataset classes below level 1 (house and home, trend, video game, stocks) have cue words of their own
     * and are left alone (confirming them too cost 25 of 78 right level-2 answers on the held-out cnews articles,
     * whose home and fashion wording the lexicon and the vocabulary barely cover).
     */
    private double unconfirmedProperty(Map<String, Double> article, Evidence evidence) {
        double p = article.getOrDefault(propertyClass, 0.0);
        if (p < CONFIRM_MIN) {
            return 0;
        }
        double e = evidence.lexiconHits().getOrDefault(propertyClass, 0.0)
                + scorer.score(propertyClass, evidence.counts());
        return p * (1 - e / (e + CONFIRM_HALF));
    }

    /** The article model's class distribution (empty without a body). */
    Map<String, Double> articleMix(AnalysedText text) {
        return text.body().isBlank() ? Map.of() : models.article().predict(text);
    }

    /**
     * How far the article model is trusted for an article that is official-press text with probability d: fully up to
     * {@link #OFFICIAL_LOW}, not at all from {@link #OFFICIAL_HIGH}, linear between.
     */
    double articleTrust(double d) {
        return 1 - Math.max(0, Math.min(1, (d - officialLow) / (officialHigh - officialLow)));
    }

    /** The same classifier with another trust ramp (for cross-validating it). */
    TopicClassifier withOfficialRamp(double low, double high) {
        return new TopicClassifier(this, lexicon, low, high);
    }

    /**
     * The general mix for articles unlike the training articles (and headlines without a body): the headline model
     * on the headline ({@value #HEADLINE_WEIGHT}) and on each body paragraph, averaged ({@value #PARAGRAPH_WEIGHT}),
     * plus the hand lexicon, whose weight grows with its evidence: {@value #LEXICON_WEIGHT} (a headline alone:
     * {@value #HEADLINE_ONLY_LEXICON_WEIGHT}, {@value #HEADLINE_ONLY_OUTSIDE_LEXICON_WEIGHT} for words of topics the
     * headline model lacks) · S / (S +
     * {@value #LEXICON_HALF}) for a summed hit weight S (headline hits count {@value #HEADLINE_LEXICON_FACTOR}x).
     */
    Map<String, Double> generalMix(AnalysedText text) {
        return generalMix(text, new Evidence(text));
    }

    private Map<String, Double> generalMix(AnalysedText text, Evidence found) {
        Map<String, Double> mixed = new HashMap<>();
        // With a body, the article is official-press text here (or the article model would be trusted): the headline
        // model's deeper classes are dataset labels of Sina/THUCNews news (房产 = the property market), whose cue words
        // (项目, 建设, 开工, 园区) mean economic development in party papers. So they count at level 1 only, and the
        // walk below level 1 goes by the evidence (lexicon, vocabulary). A headline alone keeps them.
        boolean levelOneOnly = !text.body().isBlank();
        if (!text.headline().isBlank()) {
            Map<String, Double> headline = models.headline().predict(text.headline());
            addScaled(mixed, levelOne(levelOneOnly ? tempered(headline) : headline, levelOneOnly), HEADLINE_WEIGHT);
        }
        addScaled(mixed, levelOne(paragraphPosterior(text.paragraphContentWords()), levelOneOnly), PARAGRAPH_WEIGHT);
        if (lexicon != null) {
            Map<String, Double> lex = found.lexiconScores();
            double evidence = lex.values().stream().mapToDouble(Double::doubleValue).sum();
            if (evidence > 0) {
                double scale = evidence / (evidence + LEXICON_HALF) / evidence;
                if (!text.body().isBlank()) {
                    addScaled(mixed, lex, LEXICON_WEIGHT * scale);
                } else {
                    lex.forEach((code, w) -> mixed.merge(code, w * scale * (headlineRoots.contains(topics.root(code))
                            ? HEADLINE_ONLY_LEXICON_WEIGHT : HEADLINE_ONLY_OUTSIDE_LEXICON_WEIGHT), Double::sum));
                }
            }
        }
        return normalized(mixed);
    }

    /** The distribution with every class moved to its level-1 topic (when {@code lift}), else as it is. */
    private Map<String, Double> levelOne(Map<String, Double> classes, boolean lift) {
        if (!lift) {
            return classes;
        }
        Map<String, Double> out = new HashMap<>();
        classes.forEach((code, p) -> out.merge(topics.contains(code) ? topics.root(code) : code, p, Double::sum));
        return out;
    }

    /** The headline model on each paragraph (its words, stop words out), averaged weighted by known words (capped). */
    private Map<String, Double> paragraphPosterior(List<List<String>> paragraphs) {
        Map<String, Double> sum = new HashMap<>();
        double weights = 0;
        for (List<String> tokens : paragraphs) {
            int known = models.headline().knownTokens(tokens);
            if (known < MIN_KNOWN_TOKENS) {
                continue;
            }
            double weight = Math.min(known, PARAGRAPH_WEIGHT_CAP);
            addScaled(sum, tempered(models.headline().predictTokens(tokens)), weight);
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

    /** p^(1/{@value #BODY_HEADLINE_TEMPERATURE}), renormalised: the headline model's posterior for text with a body. */
    private static Map<String, Double> tempered(Map<String, Double> posterior) {
        if (BODY_HEADLINE_TEMPERATURE == 1 || posterior.isEmpty()) {
            return posterior;
        }
        Map<String, Double> out = new HashMap<>();
        posterior.forEach((code, p) -> out.put(code, Math.pow(p, 1 / BODY_HEADLINE_TEMPERATURE)));
        return normalized(out);
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

    private List<Subject> subjects(Map<String, Double> classes, Evidence evidence) {
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
                Step step = bestChild(node, kids, mass, evidence);
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

    /** What the text says below a topic, computed once and only when the walk needs it. */
    private final class Evidence {
        private final AnalysedText text;
        private Map<String, Double> lexiconScores;
        private Map<String, Double> lexiconHits;
        private double[] counts;

        Evidence(AnalysedText text) {
            this.text = text;
        }

        /**
         * The hand lexicon's scores per code (headline hits counted {@value #HEADLINE_LEXICON_FACTOR}x), in code order:
         * one scan of the text, shared by the general mix and the walk. Empty without a lexicon.
         */
        Map<String, Double> lexiconScores() {
            if (lexiconScores == null) {
                Map<String, Double> lex = new TreeMap<>();
                if (lexicon != null) {
                    lexicon.addScores(text.headline(), HEADLINE_LEXICON_FACTOR, lex);
                    lexicon.addScores(text.body(), 1.0, lex);
                }
                lexiconScores = Collections.unmodifiableMap(lex);
            }
            return lexiconScores;
        }

        /** The hand lexicon's hits per code, headline hits counted more, summed up the hierarchy. */
        Map<String, Double> lexiconHits() {
            if (lexiconHits == null) {
                lexiconHits = new HashMap<>();
                if (lexicon != null) {
                    Map<String, Double> lex = lexiconScores();
                    lex.forEach((code, w) -> topics.chain(code).forEach(c -> lexiconHits.merge(c, w, Double::sum)));
                }
            }
            return lexiconHits;
        }

        /** Occurrences of the vocabulary's terms ({@link ConceptScorer}). */
        double[] counts() {
            if (counts == null) {
                counts = scorer.count(text.headline(), text.body());
            }
            return counts;
        }
    }

    /**
     * The child of {@code node} with the largest share of the node's probability. Probability of classes below a child
     * goes to that child. Probability of classes at the node itself (a level-1 class of a model, the headline model,
     * a level-1 lexicon word) says nothing about which child, so it is split by the best evidence there is: the hand
     * lexicon's words under the node (the best child's share of their summed weight W, trusted W / (W +
     * {@value #WALK_LEXICON_HALF})), else the vocabulary similarity (the best child's score s1 against the runner-up's s2,
     * s1 / (s1 + s2), trusted s1 / (s1 + {@value #LEXICAL_HALF})).
     */
    private Step bestChild(String node, List<String> kids, Map<String, Double> mass, Evidence evidence) {
        Map<String, Double> lexicalHits = evidence.lexiconHits();
        double parent = mass.getOrDefault(node, 0.0);
        double below = 0;
        double words = 0;
        for (String k : kids) {
            below += mass.getOrDefault(k, 0.0);
            words += lexicalHits.getOrDefault(k, 0.0);
        }
        double here = parent <= 0 ? 1 : Math.max(0, 1 - below / parent);
        double[] split = new double[kids.size()];
        if (words > 0) {
            for (int i = 0; i < kids.size(); i++) {
                split[i] = lexicalHits.getOrDefault(kids.get(i), 0.0) / words * words / (words + WALK_LEXICON_HALF);
            }
        } else {
            int lexBest = -1;
            double s1 = 0;
            double s2 = 0;
            for (int i = 0; i < kids.size(); i++) {
                double lex = scorer.score(kids.get(i), evidence.counts());
                if (lex > s1) {
                    s2 = s1;
                    s1 = lex;
                    lexBest = i;
                } else if (lex > s2) {
                    s2 = lex;
                }
            }
            if (lexBest >= 0) {
                split[lexBest] = s1 / (s1 + s2) * s1 / (s1 + LEXICAL_HALF);
            }
        }
        String best = null;
        double bestShare = -1;
        for (int i = 0; i < kids.size(); i++) {
            double share = (parent <= 0 ? 0 : mass.getOrDefault(kids.get(i), 0.0) / parent) + here * split[i];
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
