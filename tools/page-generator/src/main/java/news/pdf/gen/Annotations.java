package news.pdf.gen;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Ground truth in the annotation format {@code ./news eval pages} reads: one entry per page file name,
 * {@code {"articles": [{"kind", "headline", "subheadline", "first_words", "last_words", "byline_people",
 * "correspondents", "photographers"}]}}.
 */
public final class Annotations {
    private Annotations() {
    }

    /** The entry of one page. */
    public static Map<String, Object> entry(GeneratedPage page) {
        List<Map<String, Object>> articles = page.articles().stream().map(Annotations::article).toList();
        return Map.of("articles", articles);
    }

    static Map<String, Object> article(TruthArticle a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", a.kind());
        m.put("headline", a.headline());
        m.put("subheadline", a.subheadline());
        m.put("first_words", a.firstWords());
        m.put("last_words", a.lastWords());
        m.put("byline_people", a.bylinePeople());
        m.put("correspondents", a.correspondents());
        m.put("photographers", a.photographers());
        return m;
    }

    /** The full truth of a page (kicker, body, opener, furniture and every string drawn), for debugging and tests. */
    public static Map<String, Object> truth(GeneratedPage page) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", page.name());
        m.put("furniture", page.furniture());
        m.put("articles", page.articles());
        return m;
    }
}
