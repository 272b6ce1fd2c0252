package news.cli;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Turns the paths on the command line into push units: {@code .txt} → one page each, {@code .pdf} → one print page
 * each (sent as {@code application/pdf}), {@code .json} → one ninjs article,
 * {@code .ndjson}/{@code .jsonl} → batches of at most {@code batchSize} lines. Folders are walked; other files are listed
 * as skipped. Files that cannot be read or decoded become rejections before anything is sent.
 */
final class PushPlan {
    record Problem(String label, String reason) {}

    final List<PushUnit> units = new ArrayList<>();
    final List<Problem> unreadable = new ArrayList<>();
    final List<Path> skipped = new ArrayList<>();

    static PushPlan of(List<Path> paths, int batchSize) throws IOException {
        PushPlan plan = new PushPlan();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    for (Path f : walk.filter(Files::isRegularFile).sorted().toList()) {
                        plan.add(f, batchSize, false);
                    }
                }
            } else {
                plan.add(p, batchSize, true);
            }
        }
        return plan;
    }

    private void add(Path file, int batchSize, boolean named) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        String label = file.toString();
        if (!Files.isRegularFile(file)) {
            unreadable.add(new Problem(label, "no such file"));
            return;
        }
        try {
            if (name.endsWith(".txt")) {
                byte[] bytes = Files.readAllBytes(file);
                Charset cs = TextCharsets.detect(bytes);
                units.add(new PushUnit(label, PushUnit.Kind.PAGE, bytes, cs, 1));
            } else if (name.endsWith(".pdf")) {
                units.add(new PushUnit(label, PushUnit.Kind.PDF_PAGE, Files.readAllBytes(file), StandardCharsets.ISO_8859_1, 1));
            } else if (name.endsWith(".json")) {
                byte[] bytes = Files.readAllBytes(file);
                String json = TextCharsets.decode(bytes, TextCharsets.detect(bytes));
                units.add(new PushUnit(label, PushUnit.Kind.ARTICLE, json.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8, 1));
            } else if (name.endsWith(".ndjson") || name.endsWith(".jsonl")) {
                byte[] bytes = Files.readAllBytes(file);
                List<String> lines = TextCharsets.decode(bytes, TextCharsets.detect(bytes)).lines().toList();
                int first = -1;
                StringBuilder chunk = new StringBuilder();
                int count = 0;
                for (int i = 0; i < lines.size(); i++) {
                    if (lines.get(i).isBlank()) {
                        continue;
                    }
                    if (first < 0) {
                        first = i + 1;
                    }
                    chunk.append(lines.get(i)).append('\n');
                    count++;
                    if (count == batchSize) {
                        addBatch(label, first, i + 1, chunk, count);
                        chunk.setLength(0);
                        count = 0;
                        first = -1;
                    }
                }
                if (count > 0) {
                    addBatch(label, first, lines.size(), chunk, count);
                }
            } else if (named) {
                unreadable.add(new Problem(label, "unknown file type (expected .txt, .pdf, .json or .ndjson)"));
            } else {
                skipped.add(file);
            }
        } catch (IOException e) {
            unreadable.add(new Problem(label, "cannot read: " + e.getMessage()));
        } catch (IllegalArgumentException e) {
            unreadable.add(new Problem(label, "charset: " + e.getMessage()));
        }
    }

    private void addBatch(String label, int from, int to, StringBuilder chunk, int count) {
        units.add(new PushUnit(label + ":" + from + "-" + to, PushUnit.Kind.BATCH, chunk.toString().getBytes(StandardCharsets.UTF_8),
                StandardCharsets.UTF_8, count));
    }

    int articles() {
        return units.stream().mapToInt(PushUnit::lines).sum();
    }
}
