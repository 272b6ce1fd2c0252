package news.gateway;

import java.io.IOException;
import news.model.NewsDocument;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
class SearchController {
    private final ArticleSearch search;
    private final SearchProperties properties;

    SearchController(ArticleSearch search, SearchProperties properties) {
        this.search = search;
        this.properties = properties;
    }

    @GetMapping("/search")
    SearchResult search(@RequestParam(required = false) String q,
                        @RequestParam(required = false) String topic,
                        @RequestParam(required = false) String place,
                        @RequestParam(required = false) String source,
                        @RequestParam(required = false) String from,
                        @RequestParam(required = false) String to,
                        @RequestParam(required = false) Integer page,
                        @RequestParam(required = false) Integer size) throws IOException {
        return search.search(SearchRequestParams.of(q, topic, place, source, from, to, page, size, properties));
    }

    /** {@code {*id}} takes the rest of the path: ids may be newsroom URIs containing slashes. */
    @GetMapping("/articles/{*id}")
    NewsDocument article(@PathVariable String id) throws IOException {
        String clean = id.startsWith("/") ? id.substring(1) : id;
        return search.get(clean).orElseThrow(() -> new ArticleNotFoundException(clean));
    }
}
