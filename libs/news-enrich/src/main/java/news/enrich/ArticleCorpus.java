package news.enrich;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A file of labelled full articles, {@code label<TAB>text} (the cnews set in {@code datasets/cnews-articles/}, headline
 * and body run together) or {@code label<TAB>headline<TAB>body}, labels mapped to IPTC codes by {@link TopicLabels}.
 */
public final class ArticleCorpus {

    /** The cnews articles, relative to the repository root. */
    public static final Path CNEWS = Path.of("datasets", "cnews-articles", "articles.tsv");

    /** One article: its label as in the file, its code, and the text. */
    public record Article(String label, String code, String headline, String body) {
        ArticleTopicModel.Example example() {
            return new ArticleTopicModel.Example(code, headline, body);
        }

        /** The line as in a {@code label<TAB>text} file. */
        String line() {
            return label + "\t" + (headline.isEmpty() ? body : headline + "\t" + body);
        }
    }

    /** The training part and the held-out part of a split. */
    public record Split(List<Article> train, List<Article> heldOut) {}

    private ArticleCorpus() {}

    /**
     * Reads every article.
     *
     * @throws IllegalArgumentException naming the file and line for a line without a known label or text
     */
    public static List<Article> read(Path file, TopicLabels labels) throws IOException {
        List<Article> out = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int lineNo = 0;
            while ((line = in.readLine()) != null) {
                lineNo++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t", 3);
                String code = cols.length >= 2 ? labels.code(cols[0]) : null;
                if (code == null || cols[cols.length - 1].isBlank()) {
                    throw new IllegalArgumentException(file + " line " + lineNo + ": expected label<TAB>text with a"
                            + " label known to the map, got '" + TopicLabels.abbreviate(line) + "'");
                }
                out.add(cols.length == 3
                        ? new Article(cols[0].strip(), code, cols[1].strip(), cols[2].strip())
                        : new Article(cols[0].strip(), code, "", cols[1].strip()));
            }
        }
        return out;
    }

    /**
     * The fixed stratified split behind every reported figure: the {@code every}-th, 2·{@code every}-th, … article of
     * each label (counted in file order) is held out; {@code every <= 0} holds nothing out.
     */
    public static Split split(List<Article> articles, int every) {
        Map<String, Integer> seen = new HashMap<>();
        List<Article> train = new ArrayList<>();
        List<Article> held = new ArrayList<>();
        for (Article a : articles) {
            int i = seen.merge(a.label(), 1, Integer::sum);
            (every > 0 && i % every == 0 ? held : train).add(a);
        }
        return new Split(List.copyOf(train), List.copyOf(held));
    }
}
