package news.bench;

/**
 * How an open-loop sender reaches a target rate of articles per second without exceeding a number of requests per
 * second (the ingestor limits each newsroom to 50 requests/s): single articles when the rate allows it, else small
 * batches of {@code perRequest} articles, one request every {@code intervalSeconds}.
 */
public record Pacing(int perRequest, double intervalSeconds) {
    public Pacing {
        if (perRequest < 1 || !(intervalSeconds > 0)) {
            throw new IllegalArgumentException("perRequest >= 1 and intervalSeconds > 0 expected");
        }
    }

    public static Pacing of(double articlesPerSecond, double maxRequestsPerSecond) {
        if (!(articlesPerSecond > 0) || !(maxRequestsPerSecond > 0)) {
            throw new IllegalArgumentException("rate must be positive, got " + articlesPerSecond);
        }
        int perRequest = (int) Math.max(1, Math.ceil(articlesPerSecond / maxRequestsPerSecond));
        return new Pacing(perRequest, perRequest / articlesPerSecond);
    }

    public double requestsPerSecond() {
        return 1 / intervalSeconds;
    }
}
