package news.pdf;

/**
 * A drawn straight line of the page (a stroked segment, a rectangle's edge, or a thin filled bar), horizontal or
 * vertical, in points from the page's top-left corner: what papers draw between articles and around boxes.
 *
 * @param x1 left end (x1 == x2 for a vertical rule)
 * @param top upper end (top == bottom for a horizontal rule)
 */
public record Rule(float x1, float top, float x2, float bottom) {
    public boolean horizontal() {
        return bottom - top < x2 - x1;
    }

    public float length() {
        return Math.max(x2 - x1, bottom - top);
    }
}
