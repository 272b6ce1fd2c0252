package news.enrich;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.common.Term;

/**
 * What the vocabulary itself teaches: a lexical similarity between an article and each IPTC concept, built from the
 * concept's Chinese label, the labels of every concept below it and the words of its Chinese definition. Used by
 * {@link TopicClassifier} to choose among the children of a topic the models have already decided.
 *
 * <p>A concept's profile: the parts of its label ({@code 建筑和房地产} → 建筑, 房地产; qualifiers in brackets dropped)
 * weight {@value #LABEL_WEIGHT}, the parts of its descendants' labels {@value #DESCENDANT_WEIGHT}, the nouns
 * of its definition {@value #DEFINITION_WEIGHT} (but not nouns found in {@value #GENERIC_DEFINITIONS} or more definitions,
 * such as 组织 or 活动). An article's score for a concept is the sum over profile terms of
 * weight × IDF × ln(1 + occurrences), headline occurrences counted {@value #HEADLINE_FACTOR}x; the IDF comes from the
 * training articles, so words every article uses (工作, 发展) weigh little. Terms are matched leftmost-longest and
 * without overlap, so 房地产 does not also count as 地产. Immutable and thread-safe.
 */
final class ConceptScorer {

    static final double LABEL_WEIGHT = 1.0;
    static final double DESCENDANT_WEIGHT = 0.6;
    static final double DEFINITION_WEIGHT = 0.25;
    static final double HEADLINE_FACTOR = 3.0;
    private static final int MIN_TERM_LENGTH = 2;
    /** A definition word found in this many concepts' definitions or more is too general to tell concepts apart. */
    static final int GENERIC_DEFINITIONS = 4;
    private static final Pattern BRACKETS = Pattern.compile("[（(][^）)]*[）)]");
    private static final Pattern SEPARATORS = Pattern.compile("[、，,;；/]");

    private record Weighted(int term, double weight) {}

    private final List<String> terms = new ArrayList<>();
    private final Map<String, List<Weighted>> profiles = new HashMap<>();
    private final PhraseMatcher<Integer> matcher;
    private final double[] idf;

    /**
     * @param documentFrequency training documents containing each term (a term absent from it counts as in none)
     * @param documents         number of training documents
     */
    ConceptScorer(MediaTopics topics, Map<String, Integer> documentFrequency, int documents) {
        Map<String, Integer> termIds = new LinkedHashMap<>();
        Map<String, Integer> definitionsWith = definitionFrequency(topics);
        for (MediaTopics.Topic t : topics.topics()) {
            Map<Integer, Double> profile = new LinkedHashMap<>();
            for (String part : labelParts(t.nameZh())) {
                profile.merge(id(termIds, part), LABEL_WEIGHT, Math::max);
            }
            for (String d : descendants(topics, t.code())) {
                for (String part : labelParts(topics.topic(d).orElseThrow().nameZh())) {
                    profile.merge(id(termIds, part), DESCENDANT_WEIGHT, Math::max);
                }
            }
            for (String word : definitionWords(t.definitionZh())) {
                if (definitionsWith.get(word) < GENERIC_DEFINITIONS) {
                    profile.merge(id(termIds, word), DEFINITION_WEIGHT, Math::max);
                }
            }
            List<Weighted> list = new ArrayList<>(profile.size());
            profile.forEach((term, w) -> list.add(new Weighted(term, w)));
            profiles.put(t.code(), List.copyOf(list));
        }
        terms.addAll(termIds.keySet());
        Map<String, Integer> phrases = new HashMap<>(termIds);
        this.matcher = new PhraseMatcher<>(phrases);
        this.idf = new double[terms.size()];
        for (int i = 0; i < terms.size(); i++) {
            idf[i] = ArticleTopicModel.idf(documents, documentFrequency.getOrDefault(terms.get(i), 0));
        }
    }

    /** In how many concepts' definitions each definition word occurs. */
    private static Map<String, Integer> definitionFrequency(MediaTopics topics) {
        Map<String, Integer> out = new HashMap<>();
        for (MediaTopics.Topic t : topics.topics()) {
            definitionWords(t.definitionZh()).stream().distinct().forEach(w -> out.merge(w, 1, Integer::sum));
        }
        return out;
    }

    /** Every term of every profile, for counting document frequencies at training time. */
    static List<String> allTerms(MediaTopics topics) {
        List<String> out = new ArrayList<>();
        for (MediaTopics.Topic t : topics.topics()) {
            out.addAll(labelParts(t.nameZh()));
            out.addAll(definitionWords(t.definitionZh()));
        }
        return out.stream().distinct().toList();
    }

    private static int id(Map<String, Integer> ids, String term) {
        return ids.computeIfAbsent(term, k -> ids.size());
    }

    private static List<String> descendants(MediaTopics topics, String code) {
        List<String> out = new ArrayList<>();
        List<String> todo = new ArrayList<>(topics.children(code));
        while (!todo.isEmpty()) {
            String c = todo.removeLast();
            out.add(c);
            todo.addAll(topics.children(c));
        }
        return out;
    }

    /** Parts of a label: brackets dropped, split at 、 and at 和/与/及 where both sides keep two chars or more. */
    static List<String> labelParts(String label) {
        List<String> out = new ArrayList<>();
        if (label == null) {
            return out;
        }
        for (String piece : SEPARATORS.split(BRACKETS.matcher(label).replaceAll(""))) {
            splitConjunctions(piece.strip(), out);
        }
        return out.stream().filter(p -> p.length() >= MIN_TERM_LENGTH).distinct().toList();
    }

    private static void splitConjunctions(String s, List<String> out) {
        for (int i = 1; i < s.length() - 1; i++) {
            char c = s.charAt(i);
            if ((c == '和' || c == '与' || c == '及') && i >= MIN_TERM_LENGTH && s.length() - i - 1 >= MIN_TERM_LENGTH) {
                splitConjunctions(s.substring(0, i), out);
                splitConjunctions(s.substring(i + 1), out);
                return;
            }
        }
        out.add(s);
    }

    /** Nouns of two chars or more in a definition, stop words out. */
    static List<String> definitionWords(String definition) {
        List<String> out = new ArrayList<>();
        if (definition == null || definition.isBlank()) {
            return out;
        }
        for (Term t : HanLP.segment(definition)) {
            String nature = t.nature == null ? "" : t.nature.toString();
            if (t.word.length() >= MIN_TERM_LENGTH && nature.startsWith("n")
                    && StopWords.shouldInclude(t)) {
                out.add(t.word);
            }
        }
        return out;
    }

    /** Occurrences of every profile term in an article, headline occurrences counted {@value #HEADLINE_FACTOR}x. */
    double[] count(String headline, String body) {
        double[] counts = new double[terms.size()];
        if (headline != null) {
            for (PhraseMatcher.Match<Integer> m : matcher.find(headline)) {
                counts[m.value()] += HEADLINE_FACTOR;
            }
        }
        if (body != null) {
            for (PhraseMatcher.Match<Integer> m : matcher.find(body)) {
                counts[m.value()] += 1;
            }
        }
        return counts;
    }

    /** The article's similarity to one concept (0 when no profile term occurs). */
    double score(String code, double[] counts) {
        double s = 0;
        for (Weighted w : profiles.getOrDefault(code, List.of())) {
            double c = counts[w.term()];
            if (c > 0) {
                s += w.weight() * idf[w.term()] * Math.log1p(c);
            }
        }
        return s;
    }

    /** The terms of a concept's profile that occur in the article, best first (for explaining a choice). */
    List<String> evidence(String code, double[] counts, int max) {
        List<Weighted> hits = new ArrayList<>();
        for (Weighted w : profiles.getOrDefault(code, List.of())) {
            if (counts[w.term()] > 0) {
                hits.add(new Weighted(w.term(), w.weight() * idf[w.term()] * Math.log1p(counts[w.term()])));
            }
        }
        hits.sort((a, b) -> Double.compare(b.weight(), a.weight()));
        return hits.stream().limit(max).map(w -> terms.get(w.term())).toList();
    }
}
