package news.gateway;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * Validated search parameters. Every rejection names the parameter; user text is only ever handed to
 * Elasticsearch as a value inside builder-made queries, never as query DSL.
 */
record SearchRequestParams(String q, String topic, String place, String source, LocalDate from, LocalDate to, int page, int size) {
    private static final Pattern TOPIC = Pattern.compile("(medtop:)?(\\d{8})");

    static SearchRequestParams of(String q, String topic, String place, String source, String from, String to,
                                  Integer page, Integer size, SearchProperties limits) {
        int p = page == null ? 1 : page;
        int s = size == null ? limits.defaultSize() : size;
        if (p < 1) {
            throw new InvalidParameterException("page", "page must be 1 or more");
        }
        if (s < 1 || s > limits.maxSize()) {
            throw new InvalidParameterException("size", "size must be between 1 and " + limits.maxSize());
        }
        if ((long) p * s > limits.maxWindow()) {
            throw new InvalidParameterException("page", "page * size may not exceed " + limits.maxWindow());
        }
        String topicCode = null;
        if (topic != null && !topic.isBlank()) {
            var m = TOPIC.matcher(topic.strip());
            if (!m.matches()) {
                throw new InvalidParameterException("topic", "topic must be an IPTC Media Topic code such as medtop:04000000");
            }
            topicCode = "medtop:" + m.group(2);
        }
        LocalDate fromDate = date("from", from);
        LocalDate toDate = date("to", to);
        if (fromDate != null && toDate != null && fromDate.isAfter(toDate)) {
            throw new InvalidParameterException("from", "from must not be after to");
        }
        if (q != null && q.length() > 500) {
            throw new InvalidParameterException("q", "q may be at most 500 characters");
        }
        return new SearchRequestParams(blankToNull(q), topicCode, blankToNull(place), blankToNull(source), fromDate, toDate, p, s);
    }

    private static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidParameterException(name, name + " must be an ISO date such as 2026-11-22, got '" + value + "'");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
