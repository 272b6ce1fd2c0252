package news.text;

/**
 * Folds width variants to one form without touching Chinese punctuation.
 *
 * <p>Print typesetting sets Latin letters and digits full-width (ＡＢＣ１２３) next to Chinese text; search and
 * downstream parsing want the ASCII forms. Unicode NFKC would do that, but it also turns the Chinese punctuation
 * （），：；！？ into ASCII — which is wrong for Chinese text — so this class applies a narrow, explicit mapping:
 *
 * <ul>
 *   <li>Full-width digits and letters ０-９ Ａ-Ｚ ａ-ｚ become ASCII, always.</li>
 *   <li>Every Unicode space separator (U+3000 ideographic space, U+00A0 no-break space, U+2000–U+200A, U+202F,
 *       U+205F) becomes an ASCII space; whether it survives is {@link CjkSpaceRemover}'s decision.</li>
 *   <li>Full-width symbols with no role in Chinese typography become ASCII, always:
 *       {@code ＋ ＝ ＜ ＞ ％ ＃ ＄ ＆ ＠} ({@code 产业链长＋商会会长} → {@code 产业链长+商会会长}, {@code 1＋N} →
 *       {@code 1+N}, {@code 85％} → {@code 85%}).</li>
 *   <li>Full-width {@code － ／ ～ ＊} become ASCII only next to an ASCII letter or digit (after the rule above):
 *       {@code 1－11月} → {@code 1-11月}, {@code km／h} → {@code km/h}, {@code 1～2部} → {@code 1~2部}; between
 *       Chinese characters ({@code 和／或}) they stay full-width.</li>
 *   <li>Full-width {@code ．} and {@code ：} become ASCII only between two digits: {@code 3．5} → {@code 3.5},
 *       {@code 10：30} → {@code 10:30}; {@code 记者：} keeps its full-width colon.</li>
 *   <li>Half-width CJK marks become their normal full-width forms: {@code ｡ ｢ ｣ ､} → {@code 。 「 」 、}.</li>
 *   <li>Everything else is unchanged, in particular {@code ，。：；！？“”‘’（）《》、——…·} and the full-width
 *       currency signs ￥ ￡ ￠.</li>
 * </ul>
 *
 * <p>"Next to" means the nearest character on that side that is not whitespace, so the decision does not change when
 * later steps remove the spaces or line breaks in between ({@code 3 ． 5} → {@code 3 . 5}); this keeps the whole
 * repair idempotent.
 *
 * <p>Stateless and thread-safe; linear. A {@code null} input yields {@code ""}.
 */
public final class WidthNormalizer {

    public String normalize(CharSequence text) {
        if (text == null) {
            return "";
        }
        String s = text.toString();
        if (!needsWork(s)) {
            return s;
        }
        // One pass: context-free mappings, and for the few context-dependent symbols a look at the nearest
        // non-whitespace neighbours (themselves mapped context-free), as if the whole text had been mapped first.
        int n = s.length();
        StringBuilder out = new StringBuilder(n);
        int previous = -1; // context-free mapping of the last non-whitespace code point
        for (int i = 0; i < n; ) {
            int run = i;
            while (run < n && !needsWork(s.charAt(run))) {
                run++;
            }
            if (run > i) {
                // Characters that map to themselves (nearly all of a page) are copied as one run.
                out.append(s, i, run);
                for (int k = run - 1; k >= i; k--) {
                    if (!isWhitespace(s.charAt(k))) {
                        previous = s.charAt(k); // only ever tested for ASCII letters and digits
                        break;
                    }
                }
                i = run;
                continue;
            }
            int raw = s.codePointAt(i);
            int next = i + Character.charCount(raw);
            int cp = mapAlways(raw);
            int mapped = cp;
            if (isContextDependent(cp)) {
                mapped = mapInContext(cp, previous, followingMapped(s, next));
            }
            out.appendCodePoint(mapped);
            if (!isWhitespace(cp)) {
                previous = cp;
            }
            i = next;
        }
        return out.toString();
    }

    private static boolean isContextDependent(int cp) {
        return cp == '－' || cp == '／' || cp == '～' || cp == '＊' || cp == '．' || cp == '：';
    }

    /** Context-free mapping of the first non-whitespace code point at or after {@code from}, or -1. */
    private static int followingMapped(String s, int from) {
        for (int i = from; i < s.length(); ) {
            int cp = mapAlways(s.codePointAt(i));
            if (!isWhitespace(cp)) {
                return cp;
            }
            i += Character.charCount(s.codePointAt(i));
        }
        return -1;
    }

    private static boolean needsWork(String s) {
        for (int i = 0, n = s.length(); i < n; i++) {
            if (needsWork(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@link #mapAlways} or {@link #mapInContext} may change {@code c} (every other char maps to itself). */
    private static boolean needsWork(char c) {
        return c >= 0xFF01 && c <= 0xFF64 || c == 0x00A0 || c == 0x1680 || c >= 0x2000 && c <= 0x200A
                || c == 0x202F || c == 0x205F || c == 0x3000;
    }

    private static int mapAlways(int cp) {
        if (CharClass.isFullwidthAlnum(cp)) {
            return cp - 0xFEE0;
        }
        if (cp > 0x7F && CharClass.isSpaceSeparator(cp)) {
            return ' ';
        }
        return switch (cp) {
            case '＋', '＝', '＜', '＞', '％', '＃', '＄', '＆', '＠' -> cp - 0xFEE0;
            case '｡' -> '。';
            case '｢' -> '「';
            case '｣' -> '」';
            case '､' -> '、';
            default -> cp;
        };
    }

    private static boolean isWhitespace(int cp) {
        return CharClass.isWhitespaceOrSpaceChar(cp);
    }

    private static int mapInContext(int cp, int prev, int next) {
        return switch (cp) {
            case '－', '／', '～', '＊' ->
                    CharClass.isAsciiAlnum(prev) || CharClass.isAsciiAlnum(next) ? cp - 0xFEE0 : cp;
            case '．', '：' -> CharClass.isAsciiDigit(prev) && CharClass.isAsciiDigit(next) ? cp - 0xFEE0 : cp;
            default -> cp;
        };
    }
}
