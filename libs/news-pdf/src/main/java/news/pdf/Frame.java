package news.pdf;

/** A stroked rectangle outline (a box's border), in points from the page's top-left corner. */
public record Frame(float x, float top, float right, float bottom) {
    /**
     * Whether the block stands inside the frame: its centre does (a text straddles no frame; marks may hang past the
     * frame's inner margin, and a line's box is a little taller than its glyphs).
     */
    public boolean encloses(TextBlock b) {
        float cx = (b.x() + b.right()) / 2;
        float cy = (b.top() + b.bottom()) / 2;
        return cx > x && cx < right && cy > top && cy < bottom;
    }
}
