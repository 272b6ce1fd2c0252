package news.enrich;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import news.model.ContentKind;
import news.model.NormalizedArticle;

/**
 * Test-only stand-in for the normalizer: repairs the raw sample pages in {@code infra/samples} (print-layout text with
 * spaces inside words and hard line breaks) into clean paragraphs. Deliberately simple; libs/news-text does it for real.
 */
final class SamplePages {

    private SamplePages() {}

    static Path dir() {
        Path p = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        for (; p != null; p = p.getParent()) {
            Path samples = p.resolve("infra").resolve("samples");
            if (Files.isDirectory(samples)) {
                return samples;
            }
        }
        throw new IllegalStateException("infra/samples not found above " + System.getProperty("user.dir"));
    }

    static List<Path> files() {
        try (Stream<Path> s = Files.list(dir())) {
            return s.filter(f -> f.getFileName().toString().endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path file(String prefix) {
        return files().stream().filter(f -> f.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
    }

    static NormalizedArticle article(Path file) {
        try {
            List<String> paragraphs = repair(Files.readString(file));
            String name = file.getFileName().toString();
            return new NormalizedArticle(name, "sample", file.toUri().toString(), ContentKind.PAGE, "zh", null,
                    paragraphs, null, null, Instant.EPOCH, Instant.EPOCH);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Joins hard-wrapped lines, drops whitespace next to CJK chars and punctuation, and starts a new paragraph after a
     * blank line only when the text before it ends a sentence (column breaks split words across blank lines too).
     */
    static List<String> repair(String raw) {
        List<String> paragraphs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String block : raw.split("\\n\\s*\\n")) {
            String text = squash(block.replace('\r', ' ').replace('\n', ' ')).strip();
            if (text.isEmpty()) {
                continue;
            }
            current.append(text);
            char last = text.charAt(text.length() - 1);
            if ("。！？”!?".indexOf(last) >= 0) {
                paragraphs.add(current.toString());
                current.setLength(0);
            }
        }
        if (!current.isEmpty()) {
            paragraphs.add(current.toString());
        }
        return paragraphs;
    }

    static String squash(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Character.isWhitespace(c)) {
                b.append(c);
                continue;
            }
            int j = i;
            while (j < s.length() && Character.isWhitespace(s.charAt(j))) {
                j++;
            }
            char prev = b.isEmpty() ? ' ' : b.charAt(b.length() - 1);
            char next = j < s.length() ? s.charAt(j) : ' ';
            if (!isWide(prev) && !isWide(next)) {
                b.append(' ');
            }
            i = j - 1;
        }
        return b.toString();
    }

    private static boolean isWide(char c) {
        return Character.isIdeographic(c) || (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF00 && c <= 0xFFEF)
                || (c >= 0x2010 && c <= 0x206F) || c == '·' || c == '■' || c == '●';
    }
}
