package news.client;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/** Reads the ingest API's answers: acknowledgements and problem bodies. */
final class Json {
    private static final ObjectMapper MAPPER = JsonMapper.builder().build();
    private static final Set<String> PROBLEM_MEMBERS = Set.of("type", "title", "status", "detail", "instance");

    private Json() {}

    /** The ids in a 202 body: {@code {"id":…}} for one article or page, {@code {"ids":[…]}} for a batch. */
    /** The body as a tree; an empty object when it is not JSON. */
    static JsonNode tree(String body) {
        try {
            JsonNode node = MAPPER.readTree(body == null || body.isBlank() ? "{}" : body);
            return node == null ? MAPPER.createObjectNode() : node;
        } catch (JacksonException e) {
            return MAPPER.createObjectNode();
        }
    }

    static List<String> acknowledgedIds(String body) {
        JsonNode root;
        try {
            root = MAPPER.readTree(body);
        } catch (JacksonException e) {
            throw new IllegalStateException("the server acknowledged with a body that is not JSON", e);
        }
        List<String> ids = new ArrayList<>();
        if (root.path("id").isString()) {
            ids.add(root.get("id").asString());
        }
        for (JsonNode id : root.path("ids")) {
            ids.add(id.asString());
        }
        if (ids.isEmpty()) {
            throw new IllegalStateException("the server acknowledged without naming any id");
        }
        return ids;
    }

    /** A problem body; a body that is not one (a proxy's HTML page, nothing) still gives a Problem with the status. */
    static Problem problem(int status, String body) {
        try {
            JsonNode root = body == null || body.isBlank() ? null : MAPPER.readTree(body);
            if (root != null && root.isObject()) {
                Map<String, Object> extra = new LinkedHashMap<>();
                for (Map.Entry<String, JsonNode> e : root.properties()) {
                    if (!PROBLEM_MEMBERS.contains(e.getKey())) {
                        extra.put(e.getKey(), MAPPER.treeToValue(e.getValue(), Object.class));
                    }
                }
                return new Problem(text(root, "type"), text(root, "title"), root.path("status").asInt(status), text(root, "detail"),
                        extra, body);
            }
        } catch (JacksonException e) {
            // not JSON: fall through
        }
        return new Problem("about:blank", "HTTP " + status, status, null, Map.of(), body);
    }

    private static String text(JsonNode root, String name) {
        JsonNode n = root.get(name);
        return n == null || n.isNull() ? null : n.asString();
    }
}
