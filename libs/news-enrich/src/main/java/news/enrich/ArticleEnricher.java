package news.enrich;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import com.hankcs.hanlp.HanLP;

import news.model.ArticleMetadata;
import news.model.Enrichment;
import news.model.Entity;
import news.model.NormalizedArticle;
import news.model.Region;

/**
 * Entry point: subjects, entities, keywords and summary for one normalized article.
 *
 * <p>Models load <b>eagerly, once per JVM</b>: the first constructed enricher reads the shipped topic model file and
 * loads HanLP's dictionaries (1-3 s); later instances reuse them.
 * {@link #enrich} is thread-safe and never throws for odd content: a null or blank headline, empty paragraphs, null
 * paragraphs or very long text (only the first {@value AnalysedText#MAX_BODY_CHARS} body chars are analysed) give a
 * valid, possibly empty, enrichment. Each article is segmented once and the result shared by all steps.
 */
public final class ArticleEnricher {

    /** Share of Han chars that must change under traditional→simplified conversion for a text to count as traditional. */
    static final double TRADITIONAL_SHARE = 0.02;

    private final TopicClassifier classifier;
    private final EntityExtractor entities;
    private final KeywordExtractor keywords;
    private final int keywordCount;
    private final RegionResolver regions = new RegionResolver(Gazetteer.standard());

    /** The standard enricher: shared topic classifier, {@value KeywordExtractor#DEFAULT_KEYWORDS} keywords. */
    public ArticleEnricher() {
        this(TopicClassifier.shared(), new EntityExtractor(), new KeywordExtractor(), KeywordExtractor.DEFAULT_KEYWORDS);
    }

    /** The standard enricher with other topic models (a file written by {@code ./news train topics}). */
    public static ArticleEnricher withTopicModels(TopicModels models) {
        return new ArticleEnricher(new TopicClassifier(MediaTopics.standard(), models,
                TopicClassifier.STANDARD_USES_LEXICON ? TopicLexicon.standard() : null),
                new EntityExtractor(), new KeywordExtractor(), KeywordExtractor.DEFAULT_KEYWORDS);
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

    /**
     * Enriches one article. Credits (reporters, correspondents, photographers) come from the byline, the metadata the
     * normalizer recognised and credit lines in the body; the dateline place counts as a place mention for regions.
     * A null article gives an enrichment with only the fallback subject.
     */
    public Enrichment enrich(NormalizedArticle article) {
        if (article == null) {
            return enrich(null, "");
        }
        ArticleMetadata meta = article.meta();
        List<String> known = new ArrayList<>(meta.reporters());
        known.addAll(meta.correspondents());
        meta.captions().forEach(c -> known.add(c.photographer()));
        return enrich(article.headline(), bodyText(article.paragraphs()), article.byline(), known,
                meta.datelinePlace());
    }

    /** Enriches a headline and a body text (paragraphs separated by blank lines). */
    public Enrichment enrich(String headline, String body) {
        return enrich(headline, body, null, List.of(), null);
    }

    /**
     * Enriches a headline and body with byline and known credited names (either may be empty).
     * Traditional-character text is analysed in its simplified form (HanLP's converter), so entities, keywords and
     * regions come out simplified and match simplified queries; the simplified headline/body are returned too so the
     * index can search them. Entity offsets then refer to the simplified body.
     */
    public Enrichment enrich(String headline, String body, String byline, List<String> knownCredits,
                             String datelinePlace) {
        String h = headline;
        String b = body == null ? "" : body;
        String headlineSimplified = null;
        String bodySimplified = null;
        if (isTraditional(h) || isTraditional(b)) {
            headlineSimplified = h == null ? null : HanLP.convertToSimplifiedChinese(h);
            bodySimplified = HanLP.convertToSimplifiedChinese(b);
            h = headlineSimplified;
            b = bodySimplified;
        }
        AnalysedText text = AnalysedText.analyse(h, b);
        EntityExtractor.Entities found = entities.extract(text);
        Map<String, Float> ranks = keywords.rank(text);
        Set<String> credited = Credits.find(knownCredits == null ? List.of() : knownCredits,
                byline == null ? null : HanLP.convertToSimplifiedChinese(byline), text.body());
        Credits.CreditedMentions creditedMentions = Credits.creditedMentions(found.people(), text.body());
        credited.addAll(creditedMentions.names());
        List<List<Entity>> people = Credits.split(found.people(), credited, creditedMentions.glued(), text.body());
        String context = text.headline() + "\n" + text.body();
        List<Entity> canonicalPlaces = regions.canonicalPlaces(found.places(), context);
        List<Entity> places = new ArrayList<>(canonicalPlaces);
        if (datelinePlace != null && !datelinePlace.isBlank()) {
            places.add(new Entity(datelinePlace.strip(), Entity.EntityType.PLACE, -1, 1));
        }
        List<Region> resolved = regions.resolve(places, context);
        return new Enrichment(
                classifier.classify(text),
                people.get(0),
                canonicalPlaces,
                found.organisations(),
                KeywordExtractor.top(ranks, keywordCount),
                keywords.summary(text, ranks),
                resolved,
                people.get(1),
                headlineSimplified,
                bodySimplified);
    }

    /** True when at least {@link #TRADITIONAL_SHARE} of the Han chars change under traditional→simplified. */
    static boolean isTraditional(String text) {
        if (text == null || text.isBlank()) {
            return false;
        }
        String sample = text.length() > 5_000 ? text.substring(0, 5_000) : text;
        String converted = HanLP.convertToSimplifiedChinese(sample);
        if (converted.length() != sample.length()) {
            return true; // phrase-level conversion only happens to traditional (Taiwan/Hong Kong) wording
        }
        int han = 0;
        int changed = 0;
        for (int i = 0; i < sample.length(); i++) {
            if (Character.UnicodeScript.of(sample.charAt(i)) == Character.UnicodeScript.HAN) {
                han++;
                if (converted.charAt(i) != sample.charAt(i)) {
                    changed++;
                }
            }
        }
        return han > 0 && changed >= Math.max(1, TRADITIONAL_SHARE * han);
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
