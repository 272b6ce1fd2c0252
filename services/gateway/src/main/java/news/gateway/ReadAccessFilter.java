package news.gateway;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Read access to the search API: open by default ({@code news.gateway.read-access=open}); with {@code key}, every
 * {@code /api/} request needs a key ({@code Authorization: Bearer …} or {@code X-API-Key}) whose SHA-256 is listed in
 * {@code news.gateway.read-key-hashes} (comma-separated hex, the same hashes {@code ./news keys} writes).
 */
@Component
class ReadAccessFilter extends OncePerRequestFilter {
    /** Request attribute: the SHA-256 of the read key this filter verified (the rate limit's client identity). */
    static final String VERIFIED_KEY_HASH = ReadAccessFilter.class.getName() + ".keyHash";
    private final boolean keyed;
    private final Set<String> hashes;

    ReadAccessFilter(@Value("${news.gateway.read-access:open}") String mode,
                     @Value("${news.gateway.read-key-hashes:}") String hashes) {
        String m = mode.strip().toLowerCase(Locale.ROOT);
        if (!m.equals("open") && !m.equals("key")) {
            throw new IllegalArgumentException("news.gateway.read-access must be 'open' or 'key', not '" + mode + "'");
        }
        this.keyed = m.equals("key");
        this.hashes = Arrays.stream(hashes.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .map(s -> s.toLowerCase(Locale.ROOT).replaceFirst("^sha256:", "")).collect(Collectors.toUnmodifiableSet());
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !keyed || !request.getRequestURI().startsWith("/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = presentedKey(request);
        if (key == null) {
            response.setHeader("WWW-Authenticate", "Bearer");
            problem(response, 401, "API key required", "read access to this gateway needs a key: 'Authorization: Bearer <key>' or 'X-API-Key: <key>'");
            return;
        }
        String hash = key.length() > 256 ? null : sha256(key);
        if (hash == null || !hashes.contains(hash)) {
            problem(response, 403, "Invalid API key", "the API key is not allowed to read");
            return;
        }
        request.setAttribute(VERIFIED_KEY_HASH, hash);
        chain.doFilter(request, response);
    }

    private static String presentedKey(HttpServletRequest request) {
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7) && !authorization.substring(7).isBlank()) {
            return authorization.substring(7).strip();
        }
        String header = request.getHeader("X-API-Key");
        return header == null || header.isBlank() ? null : header.strip();
    }

    private static void problem(HttpServletResponse response, int status, String title, String detail) throws IOException {
        ProblemResponses.write(response, status, title, detail, null);
    }

    static String sha256(String key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
