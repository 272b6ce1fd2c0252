package news.pdf.gen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import news.pdf.gen.Fonts.Face;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The HTML the Chromium producer prints (no Chromium needed here; {@code ChromiumProducerIT} prints it): every line
 * drawn on the PDFBox page is in it once, boxes and rules too, the text blocks in an order of their own; and a clear
 * error when Chromium is not installed.
 */
class ChromiumProducerTest {
    static Fonts fonts;
    static PageGenerator generator;
    static final Map<Face, String> URLS = Map.of(Face.SONG, "file:///f/song.ttf", Face.HEI, "file:///f/hei.ttf",
            Face.LATIN, "file:///f/latin.ttf");

    @BeforeAll
    static void load() throws Exception {
        fonts = Fonts.load();
        generator = new PageGenerator(fonts);
    }

    @AfterAll
    static void close() throws Exception {
        fonts.close();
    }

    private static String unescape(String html) {
        return html.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }

    @Test
    void everyDrawnLineIsInTheHtmlOnceAndTheBlocksArePaintedOutOfDrawingOrder() throws IOException {
        ChromiumProducer producer = new ChromiumProducer(fonts, "/no/chromium");
        List<GeneratedPage> pages = List.of(generator.generate(21, 1), generator.generate(21, 2));
        String html = producer.html(pages, 21, URLS);
        assertThat(html).contains("@page { size: 992.000pt 1417.000pt; margin: 0 }")
                .contains("src: url(\"file:///f/song.ttf\")").contains("break-after: page");
        assertThat(html.split("<div class=\"page\"", -1)).hasSize(3);
        // the text of each line without its inner spans, in the order painted
        String text = unescape(html.replaceAll("</?span[^>]*>", ""));
        int outOfOrder = 0;
        String[] sheets = text.split("<div class=\"page\"");
        for (int p = 0; p < pages.size(); p++) {
            GeneratedPage page = pages.get(p);
            String sheet = sheets[p + 1];
            int previous = -1;
            int boxes = 0;
            for (PageDrawing.Item item : page.drawing().items()) {
                if (item instanceof PageDrawing.Line l) {
                    String drawn = ">" + l.text() + "</div>";
                    int at = sheet.indexOf(drawn);
                    assertThat(at).as("line %s", l.text()).isGreaterThanOrEqualTo(0);
                    outOfOrder += at < previous ? 1 : 0;
                    previous = at;
                } else {
                    boxes++;
                }
            }
            assertThat(boxes).isPositive();
        }
        long lines = pages.stream().flatMap(p -> p.drawing().items().stream())
                .filter(i -> i instanceof PageDrawing.Line).count();
        assertThat(html.split("<div class=\"t\"", -1)).hasSize((int) lines + 1);
        assertThat(outOfOrder).isPositive();
        // the same seed paints in the same order; the truth is the PDFBox page's
        assertThat(producer.html(pages, 21, URLS)).isEqualTo(html);
        assertThat(producer.html(pages, 22, URLS)).isNotEqualTo(html);
    }

    @Test
    void theDarkLabelBoxesCarryWhiteTextAndBoldIsLeftToChromium() throws IOException {
        ChromiumProducer producer = new ChromiumProducer(fonts, "/no/chromium");
        List<GeneratedPage> pages = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            pages.add(generator.generate(5, i));
        }
        String html = producer.html(pages, 5, URLS);
        assertThat(html).contains(";color:#fff\">简").contains("font-weight:bold");
    }

    @Test
    void withoutChromiumTheProducerNamesWhatToInstall() {
        assertThat(ChromiumProducer.chromium(null, "/nonexistent:/also/not")).isNull();
        assertThat(ChromiumProducer.chromium("/nonexistent/chromium", "/usr/bin")).isNull();
        assertThatThrownBy(() -> ChromiumProducer.find(fonts, null, "/nonexistent"))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("apt-get install chromium")
                .hasMessageContaining("CHROMIUM");
    }
}
