package news.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import news.text.pdf.PdfPageFileSplitter;
import news.text.pdf.PdfPageSplitter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ./news eval pages} picks the splitter by file: PDFs through the service's PDF path, text through PageSplitter. */
class PageFileSplitterTest {
    private static final Path PDF = Path.of("../../infra/pdf-samples/gen_0001.pdf");

    private static List<PageFileSplitter> loaded() {
        List<PageFileSplitter> all = new ArrayList<>();
        ServiceLoader.load(PageFileSplitter.class).forEach(all::add);
        return all;
    }

    @Test
    void thePdfSplitterIsRegisteredAndReadsOnlyPdfFiles() {
        List<PageFileSplitter> all = loaded();
        assertThat(all).hasAtLeastOneElementOfType(PdfPageFileSplitter.class);
        PageFileSplitter pdf = all.stream().filter(s -> s instanceof PdfPageFileSplitter).findFirst().orElseThrow();
        assertThat(pdf.reads(Path.of("a/page.PDF"))).isTrue();
        assertThat(pdf.reads(Path.of("a/page.txt"))).isFalse();
        assertThat(new PageFileSplitter.Text().reads(Path.of("page.pdf"))).isFalse();
    }

    @Test
    void aPdfFileGivesWhatTheServicesPdfPathGives() throws Exception {
        List<PageArticle> viaFile = new PdfPageFileSplitter().split(PDF);
        List<PageArticle> viaService = new PdfPageSplitter().split(Files.readAllBytes(PDF));
        assertThat(viaFile).isNotEmpty();
        assertThat(viaFile).isEqualTo(viaService);
    }

    @Test
    void aFileThatIsNotAPdfIsAnIoErrorNamingTheFile(@TempDir Path dir) throws IOException {
        Path bad = dir.resolve("broken.pdf");
        Files.writeString(bad, "not a pdf at all");
        assertThatThrownBy(() -> new PdfPageFileSplitter().split(bad))
                .isInstanceOf(IOException.class).hasMessageContaining("broken.pdf");
    }
}
