package news.gateway;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Security headers on every response: {@code nosniff} and no referrer everywhere; on the search page a
 * Content-Security-Policy that allows only its own inline script and style (by SHA-256, computed from the page at
 * start-up, so editing the page never leaves a stale hash), requests to this origin, and no framing at all.
 */
@Component
class SecurityHeadersFilter extends OncePerRequestFilter {
    static final String PAGE = "static/index.html";
    private static final Pattern INLINE = Pattern.compile("<(script|style)>(.*?)</\\1>", Pattern.DOTALL);

    private final String pagePolicy;

    @Autowired
    SecurityHeadersFilter() {
        this(readPage());
    }

    SecurityHeadersFilter(String page) {
        this.pagePolicy = policyFor(page);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "no-referrer");
        String path = request.getRequestURI();
        if (path.equals("/") || path.equals("/index.html")) {
            response.setHeader("Content-Security-Policy", pagePolicy);
            response.setHeader("X-Frame-Options", "DENY");
        }
        chain.doFilter(request, response);
    }

    /** The page's policy: its inline {@code <script>} and {@code <style>} blocks by hash, nothing else inline. */
    static String policyFor(String page) {
        List<String> scripts = new ArrayList<>();
        List<String> styles = new ArrayList<>();
        Matcher m = INLINE.matcher(page);
        while (m.find()) {
            (m.group(1).equals("script") ? scripts : styles).add("'sha256-" + sha256Base64(m.group(2)) + "'");
        }
        return "default-src 'none'; script-src " + sources(scripts) + "; style-src " + sources(styles)
                + "; connect-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
    }

    private static String sources(List<String> hashes) {
        return hashes.isEmpty() ? "'none'" : String.join(" ", hashes);
    }

    private static String sha256Base64(String text) {
        try {
            return Base64.getEncoder().encodeToString(
                    MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String readPage() {
        try (InputStream in = SecurityHeadersFilter.class.getClassLoader().getResourceAsStream(PAGE)) {
            if (in == null) {
                throw new IllegalStateException("the search page " + PAGE + " is not on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
