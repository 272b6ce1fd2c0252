package news.pdf;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * Reads a print PDF into {@link PageLayout}s, one per page: glyphs (PDFBox) → lines, blocks and reading order
 * ({@link LayoutAnalyzer}). Refuses, with a {@link PdfPageException} naming the reason: bytes that are not a PDF or
 * cannot be parsed, a password-protected PDF, pages without a text layer (a scan), more than {@link #MAX_PAGES}
 * pages. Thread-safe (no shared state; one PDFBox document per call).
 */
public final class PdfLayoutReader {
    /** A page upload is a page or a few; a whole issue is refused rather than tying up the reader. */
    public static final int MAX_PAGES = 8;
    /** Fewer visible letters, Han characters or digits than this on every page: no text layer. */
    static final int MIN_TEXT_CHARS = 20;

    private final LayoutAnalyzer analyzer = new LayoutAnalyzer();

    /** True when the bytes start like a PDF (after optional leading whitespace, as some producers write). */
    public static boolean looksLikePdf(byte[] bytes) {
        int i = 0;
        while (i < bytes.length && i < 1024 && (bytes[i] == ' ' || bytes[i] == '\r' || bytes[i] == '\n' || bytes[i] == '\t'
                || bytes[i] == (byte) 0xEF || bytes[i] == (byte) 0xBB || bytes[i] == (byte) 0xBF)) {
            i++;
        }
        return bytes.length - i >= 5 && bytes[i] == '%' && bytes[i + 1] == 'P' && bytes[i + 2] == 'D' && bytes[i + 3] == 'F'
                && bytes[i + 4] == '-';
    }

    /** The layout of every page. */
    public List<PageLayout> read(byte[] pdf) throws PdfPageException {
        return read(pdf, true);
    }

    /**
     * Checks that the bytes are a readable print page — a PDF, not password-protected, a text layer, at most
     * {@link #MAX_PAGES} pages — without laying it out (what the ingestor needs before accepting it).
     */
    public void check(byte[] pdf) throws PdfPageException {
        read(pdf, false);
    }

    private List<PageLayout> read(byte[] pdf, boolean layout) throws PdfPageException {
        if (!looksLikePdf(pdf)) {
            throw new PdfPageException(PdfPageException.Reason.NOT_A_PDF, "the body is not a PDF (it does not start with %PDF-)");
        }
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            int pages = doc.getNumberOfPages();
            if (pages == 0) {
                throw new PdfPageException(PdfPageException.Reason.NO_TEXT_LAYER, "the PDF has no pages");
            }
            if (pages > MAX_PAGES) {
                throw new PdfPageException(PdfPageException.Reason.TOO_MANY_PAGES,
                        "the PDF has " + pages + " pages; send at most " + MAX_PAGES + " pages per request (one page is usual)");
            }
            if (doc.isEncrypted() && !doc.getCurrentAccessPermission().canExtractContent()) {
                throw new PdfPageException(PdfPageException.Reason.ENCRYPTED,
                        "the PDF is encrypted and does not permit text extraction; send it without protection");
            }
            GlyphStripper stripper = new GlyphStripper();
            List<PageLayout> out = new ArrayList<>();
            int textChars = 0;
            int unreadable = 0;
            int shown = 0;
            for (int p = 1; p <= pages; p++) {
                stripper.reset();
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                stripper.writeText(doc, new StringWriter());
                List<Glyph> glyphs = stripper.glyphs();
                textChars += countText(glyphs);
                unreadable += stripper.unreadable();
                shown += stripper.shown();
                PDPage page = doc.getPage(p - 1);
                PDRectangle box = page.getCropBox();
                // the page in the frame of its text: glyph positions come in the direction most text is set in
                // (a page drawn turned, shown upright by /Rotate, reads like any other; /Rotate alone changes nothing)
                int direction = stripper.direction();
                boolean turned = direction % 180 != 0;
                float width = turned ? box.getHeight() : box.getWidth();
                float height = turned ? box.getWidth() : box.getHeight();
                if (layout) {
                    out.add(analyzer.analyze(p, width, height, glyphs, RuleCollector.collect(page, direction)));
                }
            }
            // text set in fonts that carry no Unicode mapping (Type 3 or CID fonts without ToUnicode): glyphs are
            // there, their characters cannot be known (no OCR here either)
            if (unreadable >= MIN_TEXT_CHARS && unreadable * 2 > shown) {
                throw new PdfPageException(PdfPageException.Reason.NO_TEXT_LAYER, "the PDF's text cannot be read: "
                        + unreadable + " of its " + shown + " characters are set in fonts without a Unicode mapping "
                        + "(Type 3 or CID fonts without ToUnicode); export the page with its fonts' text (ToUnicode) "
                        + "or as text, OCR is not supported");
            }
            if (textChars < MIN_TEXT_CHARS) {
                throw new PdfPageException(PdfPageException.Reason.NO_TEXT_LAYER,
                        "the PDF has no text layer (" + textChars + " characters of text on " + pages
                                + (pages == 1 ? " page" : " pages") + "): a scanned page cannot be read without OCR, which is not supported");
            }
            return out;
        } catch (InvalidPasswordException e) {
            throw new PdfPageException(PdfPageException.Reason.ENCRYPTED,
                    "the PDF is password-protected; send it without a password", e);
        } catch (IOException | RuntimeException e) {
            throw new PdfPageException(PdfPageException.Reason.NOT_A_PDF, "the PDF cannot be parsed: " + e.getMessage(), e);
        }
    }

    private static int countText(List<Glyph> glyphs) {
        int n = 0;
        for (Glyph g : glyphs) {
            int cp = g.text().codePointAt(0);
            if (Character.isLetterOrDigit(cp)) {
                n++;
            }
        }
        return n;
    }
}
