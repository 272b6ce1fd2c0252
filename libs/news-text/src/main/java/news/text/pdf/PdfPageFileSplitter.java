package news.text.pdf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import news.pdf.PdfPageException;
import news.text.PageArticle;
import news.text.PageFileSplitter;

/**
 * Print PDF pages ({@code .pdf}) for {@code ./news eval pages}, through {@link PdfPageSplitter#split(byte[])} — the
 * call the normalizer makes for an {@code application/pdf} page, so the eval scores exactly what the service returns.
 * Registered in {@code META-INF/services/news.text.PageFileSplitter}.
 */
public final class PdfPageFileSplitter implements PageFileSplitter {
    private final PdfPageSplitter splitter = new PdfPageSplitter();

    @Override
    public boolean reads(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".pdf");
    }

    @Override
    public List<PageArticle> split(Path file) throws IOException {
        try {
            return splitter.split(Files.readAllBytes(file));
        } catch (PdfPageException e) {
            throw new IOException(file.getFileName() + ": " + e.getMessage(), e);
        }
    }
}
