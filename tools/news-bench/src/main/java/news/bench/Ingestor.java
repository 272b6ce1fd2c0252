package news.bench;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

/** Sends the benchmark's articles to the ingest API with the benchmark newsroom's key; 429/503 are retried. */
final class Ingestor {
    private static final int ATTEMPTS = 30;

    private final Http http;
    private final String base;
    private final String key;

    Ingestor(Http http, String base, String key) {
        this.http = http;
        this.base = base.replaceAll("/+$", "");
        this.key = key;
    }

    static String ndjson(List<BenchArticles.Article> articles) {
        return articles.stream().map(BenchArticles.Article::ninjs).collect(Collectors.joining("\n", "", "\n"));
    }

    /** One article (POST /api/v1/articles) or several (POST /api/v1/articles:batch); returns once all are accepted. */
    void send(List<BenchArticles.Article> articles, Duration timeout) throws IOException, InterruptedException {
        if (articles.size() == 1) {
            post("/api/v1/articles", "application/json", articles.getFirst().ninjs(), timeout, 1);
        } else {
            sendBatch(ndjson(articles), articles.size(), timeout);
        }
    }

    void sendBatch(String ndjson, int count, Duration timeout) throws IOException, InterruptedException {
        post("/api/v1/articles:batch", "application/x-ndjson", ndjson, timeout, count);
    }

    private void post(String path, String contentType, String body, Duration timeout, int count)
            throws IOException, InterruptedException {
        for (int attempt = 1; ; attempt++) {
            Http.Response r = http.send("POST", base + path, contentType, body, timeout, "Authorization", "Bearer " + key);
            if (r.status() == 202) {
                if (count > 1 && r.json().path("count").asInt() != count) {
                    throw new IllegalStateException(path + " accepted " + r.json().path("count").asInt() + " of " + count + " articles");
                }
                return;
            }
            // over the newsroom's rate limit, or Kafka slow to acknowledge: wait as told and send again (same ids)
            if ((r.status() == 429 || r.status() == 503) && attempt < ATTEMPTS) {
                Thread.sleep(retryAfterMillis(r.retryAfter()));
                continue;
            }
            throw new IllegalStateException("POST " + path + " answered " + r.status() + ": " + Http.abbreviate(r.body()));
        }
    }

    static long retryAfterMillis(String header) {
        if (header != null && header.strip().matches("\\d{1,4}")) {
            return Math.max(100, Long.parseLong(header.strip()) * 1000);
        }
        return 1000;
    }
}
