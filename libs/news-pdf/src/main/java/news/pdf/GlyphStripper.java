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
    /** Glyphs shown whose text cannot be known: no Unicode mapping (a CID or Type 3 font without ToUnicode). */
    private int unreadable;
    /** Every glyph shown (readable or not). */
    private int shown;
    /** Glyphs read per text direction (0, 90, 180, 270: PDFBox's, in the unrotated page). */
    private final int[] directions = new int[4];
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
        unreadable = 0;
        shown = 0;
        java.util.Arrays.fill(directions, 0);
    }

    /**
     * The direction most glyphs are set in, in degrees (0, 90, 180, 270) in the unrotated page: the frame the glyphs'
     * positions are given in (PDFBox turns each glyph's position to its own reading direction).
     */
    int direction() {
        int best = 0;
        for (int d = 1; d < 4; d++) {
            if (directions[d] > directions[best]) {
                best = d;
            }
        }
        return best * 90;
    }

    int shown() {
        return shown;
    }

    int unreadable() {
        return unreadable;
    }

    // PDFBox drops a glyph of a composite (CID) font it has no Unicode for, and turns a simple font's unmapped code
    // into that code as a character (a control character, mostly): both are counted here, as text nobody can read
    @Override
    protected void showGlyph(org.apache.pdfbox.util.Matrix textRenderingMatrix, PDFont font, int code,
                             org.apache.pdfbox.util.Vector displacement) throws IOException {
        shown++;
        String unicode = font.toUnicode(code);
        if (unicode == null || unicode.isEmpty() || isUnreadable(unicode.codePointAt(0))) {
            unreadable++;
        }
        super.showGlyph(textRenderingMatrix, font, code, displacement);
    }

    /** A control character or one of the private use area: what an unmapped glyph code comes out as. */
    static boolean isUnreadable(int cp) {
        return Character.isISOControl(cp) || cp >= 0xE000 && cp <= 0xF8FF || cp == 0xFFFD;
    }

    @Override
    protected void processTextPosition(TextPosition t) {
        String s = t.getUnicode();
        if (s == null || s.isBlank() || isUnreadable(s.codePointAt(0))) {
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
        directions[Math.floorMod(Math.round(t.getDir() / 90f), 4)]++;
        // an unnamed font (a Type 3 font without /Name) stays "": LayoutAnalyzer.weighUnnamedFonts
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
