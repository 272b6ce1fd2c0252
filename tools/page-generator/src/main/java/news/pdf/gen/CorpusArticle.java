package news.pdf.gen;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.json.JsonMapper;

/**
 * A known article the generator typesets: from the seed pages or the cnews dataset (see the module README for
 * provenance). A paragraph starting with {@code #} is a subheading.
 */
public record CorpusArticle(String source, String kicker, String headline, String subheadline, List<String> paragraphs) {
    static final String RESOURCE = "/news/pdf/gen/articles.jsonl";

    public CorpusArticle {
        paragraphs = List.copyOf(paragraphs);
    }

    /** Every article of the bundled corpus, in file order. */
    public static List<CorpusArticle> bundled() {
        JsonMapper mapper = JsonMapper.builder().build();
        List<CorpusArticle> out = new ArrayList<>();
        try (InputStream in = CorpusArticle.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (!line.isBlank()) {
                    out.add(mapper.readValue(line, CorpusArticle.class));
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + RESOURCE, e);
        }
        return List.copyOf(out);
    }

    int length() {
        return paragraphs.stream().mapToInt(String::length).sum();
    }
}
