package news.text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The truth about a set of pages, as written by a person reading them (or by the page generator): per page file name,
 * the items printed on it.
 *
 * <pre>{@code
 * {"page.txt": {"articles": [{"kind": "article", "headline": "…", "subheadline": "…", "kicker": "…",
 *                             "first_words": "…", "last_words": "…",
 *                             "byline_people": ["…"], "correspondents": ["…"], "photographers": ["…"]}],
 *               "furniture": ["…"], "labels": ["…"], "boxouts": ["…"]}}
 * }</pre>
 *
 * <p>{@code kind} is {@code article} (the default), {@code photo} (a picture whose text is its caption and credit) or
 * {@code box} (an article printed in a frame: scored as an article). A missing {@code headline} key means
 * "not annotated" (not scored); {@code "headline": null} means the page prints no headline for this body. {@code
 * kicker}, {@code furniture} (page furniture strings that must not appear in any headline or body), {@code labels}
 * (section and column labels that must not appear in any headline), {@code boxouts} (the first words of box-outs — a
 * fact box, a quote — printed with an article, which must not become its running text) and {@code note} are optional
 * extensions; unknown keys are ignored so that generated annotations may carry more.
 */
public record PageAnnotations(Map<String, Page> pages) {

    public PageAnnotations {
        pages = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(pages));
    }

    /** What a page holds. */
    public record Page(List<Item> items, List<String> furniture, List<String> labels, List<String> boxouts) {
        public Page {
            items = List.copyOf(items);
            furniture = List.copyOf(furniture);
            labels = List.copyOf(labels);
            boxouts = List.copyOf(boxouts);
        }

        /** The articles, framed ones ({@code box}) included. */
        public List<Item> articles() {
            return items.stream().filter(i -> i.kind() == Kind.ARTICLE || i.kind() == Kind.BOX).toList();
        }
    }

    public enum Kind { ARTICLE, PHOTO, BOX }

    /**
     * One annotated item. {@code headlineGiven}/{@code subheadlineGiven}/{@code kickerGiven} say whether the key was
     * present (a present key with null value is a claim: "none printed").
     */
    public record Item(Kind kind, String headline, boolean headlineGiven, String subheadline, boolean subheadlineGiven,
                       String kicker, boolean kickerGiven, String firstWords, String lastWords,
                       List<String> bylinePeople, List<String> correspondents, List<String> photographers) {
        public Item {
            bylinePeople = List.copyOf(bylinePeople);
            correspondents = List.copyOf(correspondents);
            photographers = List.copyOf(photographers);
        }
    }

    /** A problem in an annotation file: the message names the page, the item and the field. */
    public static final class InvalidAnnotationException extends RuntimeException {
        public InvalidAnnotationException(String message) {
            super(message);
        }
    }

    /** Parses the JSON text of an annotation file. */
    public static PageAnnotations parse(String json) {
        JsonNode root;
        try {
            root = JsonMapper.builder().build().readTree(json);
        } catch (JacksonException e) {
            throw new InvalidAnnotationException("not valid JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw new InvalidAnnotationException("the top level must be an object {\"page file name\": {\"articles\": [...]}}");
        }
        Map<String, Page> pages = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : root.properties()) {
            pages.put(e.getKey(), page(e.getKey(), e.getValue()));
        }
        return new PageAnnotations(pages);
    }

    private static Page page(String name, JsonNode node) {
        if (!node.isObject()) {
            throw new InvalidAnnotationException(name + ": must be an object with an \"articles\" array");
        }
        JsonNode articles = node.get("articles");
        if (articles == null || !articles.isArray()) {
            throw new InvalidAnnotationException(name + ": \"articles\" must be an array");
        }
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            items.add(item(name + " articles[" + i + "]", articles.get(i)));
        }
        return new Page(items, strings(name, "furniture", node.get("furniture")),
                strings(name, "labels", node.get("labels")), strings(name, "boxouts", node.get("boxouts")));
    }

    private static Item item(String where, JsonNode n) {
        if (!n.isObject()) {
            throw new InvalidAnnotationException(where + ": must be an object");
        }
        String kindText = text(where, "kind", n.get("kind"));
        Kind kind;
        try {
            kind = kindText == null ? Kind.ARTICLE : Kind.valueOf(kindText.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidAnnotationException(where + ": \"kind\" must be article, photo or box, not \"" + kindText + "\"");
        }
        String first = blankToNull(text(where, "first_words", n.get("first_words")));
        String last = blankToNull(text(where, "last_words", n.get("last_words")));
        String headline = text(where, "headline", n.get("headline"));
        if (kind == Kind.ARTICLE && first == null && last == null && headline == null) {
            throw new InvalidAnnotationException(where + ": an article needs first_words, last_words or a headline");
        }
        return new Item(kind, headline, n.has("headline"), text(where, "subheadline", n.get("subheadline")),
                n.has("subheadline"), text(where, "kicker", n.get("kicker")), n.has("kicker"), first, last,
                strings(where, "byline_people", n.get("byline_people")),
                strings(where, "correspondents", n.get("correspondents")),
                strings(where, "photographers", n.get("photographers")));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static String text(String where, String field, JsonNode v) {
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isString()) {
            throw new InvalidAnnotationException(where + ": \"" + field + "\" must be a string or null");
        }
        return v.asString();
    }

    private static List<String> strings(String where, String field, JsonNode v) {
        if (v == null || v.isNull()) {
            return List.of();
        }
        if (!v.isArray()) {
            throw new InvalidAnnotationException(where + ": \"" + field + "\" must be an array of strings");
        }
        List<String> out = new ArrayList<>();
        for (JsonNode s : v) {
            if (!s.isString()) {
                throw new InvalidAnnotationException(where + ": \"" + field + "\" must hold only strings");
            }
            out.add(s.asString());
        }
        return out;
    }
}
