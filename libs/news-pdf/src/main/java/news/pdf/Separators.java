package news.pdf;

import java.util.List;

/**
 * The drawn rules and box frames of a page, used as separators between text blocks: a rule between two blocks sets
 * them in different modules, a frame encloses one module (a block inside it and one outside are never one piece).
 * A page without rules (many are set with white space only) separates nothing here.
 */
public record Separators(List<Rule> rules, List<Frame> frames) {
    public static final Separators NONE = new Separators(List.of(), List.of());

    public Separators {
        rules = List.copyOf(rules);
        frames = List.copyOf(frames);
    }

    /** A rule (either way) or a frame between the blocks. */
    public boolean separated(TextBlock a, TextBlock b) {
        return framed(a, b) || ruledSideways(a, b) || ruledAcross(a, b);
    }

    /**
     * A vertical rule or a frame between the blocks: what separates a headline from columns beside it (a horizontal
     * rule right under a headline is often the headline's own decoration, so it does not count here).
     */
    public boolean separatedSideways(TextBlock a, TextBlock b) {
        return framed(a, b) || ruledSideways(a, b);
    }

    /** One block inside a frame the other is not inside. */
    public boolean framed(TextBlock a, TextBlock b) {
        for (Frame f : frames) {
            if (f.encloses(a) != f.encloses(b)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A vertical rule in the gap between the blocks (one wholly left of it, the other wholly right) that runs along
     * them: it covers at least half the height of the shorter of the two within the height they share when they stand
     * side by side (a rule that stops short — where the module above a neighbour's foot ends — does not separate the
     * text under it from the column beside it), else within their common vertical extent.
     */
    boolean ruledSideways(TextBlock a, TextBlock b) {
        TextBlock left = a.x() <= b.x() ? a : b;
        TextBlock right = left == a ? b : a;
        float top = Math.min(a.top(), b.top());
        float bottom = Math.max(a.bottom(), b.bottom());
        float sharedTop = Math.max(a.top(), b.top());
        float sharedBottom = Math.min(a.bottom(), b.bottom());
        if (sharedBottom - sharedTop > 1) {
            top = sharedTop;
            bottom = sharedBottom;
        }
        float need = 0.5f * Math.min(Math.min(a.height(), b.height()), bottom - top);
        for (Rule r : rules) {
            if (r.horizontal()) {
                continue;
            }
            if (r.x1() >= left.right() - 1 && r.x1() <= right.x() + 1
                    && Math.min(r.bottom(), bottom) - Math.max(r.top(), top) >= Math.max(need, 1)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A horizontal rule in the gap between the blocks (one above it, the other below) that runs under a third of the
     * narrower one's width of each.
     */
    boolean ruledAcross(TextBlock a, TextBlock b) {
        TextBlock upper = a.top() <= b.top() ? a : b;
        TextBlock lower = upper == a ? b : a;
        float need = Math.max(0.3f * Math.min(a.width(), b.width()), 1);
        for (Rule r : rules) {
            if (!r.horizontal()) {
                continue;
            }
            if (r.top() >= upper.bottom() - 1 && r.top() <= lower.top() + 1
                    && Math.min(r.x2(), upper.right()) - Math.max(r.x1(), upper.x()) >= need
                    && Math.min(r.x2(), lower.right()) - Math.max(r.x1(), lower.x()) >= need) {
                return true;
            }
        }
        return false;
    }
}
