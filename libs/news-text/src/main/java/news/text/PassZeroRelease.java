package news.text;

import java.util.Arrays;
import java.util.function.IntPredicate;
import java.util.function.IntUnaryOperator;

/**
 * Lets go of the pass-0 joins that nothing supports, so that their ends and the pieces printed after them are matched
 * with the rest of the page.
 *
 * <p>{@link BodyStitcher}'s pass 0 keeps an open end with the piece printed after it whenever that piece could go on
 * from it: on real pages blank lines fall inside columns. Where no dictionary word and no character pair printed
 * elsewhere on the page reads on across the join, and the two pieces share almost none of their rare bigrams
 * ({@code BodyStitcher.unrelatedPassZero}), pdftotext most often printed another text's column there (84–90 % of such
 * joins on generated pages). Such a join is released when both pieces are long enough for the shared words to mean
 * something ({@value #MIN_HAN} Han characters or more: four or five lines of a narrow column share few rare words even
 * when they are one text): the end is then looked for among the page's free starts like any other open end, and the
 * piece after it is free for the end it belongs to. A released pair that neither side found anything better for is
 * joined again as printed. Pure and stateless.
 */
final class PassZeroRelease {
    private PassZeroRelease() {
    }

    /** Pieces with fewer Han characters keep their pass-0 join: too short for their shared words to tell. */
    static final int MIN_HAN = 40;

    /**
     * Releases the pass-0 joins {@code i → i + 1} that {@code unsupported} names, when both pieces hold at least
     * {@value #MIN_HAN} Han characters.
     *
     * @param next        next[i]: the piece piece i goes on in, or -1 (updated)
     * @param previous    previous[i]: the piece that goes on in piece i, or -1 (updated)
     * @param unsupported whether the join of piece i to piece i + 1 is one nothing supports
     * @param hanChars    the number of Han characters of piece i
     * @return for each piece the piece it was joined to and released from, or -1; null when nothing was released
     */
    static int[] release(int[] next, int[] previous, IntPredicate unsupported, IntUnaryOperator hanChars) {
        int[] released = null;
        for (int i = 0; i + 1 < next.length; i++) {
            if (next[i] != i + 1 || previous[i + 1] != i || !unsupported.test(i)
                    || hanChars.applyAsInt(i) < MIN_HAN || hanChars.applyAsInt(i + 1) < MIN_HAN) {
                continue;
            }
            if (released == null) {
                released = new int[next.length];
                Arrays.fill(released, -1);
            }
            released[i] = i + 1;
            next[i] = -1;
            previous[i + 1] = -1;
        }
        return released;
    }

    /**
     * Joins again, as printed, each released pair whose end found no other start and whose start no other end.
     *
     * @return the pieces joined again to the piece printed after them
     */
    static int restore(int[] released, int[] next, int[] previous) {
        int restored = 0;
        for (int i = 0; i < released.length; i++) {
            int b = released[i];
            if (b >= 0 && next[i] < 0 && previous[b] < 0) {
                next[i] = b;
                previous[b] = i;
                restored++;
            }
        }
        return restored;
    }

    /** The number of Han characters in the lines. */
    static int hanChars(Iterable<String> lines) {
        int k = 0;
        for (String line : lines) {
            for (int i = 0; i < line.length(); i++) {
                if (CharClass.isHan(line.charAt(i))) {
                    k++;
                }
            }
        }
        return k;
    }
}
