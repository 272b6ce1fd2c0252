package news.enrich;

import java.util.Objects;

/**
 * One training example: a text and the IPTC Media Topic qcode it belongs to.
 *
 * @param code  qcode, e.g. {@code medtop:15000000}
 * @param text  the (headline) text
 */
public record LabelledText(String code, String text) {

    public LabelledText {
        code = MediaTopics.normalize(Objects.requireNonNull(code, "code"));
        Objects.requireNonNull(text, "text");
    }
}
