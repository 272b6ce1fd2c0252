package news.ingestor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import news.model.InvalidArticleException;
import org.springframework.http.MediaType;

/** Random bytes in any declared charset decode or are refused naming the charset; never another exception. */
class IngestFuzzTest {

    @Property(tries = 2000)
    void randomBytesDecodeOrAreRefusedNamingTheCharset(@ForAll("bytes") byte[] body, @ForAll("charsets") String charset) {
        MediaType type = MediaType.parseMediaType("text/plain; charset=" + charset);
        try {
            String text = BodyDecoder.decode(body, type);
            assertThat(text).doesNotStartWith("\uFEFF");
        } catch (InvalidArticleException e) {
            assertThat(e.field()).isEqualTo("charset");
        }
    }

    @Property(tries = 500)
    void validUtf8AlwaysDecodes(@ForAll("text") String text) {
        assertThat(BodyDecoder.decode(text.getBytes(StandardCharsets.UTF_8), MediaType.TEXT_PLAIN))
                .isEqualTo(text.startsWith("\uFEFF") ? text.substring(1) : text);
    }

    @Provide
    Arbitrary<byte[]> bytes() {
        return Arbitraries.bytes().array(byte[].class).ofMaxSize(64);
    }

    @Provide
    Arbitrary<String> charsets() {
        return Arbitraries.of("UTF-8", "GB18030", "GBK", "Big5", "ISO-8859-1", "UTF-16");
    }

    @Provide
    Arbitrary<String> text() {
        return Arbitraries.strings().ofMaxLength(40).filter(s -> s.codePoints().allMatch(Character::isValidCodePoint)
                && s.chars().noneMatch(c -> Character.isSurrogate((char) c)));
    }
}
