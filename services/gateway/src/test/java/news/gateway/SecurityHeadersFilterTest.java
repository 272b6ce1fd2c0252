package news.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class SecurityHeadersFilterTest {

    @Test
    void thePolicyAllowsExactlyTheInlineBlocksByHash() throws Exception {
        String page = "<style>a{}</style><script>go()</script>";
        assertThat(SecurityHeadersFilter.policyFor(page))
                .startsWith("default-src 'none'; script-src 'sha256-" + base64Sha256("go()") + "'; style-src 'sha256-"
                        + base64Sha256("a{}") + "'")
                .contains("frame-ancestors 'none'", "connect-src 'self'")
                .doesNotContain("unsafe-inline");
        assertThat(SecurityHeadersFilter.policyFor("<p>plain</p>")).contains("script-src 'none'; style-src 'none'");
    }

    @Test
    void theSearchPageHasNothingInlineThatThePolicyWouldBlock() throws Exception {
        String page;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(SecurityHeadersFilter.PAGE)) {
            page = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        // Inline handlers and style attributes are not covered by hashes: the page sets handlers from its script.
        assertThat(Pattern.compile("\\son[a-z]+\\s*=\\s*[\"']").matcher(page).find()).as("inline event handler").isFalse();
        assertThat(page).doesNotContain("style=\"").doesNotContain("style='").doesNotContain("<script src");
    }

    @Test
    void everyResponseIsNosniffAndThePageGetsThePolicy() throws Exception {
        SecurityHeadersFilter filter = new SecurityHeadersFilter("<script>x</script>");
        MockHttpServletResponse page = new MockHttpServletResponse();
        filter.doFilter(new MockHttpServletRequest("GET", "/"), page, new MockFilterChain());
        assertThat(page.getHeader("Content-Security-Policy")).contains("script-src 'sha256-" + base64Sha256("x") + "'");
        assertThat(page.getHeader("X-Frame-Options")).isEqualTo("DENY");
        assertThat(page.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");

        MockHttpServletResponse api = new MockHttpServletResponse();
        filter.doFilter(new MockHttpServletRequest("GET", "/api/v1/search"), api, new MockFilterChain());
        assertThat(api.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(api.getHeader("Content-Security-Policy")).isNull();
    }

    private static String base64Sha256(String s) throws Exception {
        return java.util.Base64.getEncoder().encodeToString(
                java.security.MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    }
}
