package news.service;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProblemErrorReportValveTest {

    @Test
    void bodiesAreProblemJsonNamingTheCause() {
        assertThat(ProblemErrorReportValve.body(400)).startsWith("{\"type\":\"about:blank\",\"title\":\"Bad request\",\"status\":400,")
                .contains("percent-encoded UTF-8").endsWith("\"}");
        assertThat(ProblemErrorReportValve.body(414)).contains("\"status\":414", "URI too long");
        assertThat(ProblemErrorReportValve.body(505)).contains("\"status\":505", "Server error");
        for (int status : new int[] {400, 404, 413, 414, 431, 500, 503}) {
            String body = ProblemErrorReportValve.body(status);
            // valid JSON strings: no raw quotes or backslashes inside the texts
            assertThat(body.chars().filter(c -> c == '"').count() % 2).isZero();
            assertThat(body).doesNotContain("\\");
        }
    }
}
