package news.text;

/**
 * Removes characters that PDF extraction and web copy-paste leave behind but that carry no text, and normalises
 * line breaks, so that later steps only ever see printable characters, spaces, {@code '\n'} and
 * {@link #PARAGRAPH_SEPARATOR}.
 *
 * <ul>
 *   <li>Line breaks: CR LF, lone CR, NEL (U+0085), LINE SEPARATOR (U+2028), vertical tab and form feed (a PDF page
 *       break) become {@code '\n'}. PARAGRAPH SEPARATOR (U+2029) is kept: it marks a hard paragraph break (the
 *       {@link HtmlText} emits it for block elements) that {@link ParagraphRebuilder} always honours.</li>
 *   <li>Tab becomes a space.</li>
 *   <li>Removed: every other C0 control and DEL, the C1 controls (U+0080–U+009F), all format characters (Unicode
 *       category Cf: zero-width space/joiners U+200B–U+200D, word joiner U+2060, byte-order mark U+FEFF, soft hyphen,
 *       bidi marks and embeddings, …), the replacement characters U+FFFD and U+FFFC, noncharacters, and unpaired
 *       surrogates (malformed UTF-16).</li>
 *   <li>Kept: everything else, including private-use code points, which some PDF fonts use for rare characters that
 *       a later mapping step may still recover.</li>
 * </ul>
 *
 * <p>Stateless and thread-safe; one linear pass. A {@code null} input yields {@code ""}.
 */
public final class InvisibleCharFilter {

    /** U+2029 PARAGRAPH SEPARATOR: the hard paragraph break that survives filtering. */
    public static final char PARAGRAPH_SEPARATOR = '\u2029';

    public String filter(CharSequence text) {
        if (text == null) {
            return "";
        }
        int n = text.length();
        if (isClean(text)) {
            return text.toString();
        }
        StringBuilder out = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
                    int cp = Character.toCodePoint(c, text.charAt(i + 1));
                    if (!isDropped(cp)) {
                        out.append(c).append(text.charAt(i + 1));
                    }
                    i++;
                }
                continue; // an unpaired high surrogate is dropped
            }
            if (Character.isLowSurrogate(c)) {
                continue; // unpaired low surrogate
            }
            switch (c) {
                case '\r' -> {
                    out.append('\n');
                    if (i + 1 < n && text.charAt(i + 1) == '\n') {
                        i++;
                    }
                }
                case '\n', '\u000B', '\u000C', '\u0085', '\u2028' -> out.append('\n');
                case '\t' -> out.append(' ');
                default -> {
                    if (!isDropped(c)) {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /** Fast path: most article text contains nothing to filter; {@code true} iff {@link #filter} changes nothing. */
    private static boolean isClean(CharSequence text) {
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c >= 0x20 && c < 0x7F) {
                continue;
            }
            if (c < 0x20 || Character.isSurrogate(c) || c == '\u0085' || c == '\u2028' || isDropped(c)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDropped(int cp) {
        if (cp < 0x20) {
            return cp != '\n';
        }
        if (cp >= 0x7F && cp <= 0x9F) {
            return true;
        }
        if (cp == 0xFFFD || cp == 0xFFFC) {
            return true;
        }
        if (cp >= 0xFDD0 && cp <= 0xFDEF || (cp & 0xFFFE) == 0xFFFE) {
            return true; // noncharacters
        }
        return CharClass.isFormat(cp);
    }
}
