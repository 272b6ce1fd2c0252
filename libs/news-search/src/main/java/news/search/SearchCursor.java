package news.search;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import news.model.EventCodec;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * An opaque {@code search_after} cursor: the sort values of the last hit, plus the sort they belong to, base64url-JSON
 * encoded. Lets a client page beyond the page-based window cheaply and consistently.
 */
public record SearchCursor(SearchRequestParams.Sort sort, List<Object> values) {

    public String encode() {
        String json = EventCodec.mapper().writeValueAsString(new Object[] {sort.name(), values});
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    public static SearchCursor decode(String token, SearchRequestParams.Sort expectedSort) {
        try {
            JsonNode node = EventCodec.mapper().readTree(new String(Base64.getUrlDecoder().decode(token.strip()), StandardCharsets.UTF_8));
            SearchRequestParams.Sort sort = SearchRequestParams.Sort.valueOf(node.get(0).stringValue());
            if (sort != expectedSort) {
                throw new InvalidParameterException("cursor", "the cursor was made for sort=" + sort.name().toLowerCase()
                        + "; repeat the same sort with it");
            }
            List<JsonNode> raw = node.get(1).valueStream().toList();
            // The shape the sort produces (score, published, id / published, id): an edited cursor would otherwise
            // reach Elasticsearch and come back as its error.
            int numbers = sort == SearchRequestParams.Sort.RELEVANCE ? 2 : 1;
            if (node.size() != 2 || raw.size() != numbers + 1 || !raw.get(numbers).isString()
                    || raw.get(numbers).stringValue().isEmpty()
                    || raw.subList(0, numbers).stream().anyMatch(v -> !v.isNumber() || !Double.isFinite(v.doubleValue()))
                    || !raw.get(numbers - 1).canConvertToLong()) {
                throw new IllegalArgumentException("not a cursor of this sort");
            }
            List<Object> values = raw.stream().map(v -> v.isNumber() ? (Object) v.numberValue() : v.stringValue()).toList();
            return new SearchCursor(sort, values);
        } catch (IllegalArgumentException | JacksonException | NullPointerException e) {
            throw new InvalidParameterException("cursor", "cursor is not one this API issued; take it from a previous response's next field");
        }
    }
}
