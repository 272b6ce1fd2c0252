package news.cli;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * One request's worth of content: a page, an article, or a slice of an NDJSON file.
 *
 * @param label   what the summary calls it (file, or file:lines a-b)
 * @param kind    which endpoint it goes to
 * @param body    the bytes to send (pages keep their own charset; JSON is re-encoded as UTF-8)
 * @param charset the charset of {@code body}
 * @param lines   articles in it (1 for a page or an article)
 */
record PushUnit(String label, Kind kind, byte[] body, Charset charset, int lines) {
    enum Kind { PAGE, PDF_PAGE, ARTICLE, BATCH }

    /**
     * The resume key: the label plus a hash of the content, so an edited file is sent again but an unchanged one that
     * was acknowledged is not.
     */
    String resumeKey() {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(kind.name().getBytes(StandardCharsets.UTF_8));
            sha.update(body);
            return label + "#" + HexFormat.of().formatHex(sha.digest(), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    String text() {
        return new String(body, charset);
    }
}
