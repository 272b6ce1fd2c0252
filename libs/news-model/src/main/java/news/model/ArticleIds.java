package news.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Article ids. A newsroom's own {@code uri} wins; otherwise the id is a hash of source, headline and body,
 * so that resending the same article is recognisably the same (and overwrites, never duplicates, the document).
 */
public final class ArticleIds {
    public static final String HASH_PREFIX = "sha256:";

    private ArticleIds() {}

    public static String of(String uri, String source, String headline, String body) {
        if (uri != null && !uri.isBlank()) {
            return uri.strip();
        }
        return contentHash(source, headline, body);
    }

    /** {@code sha256:} + first 32 hex chars (128 bits) of SHA-256(source NUL headline NUL body). */
    public static String contentHash(String source, String headline, String body) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String part : new String[] {source, headline, body}) {
                digest.update((part == null ? "" : part).getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            }
            return HASH_PREFIX + HexFormat.of().formatHex(digest.digest(), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every JRE", e);
        }
    }
}
