package news.text;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import news.pdf.PdfLayoutReader;
import news.pdf.PdfPageException;
import news.text.pdf.PdfPageSplitter;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code ./news split FILE [CHARSET]}: prints the articles {@link PageSplitter} finds on a page as a JSON array, for a
 * person to inspect; a print PDF ({@code .pdf}, or a file starting with {@code %PDF-}) is split from its layout by
 * {@link PdfPageSplitter}. Exit 2 with a message on a missing or unreadable file or a PDF that cannot be read.
 */
public final class SplitCommand {
    private SplitCommand() {
    }

    public static void main(String[] args) throws IOException {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        if (args.length < 1 || args.length > 2) {
            System.err.println("usage: ./news split FILE [CHARSET]   (prints the page's articles as JSON)");
            System.exit(2);
        }
        Path file = Path.of(args[0]);
        if (!Files.isRegularFile(file)) {
            System.err.println("split: no such file: " + file);
            System.exit(2);
        }
        byte[] bytes = Files.readAllBytes(file);
        List<PageArticle> articles;
        if (file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".pdf") || PdfLayoutReader.looksLikePdf(bytes)) {
            try {
                articles = new PdfPageSplitter().split(bytes);
            } catch (PdfPageException e) {
                System.err.println("split: " + file + ": " + e.getMessage());
                System.exit(2);
                return;
            }
        } else {
            Charset charset = args.length == 2 ? Charset.forName(args[1]) : StandardCharsets.UTF_8;
            articles = new PageSplitter().split(new String(bytes, charset));
        }
        JsonMapper mapper = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
        out.println(mapper.writeValueAsString(articles));
    }
}
