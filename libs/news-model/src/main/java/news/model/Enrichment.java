package news.model;

import java.util.List;

/**
 * What the classifier adds to an article.
 *
 * @param people  people in the story (not the reporters and photographers who made it: see {@code credits})
 * @param regions places resolved to province › city › county, most mentioned first
 * @param credits reporters, correspondents and photographers named in the byline, captions or body credit lines
 *                (type PERSON)
 * @param headlineSimplified the headline converted to simplified Chinese when it was written in traditional
 *                characters, else null; indexed beside the original so simplified queries find it
 * @param bodySimplified the body text (as {@link NormalizedArticle#bodyText()}) converted likewise, else null
 */
public record Enrichment(
        List<Subject> subjects,
        List<Entity> people,
        List<Entity> places,
        List<Entity> organisations,
        List<String> keywords,
        String summary,
        List<Region> regions,
        List<Entity> credits,
        String headlineSimplified,
        String bodySimplified) {

    public Enrichment {
        subjects = List.copyOf(subjects);
        people = List.copyOf(people);
        places = List.copyOf(places);
        organisations = List.copyOf(organisations);
        keywords = List.copyOf(keywords);
        regions = regions == null ? List.of() : List.copyOf(regions);
        credits = credits == null ? List.of() : List.copyOf(credits);
    }

    /** Nothing found (a kill or hold carries no text to classify). */
    public static final Enrichment NONE = new Enrichment(List.of(), List.of(), List.of(), List.of(), List.of(), null);

    /** An enrichment without regions and credits (events written before they existed decode to this too). */
    public Enrichment(List<Subject> subjects, List<Entity> people, List<Entity> places, List<Entity> organisations,
                      List<String> keywords, String summary) {
        this(subjects, people, places, organisations, keywords, summary, List.of(), List.of(), null, null);
    }
}
