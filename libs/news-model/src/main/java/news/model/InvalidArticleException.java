package news.model;

/** Input that cannot become an article; {@link #field()} names the offending field (JSON pointer style). */
public class InvalidArticleException extends RuntimeException {
    private final String field;

    public InvalidArticleException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
