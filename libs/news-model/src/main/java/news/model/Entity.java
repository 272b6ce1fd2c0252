package news.model;

/**
 * A named entity found in an article.
 *
 * @param name   surface form
 * @param type   person, place or organisation
 * @param offset char offset of its first mention in the body text, -1 when it came from the headline only
 * @param count  mentions in headline + body
 */
public record Entity(String name, EntityType type, int offset, int count) {

    public enum EntityType { PERSON, PLACE, ORGANISATION }
}
