package news.enrich;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import news.model.Enrichment;
import news.model.NormalizedArticle;

/**
 * Entry point: subjects, entities, keywords and summary for one normalized article.
 *
 * <p>Models load <b>eagerly, once per JVM</b>: the first constructed enricher trains the topic model on the bundled
 * headlines and loads HanLP's dictionaries (1-3 s; about 50 MB stays on the heap, run with at least 128 MB, it fails
 * at 64 MB); later instances reuse them.
 * {@link #enrich} is thread-safe and never throws for odd content: a null or blank headline, empty paragraphs, null
 * paragraphs or very long text (only the first {@value AnalysedText#MAX_BODY_CHARS} body chars are analysed) give a
 * valid, possibly empty, enrichment. Each article is segmented once and the result shared by all steps.
 */
public final class ArticleEnricher {

    private final TopicClassifier classifier;
    private final EntityExtractor entities;
    private final KeywordExtractor keywords;
    private final int keywordCount;

    /** The standard enricher: shared topic classifier, {@value KeywordExtractor#DEFAULT_KEYWORDS} keywords. */
    public ArticleEnricher() {
        this(TopicClassifier.shared(), new EntityExtractor(), new KeywordExtractor(), KeywordExtractor.DEFAULT_KEYWORDS);
    }

    public ArticleEnricher(TopicClassifier classifier, EntityExtractor entities, KeywordExtractor keywords,
            int keywordCount) {
        this.classifier = Objects.requireNonNull(classifier, "classifier");
        this.entities = Objects.requireNonNull(entities, "entities");
        this.keywords = Objects.requireNonNull(keywords, "keywords");
        if (keywordCount < 0) {
            throw new IllegalArgumentException("keywordCount < 0");
        }
        this.keywordCount = keywordCount;
        AnalysedText.warmUp();
    }

    /** Enriches one article; a null article gives an enrichment with only the fallback subject. */
    public Enrichment enrich(NormalizedArticle article) {
        String headline = article == null ? null : article.headline();
        String body = article == null ? "" : bodyText(article.paragraphs());
        return enrich(headline, body);
    }

    /** Enriches a headline and a body text (paragraphs separated by blank lines). */
    public Enrichment enrich(String headline, String body) {
        AnalysedText text = AnalysedText.analyse(headline, body);
        EntityExtractor.Entities found = entities.extract(text);
        Map<String, Float> ranks = keywords.rank(text);
        return new Enrichment(
                classifier.classify(text),
                found.people(),
                found.places(),
                found.organisations(),
                KeywordExtractor.top(ranks, keywordCount),
                keywords.summary(text, ranks));
    }

    /**
     * Body text exactly as {@link NormalizedArticle#bodyText()}: paragraphs joined by a blank line, so entity offsets
     * refer to it (null paragraphs count as empty).
     */
    static String bodyText(List<String> paragraphs) {
        if (paragraphs == null || paragraphs.isEmpty()) {
            return "";
        }
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < paragraphs.size(); i++) {
            if (i > 0) {
                b.append("\n\n");
            }
            String p = paragraphs.get(i);
            if (p != null) {
                b.append(p);
            }
        }
        return b.toString();
    }
}
