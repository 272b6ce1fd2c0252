package news.gateway;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a query string that is not percent-encoded UTF-8 with a 400 naming the parameter, before Tomcat parses it:
 * Tomcat drops such a parameter with an exception that used to surface as "search backend unreachable" (503).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class QueryStringFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String bad = firstInvalidParameter(request.getQueryString());
        if (bad != null) {
            ProblemResponses.write(response, 400, "Invalid parameter", bad + " is not valid percent-encoded UTF-8:"
                    + " encode the text's UTF-8 bytes (e.g. curl -G --data-urlencode '" + bad + "=乡村振兴')", bad);
            return;
        }
        chain.doFilter(request, response);
    }

    /** The name of the first parameter whose name or value does not decode as UTF-8, else null. */
    static String firstInvalidParameter(String query) {
        if (query == null || query.isEmpty()) {
            return null;
        }
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair : pair.substring(0, eq);
            String decodedName = decode(name);
            if (decodedName == null) {
                return "parameter";
            }
            if (eq >= 0 && decode(pair.substring(eq + 1)) == null) {
                return decodedName;
            }
        }
        return null;
    }

    /** Strict form decoding: '+' is a space, %XX must be two hex digits, the bytes must be UTF-8; null otherwise. */
    static String decode(String encoded) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(encoded.length());
        for (int i = 0; i < encoded.length(); i++) {
            char c = encoded.charAt(i);
            if (c == '%') {
                if (i + 2 >= encoded.length()) {
                    return null;
                }
                int hi = Character.digit(encoded.charAt(i + 1), 16);
                int lo = Character.digit(encoded.charAt(i + 2), 16);
                if (hi < 0 || lo < 0) {
                    return null;
                }
                bytes.write(hi * 16 + lo);
                i += 2;
            } else if (c == '+') {
                bytes.write(' ');
            } else if (c < 0x80) {
                bytes.write(c);
            } else {
                // raw non-ASCII in the query string: Tomcat hands it over as ISO-8859-1 chars; take its UTF-8 as sent
                byte[] raw = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                bytes.write(raw, 0, raw.length);
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
