package news.enrich;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import news.model.Subject;

/**
 * The 17 top-level IPTC Media Topics, loaded once from {@code news/enrich/media-topics.tsv}.
 * Codes are qcodes ({@code medtop:04000000}); lookups also accept the bare eight digits.
 * Immutable and thread-safe.
 */
public final class MediaTopics {

    /** ninjs relation of a subject assigned by classification. */
    public static final String REL_CLASSIFIES = "classifies";

    static final String RESOURCE = "news/enrich/media-topics.tsv";
    private static final String PREFIX = "medtop:";

    /** Labels of one topic. */
    public record Topic(String code, String name, String nameZh) {}

    private static final class Holder {
        static final MediaTopics INSTANCE = new MediaTopics(Resources.lines(RESOURCE));
    }

    private final Map<String, Topic> byCode;

    private MediaTopics(List<String> lines) {
        Map<String, Topic> map = new LinkedHashMap<>();
        for (String line : lines) {
            String[] cols = line.split("\t");
            if (cols.length != 3) {
                throw new IllegalStateException("bad media-topics line: " + line);
            }
            String code = normalize(cols[0].strip());
            map.put(code, new Topic(code, cols[1].strip(), cols[2].strip()));
        }
        this.byCode = Collections.unmodifiableMap(map);
    }

    /** The bundled top-level topic list (loaded on first use). */
    public static MediaTopics standard() {
        return Holder.INSTANCE;
    }

    /**
     * Canonical qcode: {@code "04000000"}, {@code "medtop:04000000"} and {@code " MEDTOP:04000000 "} all give
     * {@code "medtop:04000000"}; null gives null.
     */
    public static String normalize(String code) {
        if (code == null) {
            return null;
        }
        String c = code.strip();
        if (c.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            c = c.substring(PREFIX.length());
        }
        return PREFIX + c;
    }

    /** The topic with this code, if it is one of the 17. */
    public Optional<Topic> topic(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(byCode.get(normalize(code)));
    }

    /** The topic as a ninjs subject (rel {@code classifies}, confidence 100), if the code is known. */
    public Optional<Subject> lookup(String code) {
        return topic(code).map(t -> toSubject(t, 100));
    }

    /**
     * The topic as a ninjs subject with the given confidence (clamped to 0-100).
     *
     * @throws IllegalArgumentException for an unknown code
     */
    public Subject subject(String code, int confidence) {
        Topic t = topic(code).orElseThrow(() -> new IllegalArgumentException("unknown media topic " + code));
        return toSubject(t, confidence);
    }

    /** All codes, in code order. */
    public List<String> codes() {
        return List.copyOf(byCode.keySet());
    }

    /** All topics, in code order. */
    public List<Topic> topics() {
        return List.copyOf(byCode.values());
    }

    public boolean contains(String code) {
        return code != null && byCode.containsKey(normalize(code));
    }

    private static Subject toSubject(Topic t, int confidence) {
        return new Subject(t.code(), t.name(), t.nameZh(), REL_CLASSIFIES, Math.max(0, Math.min(100, confidence)));
    }
}
