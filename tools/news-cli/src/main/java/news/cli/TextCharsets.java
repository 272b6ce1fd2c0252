package news.cli;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Which charset a newsroom file is in. Chinese newsroom exports are UTF-8 or GB18030 (a superset of GBK/GB2312).
 * Valid UTF-8 is taken as UTF-8 (legacy multi-byte text is practically never valid UTF-8); otherwise ICU4J's detector
 * ranks the candidates and the best one that decodes the bytes without error wins.
 */
final class TextCharsets {
    static final Charset GB18030 = Charset.forName("GB18030");

    private TextCharsets() {}

    static Charset detect(byte[] bytes) {
        if (decodes(bytes, StandardCharsets.UTF_8)) {
            return StandardCharsets.UTF_8;
        }
        CharsetDetector detector = new CharsetDetector();
        detector.setText(bytes);
        for (CharsetMatch match : detector.detectAll()) {
            Charset cs = legacyChinese(match.getName());
            if (cs != null && decodes(bytes, cs)) {
                return cs;
            }
        }
        if (decodes(bytes, GB18030)) {
            return GB18030;
        }
        throw new IllegalArgumentException("neither UTF-8 nor GB18030 (and no other charset decodes it cleanly)");
    }

    /** ICU's names for simplified-Chinese legacy encodings all map to GB18030, their superset; Big5 stays Big5. */
    private static Charset legacyChinese(String icuName) {
        return switch (icuName) {
            case "GB18030", "GBK", "GB2312" -> GB18030;
            case "Big5" -> Charset.forName("Big5");
            case "UTF-16LE", "UTF-16BE" -> Charset.forName(icuName);
            default -> null;
        };
    }

    static String decode(byte[] bytes, Charset cs) {
        try {
            String s = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return s.startsWith("\uFEFF") ? s.substring(1) : s;
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("not valid " + cs.name(), e);
        }
    }

    private static boolean decodes(byte[] bytes, Charset cs) {
        try {
            cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
