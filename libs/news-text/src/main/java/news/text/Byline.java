package news.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Who wrote an article: reporters (记者, 评论员, signed authors and end credits) and correspondents (通讯员), each a
 * list of single person names in print order.
 */
public record Byline(List<String> reporters, List<String> correspondents) {
    public static final Byline NONE = new Byline(List.of(), List.of());

    public Byline {
        reporters = List.copyOf(reporters);
        correspondents = List.copyOf(correspondents);
    }

    public boolean hasNoNames() {
        return reporters.isEmpty() && correspondents.isEmpty();
    }

    /** Both bylines' names, this one's first, without repeating a name. */
    public Byline plus(Byline other) {
        return new Byline(union(reporters, other.reporters), union(correspondents, other.correspondents));
    }

    private static List<String> union(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        for (String s : b) {
            if (!out.contains(s)) {
                out.add(s);
            }
        }
        return out;
    }
}
