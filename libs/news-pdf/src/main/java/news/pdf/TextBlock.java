package news.pdf;

import java.util.List;

/**
 * Lines stacked in one column at one size: a paragraph run, a headline, a byline, a caption.
 *
 * @param lines           top to bottom
 * @param paragraphStarts for each line, whether a paragraph starts there (first line, an indented line, or the line after
 *                        one that stops short of the column's right edge)
 */
public record TextBlock(List<TextLine> lines, List<Boolean> paragraphStarts, float x, float top, float right,
                        float bottom, float size, boolean bold) {
    public TextBlock {
        lines = List.copyOf(lines);
        paragraphStarts = List.copyOf(paragraphStarts);
    }

    /** The lines joined (no separator: print lines break anywhere in Chinese). */
    public String text() {
        StringBuilder b = new StringBuilder();
        for (TextLine l : lines) {
            appendLine(b, l.text());
        }
        return b.toString();
    }

    /** The block's paragraphs (lines joined, a new paragraph at each start). */
    public List<String> paragraphs() {
        java.util.ArrayList<String> out = new java.util.ArrayList<>();
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            if (paragraphStarts.get(i) && !b.isEmpty()) {
                out.add(b.toString());
                b.setLength(0);
            }
            appendLine(b, lines.get(i).text());
        }
        if (!b.isEmpty()) {
            out.add(b.toString());
        }
        return out;
    }

    /** Joins a line to the text before it: a space only between two Latin letters or digits (an English word wrap). */
    static void appendLine(StringBuilder b, String line) {
        if (!b.isEmpty() && !line.isEmpty() && isLatin(b.charAt(b.length() - 1)) && isLatin(line.charAt(0))) {
            b.append(' ');
        }
        b.append(line);
    }

    static boolean isLatin(char c) {
        return c < 0x80 && Character.isLetter(c);
    }

    public float width() {
        return right - x;
    }

    /** The width of the column the lines are set in: left edge to the median right end (marks hang past it). */
    public float columnWidth() {
        float[] rights = new float[lines.size()];
        for (int i = 0; i < rights.length; i++) {
            rights[i] = lines.get(i).right();
        }
        java.util.Arrays.sort(rights);
        return rights[rights.length / 2] - x;
    }

    public float height() {
        return bottom - top;
    }

    /** Horizontal overlap with another block, in points (negative: the gap between them). */
    public float overlapX(TextBlock o) {
        return Math.min(right, o.right) - Math.max(x, o.x);
    }
}
