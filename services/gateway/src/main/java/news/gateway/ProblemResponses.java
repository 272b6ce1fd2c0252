package news.gateway;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import news.model.EventCodec;

/** RFC 9457 problem bodies written by servlet filters, which run before Spring MVC's {@link ProblemHandler}. */
final class ProblemResponses {
    private ProblemResponses() {}

    static void write(HttpServletResponse response, int status, String title, String detail, String parameter)
            throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", title);
        body.put("status", status);
        body.put("detail", detail);
        if (parameter != null) {
            body.put("parameter", parameter);
        }
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(EventCodec.mapper().writeValueAsString(body));
    }
}
