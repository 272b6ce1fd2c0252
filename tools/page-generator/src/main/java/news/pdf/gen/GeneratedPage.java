package news.pdf.gen;

import java.util.List;

/**
 * One generated page: the PDF and its ground truth.
 *
 * @param name      file name without extension ({@code gen_0001})
 * @param pdf       the PDF bytes
 * @param articles  every piece in the order it was laid out (top to bottom, left to right by module)
 * @param furniture page furniture strings (masthead, paper name, numbers, editor line, date, section labels)
 * @param drawing   what was drawn, for another producer to render the same page
 */
public record GeneratedPage(String name, byte[] pdf, List<TruthArticle> articles, List<String> furniture,
                            PageDrawing drawing) {
    /** The same page as printed by another producer: its PDF instead of PDFBox's. */
    GeneratedPage withPdf(byte[] other) {
        return new GeneratedPage(name, other, articles, furniture, drawing);
    }

    public GeneratedPage {
        articles = List.copyOf(articles);
        furniture = List.copyOf(furniture);
    }
}
