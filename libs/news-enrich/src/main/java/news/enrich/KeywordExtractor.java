package news.enrich;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.hankcs.hanlp.seg.common.Term;

import news.model.Entity.EntityType;

/**
 * Keywords by TextRank over the article's nouns ({@link TextRank}: the ranks of HanLP's {@code TextRankKeyword}, with
 * arrays instead of maps), and a short extractive summary.
 *
 * <p>Keyword candidates: nouns (HanLP tags {@code n*}, {@code vn}, {@code j} abbreviations), at least two chars, not in
 * HanLP's stop words nor in {@code news/enrich/keyword-stopwords.txt} (generic government/newspaper words); names
 * HanLP tagged must pass the entity filters. Headline terms come first in the word graph.
 *
 * <p>Summary: each sentence scores the TextRank ranks of the distinct keywords it contains, divided by the square root
 * of its candidate-word count (long sentences do not win by length), with a small bonus for the first sentences.
 * The best sentences that fit in {@value #SUMMARY_MAX_CHARS} chars (at most {@value #SUMMARY_SENTENCES}) are returned
 * in their original order. Linear in the text, unlike HanLP's {@code extractSummary} (BM25 over all sentence pairs).
 * Thread-safe.
 */
public final class KeywordExtractor {

    public static final int DEFAULT_KEYWORDS = 8;
    public static final int SUMMARY_SENTENCES = 2;
    public static final int SUMMARY_MAX_CHARS = 200;
    static final String STOPWORDS_RESOURCE = "news/enrich/keyword-stopwords.txt";
    /** Keywords whose ranks feed sentence scoring. */
    private static final int RANKED_FOR_SUMMARY = 30;
    private static final int MIN_SENTENCE_CHARS = 15;
    /** Longer sentences (often headlines run into body text on pages) are only used when nothing else fits. */
    private static final int MAX_SENTENCE_CHARS = 120;
    private static final int LEAD_SENTENCES = 3;
    private static final double LEAD_BONUS = 1.15;

    private static final class Stopwords {
        static final Set<String> INSTANCE = Set.copyOf(Resources.lines(STOPWORDS_RESOURCE));
    }

    public KeywordExtractor() {}

    /** Up to {@code max} keywords, best first. */
    public List<String> keywords(String headline, String body, int max) {
        return keywords(AnalysedText.analyse(headline, body), max);
    }

    /** Extractive summary of a body text: up to two sentences in original order, at most 200 chars; "" if none. */
    public String summary(String body) {
        AnalysedText text = AnalysedText.analyse(null, body);
        return summary(text, rank(text));
    }

    List<String> keywords(AnalysedText text, int max) {
        return top(rank(text), max);
    }

    /** TextRank rank per candidate word, iteration order = rank descending. */
    Map<String, Float> rank(AnalysedText text) {
        List<String> candidates = new ArrayList<>();
        addCandidates(text.headlineTerms(), candidates);
        addCandidates(text.bodyTerms(), candidates);
        if (candidates.isEmpty()) {
            return Map.of();
        }
        return ordered(TextRank.rank(candidates));
    }

    /** Rank descending, ties by word (String order); only candidate words. */
    static Map<String, Float> ordered(Map<String, Float> ranks) {
        List<Map.Entry<String, Float>> entries = new ArrayList<>(ranks.entrySet());
        entries.sort(Map.Entry.<String, Float>comparingByValue(Comparator.reverseOrder())
                .thenComparing(Map.Entry.comparingByKey()));
        Map<String, Float> ordered = new LinkedHashMap<>();
        for (Map.Entry<String, Float> e : entries) {
            if (isCandidateWord(e.getKey())) {
                ordered.put(e.getKey(), e.getValue());
            }
        }
        return ordered;
    }

    static List<String> top(Map<String, Float> ranks, int max) {
        List<String> out = new ArrayList<>(Math.max(0, max));
        for (String word : ranks.keySet()) {
            if (out.size() >= max) {
                break;
            }
            out.add(word);
        }
        return out;
    }

    String summary(AnalysedText text, Map<String, Float> ranks) {
        String body = text.body();
        List<Sentences.Span> sentences = Sentences.split(body);
        if (sentences.isEmpty()) {
            return "";
        }
        Map<String, Float> scoring = new HashMap<>();
        for (Map.Entry<String, Float> e : ranks.entrySet()) {
            if (scoring.size() >= RANKED_FOR_SUMMARY) {
                break;
            }
            scoring.put(e.getKey(), e.getValue());
        }

        // walk terms and sentences together (both in text order)
        List<Term> terms = text.bodyTerms();
        double[] scores = new double[sentences.size()];
        int ti = 0;
        for (int si = 0; si < sentences.size(); si++) {
            Sentences.Span s = sentences.get(si);
            Set<String> seen = new HashSet<>();
            double sum = 0;
            int words = 0;
            while (ti < terms.size() && terms.get(ti).offset < s.end()) {
                Term t = terms.get(ti++);
                if (t.offset < s.start()) {
                    continue;
                }
                if (isCandidate(t)) {
                    words++;
                    Float r = scoring.get(t.word);
                    if (r != null && seen.add(t.word)) {
                        sum += r;
                    }
                }
            }
            double score = words == 0 ? 0 : sum / Math.sqrt(words);
            scores[si] = si < LEAD_SENTENCES ? score * LEAD_BONUS : score;
        }

        Integer[] order = new Integer[sentences.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> scores[a] != scores[b] ? Double.compare(scores[b], scores[a])
                : Integer.compare(a, b));

        List<Integer> chosen = new ArrayList<>();
        int chars = 0;
        for (int idx : order) {
            Sentences.Span s = sentences.get(idx);
            if (s.length() < MIN_SENTENCE_CHARS || s.length() > MAX_SENTENCE_CHARS || scores[idx] <= 0) {
                continue;
            }
            if (chars + s.length() <= SUMMARY_MAX_CHARS) {
                chosen.add(idx);
                chars += s.length();
                if (chosen.size() == SUMMARY_SENTENCES) {
                    break;
                }
            }
        }
        if (chosen.isEmpty()) {
            // every sentence is too long (or unscored): cut the best one
            Sentences.Span best = sentences.get(order[0]);
            String s = body.substring(best.start(), best.end());
            return s.length() <= SUMMARY_MAX_CHARS ? s : cut(s, SUMMARY_MAX_CHARS - 1) + "…";
        }
        chosen.sort(Integer::compare);
        StringBuilder out = new StringBuilder(chars);
        for (int idx : chosen) {
            Sentences.Span s = sentences.get(idx);
            out.append(body, s.start(), s.end());
        }
        return out.toString();
    }

    private static String cut(String s, int max) {
        int end = Math.min(max, s.length());
        if (end > 0 && Character.isHighSurrogate(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(0, end);
    }

    private static void addCandidates(List<Term> terms, List<String> out) {
        for (Term t : terms) {
            if (isCandidate(t)) {
                out.add(t.word);
            }
        }
    }

    static boolean isCandidate(Term t) {
        if (t.nature == null) {
            return false;
        }
        // cheapest test first: most terms are not nouns
        String nature = t.nature.toString();
        boolean noun = nature.startsWith("n") || nature.equals("vn") || nature.equals("j");
        if (!noun || !isCandidateWord(t.word) || !StopWords.shouldInclude(t)) {
            return false;
        }
        EntityType type = EntityRules.typeOf(nature);
        return type == null || t.word.equals(EntityRules.accept(t.word, type));
    }

    private static boolean isCandidateWord(String word) {
        if (word == null || word.length() < 2 || Stopwords.INSTANCE.contains(word)) {
            return false;
        }
        boolean letterOrHan = false;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isDigit(c)) {
                return false; // 10月, 2021年, 5个
            }
            if (Character.isLetter(c)) {
                letterOrHan = true;
            }
        }
        return letterOrHan;
    }
}
