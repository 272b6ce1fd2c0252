package news.enrich;

import java.util.function.Consumer;
import java.util.function.IntPredicate;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The matches of {@link Matcher#find()} in a text, found by trying the pattern only where a cheap test says a match
 * can start. {@code find()} attempts a match at every position, which for patterns that begin with an alternation of
 * words or a char class costs far more than a char test. At a candidate position the matcher attempts exactly the
 * match {@code find()} would attempt there ({@code lookingAt} on a region with transparent, non-anchoring bounds: look
 * -behind and {@code ^}/{@code $} see the whole text), so the result is the same as long as {@code canStart} is true
 * at every position where a match can start (it may be true elsewhere too).
 */
final class PatternScan {

    private PatternScan() {}

    /** Calls {@code action} for each match, in text order, like a {@code while (m.find())} loop. */
    static void forEach(Pattern pattern, String text, IntPredicate canStart, Consumer<MatchResult> action) {
        Matcher m = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        int n = text.length();
        for (int p = 0; p <= n; p++) {
            if (!canStart.test(p)) {
                continue;
            }
            m.region(p, n);
            if (m.lookingAt()) {
                action.accept(m);
                if (m.end() > p) {
                    p = m.end() - 1; // find() goes on where the match ended (after an empty one, one further)
                }
            }
        }
    }

    /** A test for "the char at the position is one of these" (false at the end of the text). */
    static IntPredicate charIn(String text, CharSet chars) {
        return p -> p < text.length() && chars.contains(text.charAt(p));
    }

    /** A set of chars as a bitmap over all 65,536 (8 KB): one array read per test, where the tests run per char. */
    static final class CharSet {
        private final long[] bits = new long[1 << 10];

        CharSet(String chars) {
            for (int i = 0; i < chars.length(); i++) {
                char c = chars.charAt(i);
                bits[c >>> 6] |= 1L << c;
            }
        }

        boolean contains(char c) {
            return (bits[c >>> 6] & 1L << c) != 0;
        }
    }
}
