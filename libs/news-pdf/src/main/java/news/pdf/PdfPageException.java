package news.pdf;

/** A PDF that cannot be read as a print page, with the reason (each maps to one HTTP status in the ingestor). */
public final class PdfPageException extends Exception {
    public enum Reason {
        /** not a PDF at all (no {@code %PDF-} header) or damaged beyond parsing: the client sent the wrong file */
        NOT_A_PDF,
        /** protected by a password we do not have */
        ENCRYPTED,
        /** pages without a text layer (a scan): there is nothing to read without OCR */
        NO_TEXT_LAYER,
        /** more pages than one upload may hold */
        TOO_MANY_PAGES
    }

    private final Reason reason;

    public PdfPageException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public PdfPageException(Reason reason, String message) {
        this(reason, message, null);
    }

    public Reason reason() {
        return reason;
    }
}
