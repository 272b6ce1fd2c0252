package news.pdf.gen;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import news.pdf.gen.Fonts.Face;

/**
 * What the {@link Typesetter} drew on one page, in drawing order, in points from the page's top-left corner: the page
 * model that another producer ({@link ChromiumProducer}) renders again, so that its PDF holds the same text at the same
 * places as the PDFBox page and the same ground truth applies.
 */
public final class PageDrawing {
    /** One run of one face within a line: its text, face and size, raised when it is a Latin run in a CJK line. */
    record Run(String text, Face face, float size, boolean raised) {
    }

    /** A drawn item: a line of text or a box. */
    sealed interface Item permits Line, Box {
    }

    /**
     * A line of text: its runs from {@code x}, its baseline {@code baseline} points from the top, the face and size of
     * the line (the Latin runs are smaller), bold, and the extra space after each character (justification).
     */
    record Line(List<Run> runs, Face face, float size, float x, float baseline, boolean bold, float spacing)
            implements Item {
        String text() {
            StringBuilder s = new StringBuilder();
            runs.forEach(r -> s.append(r.text()));
            return s.toString();
        }
    }

    /** A rectangle: filled ({@code fill} non-null) and/or stroked; a rule is a thin filled box. */
    record Box(float x, float top, float w, float h, Color fill, Color stroke, float lineWidth) implements Item {
    }

    final float width;
    final float height;
    private final List<Item> items = new ArrayList<>();

    PageDrawing(float width, float height) {
        this.width = width;
        this.height = height;
    }

    void add(Item item) {
        items.add(item);
    }

    List<Item> items() {
        return List.copyOf(items);
    }
}
