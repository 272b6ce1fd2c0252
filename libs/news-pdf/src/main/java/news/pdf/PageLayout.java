package news.pdf;

import java.util.List;

/**
 * One PDF page as read: its size, the body text size (the size most characters have) and its modules, each with its
 * text blocks, in reading order (see {@link LayoutAnalyzer}).
 */
public record PageLayout(int pageNumber, float width, float height, float bodySize, List<Module> modules) {
    public PageLayout {
        modules = List.copyOf(modules);
    }

    /** Whether the block is set as a headline on this page (see {@link LayoutAnalyzer}): big, or bold and larger. */
    public boolean isHeadline(TextBlock block) {
        return LayoutAnalyzer.isHeadline(block, bodySize);
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
