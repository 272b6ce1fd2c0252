package news.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class ReadAccessFilterTest {
    static final String KEY = "news_reader";

    int status(ReadAccessFilter filter, String uri, String header, String value) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", uri);
        if (header != null) {
            request.addHeader(header, value);
        }
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();
        filter.doFilter(request, response, chain);
        return chain.getRequest() != null ? 200 : response.getStatus();
    }

    @Test
    void openByDefault() throws Exception {
        assertThat(status(new ReadAccessFilter("open", ""), "/api/v1/search", null, null)).isEqualTo(200);
    }

    @Test
    void keyedReadAccessNeedsAListedKey() throws Exception {
        ReadAccessFilter filter = new ReadAccessFilter("key", "sha256:" + ReadAccessFilter.sha256(KEY) + ", abc");
        assertThat(status(filter, "/api/v1/search", null, null)).isEqualTo(401);
        assertThat(status(filter, "/api/v1/search", "Authorization", "Bearer wrong")).isEqualTo(403);
        assertThat(status(filter, "/api/v1/search", "Authorization", "Bearer " + KEY)).isEqualTo(200);
        assertThat(status(filter, "/api/v1/articles/x", "X-API-Key", KEY)).isEqualTo(200);
        // The search page itself and actuator stay reachable; only the API is keyed.
        assertThat(status(filter, "/index.html", null, null)).isEqualTo(200);
    }

    @Test
    void anUnknownModeIsRefusedAtStartUp() {
        assertThatThrownBy(() -> new ReadAccessFilter("closed", "")).hasMessageContaining("'open' or 'key'");
    }
}
