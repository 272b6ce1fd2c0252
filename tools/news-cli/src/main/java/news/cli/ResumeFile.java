package news.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the server already acknowledged: one line per unit, {@code RESUME-KEY<TAB>id,id,…}, appended and flushed right after
 * each 202, so an interrupted push loses nothing and a re-run sends only the rest.
 */
final class ResumeFile implements AutoCloseable {
    private final Map<String, List<String>> acknowledged = new HashMap<>();
    private final Set<String> knownIds = new HashSet<>();
    private final BufferedWriter out;

    ResumeFile(Path file) throws IOException {
        if (Files.exists(file)) {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                int tab = line.indexOf('\t');
                if (tab > 0) {
                    List<String> ids = Arrays.stream(line.substring(tab + 1).split(",")).filter(s -> !s.isEmpty()).toList();
                    acknowledged.put(line.substring(0, tab), ids);
                    knownIds.addAll(ids);
                }
            }
        }
        if (file.getParent() != null) {
            Files.createDirectories(file.getParent());
        }
        out = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    boolean done(PushUnit unit) {
        return acknowledged.containsKey(unit.resumeKey());
    }

    /** Records the acknowledgement; returns how many of the ids were acknowledged before (a resend of the same article). */
    int record(PushUnit unit, List<String> ids) throws IOException {
        int seenBefore = 0;
        List<String> encoded = ids.stream().map(id -> id.replace(",", "%2C")).toList();
        for (String id : encoded) {
            if (!knownIds.add(id)) {
                seenBefore++;
            }
        }
        acknowledged.put(unit.resumeKey(), encoded);
        out.write(unit.resumeKey() + "\t" + String.join(",", encoded));
        out.newLine();
        out.flush();
        return seenBefore;
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
