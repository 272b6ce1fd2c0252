package news.enrich;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Official-press text for the topic classifier's domain model: the MSRA NER news sentences (People's Daily style,
 * {@code datasets/ner/msra-train-part.bio}, research use, see that README), only their characters, tags ignored.
 * Consecutive sentences are joined into documents of {@value #SENTENCES_PER_DOCUMENT}, at most
 * {@value #MAX_DOCUMENTS} of them, in file order (deterministic).
 */
final class OfficialPress {

    /** The MSRA sentences, relative to the repository root. */
    static final Path MSRA = Path.of("datasets", "ner", "msra-train-part.bio");
    static final int SENTENCES_PER_DOCUMENT = 10;
    static final int MAX_DOCUMENTS = 1_500;

    private OfficialPress() {}

    /**
     * Documents from a character-BIO file ({@code char tag} a line, blank line between sentences) or a plain file
     * (one sentence a line).
     *
     * @throws IllegalArgumentException naming the file when it holds no sentence
     */
    static List<String> documents(Path file) throws IOException {
        List<String> sentences = new ArrayList<>();
        StringBuilder sentence = new StringBuilder();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.isBlank()) {
                    flush(sentence, sentences);
                    continue;
                }
                int cut = line.lastIndexOf(' ');
                boolean bio = cut > 0 && line.substring(cut + 1).matches("O|[BI]-[A-Z]+");
                if (bio) {
                    sentence.append(line, 0, cut);
                } else {
                    flush(sentence, sentences);
                    sentences.add(line.strip());
                }
            }
        }
        flush(sentence, sentences);
        if (sentences.isEmpty()) {
            throw new IllegalArgumentException(file + ": no sentence found");
        }
        List<String> docs = new ArrayList<>();
        for (int i = 0; i < sentences.size() && docs.size() < MAX_DOCUMENTS; i += SENTENCES_PER_DOCUMENT) {
            docs.add(String.join("", sentences.subList(i, Math.min(sentences.size(), i + SENTENCES_PER_DOCUMENT))));
        }
        return docs;
    }

    private static void flush(StringBuilder sentence, List<String> out) {
        if (!sentence.isEmpty()) {
            out.add(sentence.toString());
            sentence.setLength(0);
        }
    }
}
