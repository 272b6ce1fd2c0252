package news.client;

/** A push that did not succeed. The subclasses say whether resending can help. */
public abstract sealed class NewsClientException extends RuntimeException
        permits NewsClientException.Rejected, NewsClientException.Unavailable, NewsClientException.CircuitOpen {

    NewsClientException(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * The server refused the request itself (a 4xx other than 429: bad article, wrong key, too large…). Never retried:
     * sending the same request again gets the same answer.
     */
    public static final class Rejected extends NewsClientException {
        private final Problem problem;

        Rejected(Problem problem) {
            super("rejected: " + problem, null);
            this.problem = problem;
        }

        public Problem problem() {
            return problem;
        }

        public int status() {
            return problem.status();
        }
    }

    /**
     * The server was busy or unreachable (429, 5xx, connection or timeout) and still was on the last attempt. Safe to
     * resend later: article ids are stable, so a resend overwrites rather than duplicates.
     */
    public static final class Unavailable extends NewsClientException {
        private final Problem problem;
        private final int attempts;

        Unavailable(String message, Problem problem, int attempts, Throwable cause) {
            super(message + " (after " + attempts + " attempt" + (attempts == 1 ? "" : "s") + ")", cause);
            this.problem = problem;
            this.attempts = attempts;
        }

        /** The last problem body the server sent, or null when it never answered (connection error, timeout). */
        public Problem problem() {
            return problem;
        }

        public int attempts() {
            return attempts;
        }
    }

    /** The circuit breaker is open after repeated failures: no request was sent. Try again after a while. */
    public static final class CircuitOpen extends NewsClientException {
        CircuitOpen(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
