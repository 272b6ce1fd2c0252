package news.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A search document as IPTC ninjs 3.x (camelCase keys): what {@code GET /api/v1/articles/{id}} returns.
 * ninjs requires a {@code uri}: the newsroom's own when it gave one, else a URN made from our id.
 */
public final class NinjsWriter {
    public static final String URN_PREFIX = "urn:newsplatform:article:";

    private NinjsWriter() {}

    public static Map<String, Object> write(NewsDocument d) {
        Map<String, Object> n = new LinkedHashMap<>();
        n.put("uri", d.uri() != null ? d.uri() : URN_PREFIX + d.id());
        n.put("type", "text");
        n.put("language", d.language());
        putIfPresent(n, "versionCreated", d.versionCreated() != null ? d.versionCreated().toString() : null);
        n.put("contentCreated", d.published() == null ? null : d.published().toString());
        List<Map<String, Object>> headlines = new ArrayList<>();
        if (d.headline() != null) {
            headlines.add(Map.of("role", "main", "value", d.headline()));
        }
        if (d.subheadline() != null) {
            headlines.add(Map.of("role", "sub", "value", d.subheadline()));
        }
        for (Headline h : d.headlines()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            putIfPresent(entry, "role", h.role());
            entry.put("value", h.value());
            headlines.add(entry);
        }
        n.put("headlines", headlines);
        String body = d.body() == null ? "" : d.body();
        n.put("bodies", List.of(Map.of("role", "main", "contentType", "text/plain", "value", body,
                "charCount", body.codePointCount(0, body.length()))));
        putIfPresent(n, "by", d.byline());
        putIfPresent(n, "located", d.located() != null ? d.located() : d.datelinePlace());
        if (d.summary() != null && !d.summary().isBlank()) {
            n.put("descriptions", List.of(Map.of("role", "summary", "contentType", "text/plain", "value", d.summary())));
        }
        // The label in the article's language: zh for Chinese articles (IPTC's zh-Hans label where it has one), else en.
        boolean chinese = d.language() != null && d.language().toLowerCase(java.util.Locale.ROOT).startsWith("zh");
        n.put("subjects", d.subjects() == null ? List.of() : d.subjects().stream().map(s -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", chinese && s.nameZh() != null && !s.nameZh().isBlank() ? s.nameZh() : s.name());
            m.put("rel", s.rel());
            m.put("uri", s.uri());
            m.put("literal", s.code());
            m.put("confidence", s.confidence());
            return m;
        }).toList());
        n.put("people", named(d.people(), "mentioned"));
        n.put("places", named(d.places(), "mentioned"));
        n.put("organisations", named(d.organisations(), "mentioned"));
        n.put("keywords", d.keywords() == null ? List.of() : d.keywords());
        n.put("altIds", List.of(Map.of("role", "internal", "value", d.id())));
        n.put("infoSources", List.of(Map.of("name", d.source(), "role", "originfo")));
        return n;
    }

    private static List<Map<String, Object>> named(List<String> names, String rel) {
        return names == null ? List.of() : names.stream().map(name -> Map.<String, Object>of("name", name, "rel", rel)).toList();
    }

    private static void putIfPresent(Map<String, Object> n, String key, Object value) {
        if (value != null) {
            n.put(key, value);
        }
    }
}
