package news.enrich;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.LongConsumer;

/**
 * Character-level BIO files: {@code char<space>tag} a line (tags O, B-/I- PER, LOC, ORG), a blank line between
 * sentences, UTF-8. The reader streams (any size); errors name the file and line.
 */
final class BioCorpus {

    /** One sentence: its text and entity spans (UTF-16 offsets). */
    record Sentence(String text, List<EntityEvaluation.Span> spans) {
        Sentence {
            spans = List.copyOf(spans);
        }

        /** The model's tags ({@link NerTags}) of the chars {@code [begin, end)}. */
        int[] tags(int begin, int end) {
            List<EntityEvaluation.Span> inside = new ArrayList<>();
            for (EntityEvaluation.Span s : spans) {
                int b = Math.max(s.begin(), begin);
                int e = Math.min(s.end(), end);
                if (b < e) { // a span cut by the range keeps its part inside
                    inside.add(new EntityEvaluation.Span(b - begin, e - begin, s.type()));
                }
            }
            return NerTags.encode(inside, end - begin);
        }
    }

    private BioCorpus() {}

    /** Every sentence of the file, in order. */
    static List<Sentence> read(Path file) throws IOException {
        List<Sentence> out = new ArrayList<>();
        forEach(file, out::add, bytes -> {});
        return out;
    }

    /**
     * Streams the sentences of a file; {@code progress} gets the UTF-8 bytes read after each line.
     *
     * @throws IllegalArgumentException for a line that is not {@code char tag} or an unknown tag (file and line named)
     */
    static void forEach(Path file, Consumer<Sentence> sink, LongConsumer progress) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("no such file: " + file);
        }
        StringBuilder text = new StringBuilder();
        List<String> tags = new ArrayList<>();
        long lineNo = 0;
        long sentenceLine = 1;
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null) {
                lineNo++;
                progress.accept(line.getBytes(StandardCharsets.UTF_8).length + 1L);
                if (lineNo == 1 && !line.isEmpty() && line.charAt(0) == '\uFEFF') {
                    line = line.substring(1);
                }
                if (line.isBlank()) {
                    flush(file, sentenceLine, text, tags, sink);
                    sentenceLine = lineNo + 1;
                    continue;
                }
                // the char may itself be a space-like symbol: the tag is after the last space
                int cut = line.lastIndexOf(' ');
                if (cut <= 0) {
                    cut = line.lastIndexOf('\t');
                }
                if (cut <= 0) {
                    throw new IllegalArgumentException(file + " line " + lineNo + ": expected 'char tag', got '"
                            + TopicLabels.abbreviate(line) + "'");
                }
                String ch = line.substring(0, cut);
                String tag = line.substring(cut + 1).strip();
                if (!tag.equals("O") && (tag.length() < 3 || tag.charAt(1) != '-'
                        || (tag.charAt(0) != 'B' && tag.charAt(0) != 'I') || EntityEvaluation.type(tag.substring(2)) == null)) {
                    throw new IllegalArgumentException(file + " line " + lineNo + ": unknown tag '" + tag
                            + "' (expected O, B-/I- PER, LOC, ORG)");
                }
                int end = ch.offsetByCodePoints(0, 1);
                text.append(ch, 0, end);
                tags.add(tag);
                if (end == 2) { // surrogate pair: the second char continues the first
                    tags.add(tag.equals("O") || tag.startsWith("I-") ? tag : "I-" + tag.substring(2));
                }
            }
            flush(file, sentenceLine, text, tags, sink);
        }
    }

    private static void flush(Path file, long line, StringBuilder text, List<String> tags, Consumer<Sentence> sink) {
        if (tags.isEmpty()) {
            return;
        }
        // an I- that does not continue its type starts a span (the usual lenient reading)
        sink.accept(new Sentence(text.toString(), EntityEvaluation.spans(tags)));
        text.setLength(0);
        tags.clear();
    }

    /** The held-out part and the rest of a corpus: every {@code every}-th sentence (1-based every, 2·every, …). */
    record Split(List<Sentence> train, List<Sentence> heldOut) {}

    /**
     * Holds out every {@code every}-th sentence; sentences of the rest whose text equals a held-out one after NFKC
     * (MSRA has sentences in both half- and full-width forms) are dropped, so nothing held out is trained on.
     */
    static Split split(List<Sentence> sentences, int every) {
        if (every <= 1) {
            return new Split(List.copyOf(sentences), List.of());
        }
        List<Sentence> heldOut = new ArrayList<>();
        Set<String> heldOutTexts = new HashSet<>();
        for (int i = every - 1; i < sentences.size(); i += every) {
            heldOut.add(sentences.get(i));
            heldOutTexts.add(folded(sentences.get(i).text()));
        }
        List<Sentence> train = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            if ((i + 1) % every != 0 && !heldOutTexts.contains(folded(sentences.get(i).text()))) {
                train.add(sentences.get(i));
            }
        }
        return new Split(train, heldOut);
    }

    /**
     * Every {@code every}th block of {@code block} consecutive sentences held out (the last block of each run of
     * {@code every}): consecutive MSRA sentences come from one article, so this holds out whole articles, as a test
     * set of other articles does (every Nth sentence shares articles, and their names, with the training part).
     */
    static Split splitBlocks(List<Sentence> sentences, int every, int block) {
        if (every <= 1 || block <= 1) {
            return split(sentences, every);
        }
        List<Sentence> heldOut = new ArrayList<>();
        List<Sentence> train = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            (i / block % every == every - 1 ? heldOut : train).add(sentences.get(i));
        }
        return new Split(train, heldOut);
    }

    static String folded(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("\\s+", "");
    }

    /** Writes sentences in the same format (BIO). */
    static void write(List<Sentence> sentences, Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (var out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (Sentence s : sentences) {
                String[] tags = new String[s.text().length()];
                java.util.Arrays.fill(tags, "O");
                for (EntityEvaluation.Span span : s.spans()) {
                    String type = EntityEvaluation.tag(span.type());
                    for (int i = span.begin(); i < span.end(); i++) {
                        tags[i] = (i == span.begin() ? "B-" : "I-") + type;
                    }
                }
                for (int i = 0; i < s.text().length(); i++) {
                    char c = s.text().charAt(i);
                    int end = Character.isHighSurrogate(c) && i + 1 < s.text().length() ? i + 2 : i + 1;
                    out.write(s.text(), i, end - i);
                    out.write(' ');
                    out.write(tags[i]);
                    out.write('\n');
                    i = end - 1;
                }
                out.write('\n');
            }
        }
    }
}
