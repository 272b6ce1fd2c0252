package news.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RetryAfterTest {
    @Test
    void readsSecondsAndHttpDates() {
        Instant now = Instant.parse("2026-11-22T08:00:00Z");
        assertThat(RetryAfter.parse("5", now)).isEqualTo(Duration.ofSeconds(5));
        assertThat(RetryAfter.parse(" 0 ", now)).isEqualTo(Duration.ZERO);
        assertThat(RetryAfter.parse("Sun, 22 Nov 2026 08:00:30 GMT", now)).isEqualTo(Duration.ofSeconds(30));
        assertThat(RetryAfter.parse("Sun, 22 Nov 2026 07:00:00 GMT", now)).isEqualTo(Duration.ZERO);
        assertThat(RetryAfter.parse(null, now)).isNull();
        assertThat(RetryAfter.parse("soon", now)).isNull();
        assertThat(RetryAfter.parse("99999999999999999999999", now)).isNull();
    }

    @Test
    void problemsAreReadFromTheBodyOrMadeUpFromTheStatus() {
        Problem p = Json.problem(400, "{\"title\":\"Invalid batch\",\"status\":400,\"detail\":\"2 lines\",\"errors\":[{\"line\":3}]}");
        assertThat(p.title()).isEqualTo("Invalid batch");
        assertThat(p.properties()).containsKey("errors");
        Problem html = Json.problem(502, "<html>bad gateway</html>");
        assertThat(html.status()).isEqualTo(502);
        assertThat(html.raw()).contains("bad gateway");
    }
}
