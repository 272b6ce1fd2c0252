package news.model;

import java.util.List;

/** What the classifier adds to an article. */
public record Enrichment(
        List<Subject> subjects,
        List<Entity> people,
        List<Entity> places,
        List<Entity> organisations,
        List<String> keywords,
        String summary) {

    public Enrichment {
        subjects = List.copyOf(subjects);
        people = List.copyOf(people);
        places = List.copyOf(places);
        organisations = List.copyOf(organisations);
        keywords = List.copyOf(keywords);
    }
}
