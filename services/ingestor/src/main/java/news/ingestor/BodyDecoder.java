package news.ingestor;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import news.model.InvalidArticleException;
import org.springframework.http.MediaType;

/** Decodes a text body strictly in the charset the Content-Type declares (UTF-8 by default): malformed bytes are a 400, not mojibake. */
final class BodyDecoder {
    private BodyDecoder() {}

    static String decode(byte[] body, MediaType contentType) {
        Charset charset;
        try {
            charset = contentType == null || contentType.getCharset() == null ? StandardCharsets.UTF_8 : contentType.getCharset();
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new InvalidArticleException("charset", "unsupported charset in Content-Type: " + e.getMessage());
        }
        try {
            String text = charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body))
                    .toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new InvalidArticleException("charset", "body is not valid " + charset.name()
                    + "; declare the real encoding, e.g. Content-Type: text/plain; charset=GB18030");
        }
    }
}
