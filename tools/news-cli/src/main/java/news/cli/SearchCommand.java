package news.cli;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@Command(name = "search", mixinStandardHelpOptions = true,
        description = "Search the news through the gateway; matches in snippets are printed in bold.")
final class SearchCommand implements Callable<Integer> {
    @Parameters(arity = "0..*", paramLabel = "QUERY", description = "words; \"quoted phrase\", a | b for OR, -word for NOT")
    List<String> query = new ArrayList<>();

    @Option(names = "--topic", description = "IPTC Media Topic, e.g. medtop:11000000")
    String topic;

    @Option(names = "--place", description = "a place, e.g. 许昌")
    String place;

    @Option(names = "--source", description = "a newsroom")
    String source;

    @Option(names = "--size", defaultValue = "10", description = "hits per page (default: ${DEFAULT-VALUE})")
    int size;

    @Option(names = "--page", defaultValue = "1")
    int page;

    @Option(names = "--gateway", defaultValue = "${env:NEWS_GATEWAY_URL:-http://127.0.0.1:8080}", description = "gateway base URL (default: ${DEFAULT-VALUE})")
    URI gateway;

    @Option(names = "--api-key", defaultValue = "${env:NEWS_READ_API_KEY}", description = "only when the gateway's read access is keyed")
    String apiKey;

    @Override
    public Integer call() throws Exception {
        StringBuilder q = new StringBuilder("size=").append(size).append("&page=").append(page);
        param(q, "q", String.join(" ", query));
        param(q, "topic", topic);
        param(q, "place", place);
        param(q, "source", source);
        HttpRequest.Builder request = HttpRequest.newBuilder(gateway.resolve("/api/v1/search?" + q)).timeout(Duration.ofSeconds(30)).GET();
        if (apiKey != null && !apiKey.isBlank()) {
            request.header("Authorization", "Bearer " + apiKey);
        }
        HttpResponse<String> response;
        try (HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build()) {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            System.err.println("gateway " + gateway + " unreachable: " + e.getMessage());
            return 3;
        }
        JsonNode root = JsonMapper.builder().build().readTree(response.body());
        if (response.statusCode() != 200) {
            System.err.println("search failed: " + response.statusCode() + " " + root.path("title").asString("") + ": " + root.path("detail").asString(""));
            return response.statusCode() >= 500 ? 3 : 1;
        }
        System.out.print(render(root, CommandLine.Help.Ansi.AUTO.enabled()));
        return 0;
    }

    static String render(JsonNode root, boolean ansi) {
        StringBuilder sb = new StringBuilder();
        long total = root.path("total").asLong();
        sb.append(total).append(total == 1 ? " hit" : " hits").append(System.lineSeparator());
        int n = (root.path("page").asInt(1) - 1) * root.path("size").asInt(10);
        for (JsonNode hit : root.path("hits")) {
            n++;
            String headline = hit.path("highlights").path("headline").path(0).asString(null);
            headline = headline != null ? Highlights.forTerminal(headline, ansi) : hit.path("headline").asString("(no headline)");
            sb.append(System.lineSeparator()).append(String.format("%2d. ", n)).append(headline).append(System.lineSeparator());
            sb.append("    ").append(hit.path("source").asString(""));
            if (!hit.path("published").isMissingNode() && !hit.path("published").isNull()) {
                sb.append(" · ").append(hit.path("published").asString(""));
            }
            sb.append(" · ").append(hit.path("id").asString("")).append(System.lineSeparator());
            for (JsonNode fragment : hit.path("highlights").path("body")) {
                sb.append("    … ").append(Highlights.forTerminal(fragment.asString(""), ansi)).append(" …").append(System.lineSeparator());
            }
        }
        return sb.toString();
    }

    private static void param(StringBuilder q, String name, String value) {
        if (value != null && !value.isBlank()) {
            q.append('&').append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
    }
}
