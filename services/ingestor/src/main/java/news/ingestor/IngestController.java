package news.ingestor;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import news.model.ArticleIds;
import news.model.ContentKind;
import news.model.InvalidArticleException;
import news.model.NinjsReader;
import news.model.RawArticle;
import news.pdf.PdfLayoutReader;
import news.pdf.PdfPageException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** HTTP → news.raw. Validates everything before writing anything; answers 202 only once Kafka acknowledged. */
@RestController
@RequestMapping("/api/v1")
class IngestController {
    static final String NDJSON = "application/x-ndjson";
    private static final Pattern SOURCE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    private final NinjsReader reader;
    private final PdfLayoutReader pdfReader = new PdfLayoutReader();
    private final RawArticlePublisher publisher;
    private final IngestProperties properties;
    private final Clock clock;

    IngestController(RawArticlePublisher publisher, IngestProperties properties, Clock clock) {
        this.publisher = publisher;
        this.properties = properties;
        this.clock = clock;
        this.reader = new NinjsReader(properties.futureTolerance());
    }

    @PostMapping(path = "/articles", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.ACCEPTED)
    Map<String, Object> article(HttpServletRequest request)
            throws IOException {
        String json = BodyDecoder.decode(BoundedBodyReader.read(request, properties.maxBodySize()), MediaType.APPLICATION_JSON);
        RawArticle article = reader.read(json, source(request, properties), Instant.now(clock));
        publisher.publish(List.of(article));
        return Map.of("id", article.id(), "status", "accepted");
    }

    @PostMapping(path = "/articles:batch", consumes = {NDJSON, "application/jsonl", "application/json-seq"})
    @ResponseStatus(HttpStatus.ACCEPTED)
    Map<String, Object> batch(HttpServletRequest request)
            throws IOException {
        String text = BodyDecoder.decode(BoundedBodyReader.read(request, properties.maxBatchSize()), MediaType.APPLICATION_JSON);
        String source = source(request, properties);
        Instant now = Instant.now(clock);
        List<RawArticle> articles = new ArrayList<>();
        List<Map<String, Object>> errors = new ArrayList<>();
        String[] lines = text.split("\r?\n");
        long maxLine = properties.maxBodySize().toBytes();
        boolean tooLarge = false;
        for (int i = 0; i < lines.length; i++) {
            // application/json-seq (RFC 7464): each record starts with a RECORD SEPARATOR and ends with a line feed
            lines[i] = stripRecordSeparators(lines[i]);
            if (lines[i].isBlank()) {
                continue;
            }
            // The single-article limit holds for every line too (a 3 MB line used to pass where a 2 MiB article fails).
            long bytes = utf8Length(lines[i]);
            if (bytes > maxLine) {
                tooLarge = true;
                errors.add(Map.of("line", i + 1, "field", "/", "detail",
                        "the line is " + bytes + " bytes; one article may be at most " + maxLine + " bytes"));
                continue;
            }
            try {
                articles.add(reader.read(lines[i], source, now));
            } catch (InvalidArticleException e) {
                errors.add(Map.of("line", i + 1, "field", e.field(), "detail", e.getMessage()));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidBatchException(errors, tooLarge);
        }
        if (articles.isEmpty()) {
            throw new InvalidArticleException("/", "the batch holds no articles (one JSON object per line)");
        }
        publisher.publish(articles);
        return Map.of("ids", articles.stream().map(RawArticle::id).toList(), "count", articles.size(), "status", "accepted");
    }

    /** A whole page of extracted print text. In this version a page travels as one article; the normalizer repairs it. */
    @PostMapping(path = "/pages", consumes = MediaType.TEXT_PLAIN_VALUE)
    @ResponseStatus(HttpStatus.ACCEPTED)
    Map<String, Object> page(HttpServletRequest request)
            throws IOException {
        MediaType contentType = MediaType.parseMediaType(request.getContentType());
        String text = BodyDecoder.decode(BoundedBodyReader.read(request, properties.maxBodySize()), contentType);
        if (text.isBlank()) {
            throw new InvalidArticleException("body", "the page is empty");
        }
        String source = source(request, properties);
        RawArticle page = new RawArticle(ArticleIds.contentHash(source, null, text), source, null, ContentKind.PAGE,
                NinjsReader.DEFAULT_LANGUAGE, null, text, RawArticle.TEXT_PLAIN, null, null, null, Instant.now(clock));
        publisher.publish(List.of(page));
        return Map.of("id", page.id(), "status", "accepted");
    }

    /**
     * A print PDF page. It is checked here — a PDF (else 400), not password-protected, with a text layer (a scan gets
     * 422: no OCR), at most {@link PdfLayoutReader#MAX_PAGES} pages — so the newsroom hears about a bad file at once;
     * it then travels as is (base64 in the record) and the normalizer splits it from its layout, as it splits text pages.
     */
    @PostMapping(path = "/pages", consumes = RawArticle.APPLICATION_PDF)
    @ResponseStatus(HttpStatus.ACCEPTED)
    Map<String, Object> pdfPage(HttpServletRequest request)
            throws IOException, PdfPageException {
        byte[] pdf = BoundedBodyReader.read(request, properties.maxPdfSize());
        if (pdf.length == 0) {
            throw new InvalidArticleException("body", "the PDF is empty");
        }
        pdfReader.check(pdf);
        String source = source(request, properties);
        String body = Base64.getEncoder().encodeToString(pdf);
        RawArticle page = new RawArticle(ArticleIds.contentHash(source, null, body), source, null, ContentKind.PAGE,
                NinjsReader.DEFAULT_LANGUAGE, null, body, RawArticle.APPLICATION_PDF, null, null, null, Instant.now(clock));
        publisher.publish(List.of(page));
        return Map.of("id", page.id(), "status", "accepted");
    }

    /**
     * The newsroom the article is attributed to: the one the API key belongs to (set by {@link ApiKeyFilter}, which
     * also refuses an X-Newsroom naming another newsroom). Only with keys switched off is X-Newsroom taken as given.
     */
    private String source(HttpServletRequest request) {
        return source(request, properties);
    }

    static String source(HttpServletRequest request, IngestProperties properties) {
        Object fromKey = request.getAttribute(ApiKeyFilter.NEWSROOM);
        if (fromKey instanceof String newsroom) {
            return newsroom;
        }
        String header = request.getHeader("X-Newsroom");
        if (header == null || header.isBlank()) {
            return properties.defaultSource();
        }
        if (!SOURCE.matcher(header).matches()) {
            throw new InvalidArticleException("X-Newsroom", "X-Newsroom must be 1-64 letters, digits, '.', '_' or '-'");
        }
        return header;
    }

    private static long utf8Length(String s) {
        long n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                n++;
            } else if (c < 0x800) {
                n += 2;
            } else if (Character.isHighSurrogate(c)) {
                n += 4;
                i++;
            } else {
                n += 3;
            }
        }
        return n;
    }

    private static String stripRecordSeparators(String line) {
        int start = 0;
        while (start < line.length() && line.charAt(start) == '\u001E') {
            start++;
        }
        return start == 0 ? line : line.substring(start);
    }
}
