package news.pdf;

/**
 * One character as printed: its text (one code point, sometimes a ligature), position from the page's top-left
 * corner in points (x of the left edge, y of the baseline), advance width, font size, weight and font name.
 */
public record Glyph(String text, float x, float baseline, float width, float size, boolean bold, String font) {
    public float right() {
        return x + width;
    }
}
