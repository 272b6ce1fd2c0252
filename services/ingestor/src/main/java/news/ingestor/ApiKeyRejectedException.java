package news.ingestor;

import org.springframework.http.HttpStatus;

/** The request carries no usable API key (401) or a key that is wrong, revoked, or speaks for another newsroom (403). */
class ApiKeyRejectedException extends RuntimeException {
    private final HttpStatus status;
    private final String title;

    ApiKeyRejectedException(HttpStatus status, String title, String detail) {
        super(detail);
        this.status = status;
        this.title = title;
    }

    static ApiKeyRejectedException missing() {
        return new ApiKeyRejectedException(HttpStatus.UNAUTHORIZED, "API key required",
                "send your newsroom's key as 'Authorization: Bearer <key>' or 'X-API-Key: <key>'");
    }

    static ApiKeyRejectedException unknown() {
        return new ApiKeyRejectedException(HttpStatus.FORBIDDEN, "Invalid API key", "the API key is not known");
    }

    static ApiKeyRejectedException revoked(String newsroom) {
        return new ApiKeyRejectedException(HttpStatus.FORBIDDEN, "Revoked API key",
                "this API key of newsroom '" + newsroom + "' has been revoked; ask for a new one");
    }

    static ApiKeyRejectedException otherNewsroom(String keyNewsroom, String claimed) {
        return new ApiKeyRejectedException(HttpStatus.FORBIDDEN, "Newsroom mismatch",
                "the API key belongs to newsroom '" + keyNewsroom + "' but X-Newsroom claims '" + claimed
                        + "'; the source is taken from the key (omit X-Newsroom)");
    }

    HttpStatus status() {
        return status;
    }

    String title() {
        return title;
    }
}
