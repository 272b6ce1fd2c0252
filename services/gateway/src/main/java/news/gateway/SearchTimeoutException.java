package news.gateway;

import java.time.Duration;

/** The search backend did not answer within the gateway's time limit; the request to it was cancelled (504). */
class SearchTimeoutException extends RuntimeException {
    final Duration limit;

    SearchTimeoutException(Duration limit, Throwable cause) {
        super("the search did not finish within the gateway's time limit of " + seconds(limit)
                + " and was cancelled; ask for less: fewer fuzzy (~) or prefix (*) terms, a shorter query, an earlier"
                + " page or the cursor", cause);
        this.limit = limit;
    }

    static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }
}
