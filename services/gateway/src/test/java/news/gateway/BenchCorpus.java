package news.gateway;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import news.enrich.ArticleEnricher;
import news.enrich.LabelledText;
import news.enrich.MediaTopics;
import news.enrich.TitleCorpus;
import news.model.Entity;
import news.model.Enrichment;
import news.model.EventCodec;
import news.model.NewsDocument;
import news.model.Subject;
import news.text.TextRepair;

/**
 * A generated search corpus for the benchmark, written straight into the index (the benchmark measures search,
 * not ingestion). Built from real text so the analyzers see realistic Chinese: headlines are the THUCNews titles
 * with their IPTC topic, bodies are sentences drawn from the repaired seed pages, and the people, places,
 * organisations and keywords are those the real enricher finds on the seed pages. Deterministic (fixed seed),
 * ids {@code bench-NNNNNN}, sources {@code bench-*}: re-running tops the corpus up instead of duplicating it.
 */
final class BenchCorpus {
    static final String ID_PREFIX = "bench-";
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[。！？])");
    private static final List<String> SOURCES = List.of("bench-xuchang-daily", "bench-puyang-daily", "bench-jining-daily",
            "bench-henan-daily", "bench-people-net", "bench-county-news", "bench-evening-post", "bench-wire");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String elasticsearch;
    private final String alias;

    BenchCorpus(String elasticsearch, String alias) {
        this.elasticsearch = elasticsearch;
        this.alias = alias;
    }

    /** Documents with a benchmark id already in the index. */
    long count() throws IOException, InterruptedException {
        String body = "{\"query\":{\"prefix\":{\"id\":\"" + ID_PREFIX + "\"}}}";
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(elasticsearch + "/" + alias + "/_count"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build());
        return EventCodec.mapper().readTree(r.body()).path("count").asLong();
    }

    /**
     * Removes every benchmark document, so that the benchmark leaves the news index as it found it. By id in bulk:
     * ids are positions 0..count-1 (see {@link #index}); this node has no delete-by-query (no reindex module).
     */
    long delete() throws IOException, InterruptedException {
        long n = count();
        StringBuilder bulk = new StringBuilder();
        for (long i = 0; i < n; i++) {
            bulk.append("{\"delete\":{\"_id\":\"").append(ID_PREFIX).append(String.format("%06d", i)).append("\"}}\n");
            if ((i + 1) % 5000 == 0 || i == n - 1) {
                flush(bulk);
                bulk.setLength(0);
            }
        }
        send(HttpRequest.newBuilder(URI.create(elasticsearch + "/" + alias + "/_refresh"))
                .POST(HttpRequest.BodyPublishers.noBody()).build());
        return n - count();
    }

    /** Indexes documents {@code from..to-1} (ids are positions, so the same position always gives the same document). */
    void index(Path samples, int from, int to) throws IOException, InterruptedException {
        Material m = Material.load(samples);
        Random random = new Random(42);
        StringBuilder bulk = new StringBuilder();
        Instant now = Instant.now();
        for (int i = 0; i < to; i++) {
            NewsDocument doc = document(i, m, random, now);
            if (i < from) {
                continue; // drawn anyway, so the random sequence (and every document) stays the same
            }
            bulk.append("{\"index\":{\"_id\":\"").append(doc.id()).append("\"}}\n")
                    .append(new String(EventCodec.encode(doc), StandardCharsets.UTF_8)).append('\n');
            if ((i + 1) % 1000 == 0 || i == to - 1) {
                flush(bulk);
                System.out.printf("  indexed %,d / %,d%n", i + 1, to);
                bulk.setLength(0);
            }
        }
        send(HttpRequest.newBuilder(URI.create(elasticsearch + "/" + alias + "/_refresh"))
                .POST(HttpRequest.BodyPublishers.noBody()).build());
    }

    private static NewsDocument document(int i, Material m, Random random, Instant now) {
        LabelledText title = m.titles.get(i % m.titles.size());
        int sentences = 4 + random.nextInt(13);
        List<String> body = new ArrayList<>();
        for (int s = 0; s < sentences; s++) {
            body.add(m.sentences.get(random.nextInt(m.sentences.size())));
        }
        Subject topic = MediaTopics.standard().subject(title.code(), 50 + random.nextInt(50));
        Instant published = now.minus(Duration.ofMinutes(random.nextInt(730 * 24 * 60)));
        String source = SOURCES.get(random.nextInt(SOURCES.size()));
        return new NewsDocument(
                ID_PREFIX + String.format("%06d", i), null, source, "article", "zh", title.text(),
                String.join("\n\n", body), null, null, published, published, published,
                // as the classifier does: a narrower topic comes with its broader ones (realty → economy)
                MediaTopics.standard().chain(topic.code()).reversed().stream()
                        .map(c -> MediaTopics.standard().subject(c, topic.confidence())).toList(),
                MediaTopics.standard().chain(topic.code()).reversed(),
                pick(m.people, 3, random), pick(m.places, 2, random), pick(m.organisations, 2, random),
                pick(m.keywords, 5, random), body.get(0),
                null, List.of(), List.of(), null, List.of(), null, null, null, null, null);
    }

    /** Up to {@code max} names, skewed towards the front of the pool (frequent names first), like real news. */
    private static List<String> pick(List<String> pool, int max, Random random) {
        Set<String> out = new LinkedHashSet<>();
        int n = random.nextInt(max + 1);
        for (int k = 0; k < n && !pool.isEmpty(); k++) {
            double u = random.nextDouble();
            out.add(pool.get((int) (u * u * pool.size())));
        }
        return List.copyOf(out);
    }

    private void flush(StringBuilder bulk) throws IOException, InterruptedException {
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(elasticsearch + "/" + alias + "/_bulk"))
                .header("Content-Type", "application/x-ndjson")
                .POST(HttpRequest.BodyPublishers.ofString(bulk.toString())).build());
        if (EventCodec.mapper().readTree(r.body()).path("errors").asBoolean()) {
            throw new IOException("bulk indexing reported errors: " + r.body().substring(0, Math.min(500, r.body().length())));
        }
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() / 100 != 2) {
            throw new IOException(request.uri() + " answered " + r.statusCode() + ": " + r.body());
        }
        return r;
    }

    /** Text and names the generator draws from. */
    private record Material(List<LabelledText> titles, List<String> sentences, List<String> people, List<String> places,
                            List<String> organisations, List<String> keywords) {

        static Material load(Path samples) throws IOException {
            TextRepair repair = TextRepair.forPlainText();
            ArticleEnricher enricher = new ArticleEnricher();
            List<String> sentences = new ArrayList<>();
            Set<String> people = new LinkedHashSet<>(), places = new LinkedHashSet<>(), orgs = new LinkedHashSet<>(),
                    keywords = new LinkedHashSet<>();
            List<Path> pages;
            try (Stream<Path> files = Files.list(samples)) {
                pages = files.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
            }
            if (pages.isEmpty()) {
                throw new IOException("no sample pages (*.txt) in " + samples);
            }
            for (Path page : pages) {
                List<String> paragraphs = repair.paragraphs(Files.readString(page));
                for (String p : paragraphs) {
                    for (String s : SENTENCE_END.split(p)) {
                        if (s.codePointCount(0, s.length()) >= 8) {
                            sentences.add(s.strip());
                        }
                    }
                }
                Enrichment e = enricher.enrich(null, String.join("\n\n", paragraphs));
                e.people().stream().map(Entity::name).forEach(people::add);
                e.places().stream().map(Entity::name).forEach(places::add);
                e.organisations().stream().map(Entity::name).forEach(orgs::add);
                keywords.addAll(e.keywords());
            }
            return new Material(TitleCorpus.load(), sentences, List.copyOf(people), List.copyOf(places),
                    List.copyOf(orgs), List.copyOf(keywords));
        }
    }
}
