package news.search;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Pattern;

import news.enrich.MediaTopics;

/**
 * Validated search parameters. Every rejection names the parameter; user text is only ever handed to
 * Elasticsearch as a value inside builder-made queries, never as query DSL.
 *
 * @param topic      IPTC Media Topic qcode ({@code medtop:NNNNNNNN}) at any level
 * @param place      a place or region name (province, city or county)
 * @param sort       relevance (default with q) or date (default without q)
 * @param cursor     an opaque {@code search_after} cursor from a previous response; replaces page-based paging
 * @param recent     boost recent news in relevance ranking
 * @param hideDuplicates leave out near-duplicates of articles already in the index
 * @param region     an administrative region path, 1-3 levels: {@code 河南省}, {@code 河南省/濮阳市},
 *                   {@code 河南省/濮阳市/清丰县} (" › " also accepted as the separator)
 */
public record SearchRequestParams(String q, String topic, String place, String person, String organisation, String source,
                           String byline, String language, LocalDate from, LocalDate to, int page, int size,
                           Sort sort, SearchCursor cursor, boolean recent, boolean hideDuplicates,
                           String region) {
    private static final Pattern TOPIC = Pattern.compile("(?:medtop:)?(\\d{8})");
    public static final int MAX_Q_LENGTH = 500;
    /** Dates outside these make no sense for news and some (+99999-01-01) are beyond what the index can store. */
    public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    public static final LocalDate LATEST = LocalDate.of(2999, 12, 31);
    /** Elasticsearch refuses ids over 512 bytes. */
    public static final int MAX_ID_BYTES = 512;
    /** One to three administrative division names (Han chars, 2-20 each), joined by "/". */
    private static final Pattern REGION = Pattern.compile("\\p{IsHan}{2,20}(?:/\\p{IsHan}{2,20}){0,2}");

    public enum Sort { RELEVANCE, DATE }

    public static Builder builder() {
        return new Builder();
    }

    /** Collects raw request values; {@link #build} validates them all. */
    public static final class Builder {
        public String q, topic, place, person, organisation, source, byline, language, from, to, sort, cursor, region;
        public Integer page, size;
        public boolean recent, hideDuplicates;

        public SearchRequestParams build(SearchLimits limits) {
            int p = page == null ? 1 : page;
            int s = size == null ? limits.defaultSize() : size;
            if (p < 1) {
                throw new InvalidParameterException("page", "page must be 1 or more");
            }
            if (s < 1 || s > limits.maxSize()) {
                throw new InvalidParameterException("size", "size must be between 1 and " + limits.maxSize());
            }
            if ((long) p * s > limits.maxWindow()) {
                throw new InvalidParameterException("page", "page * size may not exceed " + limits.maxWindow()
                        + "; use the cursor from the previous response to page further");
            }
            String query = blankToNull(q);
            if (query != null) {
                if (query.length() > MAX_Q_LENGTH) {
                    throw new InvalidParameterException("q", "q may be at most " + MAX_Q_LENGTH + " characters");
                }
                query = QueryText.normalise("q", query);
                if (query.chars().filter(c -> c == '"').count() % 2 != 0) {
                    throw new InvalidParameterException("q", "q has an unbalanced quote: phrases need an opening and a closing \"");
                }
            }
            LocalDate fromDate = date("from", from);
            LocalDate toDate = date("to", to);
            if (fromDate != null && toDate != null && fromDate.isAfter(toDate)) {
                throw new InvalidParameterException("from", "from must not be after to");
            }
            Sort order = switch (sort == null ? "" : sort.strip().toLowerCase(Locale.ROOT)) {
                case "" -> query == null ? Sort.DATE : Sort.RELEVANCE;
                case "relevance" -> Sort.RELEVANCE;
                case "date" -> Sort.DATE;
                default -> throw new InvalidParameterException("sort", "sort must be relevance or date");
            };
            SearchCursor after = cursor == null || cursor.isBlank() ? null : SearchCursor.decode(cursor, order);
            return new SearchRequestParams(query, topic(topic), blankToNull(place), blankToNull(person),
                    blankToNull(organisation), blankToNull(source), blankToNull(byline), blankToNull(language),
                    fromDate, toDate, after == null ? p : 1, s, order, after, recent, hideDuplicates, region(region));
        }
    }

    public static String topic(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        var m = TOPIC.matcher(value.strip());
        // any level, but a code of the vocabulary (news.enrich.MediaTopics, the IPTC file)
        if (!m.matches() || !MediaTopics.standard().contains("medtop:" + m.group(1))) {
            throw new InvalidParameterException("topic", "unknown IPTC Media Topic '" + value
                    + "'; use a code such as medtop:04000000 (economy) or medtop:20000593 (government)");
        }
        return "medtop:" + m.group(1);
    }

    private static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidParameterException(name, name + " must be an ISO date such as 2026-11-22, got '" + value + "'");
        }
        if (date.isBefore(EARLIEST) || date.isAfter(LATEST)) {
            throw new InvalidParameterException(name, name + " must lie between " + EARLIEST + " and " + LATEST);
        }
        return date;
    }

    private static String region(String raw) {
        String r = blankToNull(raw);
        if (r == null) {
            return null;
        }
        String path = r.replace("›", "/").replaceAll("\\s*/\\s*", "/");
        if (!REGION.matcher(path).matches()) {
            throw new InvalidParameterException("region",
                    "region must be 1-3 division names separated by / (e.g. 河南省/濮阳市/清丰县)");
        }
        return path;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /**
     * An article id from the path: 1-512 bytes of UTF-8 without control characters (Elasticsearch's limit; ids come
     * from ninjs URIs or content hashes, never longer).
     */
    public static String articleId(String id) {
        if (id == null || id.isBlank()) {
            throw new InvalidParameterException("id", "the article id is missing: /api/v1/articles/{id}");
        }
        if (id.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_ID_BYTES) {
            throw new InvalidParameterException("id", "an article id is at most " + MAX_ID_BYTES + " bytes");
        }
        if (id.chars().anyMatch(Character::isISOControl) || id.indexOf('\uFFFD') >= 0) {
            throw new InvalidParameterException("id", "an article id has no control characters and is valid UTF-8");
        }
        return id;
    }
}
