package news.enrich;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Maps dataset labels to IPTC Media Topic qcodes: a {@code label<TAB>medtop code} file, or the THUCNews mapping of
 * the dataset README by default. A label that already is a code ({@code medtop:04000000} or {@code 04000000}) maps to
 * itself.
 */
public final class TopicLabels {

    private static final Pattern CODE = Pattern.compile("(?i)(medtop:)?\\d{8}");

    private final Map<String, String> map;

    private TopicLabels(Map<String, String> map) {
        this.map = Map.copyOf(map);
    }

    /** The THUCNews mapping from the dataset README. */
    public static TopicLabels thucnews() {
        return new TopicLabels(TitleCorpus.LABEL_TO_CODE);
    }

    /**
     * Reads a map file; {@code #} lines and blank lines are skipped.
     *
     * @throws IllegalArgumentException naming the file and line for a line that is not {@code label<TAB>code}
     */
    public static TopicLabels read(Path file) throws IOException {
        Map<String, String> map = new LinkedHashMap<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t");
            if (cols.length != 2 || cols[0].isBlank() || !CODE.matcher(cols[1].strip()).matches()) {
                throw new IllegalArgumentException(file + " line " + (i + 1)
                        + ": expected label<TAB>medtop code (e.g. sports<TAB>medtop:15000000), got: " + abbreviate(line));
            }
            map.put(cols[0].strip(), MediaTopics.normalize(cols[1].strip()));
        }
        return new TopicLabels(map);
    }

    /** The code for a label, or null when the label is unknown. */
    public String code(String label) {
        if (label == null) {
            return null;
        }
        String l = label.strip();
        if (CODE.matcher(l).matches()) {
            return MediaTopics.normalize(l);
        }
        return map.get(l);
    }

    static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 60) + "…";
    }
}
