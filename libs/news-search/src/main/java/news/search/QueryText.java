package news.search;

import com.hankcs.hanlp.HanLP;
import news.text.InvisibleCharFilter;
import news.text.WidthNormalizer;

/**
 * Query text normalised the way ingested text is, so that what a reader types matches what was indexed:
 * invisible characters dropped and widths folded by the same classes the normalizer uses ({@link InvisibleCharFilter},
 * {@link WidthNormalizer}), traditional characters converted to simplified by the converter the classifier uses for
 * traditional articles ({@code HanLP.convertToSimplifiedChinese}; simplified copies of traditional articles are
 * indexed, so a simplified query finds both), and punctuation that is not query syntax turned into spaces (the
 * Chinese tokenizer makes every comma a term: {@code q=。} matched every article).
 */
public final class QueryText {
    /** simple_query_string operators that keep their meaning: phrase, AND/NOT, OR, prefix, grouping, fuzziness/slop. */
    private static final String SYNTAX = "\"+-|*()~";
    /** Fuzzy and prefix terms expand into many terms each: 60-100 of them took 10-18 s and slowed everyone. */
    public static final int MAX_EXPENSIVE_TERMS = 5;
    private static final InvisibleCharFilter INVISIBLE = new InvisibleCharFilter();
    private static final WidthNormalizer WIDTH = new WidthNormalizer();

    private QueryText() {}

    /**
     * The normalised query.
     *
     * @throws InvalidParameterException naming {@code parameter} when the text held bytes that were not UTF-8 (they
     *         arrive as U+FFFD) or holds no letter, digit or Chinese character
     */
    public static String normalise(String parameter, String raw) {
        if (raw.indexOf('\uFFFD') >= 0) {
            throw new InvalidParameterException(parameter, parameter + " is not valid UTF-8: percent-encode the query's"
                    + " UTF-8 bytes (e.g. curl -G --data-urlencode '" + parameter + "=乡村振兴')");
        }
        String text = WIDTH.normalize(INVISIBLE.filter(raw));
        if (hasHan(text)) {
            text = HanLP.convertToSimplifiedChinese(text);
        }
        StringBuilder out = new StringBuilder(text.length());
        boolean meaningful = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int next = i + Character.charCount(cp);
            if (Character.isLetterOrDigit(cp)) {
                meaningful = true;
                out.appendCodePoint(cp);
            } else if (SYNTAX.indexOf(cp) >= 0 || isDecimalPoint(text, i, next, cp)) {
                out.appendCodePoint(cp);
            } else {
                out.append(' ');
            }
            i = next;
        }
        if (!meaningful) {
            throw new InvalidParameterException(parameter,
                    parameter + " must contain at least one letter, digit or Chinese character");
        }
        long expensive = out.chars().filter(c -> c == '~' || c == '*').count();
        if (expensive > MAX_EXPENSIVE_TERMS) {
            throw new InvalidParameterException(parameter, parameter + " may use at most " + MAX_EXPENSIVE_TERMS
                    + " fuzzy (~) or prefix (*) operators: each expands into many terms");
        }
        return out.toString().replaceAll("\\s+", " ").strip();
    }

    /** {@code 3.5}, {@code 1,000}: a point or comma between two digits is part of the number. */
    private static boolean isDecimalPoint(String text, int i, int next, int cp) {
        return (cp == '.' || cp == ',') && i > 0 && next < text.length()
                && Character.isDigit(text.charAt(i - 1)) && Character.isDigit(text.charAt(next));
    }

    private static boolean hasHan(String text) {
        return text.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
    }
}
