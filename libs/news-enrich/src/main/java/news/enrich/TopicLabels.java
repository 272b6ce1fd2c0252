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
 * Maps dataset labels to IPTC Media Topic qcodes. The bundled mapping ({@code news/enrich/dataset-topics.tsv}) names
 * each concept by its label path in the vocabulary ({@code 家居<TAB>lifestyle and leisure > lifestyle > house and home});
 * a map file given by a user has {@code label<TAB>medtop code} lines (or label paths). A label that already is a code
 * ({@code medtop:04000000} or {@code 04000000}) maps to itself. Every code is checked against {@link MediaTopics}.
 */
public final class TopicLabels {

    static final String RESOURCE = "news/enrich/dataset-topics.tsv";
    private static final Pattern CODE = Pattern.compile("(?i)(medtop:)?\\d{8}");

    private static final class Holder {
        static final TopicLabels INSTANCE = parse(Resources.lines(RESOURCE), RESOURCE, MediaTopics.standard());
    }

    private final Map<String, String> map;
    private final MediaTopics topics;

    private TopicLabels(Map<String, String> map, MediaTopics topics) {
        this.map = Map.copyOf(map);
        this.topics = topics;
    }

    /** The bundled mapping of both datasets' labels (THUCNews headlines in English, cnews articles in Chinese). */
    public static TopicLabels standard() {
        return Holder.INSTANCE;
    }

    /**
     * Reads a map file; {@code #} lines and blank lines are skipped.
     *
     * @throws IllegalArgumentException naming the file and line for a line that is not {@code label<TAB>code} (or
     *                                  path), or whose code is not in the vocabulary
     */
    public static TopicLabels read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            map.put(label(line, file + " line " + (i + 1)), code(line, file + " line " + (i + 1), MediaTopics.standard()));
        }
        return new TopicLabels(map, MediaTopics.standard());
    }

    private static TopicLabels parse(List<String> lines, String name, MediaTopics topics) {
        Map<String, String> map = new LinkedHashMap<>();
        for (String line : lines) {
            map.put(label(line, name), code(line, name, topics));
        }
        return new TopicLabels(map, topics);
    }

    private static String label(String line, String where) {
        String[] cols = line.split("\t");
        if (cols.length != 2 || cols[0].isBlank() || cols[1].isBlank()) {
            throw new IllegalArgumentException(where + ": expected label<TAB>medtop code (e.g. sports<TAB>medtop:15000000),"
                    + " got: " + abbreviate(line));
        }
        return cols[0].strip();
    }

    private static String code(String line, String where, MediaTopics topics) {
        String target = line.split("\t")[1].strip();
        String code;
        if (CODE.matcher(target).matches()) {
            code = MediaTopics.normalize(target);
        } else {
            try {
                code = topics.byPath(target);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(where + ": expected label<TAB>medtop code or label path, "
                        + e.getMessage());
            }
        }
        if (!topics.contains(code)) {
            throw new IllegalArgumentException(where + ": " + code + " is not an IPTC Media Topic");
        }
        return code;
    }

    /** The code for a label, or null when the label is unknown (a code not in the vocabulary is unknown too). */
    public String code(String label) {
        if (label == null) {
            return null;
        }
        String l = label.strip();
        if (CODE.matcher(l).matches()) {
            String code = MediaTopics.normalize(l);
            return topics.contains(code) ? code : null;
        }
        return map.get(l);
    }

    /** The labels this mapping knows, with their codes. */
    public Map<String, String> asMap() {
        return map;
    }

    static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 60) + "…";
    }
}
