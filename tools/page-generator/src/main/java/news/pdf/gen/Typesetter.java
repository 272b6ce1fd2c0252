package news.pdf.gen;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import news.pdf.gen.Fonts.DocumentFonts;
import news.pdf.gen.Fonts.Face;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;

/**
 * Draws lines of mixed Chinese/Latin text on one page: greedy line breaking with the Chinese rules for punctuation
 * (no closing mark at a line start, no opening mark at a line end; a closing mark that would start a line hangs at the
 * end of the one before), justification by character spacing, bold as fill + stroke (as print systems fake a bold
 * cut). Coordinates are from the top-left corner, in points. On pages set with {@link #latinDigits}, ASCII runs are
 * typeset in the Latin face at 90 % of the size, as in print PDFs whose digits come out of pdftotext one per line.
 */
final class Typesetter {
    static final String CLOSING = "，。、；：？！”’）》」』】…—·%";
    static final String OPENING = "“‘（《「『【";

    private final PDPageContentStream cs;
    private final DocumentFonts fonts;
    private final float pageHeight;
    final boolean latinDigits;
    /** Everything drawn, for another producer to render the same page (see {@link ChromiumProducer}). */
    final PageDrawing drawing;

    Typesetter(PDPageContentStream cs, DocumentFonts fonts, float pageWidth, float pageHeight, boolean latinDigits) {
        this.cs = cs;
        this.fonts = fonts;
        this.pageHeight = pageHeight;
        this.latinDigits = latinDigits;
        this.drawing = new PageDrawing(pageWidth, pageHeight);
    }

    private Face faceFor(int cp, Face face) {
        return latinDigits && cp < 0x80 && cp > ' ' ? Face.LATIN : face;
    }

    private float scaleFor(Face used, Face asked) {
        return used == Face.LATIN && asked != Face.LATIN ? 0.85f : 1f;
    }

    float width(String s, Face face, float size) {
        float w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            Face f = faceFor(cp, face);
            w += fonts.advance(f, cp) / 1000f * size * scaleFor(f, face);
            i += Character.charCount(cp);
        }
        return w;
    }

    /** Breaks {@code text} into lines no wider than {@code width} (the first indented by {@code indent}). */
    List<String> lines(String text, Face face, float size, float width, float indent) {
        List<String> out = new ArrayList<>();
        int start = 0;
        float avail = width - indent;
        while (start < text.length()) {
            int end = start;
            float w = 0;
            while (end < text.length()) {
                int cp = text.codePointAt(end);
                int next = end + Character.charCount(cp);
                // keep an ASCII word or number together
                if (isAsciiWord(cp)) {
                    while (next < text.length() && isAsciiWord(text.charAt(next))) {
                        next++;
                    }
                }
                float cw = width(text.substring(end, next), face, size);
                if (w + cw > avail + 0.01f && end > start) {
                    break;
                }
                w += cw;
                end = next;
            }
            if (end < text.length()) {
                // a closing mark never starts a line: it hangs at the end of this one
                while (end < text.length() && CLOSING.indexOf(text.charAt(end)) >= 0) {
                    end++;
                }
                // an opening mark never ends a line
                while (end - 1 > start + 1 && OPENING.indexOf(text.charAt(end - 1)) >= 0) {
                    end--;
                }
            }
            out.add(text.substring(start, end));
            start = end;
            avail = width;
        }
        return out;
    }

    private static boolean isAsciiWord(int cp) {
        return cp < 0x80 && (Character.isLetterOrDigit(cp) || cp == '.');
    }

    /**
     * Draws one line with its top at {@code top}; justified to {@code justify} points when that is &gt; 0 and the line
     * is nearly full.
     */
    void draw(String line, Face face, float size, float x, float top, boolean bold, float justify) {
        if (line.isEmpty()) {
            return;
        }
        float natural = width(line, face, size);
        int count = line.codePointCount(0, line.length());
        float tc = 0;
        if (justify > 0 && count > 1 && justify > natural) {
            tc = (justify - natural) / (count - 1);
            if (tc > size * 0.5f) {
                tc = 0;
            }
        }
        float baseline = pageHeight - top - size * 0.86f;
        List<PageDrawing.Run> runs = new ArrayList<>();
        float lineX = x;
        try {
            int i = 0;
            while (i < line.length()) {
                int cp = line.codePointAt(i);
                Face f = faceFor(cp, face);
                int j = i;
                while (j < line.length() && faceFor(line.codePointAt(j), face) == f) {
                    j += Character.charCount(line.codePointAt(j));
                }
                String run = line.substring(i, j);
                float runSize = size * scaleFor(f, face);
                cs.beginText();
                cs.setFont(fonts.font(f), runSize);
                if (bold) {
                    cs.setRenderingMode(RenderingMode.FILL_STROKE);
                    cs.setLineWidth(size * 0.035f);
                } else {
                    cs.setRenderingMode(RenderingMode.FILL);
                }
                cs.setCharacterSpacing(tc);
                cs.newLineAtOffset(x, baseline + (f != face ? size * 0.22f : 0));
                cs.showText(run);
                cs.endText();
                runs.add(new PageDrawing.Run(run, f, runSize, f != face));
                x += width(run, face, size) + tc * run.codePointCount(0, run.length());
                i = j;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        drawing.add(new PageDrawing.Line(runs, face, size, lineX, top + size * 0.86f, bold, tc));
    }

    void rect(float x, float top, float w, float h, Color fill, Color stroke, float lineWidth) {
        drawing.add(new PageDrawing.Box(x, top, w, h, fill, stroke, lineWidth));
        try {
            // colours before the path: PDF allows no colour operator inside a path
            if (fill != null) {
                cs.setNonStrokingColor(fill);
            }
            if (stroke != null) {
                cs.setStrokingColor(stroke);
                cs.setLineWidth(lineWidth);
            }
            cs.addRect(x, pageHeight - top - h, w, h);
            if (fill != null && stroke != null) {
                cs.fillAndStroke();
            } else if (fill != null) {
                cs.fill();
            } else {
                cs.stroke();
            }
            cs.setNonStrokingColor(Color.BLACK);
            cs.setStrokingColor(Color.BLACK);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void vrule(float x, float top, float h, float lineWidth) {
        drawing.add(new PageDrawing.Box(x - lineWidth / 2, top, lineWidth, h, Color.BLACK, null, 0));
        try {
            cs.setLineWidth(lineWidth);
            cs.moveTo(x, pageHeight - top);
            cs.lineTo(x, pageHeight - top - h);
            cs.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void hrule(float x, float top, float w, float lineWidth) {
        drawing.add(new PageDrawing.Box(x, top - lineWidth / 2, w, lineWidth, Color.BLACK, null, 0));
        try {
            cs.setLineWidth(lineWidth);
            cs.moveTo(x, pageHeight - top);
            cs.lineTo(x + w, pageHeight - top);
            cs.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
