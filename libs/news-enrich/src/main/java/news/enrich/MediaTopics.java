package news.enrich;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import news.model.Subject;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The IPTC Media Topics vocabulary, every level: the 1,099 concepts of {@code news/enrich/media-topics/media-topics.json}
 * (IPTC, CC BY 4.0), the single source of topic codes and labels. The 56 concepts without a published zh-Hans label
 * get this project's own translation from {@code zh-translations.tsv} ({@link Topic#zhTranslated()} is then true).
 * Codes are qcodes ({@code medtop:04000000}); lookups also accept the bare eight digits. Immutable and thread-safe.
 */
public final class MediaTopics {

    /** ninjs relation of a subject assigned by classification. */
    public static final String REL_CLASSIFIES = "classifies";

    static final String RESOURCE = "news/enrich/media-topics/media-topics.json";
    static final String TRANSLATIONS = "news/enrich/media-topics/zh-translations.tsv";
    private static final String PREFIX = "medtop:";
    /** Separator of a label path, e.g. {@code lifestyle and leisure > lifestyle > trend}. */
    static final String PATH_SEPARATOR = ">";

    /**
     * One concept.
     *
     * @param code          qcode
     * @param level         1 (the 17 top-level topics) to 6
     * @param broader       the parent's qcode, null at level 1
     * @param name          English label
     * @param nameZh        Chinese label (IPTC's, or our translation when {@code zhTranslated})
     * @param definition    English definition (may be empty)
     * @param definitionZh  Chinese definition (empty for the concepts IPTC has not translated)
     * @param zhTranslated  true when {@code nameZh} is this project's translation, not IPTC's
     */
    public record Topic(String code, int level, String broader, String name, String nameZh, String definition,
                        String definitionZh, boolean zhTranslated) {}

    private static final class Holder {
        static final MediaTopics INSTANCE = load();
    }

    private final Map<String, Topic> byCode;
    private final Map<String, List<String>> children;

    MediaTopics(List<Topic> topics) {
        Map<String, Topic> map = new LinkedHashMap<>();
        for (Topic t : topics) {
            if (map.put(t.code(), t) != null) {
                throw new IllegalStateException("media topic " + t.code() + " appears twice");
            }
        }
        Map<String, List<String>> kids = new LinkedHashMap<>();
        for (Topic t : map.values()) {
            if (t.level() == 1) {
                if (t.broader() != null) {
                    throw new IllegalStateException("top-level media topic " + t.code() + " has a broader topic");
                }
                continue;
            }
            Topic parent = t.broader() == null ? null : map.get(t.broader());
            if (parent == null || parent.level() != t.level() - 1) {
                throw new IllegalStateException("media topic " + t.code() + " (level " + t.level()
                        + ") has no broader topic one level up: " + t.broader());
            }
            kids.computeIfAbsent(parent.code(), k -> new ArrayList<>()).add(t.code());
        }
        kids.replaceAll((k, v) -> List.copyOf(v));
        this.byCode = Collections.unmodifiableMap(map);
        this.children = Collections.unmodifiableMap(kids);
    }

    /** The bundled vocabulary (loaded on first use). */
    public static MediaTopics standard() {
        return Holder.INSTANCE;
    }

    private static MediaTopics load() {
        Map<String, String[]> translations = new LinkedHashMap<>();
        for (String line : Resources.lines(TRANSLATIONS)) {
            String[] cols = line.split("\t");
            if (cols.length != 3) {
                throw new IllegalStateException(TRANSLATIONS + ": expected code<TAB>English<TAB>Chinese: " + line);
            }
            translations.put(normalize(cols[0]), cols);
        }
        List<Topic> topics = new ArrayList<>();
        try (InputStream in = MediaTopics.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            JsonNode root = JsonMapper.builder().build().readTree(in);
            for (JsonNode n : root) {
                String code = normalize(text(n, "code"));
                String zh = text(n, "zh");
                boolean translated = false;
                if (zh == null || zh.isBlank()) {
                    String[] t = translations.remove(code);
                    if (t == null) {
                        throw new IllegalStateException(TRANSLATIONS + " lacks a Chinese label for " + code);
                    }
                    if (!t[1].strip().equals(text(n, "en"))) {
                        throw new IllegalStateException(TRANSLATIONS + ": " + code + " is '" + text(n, "en")
                                + "' in the vocabulary, not '" + t[1] + "'");
                    }
                    zh = t[2].strip();
                    translated = true;
                }
                String broader = text(n, "broader");
                topics.add(new Topic(code, n.get("level").asInt(), broader == null ? null : normalize(broader),
                        text(n, "en"), zh, orEmpty(text(n, "definitionEn")), orEmpty(text(n, "definitionZh")),
                        translated));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        if (!translations.isEmpty()) {
            throw new IllegalStateException(TRANSLATIONS + " translates codes that have an IPTC label or do not exist: "
                    + translations.keySet());
        }
        return new MediaTopics(topics);
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asString();
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
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

    /** The concept with this code, if the vocabulary has it. */
    public Optional<Topic> topic(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(byCode.get(normalize(code)));
    }

    /** The concept as a ninjs subject (rel {@code classifies}, confidence 100), if the code is known. */
    public Optional<Subject> lookup(String code) {
        return topic(code).map(t -> toSubject(t, 100));
    }

    /**
     * The concept as a ninjs subject with the given confidence (clamped to 0-100).
     *
     * @throws IllegalArgumentException for an unknown code
     */
    public Subject subject(String code, int confidence) {
        return toSubject(require(code), confidence);
    }

    /** All codes, in vocabulary (tree) order. */
    public List<String> codes() {
        return List.copyOf(byCode.keySet());
    }

    /** All concepts, in vocabulary (tree) order. */
    public List<Topic> topics() {
        return List.copyOf(byCode.values());
    }

    /** The 17 top-level codes, in code order. */
    public List<String> topLevel() {
        return byCode.values().stream().filter(t -> t.level() == 1).map(Topic::code).sorted().toList();
    }

    public boolean contains(String code) {
        return code != null && byCode.containsKey(normalize(code));
    }

    /** Level of a known code (1-6). @throws IllegalArgumentException for an unknown code */
    public int level(String code) {
        return require(code).level();
    }

    /** The narrower concepts one level down, in vocabulary order (empty for a leaf or an unknown code). */
    public List<String> children(String code) {
        return code == null ? List.of() : children.getOrDefault(normalize(code), List.of());
    }

    /**
     * The code and its broader codes up to level 1, narrowest first ({@code [20000570, 20000565, 10000000]}).
     *
     * @throws IllegalArgumentException for an unknown code
     */
    public List<String> chain(String code) {
        List<String> out = new ArrayList<>(6);
        Topic t = require(code);
        while (t != null) {
            out.add(t.code());
            t = t.broader() == null ? null : byCode.get(t.broader());
        }
        return List.copyOf(out);
    }

    /** The level-1 ancestor of a known code (itself at level 1). */
    public String root(String code) {
        List<String> chain = chain(code);
        return chain.get(chain.size() - 1);
    }

    /** The ancestor of {@code code} at {@code level}, or null when the code is less deep than that. */
    public String ancestorAt(String code, int level) {
        List<String> chain = chain(code);
        int depth = chain.size();
        return level < 1 || level > depth ? null : chain.get(depth - level);
    }

    /** True when {@code code} is {@code ancestor} or lies below it. */
    public boolean isWithin(String code, String ancestor) {
        return contains(code) && contains(ancestor) && chain(code).contains(normalize(ancestor));
    }

    /**
     * The code of a concept named by its English labels from level 1 down, separated by {@code >}
     * ({@code "lifestyle and leisure > lifestyle > house and home"}), so that mappings name concepts instead of typing
     * codes; labels compare case-insensitively.
     *
     * @throws IllegalArgumentException naming the first label of the path that the vocabulary does not have there
     */
    public String byPath(String path) {
        String[] labels = path.split(PATH_SEPARATOR);
        List<String> candidates = topLevel();
        String found = null;
        for (String raw : labels) {
            String label = raw.strip();
            found = null;
            for (String c : candidates) {
                if (byCode.get(c).name().equalsIgnoreCase(label)) {
                    found = c;
                    break;
                }
            }
            if (found == null) {
                throw new IllegalArgumentException("no media topic '" + label + "' in path '" + path.strip() + "'");
            }
            candidates = children(found);
        }
        return found;
    }

    private Topic require(String code) {
        Topic t = code == null ? null : byCode.get(normalize(code));
        if (t == null) {
            throw new IllegalArgumentException("unknown media topic " + code);
        }
        return t;
    }

    private static Subject toSubject(Topic t, int confidence) {
        return new Subject(t.code(), t.name(), t.nameZh(), REL_CLASSIFIES, Math.max(0, Math.min(100, confidence)));
    }
}
