package news.model;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads one article in IPTC ninjs shape into a {@link RawArticle}.
 *
 * <p>Accepts ninjs 3.x camelCase ({@code headlines[]}, {@code bodies[]}, {@code by}, {@code versionCreated}) and the
 * keys real feeds still send from 1.x/2.x ({@code headline}, {@code body_text}, {@code body_html}, {@code byline},
 * {@code versioncreated}, {@code guid}). When both are present the 3.x key wins. Every rejection names the field.
 */
public final class NinjsReader {
    static final int MAX_URI_LENGTH = 512;
    private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*");
    public static final String DEFAULT_LANGUAGE = "zh-Hans";

    private final JsonMapper mapper;

    public NinjsReader(JsonMapper mapper) {
        this.mapper = mapper;
    }

    /** Duplicate keys are refused: with "last wins" a second {@code uri} would silently change the article's id. */
    public NinjsReader() {
        this(JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build());
    }

    /** Parses JSON text; {@code source} is the newsroom the request is attributed to. */
    public RawArticle read(String json, String source, Instant receivedAt) {
        JsonNode root;
        try {
            root = mapper.readTree(json);
        } catch (JacksonException e) {
            throw invalidJson(e);
        }
        return read(root, source, receivedAt);
    }

    public RawArticle read(JsonNode root, String source, Instant receivedAt) {
        if (root == null || !root.isObject()) {
            throw new InvalidArticleException("/", "an article must be a JSON object");
        }
        String uri = optionalString(root, "uri");
        if (uri == null) {
            uri = optionalString(root, "guid");
        }
        if (uri != null && (uri.isBlank() || uri.length() > MAX_URI_LENGTH)) {
            throw new InvalidArticleException("uri", "uri must be 1-" + MAX_URI_LENGTH + " characters");
        }
        if (uri != null && uri.chars().anyMatch(c -> Character.isISOControl(c) || Character.isWhitespace(c)
                || Character.getType(c) == Character.FORMAT)) {
            throw new InvalidArticleException("uri", "uri may not contain spaces, line breaks or control characters");
        }

        String headline = root.has("headlines") ? fromRoleArray(root, "headlines", "main") : optionalString(root, "headline");
        String subheadline = root.has("headlines") ? withRole(root, "headlines", "sub") : optionalString(root, "subheadline");

        String bodyFormat = RawArticle.TEXT_PLAIN;
        String body;
        if (root.has("bodies")) {
            JsonNode chosen = chooseBody(root);
            body = chosen == null ? null : stringField(chosen, "value", "bodies[].value");
            String contentType = chosen == null ? null : optionalString(chosen, "contentType");
            if (contentType != null && contentType.toLowerCase(Locale.ROOT).contains("html")) {
                bodyFormat = RawArticle.TEXT_HTML;
            }
        } else if (root.has("body_text")) {
            body = optionalString(root, "body_text");
        } else if (root.has("body_html")) {
            body = optionalString(root, "body_html");
            bodyFormat = RawArticle.TEXT_HTML;
        } else {
            body = null;
        }
        if (body == null || body.isBlank()) {
            throw new InvalidArticleException("bodies", "an article needs a non-empty body (bodies[].value, body_text or body_html)");
        }

        String byline = root.has("by") ? optionalString(root, "by") : optionalString(root, "byline");
        String located = optionalString(root, "located");

        String language = optionalString(root, "language");
        if (language == null) {
            language = DEFAULT_LANGUAGE;
        } else if (!LANGUAGE.matcher(language).matches()) {
            throw new InvalidArticleException("language", "language must be a BCP 47 tag such as zh-Hans or zh-CN, got '" + language + "'");
        }

        String versionKey = root.has("versionCreated") ? "versionCreated" : "versioncreated";
        Instant versionCreated = parseInstant(optionalString(root, versionKey), versionKey);

        String id = ArticleIds.of(uri, source, headline, body);
        return new RawArticle(id, source, uri, ContentKind.ARTICLE, language, headline, body, bodyFormat, byline,
                located, versionCreated, receivedAt, subheadline);
    }

    private JsonNode chooseBody(JsonNode root) {
        JsonNode bodies = root.get("bodies");
        if (!bodies.isArray()) {
            throw new InvalidArticleException("bodies", "bodies must be an array of {role, contentType, value}");
        }
        JsonNode first = null;
        for (JsonNode b : bodies) {
            if (!b.isObject()) {
                throw new InvalidArticleException("bodies", "bodies must be an array of {role, contentType, value}");
            }
            String contentType = optionalString(b, "contentType");
            // Prefer plain text; fall back to the first body of any type.
            if (contentType == null || contentType.toLowerCase(Locale.ROOT).startsWith("text/plain")) {
                return b;
            }
            if (first == null) {
                first = b;
            }
        }
        return first;
    }

    /** The value of the entry with exactly this role, or null (fromRoleArray has validated the array). */
    private static String withRole(JsonNode root, String field, String role) {
        for (JsonNode entry : root.get(field)) {
            if (role.equals(optionalString(entry, "role"))) {
                String value = optionalString(entry, "value");
                return value == null || value.isBlank() ? null : value;
            }
        }
        return null;
    }

    /** ninjs 3 arrays of {role, value}: the entry with the given role, else the first. */
    private static String fromRoleArray(JsonNode root, String field, String role) {
        JsonNode array = root.get(field);
        if (!array.isArray()) {
            throw new InvalidArticleException(field, field + " must be an array of {role, value}");
        }
        String first = null;
        for (JsonNode entry : array) {
            if (!entry.isObject()) {
                throw new InvalidArticleException(field, field + " must be an array of {role, value}");
            }
            String value = stringField(entry, "value", field + "[].value");
            if (role.equals(optionalString(entry, "role"))) {
                return value;
            }
            if (first == null) {
                first = value;
            }
        }
        return first;
    }

    private static String stringField(JsonNode node, String name, String path) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isString()) {
            throw new InvalidArticleException(path, path + " must be a string");
        }
        return value.stringValue();
    }

    private static String optionalString(JsonNode node, String name) {
        return stringField(node, name, name);
    }

    static Instant parseInstant(String text, String field) {
        if (text == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException notOffset) {
            try {
                return LocalDate.parse(text).atStartOfDay(ZoneOffset.ofHours(8)).toInstant();
            } catch (DateTimeParseException notDate) {
                throw new InvalidArticleException(field,
                        field + " must be an ISO 8601 date-time such as 2026-11-22T08:30:00+08:00, got '" + text + "'");
            }
        }
    }

    private static final Pattern DUPLICATE = Pattern.compile("Duplicate Object property \"(.*)\"");

    /**
     * A parse error in words for the sender: where (line, column) and what, without the parser's internals (its
     * source description, "REDACTED" placeholders, the names of its limits).
     */
    static InvalidArticleException invalidJson(JacksonException e) {
        String message = e.getOriginalMessage() == null ? "unreadable" : e.getOriginalMessage();
        var duplicate = DUPLICATE.matcher(message);
        if (duplicate.find()) {
            String field = duplicate.group(1);
            return new InvalidArticleException(field, "the field '" + field + "' appears twice; send each field once");
        }
        for (String cut : new String[] {" (start marker at", " [Source", ", from `", " (`", "`"}) {
            int at = message.indexOf(cut);
            if (at > 0) {
                message = message.substring(0, at);
            }
        }
        String where = e.getLocation() == null || e.getLocation().getLineNr() < 0 ? ""
                : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
        return new InvalidArticleException("/", "body is not valid JSON" + where + ": " + message.strip());
    }
}
