package news.pdf;

/**
 * A visual line: glyphs on one baseline that follow each other without a column gap.
 *
 * @param text     the characters; a space where the glyphs leave a gap of a quarter em or more
 * @param x        left edge
 * @param right    right edge
 * @param baseline baseline, from the page top
 * @param size     the font size most of its glyphs have
 * @param bold     whether most of its glyphs are bold
 * @param font     the font most of its glyphs are set in
 */
public record TextLine(String text, float x, float right, float baseline, float size, boolean bold, String font) {
    public float top() {
        return baseline - size * 0.88f;
    }

    public float bottom() {
        return baseline + size * 0.12f;
    }

    public float width() {
        return right - x;
    }
}
