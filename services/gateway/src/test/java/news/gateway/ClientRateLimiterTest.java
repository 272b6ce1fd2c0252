package news.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class ClientRateLimiterTest {

    private static MockHttpServletRequest request(String remote, String apiKey) {
        MockHttpServletRequest r = new MockHttpServletRequest("GET", "/api/v1/search");
        r.setRemoteAddr(remote);
        if (apiKey != null) {
            r.addHeader("X-API-Key", apiKey);
        }
        return r;
    }

    @Test
    void inventedKeysDoNotBuyAFreshBudget() {
        ClientRateLimiter limiter = new ClientRateLimiter(5, 100);
        int allowed = 0;
        for (int i = 0; i < 50; i++) {
            try {
                limiter.preHandle(request("10.0.0.1", "made-up-" + i), new MockHttpServletResponse(), null);
                allowed++;
            } catch (ClientRateLimiter.RateLimitedException e) {
                assertThat(e.retryAfterSeconds).isEqualTo(1);
            }
        }
        assertThat(allowed).isEqualTo(5);
        assertThat(limiter.clients()).isEqualTo(1);
    }

    @Test
    void aVerifiedKeyIsItsOwnClientWhateverTheAddress() {
        ClientRateLimiter limiter = new ClientRateLimiter(1, 100);
        MockHttpServletRequest first = request("10.0.0.1", "k");
        first.setAttribute(ReadAccessFilter.VERIFIED_KEY_HASH, "abc");
        MockHttpServletRequest second = request("10.0.0.2", "k");
        second.setAttribute(ReadAccessFilter.VERIFIED_KEY_HASH, "abc");
        assertThat(limiter.preHandle(first, new MockHttpServletResponse(), null)).isTrue();
        assertThatThrownBy(() -> limiter.preHandle(second, new MockHttpServletResponse(), null))
                .isInstanceOf(ClientRateLimiter.RateLimitedException.class);
        // another address without a verified key is another client
        assertThat(limiter.preHandle(request("10.0.0.2", null), new MockHttpServletResponse(), null)).isTrue();
    }

    @Test
    void theRegistryIsBounded() {
        ClientRateLimiter limiter = new ClientRateLimiter(5, 100);
        for (int i = 0; i < 1_000; i++) {
            limiter.preHandle(request("10.0." + (i / 250) + "." + (i % 250), null), new MockHttpServletResponse(), null);
        }
        assertThat(limiter.clients()).isEqualTo(100);
    }
}
