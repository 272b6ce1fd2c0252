package news.ingestor;

/** The request (or the record it would become) is larger than we accept: 413. */
class PayloadTooLargeException extends RuntimeException {
    PayloadTooLargeException(String message) {
        super(message);
    }

    static PayloadTooLargeException overLimit(long actual, long max) {
        return new PayloadTooLargeException("request body " + (actual >= 0 ? "of " + actual + " bytes " : "")
                + "exceeds the limit of " + max + " bytes");
    }
}
