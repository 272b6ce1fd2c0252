package news.text.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import news.pdf.gen.Fonts;
import news.pdf.gen.GeneratedPage;
import news.pdf.gen.PageGenerator;

/** Generated pages for the PDF tests: fixed seeds, the fonts loaded once per JVM. */
final class GeneratedPages {
    private static Fonts fonts;
    private static PageGenerator generator;

    private GeneratedPages() {
    }

    static synchronized PageGenerator generator() {
        if (generator == null) {
            try {
                fonts = Fonts.load();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            generator = new PageGenerator(fonts);
        }
        return generator;
    }

    static List<GeneratedPage> pages(long seed, int count) {
        List<GeneratedPage> out = new ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            try {
                out.add(generator().generate(seed, i));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }
}
