package news.ingestor;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import news.model.ArticleIds;
import news.model.ContentKind;
import news.model.EventCodec;
import news.model.InvalidArticleException;
import news.model.PubStatus;
import news.model.RawArticle;
import news.model.status.ArticleStatus;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The newsroom's side of the workflow: what became of an article, the newsroom's recent articles, and kills. A
 * newsroom only ever sees its own articles: another newsroom's id answers 404 exactly like an unknown one.
 */
@RestController
@RequestMapping("/api/v1")
class ArticleStatusController {
    static final int MAX_PAGE = 100;
    private static final Duration DEFAULT_SINCE = Duration.ofDays(1);

    private final ArticleStatusStore store;
    private final RawArticlePublisher publisher;
    private final IngestProperties properties;
    private final Clock clock;

    ArticleStatusController(ArticleStatusStore store, RawArticlePublisher publisher, IngestProperties properties,
                            Clock clock) {
        this.store = store;
        this.publisher = publisher;
        this.properties = properties;
        this.clock = clock;
    }

    /** {@code GET /api/v1/articles/{id}/status}; {@code {*path}} because ids may be URIs with slashes. */
    @GetMapping("/articles/{*path}")
    Map<String, Object> status(@PathVariable String path, HttpServletRequest request) {
        String clean = path.startsWith("/") ? path.substring(1) : path;
        if (!clean.endsWith("/status")) {
            throw new NotFoundException("no such resource: GET /api/v1/articles/{id}/status answers an article's "
                    + "status (the article itself is served by the gateway)");
        }
        String id = articleId(clean.substring(0, clean.length() - "/status".length()));
        String source = IngestController.source(request, properties);
        ArticleStatus status = store.status(source, id).orElseThrow(() -> notFound(id));
        Map<String, Object> json = new LinkedHashMap<>(status.toJson());
        if ("page".equals(status.kind())) {
            json.put("articles", store.articlesOfPage(source, id).stream().map(ArticleStatus::toJson).toList());
        }
        return json;
    }

    /** {@code GET /api/v1/articles?since=…&size=…&cursor=…}: the newsroom's articles whose status changed since. */
    @GetMapping("/articles")
    Map<String, Object> list(@RequestParam(required = false) String since,
                             @RequestParam(defaultValue = "50") int size,
                             @RequestParam(required = false) String cursor,
                             HttpServletRequest request) {
        Instant from = since == null ? clock.instant().minus(DEFAULT_SINCE) : instant(since);
        if (size < 1 || size > MAX_PAGE) {
            throw new InvalidArticleException("size", "size must be between 1 and " + MAX_PAGE);
        }
        String source = IngestController.source(request, properties);
        ArticleStatusStore.Listing page = store.list(source, from, cursor == null ? null : decodeCursor(cursor), size);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("since", from.toString());
        json.put("articles", page.articles().stream().map(ArticleStatus::toJson).toList());
        json.put("next", page.last() == null ? null : encodeCursor(page.last()));
        return json;
    }

    /**
     * {@code DELETE /api/v1/articles/{id}}: a kill, the same as a ninjs version with {@code pubStatus: canceled}. It
     * travels the pipeline like any version (so it is ordered after what was sent before it) and the indexer writes it
     * at a version at least the indexed one: a late older version never brings the article back. A page id kills
     * every article split from the page.
     */
    @DeleteMapping("/articles/{*path}")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Map<String, Object> kill(@PathVariable String path, HttpServletRequest request) {
        String id = articleId(path.startsWith("/") ? path.substring(1) : path);
        String source = IngestController.source(request, properties);
        String kind = store.status(source, id).map(ArticleStatus::kind)
                .or(() -> store.indexedKind(source, id))
                .orElseThrow(() -> notFound(id));
        ContentKind contentKind = "page".equals(kind) ? ContentKind.PAGE : ContentKind.ARTICLE;
        String uri = id.startsWith(ArticleIds.HASH_PREFIX) ? null : id;
        Instant now = clock.instant();
        publisher.publish(List.of(RawArticle.statusChange(id, source, uri, contentKind, PubStatus.CANCELED, null, now)));
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", id);
        json.put("status", "accepted");
        json.put("pubStatus", PubStatus.CANCELED.value());
        return json;
    }

    static String articleId(String id) {
        if (id.isBlank()) {
            throw new InvalidArticleException("id", "an article id is required");
        }
        if (id.length() > 512 || id.chars().anyMatch(c -> Character.isISOControl(c) || Character.isWhitespace(c))) {
            throw new InvalidArticleException("id", "an article id is 1-512 characters without spaces or control characters");
        }
        return id;
    }

    private static Instant instant(String since) {
        try {
            return OffsetDateTime.parse(since).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidArticleException("since", "since must be an ISO 8601 date-time with a zone offset, e.g. "
                    + "2026-12-01T08:00:00+08:00, got '" + since + "'");
        }
    }

    private static String encodeCursor(List<Object> last) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(EventCodec.encode(last));
    }

    private static List<Object> decodeCursor(String cursor) {
        try {
            List<?> values = EventCodec.mapper().readValue(Base64.getUrlDecoder().decode(cursor), List.class);
            if (values.size() != 2 || !(values.get(0) instanceof Number) || !(values.get(1) instanceof String)) {
                throw new IllegalArgumentException("shape");
            }
            return List.copyOf(values);
        } catch (RuntimeException e) {
            throw new InvalidArticleException("cursor", "cursor is not one this API returned; start again without it");
        }
    }

    private static NotFoundException notFound(String id) {
        return new NotFoundException("no article with id '" + id + "' from this newsroom");
    }

    static final class NotFoundException extends RuntimeException {
        NotFoundException(String message) {
            super(message);
        }
    }
}
