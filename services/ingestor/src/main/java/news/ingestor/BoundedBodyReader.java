package news.ingestor;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import org.springframework.util.unit.DataSize;

/** Reads a request body but never more than the limit, so an oversized (or chunked, length-less) upload is refused early. */
final class BoundedBodyReader {
    private BoundedBodyReader() {}

    static byte[] read(HttpServletRequest request, DataSize limit) throws IOException {
        long max = limit.toBytes();
        if (request.getContentLengthLong() > max) {
            throw PayloadTooLargeException.overLimit(request.getContentLengthLong(), max);
        }
        try (InputStream in = request.getInputStream()) {
            byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
            if (body.length > max) {
                throw PayloadTooLargeException.overLimit(-1, max);
            }
            return body;
        }
    }
}
