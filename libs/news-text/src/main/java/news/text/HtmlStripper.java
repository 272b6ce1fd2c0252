package news.text;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns text that may carry HTML markup into plain text: tags are removed, character references are decoded, and
 * line-breaking elements become breaks.
 *
 * <p>Most of our input is text extracted from print PDFs with no markup at all; some arrives from web sources with
 * tags and entities. So this is a tolerant, single-pass scanner rather than a DOM parser: anything that is not
 * clearly markup is left exactly as it was (a DOM parser would reinterpret every {@code <} in prose and reflow the
 * whitespace that {@link ParagraphRebuilder} relies on, and would add a runtime dependency to every service).
 *
 * <ul>
 *   <li>A tag starts with {@code <} followed by an ASCII letter (or {@code /} and a letter), its name
 *       ({@code [A-Za-z][A-Za-z0-9:-]*}) is followed by whitespace, {@code /} or {@code >}, and a {@code >} outside
 *       quoted attribute values closes it within {@value #MAX_TAG_LENGTH} characters. Anything else — {@code a < b},
 *       {@code x<5}, {@code <新闻>} — is text.</li>
 *   <li>{@code <br>} becomes {@code '\n'}. Block elements ({@code p div li h1–h6 tr table blockquote section …})
 *       become {@link InvisibleCharFilter#PARAGRAPH_SEPARATOR U+2029}, a hard paragraph break. Table cells become a
 *       space. Other (inline) tags are removed without a trace, so {@code 本<b>报</b>讯} stays one word.</li>
 *   <li>Comments {@code <!-- … -->}, declarations {@code <!DOCTYPE …>}, processing instructions {@code <? … >} and the
 *       content of {@code <script>} and {@code <style>} are removed.</li>
 *   <li>Character references: decimal {@code &#20013;} and hex {@code &#x4e2d;} (a missing {@code ;} is tolerated;
 *       0, surrogates and out-of-range values become U+FFFD, which {@link InvisibleCharFilter} then removes; 128–159
 *       map through Windows-1252 as browsers do), and the common named entities ({@code &amp; &nbsp; &ldquo;
 *       &mdash; &hellip; …}). {@code &amp; &lt; &gt; &quot; &nbsp;} are also recognised without the {@code ;} when no
 *       letter or digit follows. Unknown names are left as text. One decoding pass: {@code &amp;lt;} gives
 *       {@code &lt;}.</li>
 * </ul>
 *
 * <p>Stateless and thread-safe. Linear time: every scan is bounded or resumes where the previous one stopped.
 * A {@code null} input yields {@code ""}.
 */
public final class HtmlStripper {

    /** Longest tag (with attributes) recognised; a longer candidate is treated as text. */
    public static final int MAX_TAG_LENGTH = 2048;

    private static final int MAX_ENTITY_LENGTH = 32;

    private static final Set<String> BLOCK_ELEMENTS = Set.of(
            "p", "div", "li", "ul", "ol", "dl", "dt", "dd", "tr", "table", "thead", "tbody", "tfoot", "caption",
            "blockquote", "section", "article", "header", "footer", "aside", "nav", "main", "figure", "figcaption",
            "pre", "hr", "address", "form", "fieldset", "h1", "h2", "h3", "h4", "h5", "h6", "title", "center");

    private static final Set<String> CELL_ELEMENTS = Set.of("td", "th");

    private static final Set<String> RAW_TEXT_ELEMENTS = Set.of("script", "style");

    private static final Map<String, String> NAMED_ENTITIES = Map.ofEntries(
            Map.entry("amp", "&"), Map.entry("lt", "<"), Map.entry("gt", ">"), Map.entry("quot", "\""),
            Map.entry("apos", "'"), Map.entry("nbsp", "\u00A0"), Map.entry("ensp", "\u2002"),
            Map.entry("emsp", "\u2003"), Map.entry("thinsp", "\u2009"), Map.entry("ideographicspace", "\u3000"),
            Map.entry("zwsp", "\u200B"), Map.entry("zwnj", "\u200C"), Map.entry("zwj", "\u200D"),
            Map.entry("lrm", "\u200E"), Map.entry("rlm", "\u200F"), Map.entry("shy", "\u00AD"),
            Map.entry("ndash", "\u2013"), Map.entry("mdash", "\u2014"), Map.entry("horbar", "\u2015"),
            Map.entry("hellip", "\u2026"), Map.entry("lsquo", "\u2018"), Map.entry("rsquo", "\u2019"),
            Map.entry("sbquo", "\u201A"), Map.entry("ldquo", "\u201C"), Map.entry("rdquo", "\u201D"),
            Map.entry("bdquo", "\u201E"), Map.entry("laquo", "\u00AB"), Map.entry("raquo", "\u00BB"),
            Map.entry("lsaquo", "\u2039"), Map.entry("rsaquo", "\u203A"), Map.entry("middot", "\u00B7"),
            Map.entry("bull", "\u2022"), Map.entry("deg", "\u00B0"), Map.entry("plusmn", "\u00B1"),
            Map.entry("times", "\u00D7"), Map.entry("divide", "\u00F7"), Map.entry("copy", "\u00A9"),
            Map.entry("reg", "\u00AE"), Map.entry("trade", "\u2122"), Map.entry("sect", "\u00A7"),
            Map.entry("para", "\u00B6"), Map.entry("cent", "\u00A2"), Map.entry("pound", "\u00A3"),
            Map.entry("yen", "\u00A5"), Map.entry("euro", "\u20AC"), Map.entry("frac12", "\u00BD"),
            Map.entry("frac14", "\u00BC"), Map.entry("frac34", "\u00BE"), Map.entry("sup2", "\u00B2"),
            Map.entry("sup3", "\u00B3"), Map.entry("micro", "\u00B5"), Map.entry("permil", "\u2030"),
            Map.entry("prime", "\u2032"), Map.entry("Prime", "\u2033"), Map.entry("larr", "\u2190"),
            Map.entry("rarr", "\u2192"), Map.entry("uarr", "\u2191"), Map.entry("darr", "\u2193"),
            Map.entry("le", "\u2264"), Map.entry("ge", "\u2265"), Map.entry("ne", "\u2260"),
            Map.entry("minus", "\u2212"), Map.entry("asymp", "\u2248"), Map.entry("infin", "\u221E"),
            Map.entry("square", "\u25A1"), Map.entry("squ", "\u25A1"));

    /** Entities browsers decode even without the terminating semicolon (the subset we honour). */
    private static final Set<String> LEGACY_ENTITIES = Set.of("amp", "lt", "gt", "quot", "nbsp");

    /** HTML maps numeric references 128–159 through Windows-1252; 0 means "no mapping" (kept as is). */
    private static final char[] WINDOWS_1252 = {
            '\u20AC', 0, '\u201A', '\u0192', '\u201E', '\u2026', '\u2020', '\u2021', '\u02C6', '\u2030', '\u0160',
            '\u2039', '\u0152', 0, '\u017D', 0, 0, '\u2018', '\u2019', '\u201C', '\u201D', '\u2022', '\u2013',
            '\u2014', '\u02DC', '\u2122', '\u0161', '\u203A', '\u0153', 0, '\u017E', '\u0178'};

    public String strip(CharSequence text) {
        if (text == null) {
            return "";
        }
        String s = text.toString();
        if (s.indexOf('<') < 0 && s.indexOf('&') < 0) {
            return s;
        }
        return new Scan(s).run();
    }

    /** One stripping pass over one input; holds the cursors that keep the pass linear. */
    private static final class Scan {
        private final String s;
        private final int n;
        private final StringBuilder out;
        /** Set once a search for a closing sequence ran to the end: no later search for it can succeed. */
        private boolean noCommentEnd;
        private boolean noDeclarationEnd;

        Scan(String s) {
            this.s = s;
            this.n = s.length();
            this.out = new StringBuilder(n);
        }

        String run() {
            int i = 0;
            while (i < n) {
                char c = s.charAt(i);
                if (c == '<') {
                    i = markup(i);
                } else if (c == '&') {
                    i = reference(i);
                } else {
                    out.append(c);
                    i++;
                }
            }
            return out.toString();
        }

        /** Handles a {@code <} at {@code i}; returns the index after what was consumed. */
        private int markup(int i) {
            if (s.startsWith("<!--", i)) {
                int end = noCommentEnd ? -1 : s.indexOf("-->", i + 4);
                if (end < 0) {
                    noCommentEnd = true;
                    return literal(i);
                }
                return end + 3;
            }
            if (i + 1 < n && (s.charAt(i + 1) == '!' || s.charAt(i + 1) == '?')
                    && i + 2 < n && (isAsciiLetter(s.charAt(i + 2)) || s.charAt(i + 2) == '[')) {
                int end = noDeclarationEnd ? -1 : boundedIndexOf('>', i + 2);
                if (end < 0) {
                    return literal(i);
                }
                return end + 1;
            }
            boolean closing = i + 1 < n && s.charAt(i + 1) == '/';
            int nameStart = closing ? i + 2 : i + 1;
            if (nameStart >= n || !isAsciiLetter(s.charAt(nameStart))) {
                return literal(i);
            }
            int nameEnd = nameStart + 1;
            while (nameEnd < n && isNameChar(s.charAt(nameEnd))) {
                nameEnd++;
            }
            if (nameEnd < n && !isTagNameTerminator(s.charAt(nameEnd))) {
                return literal(i);
            }
            int end = tagEnd(nameEnd);
            if (end < 0) {
                return literal(i);
            }
            String name = s.substring(nameStart, nameEnd).toLowerCase(Locale.ROOT);
            if (name.equals("br")) {
                out.append('\n');
            } else if (BLOCK_ELEMENTS.contains(name)) {
                out.append(InvisibleCharFilter.PARAGRAPH_SEPARATOR);
            } else if (CELL_ELEMENTS.contains(name)) {
                out.append(' ');
            } else if (!closing && RAW_TEXT_ELEMENTS.contains(name) && s.charAt(end - 1) != '/') {
                return skipRawText(end + 1, name);
            }
            return end + 1;
        }

        private int literal(int i) {
            out.append('<');
            return i + 1;
        }

        /** Index of the {@code >} that closes a tag whose name ends at {@code from}, honouring quotes; or -1. */
        private int tagEnd(int from) {
            int limit = Math.min(n, from + MAX_TAG_LENGTH);
            char quote = 0;
            for (int j = from; j < limit; j++) {
                char c = s.charAt(j);
                if (quote != 0) {
                    if (c == quote) {
                        quote = 0;
                    }
                } else if (c == '"' || c == '\'') {
                    // a quote only opens an attribute value right after '='
                    int k = j - 1;
                    while (k >= from && Character.isWhitespace(s.charAt(k))) {
                        k--;
                    }
                    if (k >= from && s.charAt(k) == '=') {
                        quote = c;
                    }
                } else if (c == '>') {
                    return j;
                } else if (c == '<') {
                    return -1; // a new tag starts before this one closed: this was not a tag
                }
            }
            return -1;
        }

        private int boundedIndexOf(char c, int from) {
            int limit = Math.min(n, from + MAX_TAG_LENGTH);
            for (int j = from; j < limit; j++) {
                if (s.charAt(j) == c) {
                    return j;
                }
            }
            if (limit == n) {
                noDeclarationEnd = true;
            }
            return -1;
        }

        /** Skips the content of a script or style element up to and including its end tag. */
        private int skipRawText(int from, String name) {
            String endTag = "</" + name;
            for (int j = from; j <= n - endTag.length(); j++) {
                if (s.charAt(j) == '<' && s.regionMatches(true, j, endTag, 0, endTag.length())) {
                    int close = s.indexOf('>', j + endTag.length());
                    return close < 0 ? n : close + 1;
                }
            }
            return n; // unterminated: like a browser, the rest is script
        }

        /** Handles a {@code &} at {@code i}; returns the index after what was consumed. */
        private int reference(int i) {
            if (i + 1 < n && s.charAt(i + 1) == '#') {
                return numericReference(i);
            }
            int j = i + 1;
            int limit = Math.min(n, i + 1 + MAX_ENTITY_LENGTH);
            while (j < limit && isAsciiAlnum(s.charAt(j))) {
                j++;
            }
            if (j == i + 1) {
                out.append('&');
                return i + 1;
            }
            String name = s.substring(i + 1, j);
            boolean semicolon = j < n && s.charAt(j) == ';';
            String value = NAMED_ENTITIES.get(name);
            if (value != null && semicolon) {
                out.append(value);
                return j + 1;
            }
            if (!semicolon && LEGACY_ENTITIES.contains(name)) {
                out.append(NAMED_ENTITIES.get(name)); // "&amp" without ';', followed by neither letter nor digit
                return j;
            }
            out.append('&');
            return i + 1;
        }

        private int numericReference(int i) {
            int j = i + 2;
            boolean hex = j < n && (s.charAt(j) == 'x' || s.charAt(j) == 'X');
            if (hex) {
                j++;
            }
            int digitsStart = j;
            long value = 0;
            while (j < n && (hex ? Character.digit(s.charAt(j), 16) >= 0 && s.charAt(j) < 0x80
                    : s.charAt(j) >= '0' && s.charAt(j) <= '9')) {
                if (value <= Character.MAX_CODE_POINT) {
                    value = value * (hex ? 16 : 10) + Character.digit(s.charAt(j), 16);
                }
                j++;
            }
            if (j == digitsStart) {
                out.append('&');
                return i + 1;
            }
            if (j < n && s.charAt(j) == ';') {
                j++;
            }
            out.appendCodePoint(toCodePoint(value));
            return j;
        }

        private static int toCodePoint(long value) {
            if (value == 0 || value > Character.MAX_CODE_POINT || value >= 0xD800 && value <= 0xDFFF) {
                return 0xFFFD;
            }
            if (value >= 0x80 && value <= 0x9F) {
                char mapped = WINDOWS_1252[(int) value - 0x80];
                return mapped == 0 ? (int) value : mapped;
            }
            return (int) value;
        }
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    private static boolean isAsciiAlnum(char c) {
        return isAsciiLetter(c) || c >= '0' && c <= '9';
    }

    private static boolean isNameChar(char c) {
        return isAsciiAlnum(c) || c == ':' || c == '-';
    }

    private static boolean isTagNameTerminator(char c) {
        return c == '>' || c == '/' || c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
    }
}
