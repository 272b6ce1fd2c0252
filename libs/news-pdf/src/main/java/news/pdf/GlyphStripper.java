package news.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * PDFBox's text stripper used only for what it sees: every glyph with its position, size and weight. Weight is bold
 * when the font says so (a bold/heavy/black name, a descriptor weight of 600 or more, the force-bold flag) or the text
 * is filled and stroked (how print systems embolden a regular cut). Writes no text of its own.
 */
final class GlyphStripper extends PDFTextStripper {
    private final List<Glyph> glyphs = new ArrayList<>();
    private final Map<PDFont, Boolean> boldFonts = new HashMap<>();

    GlyphStripper() {
        setSortByPosition(false);
        setSuppressDuplicateOverlappingText(false);
    }

    List<Glyph> glyphs() {
        return glyphs;
    }

    void reset() {
        glyphs.clear();
    }

    @Override
    protected void processTextPosition(TextPosition t) {
        String s = t.getUnicode();
        if (s == null || s.isBlank()) {
            return;
        }
        RenderingMode mode = getGraphicsState().getTextState().getRenderingMode();
        if (mode == RenderingMode.NEITHER || mode == RenderingMode.NEITHER_CLIP) {
            return; // invisible text (an OCR layer would be here, but a print page's hidden text is not read)
        }
        boolean bold = mode == RenderingMode.FILL_STROKE || mode == RenderingMode.FILL_STROKE_CLIP
                || boldFonts.computeIfAbsent(t.getFont(), GlyphStripper::isBoldFont);
        // the size as printed: the text rendering matrix's scale (font size × text and page matrices);
        // getFontSizeInPt() truncates to whole points, and 9.5 pt body text must not look like 9 pt captions
        float size = Math.abs(t.getTextMatrix().getScalingFactorY());
        if (size <= 0) {
            size = t.getFontSizeInPt() > 0 ? t.getFontSizeInPt() : t.getHeightDir();
        }
        String font = t.getFont().getName();
        glyphs.add(new Glyph(s, t.getXDirAdj(), t.getYDirAdj(), t.getWidthDirAdj(), size, bold, font == null ? "" : font));
    }

    private static boolean isBoldFont(PDFont font) {
        String name = font.getName() == null ? "" : font.getName().toLowerCase(Locale.ROOT);
        if (name.contains("bold") || name.contains("heavy") || name.contains("black") || name.contains("demi")
                || name.contains("semibold")) {
            return true;
        }
        PDFontDescriptor d = font.getFontDescriptor();
        return d != null && (d.getFontWeight() >= 600 || d.isForceBold());
    }

    // Nothing is written: the glyphs are what this stripper is for.
    @Override
    protected void writeString(String text, List<TextPosition> textPositions) throws IOException {
    }

    @Override
    protected void writeString(String text) throws IOException {
    }

    @Override
    protected void writeLineSeparator() throws IOException {
    }

    @Override
    protected void writeWordSeparator() throws IOException {
    }
}
