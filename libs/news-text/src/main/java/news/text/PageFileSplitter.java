package news.text;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Splits a page file into its items, for tools that take files ({@code ./news eval pages}). The text splitter reads
 * {@code .txt}; a module that reads other formats (print PDFs) provides its own through {@link java.util.ServiceLoader}
 * ({@code META-INF/services/news.text.PageFileSplitter}).
 */
public interface PageFileSplitter {

    /** Whether this splitter reads files like {@code file} (by its name). */
    boolean reads(Path file);

    /** The items of the page in {@code file}. */
    List<PageArticle> split(Path file) throws IOException;

    /** UTF-8 text pages ({@code .txt}) through {@link PageSplitter}. */
    final class Text implements PageFileSplitter {
        private final PageSplitter splitter = new PageSplitter();

        @Override
        public boolean reads(Path file) {
            return file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".txt");
        }

        @Override
        public List<PageArticle> split(Path file) throws IOException {
            return splitter.split(java.nio.file.Files.readString(file, java.nio.charset.StandardCharsets.UTF_8));
        }
    }
}
