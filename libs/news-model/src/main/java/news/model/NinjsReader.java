package news.model;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
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
    /**
     * Longest short fields, in characters: what the search index keeps as one keyword term (Elasticsearch refuses a
     * term over 32,766 bytes) or shows as one line, with room to spare. Refused at ingest, never in a dead-letter topic.
     */
    public static final int MAX_HEADLINE_LENGTH = 1_000;
    public static final int MAX_BYLINE_LENGTH = 1_000;
    public static final int MAX_LOCATED_LENGTH = 200;
    /** A versionCreated further ahead of the ingest clock than this is refused (it would outrank every later fix). */
    public static final java.time.Duration DEFAULT_FUTURE_TOLERANCE = java.time.Duration.ofDays(1);
    /** No news version is older; earlier values are typing errors (and far ones overflow a millisecond version). */
    static final Instant EARLIEST_VERSION = Instant.parse("1900-01-01T00:00:00Z");
    private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*");
    public static final String DEFAULT_LANGUAGE = "zh-Hans";

    private final JsonMapper mapper;
    private final java.time.Duration futureTolerance;

    public NinjsReader(JsonMapper mapper, java.time.Duration futureTolerance) {
        this.mapper = mapper;
        this.futureTolerance = futureTolerance;
    }

    /** Duplicate keys are refused: with "last wins" a second {@code uri} would silently change the article's id. */
    public NinjsReader(java.time.Duration futureTolerance) {
        this(JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build(), futureTolerance);
    }

    public NinjsReader() {
        this(DEFAULT_FUTURE_TOLERANCE);
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

        String headline;
        String subheadline;
        List<Headline> otherHeadlines = List.of();
        if (root.has("headlines")) {
            Headlines read = headlines(root.get("headlines"));
            headline = read.main();
            subheadline = read.sub();
            otherHeadlines = read.others();
        } else {
            headline = optionalString(root, "headline");
            subheadline = optionalString(root, "subheadline");
        }

        PubStatus pubStatus = pubStatus(root);

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
        if ((body == null || body.isBlank()) && pubStatus.visible()) {
            throw new InvalidArticleException("bodies", "an article needs a non-empty body (bodies[].value, body_text or body_html)");
        }
        if (!pubStatus.visible() && uri == null) {
            throw new InvalidArticleException("uri", "a " + pubStatus.value() + " version must name the article it "
                    + "applies to by its uri");
        }
        if (body == null) {
            body = "";
        }

        String byline = root.has("by") ? optionalString(root, "by") : optionalString(root, "byline");
        String located = optionalString(root, "located");
        maxLength(headline, MAX_HEADLINE_LENGTH, "headline");
        maxLength(subheadline, MAX_HEADLINE_LENGTH, "subheadline");
        maxLength(byline, MAX_BYLINE_LENGTH, root.has("by") ? "by" : "byline");
        maxLength(located, MAX_LOCATED_LENGTH, "located");

        String language = optionalString(root, "language");
        if (language == null) {
            language = DEFAULT_LANGUAGE;
        } else if (!LANGUAGE.matcher(language).matches()) {
            throw new InvalidArticleException("language", "language must be a BCP 47 tag such as zh-Hans or zh-CN, got '" + language + "'");
        }

        String versionKey = root.has("versionCreated") ? "versionCreated" : "versioncreated";
        Instant versionCreated = parseInstant(optionalString(root, versionKey), versionKey);
        checkVersion(versionCreated, versionKey, receivedAt);

        String id = ArticleIds.of(uri, source, headline, body);
        return new RawArticle(id, source, uri, ContentKind.ARTICLE, language, headline, body, bodyFormat, byline,
                located, versionCreated, receivedAt, subheadline, pubStatus, otherHeadlines);
    }

    /** ninjs {@code pubStatus} (1.x: {@code pubstatus}); absent = usable. */
    private static PubStatus pubStatus(JsonNode root) {
        String key = root.has("pubStatus") ? "pubStatus" : "pubstatus";
        String value = optionalString(root, key);
        if (value == null) {
            return PubStatus.USABLE;
        }
        PubStatus status = PubStatus.parse(value);
        if (status == null) {
            throw new InvalidArticleException(key, key + " must be usable, withheld or canceled, got '" + value + "'");
        }
        return status;
    }

    private static void maxLength(String value, int max, String field) {
        if (value != null && value.length() > max) {
            throw new InvalidArticleException(field, field + " is " + value.length() + " characters long; at most "
                    + max + " are allowed");
        }
    }

    /**
     * The version rules: not before 1900, and not more than the tolerance ahead of the ingest clock — a version from
     * the future would outrank every later correction (each would be ignored as older) and sort first by date.
     */
    private void checkVersion(Instant version, String field, Instant receivedAt) {
        if (version == null) {
            return;
        }
        if (version.isBefore(EARLIEST_VERSION)) {
            throw new InvalidArticleException(field, field + " is before 1900: " + version);
        }
        if (receivedAt != null && version.isAfter(receivedAt.plus(futureTolerance))) {
            throw new InvalidArticleException(field, field + " " + version + " is more than " + describe(futureTolerance)
                    + " ahead of the ingest clock (" + receivedAt + "); send the time the version was made");
        }
    }

    private static String describe(java.time.Duration d) {
        if (d.toHours() % 24 == 0 && d.toDays() > 0) {
            return d.toDays() == 1 ? "1 day" : d.toDays() + " days";
        }
        return d.toMinutes() % 60 == 0 ? d.toHours() + " h" : d.toMinutes() + " min";
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

    private record Headlines(String main, String sub, List<Headline> others) {}

    /**
     * ninjs 3 {@code headlines[]}: the main headline is the entry with role {@code main}, else the first entry without
     * a role, else the first that is not {@code sub}; the sub-headline is the first {@code sub}; every other entry is
     * kept with its role (or none), in order. Roles are compared case-insensitively; an entry without a value is skipped.
     */
    private static Headlines headlines(JsonNode array) {
        if (!array.isArray()) {
            throw new InvalidArticleException("headlines", "headlines must be an array of {role, value}");
        }
        if (array.size() > Headline.MAX_ENTRIES) {
            throw new InvalidArticleException("headlines", "headlines has " + array.size() + " entries; at most "
                    + Headline.MAX_ENTRIES + " are allowed");
        }
        List<Headline> entries = new ArrayList<>();
        for (JsonNode entry : array) {
            if (!entry.isObject()) {
                throw new InvalidArticleException("headlines", "headlines must be an array of {role, value}");
            }
            String value = stringField(entry, "value", "headlines[].value");
            String role = stringField(entry, "role", "headlines[].role");
            Headline h = new Headline(role, value);
            if (h.role() != null && !Headline.validRole(h.role())) {
                throw new InvalidArticleException("headlines[].role", "headlines[].role must be a token of letters, "
                        + "digits and - _ : . (at most " + Headline.MAX_ROLE_LENGTH + " characters) such as main, sub "
                        + "or kicker");
            }
            maxLength(value, MAX_HEADLINE_LENGTH, "headlines[].value");
            if (value != null && !value.isBlank()) {
                entries.add(h);
            }
        }
        Headline main = entries.stream().filter(h -> Headline.MAIN.equals(h.role())).findFirst()
                .or(() -> entries.stream().filter(h -> h.role() == null).findFirst())
                .or(() -> entries.stream().filter(h -> !Headline.SUB.equals(h.role())).findFirst())
                .orElse(null);
        Headline sub = entries.stream().filter(h -> Headline.SUB.equals(h.role()) && h != main).findFirst().orElse(null);
        List<Headline> others = entries.stream().filter(h -> h != main && h != sub).toList();
        return new Headlines(main == null ? null : main.value(), sub == null ? null : sub.value(), others);
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
                // The documented rule for a date without a time: the start of that day in China time (UTC+8).
                return LocalDate.parse(text).atStartOfDay(ZoneOffset.ofHours(8)).toInstant();
            } catch (DateTimeParseException notDate) {
                if (text.contains("T") && !text.endsWith("Z") && text.indexOf('+', text.indexOf('T')) < 0
                        && text.indexOf('-', text.indexOf('T')) < 0) {
                    throw new InvalidArticleException(field, field + " '" + text + "' has no zone offset; add one, "
                            + "e.g. 2026-11-22T08:30:00+08:00 or …Z (a date alone is read as 00:00 UTC+8)");
                }
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
