package news.pdf;

import java.util.List;

/**
 * One PDF page as read: its size, the body text size (the size most characters have) and its modules, each with its
 * text blocks, in reading order (see {@link LayoutAnalyzer}), and the rules and box frames drawn on it.
 */
public record PageLayout(int pageNumber, float width, float height, float bodySize, List<Module> modules,
                         Separators separators) {
    public PageLayout {
        modules = List.copyOf(modules);
        separators = separators == null ? Separators.NONE : separators;
    }

    /** A page without drawn rules or frames. */
    public PageLayout(int pageNumber, float width, float height, float bodySize, List<Module> modules) {
        this(pageNumber, width, height, bodySize, modules, Separators.NONE);
    }

    /** Whether a drawn rule or a box frame stands between the two blocks (they are not one piece). */
    public boolean separated(TextBlock a, TextBlock b) {
        return separators.separated(a, b);
    }

    /** Whether the block is set as a headline on this page (see {@link LayoutAnalyzer}): big, or bold and larger. */
    public boolean isHeadline(TextBlock block) {
        return LayoutAnalyzer.isHeadline(block, bodySize);
    }

    /**
     * Whether {@code label} is a column label over {@code headline} though about as big: a short bold line, the headline
     * longer and not centred under it (see {@link LayoutAnalyzer}).
     */
    public boolean labelsSmallHeadline(TextBlock label, TextBlock headline) {
        return LayoutAnalyzer.labelsSmallHeadline(label, headline, bodySize);
    }

    /** Whether the block is the paper's name (see {@link LayoutAnalyzer#isMasthead}): it heads no article. */
    public boolean isMasthead(TextBlock block) {
        return LayoutAnalyzer.isMasthead(block, blocks(), bodySize, height);
    }

    /** Every block in reading order. */
    public List<TextBlock> blocks() {
        return modules.stream().flatMap(m -> m.blocks().stream()).toList();
    }

    /** Every block's text in reading order, one block per line. */
    public String text() {
        StringBuilder b = new StringBuilder();
        for (TextBlock block : blocks()) {
            b.append(block.text()).append('\n');
        }
        return b.toString();
    }
}
