package news.bench;

import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntFunction;
import java.util.function.IntPredicate;

/**
 * Sends articles at a steady rate the way a newsroom's client must under faults: each request (one article or a small
 * batch, {@link Pacing}) is sent again, same ids, until the ingestor answers 202, whatever went wrong before (connection
 * refused or reset while the ingestor is down, 503 while Kafka does not acknowledge, 429 over the rate limit, a
 * timeout). An article counts as acknowledged only once a 202 covered it. Requests are due on a fixed schedule; when
 * every worker is busy retrying, the due ones queue up (a backlog, as a real client would have) and go out when the
 * ingestor is back.
 */
final class Pusher {
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);
    private static final long RETRY_PAUSE_MS = 500;

    private final Http http;
    private final String url;
    private final String key;
    private final int workers;
    private final Duration giveUpAfter;
    private final Set<String> acknowledged = ConcurrentHashMap.newKeySet();
    private final AtomicLong due = new AtomicLong();
    private final Map<String, AtomicLong> failures = new ConcurrentHashMap<>();
    private final AtomicLong neverAcknowledged = new AtomicLong();
    private final AtomicReference<Throwable> fatal = new AtomicReference<>();
    /** Until when a refused key is taken for one the ingestor has not loaded yet. */
    private final long keyGraceUntil = System.nanoTime() + Duration.ofSeconds(30).toNanos();

    Pusher(Http http, String ingestor, String key, int workers, Duration giveUpAfter) {
        this.http = http;
        this.url = ingestor.replaceAll("/+$", "");
        this.key = key;
        this.workers = workers;
        this.giveUpAfter = giveUpAfter;
    }

    /**
     * Sends article 0, 1, 2, … at {@code rate} articles/s (at most {@code maxRequestsPerSecond} requests) for as long as
     * {@code more} says so of the next index; returns when every one sent is settled (acknowledged or given up on).
     */
    void push(IntFunction<BenchArticles.Article> article, IntPredicate more, double rate, double maxRequestsPerSecond)
            throws InterruptedException {
        Pacing pacing = Pacing.of(rate, maxRequestsPerSecond);
        LinkedBlockingQueue<List<BenchArticles.Article>> queue = new LinkedBlockingQueue<>();
        List<BenchArticles.Article> end = List.of();
        Thread[] pool = new Thread[workers];
        for (int w = 0; w < workers; w++) {
            pool[w] = Thread.ofPlatform().daemon().name("pusher-" + w).start(() -> {
                try {
                    for (List<BenchArticles.Article> chunk; (chunk = queue.take()) != end; ) {
                        sendUntilAcknowledged(chunk);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (Throwable e) {
                    fatal.compareAndSet(null, e);
                }
            });
        }
        long t0 = System.nanoTime();
        for (int r = 0, next = 0; more.test(next) && fatal.get() == null; r++) {
            long wait = t0 + (long) (r * pacing.intervalSeconds() * 1e9) - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            List<BenchArticles.Article> chunk = new java.util.ArrayList<>(pacing.perRequest());
            for (int k = 0; k < pacing.perRequest() && more.test(next); k++) {
                chunk.add(article.apply(next++));
            }
            if (chunk.isEmpty()) {
                break; // `more` turned false while this request was waiting for its time
            }
            due.addAndGet(chunk.size());
            queue.put(chunk);
        }
        for (int w = 0; w < workers; w++) {
            queue.put(end);
        }
        for (Thread t : pool) {
            t.join();
        }
        if (fatal.get() != null) {
            throw new IllegalStateException("the pusher stopped: " + fatal.get().getMessage(), fatal.get());
        }
    }

    /** Sends the same chunk again and again (same ids) until a 202; gives up only after {@code giveUpAfter}. */
    void sendUntilAcknowledged(List<BenchArticles.Article> chunk) throws InterruptedException {
        String path = chunk.size() == 1 ? "/api/v1/articles" : "/api/v1/articles:batch";
        String type = chunk.size() == 1 ? "application/json" : "application/x-ndjson";
        String body = chunk.size() == 1 ? chunk.getFirst().ninjs() : Ingestor.ndjson(chunk);
        long deadline = System.nanoTime() + giveUpAfter.toNanos();
        while (true) {
            long pause = RETRY_PAUSE_MS;
            try {
                Http.Response r = http.send("POST", url + path, type, body, REQUEST_TIMEOUT, "Authorization", "Bearer " + key);
                if (r.status() == 202) {
                    int count = chunk.size() == 1 ? 1 : r.json().path("count").asInt();
                    if (count != chunk.size()) {
                        throw new IllegalStateException(path + " acknowledged " + count + " of " + chunk.size() + " articles");
                    }
                    for (BenchArticles.Article a : chunk) {
                        acknowledged.add(a.id());
                    }
                    return;
                }
                if ((r.status() == 401 || r.status() == 403) && System.nanoTime() < keyGraceUntil) {
                    // a key created just before the run: the ingestor picks up its key file within a second or so
                    // (longer on a loaded machine); until then it does not know the key
                    count("HTTP " + r.status() + " (new key not loaded yet)");
                    Thread.sleep(pause);
                    continue;
                }
                if (r.status() / 100 == 4 && r.status() != 429 && r.status() != 408) {
                    // the benchmark's own request is wrong: no retry will help
                    throw new IllegalStateException("POST " + path + " answered " + r.status() + ": " + Http.abbreviate(r.body()));
                }
                count("HTTP " + r.status());
                if (r.status() == 429 || r.status() == 503) {
                    pause = Ingestor.retryAfterMillis(r.retryAfter());
                }
            } catch (IOException e) {
                count(cause(e));
            }
            if (System.nanoTime() > deadline) {
                neverAcknowledged.addAndGet(chunk.size());
                return;
            }
            Thread.sleep(pause);
        }
    }

    /** The failure of one attempt, in the words of the table: connection refused, connection reset, timeout, … */
    static String cause(IOException e) {
        if (e instanceof HttpTimeoutException) {
            return "timeout";
        }
        if (e instanceof ConnectException) {
            return "connection refused";
        }
        String m = String.valueOf(e.getMessage()).toLowerCase(java.util.Locale.ROOT);
        if (m.contains("reset") || m.contains("closed") || m.contains("eof") || m.contains("broken pipe")) {
            return "connection lost";
        }
        return e.getClass().getSimpleName();
    }

    private void count(String cause) {
        failures.computeIfAbsent(cause, k -> new AtomicLong()).incrementAndGet();
    }

    Set<String> acknowledged() {
        return acknowledged;
    }

    long acknowledgedCount() {
        return acknowledged.size();
    }

    long dueCount() {
        return due.get();
    }

    long neverAcknowledged() {
        return neverAcknowledged.get();
    }

    Map<String, Long> failures() {
        Map<String, Long> out = new TreeMap<>();
        failures.forEach((k, v) -> out.put(k, v.get()));
        return out;
    }
}
