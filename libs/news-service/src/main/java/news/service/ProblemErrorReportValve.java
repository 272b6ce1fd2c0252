package news.service;

import java.io.IOException;
import java.io.Writer;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

/**
 * Errors Tomcat answers before any servlet runs (a request line or header too long, raw non-ASCII bytes in the URL,
 * an unparsable request) get an RFC 9457 problem body like every other refusal of ours, instead of Tomcat's HTML page
 * or an empty body. Errors the application answered itself are left alone (something was written already).
 */
public class ProblemErrorReportValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        try {
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(body(status));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // the client is gone or the response cannot take a body: nothing more to say
        }
    }

    static String body(int status) {
        String title;
        String detail;
        switch (status) {
            case 400 -> {
                title = "Bad request";
                detail = "the request could not be read: a URL must be percent-encoded UTF-8 (no raw non-ASCII bytes)"
                        + " and the request line and headers at most 8 KB";
            }
            case 404 -> {
                title = "Not found";
                detail = "no such resource";
            }
            case 413 -> {
                title = "Payload too large";
                detail = "the request is larger than this server accepts";
            }
            case 414 -> {
                title = "URI too long";
                detail = "the URL is too long (at most 8 KB): send long input in a request body";
            }
            case 431 -> {
                title = "Request header fields too large";
                detail = "the request headers are too large (at most 8 KB)";
            }
            default -> {
                title = status >= 500 ? "Server error" : "Request refused";
                detail = "the server refused the request (HTTP " + status + ")";
            }
        }
        return "{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status + ",\"detail\":\"" + detail + "\"}";
    }
}
