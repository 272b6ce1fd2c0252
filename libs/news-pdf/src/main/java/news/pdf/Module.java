package news.pdf;

import java.util.List;

/**
 * A rectangle of the page that holds one piece, as the layout shows it: a headline with the blocks it stands over
 * (or beside), or a region with no headline (briefs, a photo, furniture). Blocks in reading order.
 */
public record Module(List<TextBlock> blocks) {
    public Module {
        blocks = List.copyOf(blocks);
    }
}
