package news.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Undoes columns read across: text extraction in reading-order mode (poppler's {@code pdftotext} default) prints the
 * lines of neighbouring columns that share a baseline on one line, separated by a single space
 * ({@code 英雄。现在，加里奥特 是销售烟酒、小吃和纪}), and interleaves the lines of columns whose baselines differ.
 * This puts every column's lines back together, column after column, before paragraphs are rebuilt.
 *
 * <ol>
 *   <li><b>Column widths</b> of the page: the widths (in half-em, see {@link ParagraphRebuilder#width}) most lines
 *       without any space that do not end a sentence share — full column lines.</li>
 *   <li><b>Fragments</b>: a line is cut at spaces between two Chinese characters (after a sentence's end too when
 *       the line is wider than any column) when every piece is then a column line — at least {@value #MIN_FRAGMENT}
 *       characters, as wide as a column (±{@value #TOLERANCE}), or shorter and ending a sentence (a paragraph's
 *       last line), or letter-spaced (a justified line) — and the line as a whole is not: wider than any column, or
 *       holding a space between two Chinese characters that no column line has. Otherwise the line stays whole.</li>
 *   <li><b>Streams</b>: within a block (lines between blank lines) that has a line of several fragments, each
 *       fragment goes to a column stream, left to right, so that a fragment continues a stream only if it could be
 *       that column's next line: as wide as the column unless it ends a sentence, and not a byline or headline
 *       line; among those, the stream whose last line stopped mid-sentence is preferred, then the one further left.
 *       A fragment no stream takes opens a new one, right of the others.</li>
 *   <li>The block is printed stream after stream, left to right, a blank line between streams.</li>
 * </ol>
 * Blocks without a line of several fragments are left exactly as they are. A page on which these rules cut
 * {@value LooseColumnCuts#MIN_CUT_LINES} lines or more is read again with {@link LooseColumnCuts}' cut points and
 * widths (narrow gutters proven by the page itself). Every character is kept, in the order of its own column.
 * Stateless and thread-safe.
 */
final class ColumnStreams {
    /** Widths within this many half-em of a column width are that column's full lines. */
    static final int TOLERANCE = 2;
    /** A width is a column width when at least this many space-free lines have it (±1) ... */
    static final int MIN_SUPPORT = 4;
    /** ... and at least this share of the page's space-free lines. */
    static final double MIN_SHARE = 0.03;
    /** A column line has at least this many characters (a lone closing mark is no column). */
    static final int MIN_FRAGMENT = 4;

    private final BylineExtractor bylines = new BylineExtractor();

    /** The text with the columns of each block put one after another. */
    String untangle(String text) {
        if (!hasWordSpace(text)) {
            return text; // no line of the page can hold two columns: nothing was read across
        }
        String[] lines = text.split("\n", -1);
        int[] modes = columnWidths(lines);
        if (modes.length == 0) {
            return text;
        }
        int[] cutLines = new int[1];
        String strict = untangle(text, lines, modes, false, cutLines);
        // A page that printed several lines of two columns strictly cut gets the loose reading (LooseColumnCuts).
        return LooseColumnCuts.applies(cutLines[0]) ? untangle(text, lines, modes, true, cutLines) : strict;
    }

    /** The blocks' columns put one after another; {@code cutLines[0]} counts the lines cut into several fragments. */
    private String untangle(String text, String[] lines, int[] modes, boolean loose, int[] cutLines) {
        StringBuilder out = new StringBuilder(text.length() + 64);
        int i = 0;
        boolean changed = false;
        while (i < lines.length) {
            if (lines[i].isBlank()) {
                out.append(lines[i]).append('\n');
                i++;
                continue;
            }
            int end = i;
            while (end < lines.length && !lines[end].isBlank()) {
                end++;
            }
            List<List<String>> fragments = new ArrayList<>();
            boolean multi = false;
            for (int k = i; k < end; k++) {
                List<String> f = end - i >= 2 ? fragments(lines[k].strip(), modes, loose) : List.of(lines[k].strip());
                multi |= f.size() > 1;
                cutLines[0] += f.size() > 1 ? 1 : 0;
                fragments.add(f);
            }
            if (!multi) {
                for (int k = i; k < end; k++) {
                    out.append(lines[k]).append('\n');
                }
            } else {
                changed = true;
                List<List<String>> streams = streams(fragments, modes, loose);
                for (int s = 0; s < streams.size(); s++) {
                    if (s > 0) {
                        out.append('\n');
                    }
                    for (String l : streams.get(s)) {
                        out.append(l).append('\n');
                    }
                }
            }
            i = end;
        }
        if (!changed) {
            return text;
        }
        out.setLength(out.length() - 1); // the split added one '\n' per line, the text had one fewer
        return out.toString();
    }

    /**
     * Whether some line may hold two columns: a space between two Chinese characters with at least
     * {@value #MIN_FRAGMENT} characters on either side up to the next space, in a line that is not letter-spaced.
     * A cheap scan: most pages have none, and then nothing else is computed.
     */
    private static boolean hasWordSpace(String text) {
        for (int i = text.indexOf(' '); i >= 0 && i + 1 < text.length(); i = text.indexOf(' ', i + 1)) {
            if (i > 0 && isWordSpace(text, i) && runBefore(text, i) >= MIN_FRAGMENT && runAfter(text, i) >= MIN_FRAGMENT) {
                int start = text.lastIndexOf('\n', i) + 1;
                int end = text.indexOf('\n', i);
                if (!isLetterSpaced(text.substring(start, end < 0 ? text.length() : end))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static int runBefore(String s, int i) {
        int n = 0;
        for (int j = i - 1; j >= 0 && s.charAt(j) != ' ' && s.charAt(j) != '\n'; j--) {
            n++;
        }
        return n;
    }

    private static int runAfter(String s, int i) {
        int n = 0;
        for (int j = i + 1; j < s.length() && s.charAt(j) != ' ' && s.charAt(j) != '\n'; j++) {
            n++;
        }
        return n;
    }

    /** The page's column widths: widths shared by many lines without a space. */
    static int[] columnWidths(String[] lines) {
        int[] widths = new int[lines.length];
        int n = 0;
        for (String l : lines) {
            String t = l.strip();
            // Full column lines: no space, and not a paragraph's last line (those are shorter).
            if (t.length() >= 5 && t.indexOf(' ') < 0 && t.indexOf('\u3000') < 0 && !ParagraphRebuilder.endsSentence(t)) {
                widths[n++] = ParagraphRebuilder.width(t);
            }
        }
        if (n == 0) {
            return new int[0];
        }
        int max = 0;
        for (int k = 0; k < n; k++) {
            max = Math.max(max, widths[k]);
        }
        int[] count = new int[max + 2];
        for (int k = 0; k < n; k++) {
            count[widths[k]]++;
        }
        int need = Math.max(MIN_SUPPORT, (int) Math.ceil(MIN_SHARE * n));
        // Support of a width: lines within ±TOLERANCE of it; a column width is a width whose support is the largest
        // within twice that distance (ties to the wider, the full lines), and large enough.
        int[] support = new int[max + 1];
        for (int w = 1; w <= max; w++) {
            for (int d = -TOLERANCE; d <= TOLERANCE; d++) {
                support[w] += w + d >= 0 && w + d < count.length ? count[w + d] : 0;
            }
        }
        List<Integer> modes = new ArrayList<>();
        for (int w = 1; w <= max; w++) {
            if (support[w] < need || count[w] == 0) {
                continue;
            }
            boolean peak = true;
            for (int d = -2 * TOLERANCE; d <= 2 * TOLERANCE && peak; d++) {
                int v = w + d;
                if (v >= 1 && v <= max && d != 0) {
                    peak = d < 0 ? support[v] <= support[w] : support[v] < support[w];
                }
            }
            if (peak && (modes.isEmpty() || w - modes.getLast() > 2 * TOLERANCE)) {
                modes.add(w);
            }
        }
        return modes.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The line cut into column lines, or the line alone when it is one (see the class comment). */
    List<String> fragments(String line, int[] modes) {
        return fragments(line, modes, false);
    }

    /** The line cut into column lines; {@code loose}: with {@link LooseColumnCuts}' cut points and widths. */
    List<String> fragments(String line, int[] modes, boolean loose) {
        if (line.indexOf(' ') < 0) {
            return List.of(line);
        }
        int maxMode = max(modes);
        boolean tooWide = ParagraphRebuilder.width(line) > maxMode + TOLERANCE;
        if (!tooWide && isLetterSpaced(line)) {
            return List.of(line); // a justified line of one column
        }
        List<Integer> cuts = new ArrayList<>();
        for (int i = 1; i + 1 < line.length(); i++) {
            if (line.charAt(i) == ' ' && (isWordSpace(line, i) || tooWide && isCjk(line.codePointBefore(i))
                    && isCjk(line.codePointAt(i + 1)) || loose && LooseColumnCuts.isCutSpace(line, i))) {
                cuts.add(i);
            }
        }
        if (cuts.isEmpty() || !tooWide && !hasLoneSpace(line, loose)) {
            return List.of(line);
        }
        // Fewest pieces such that every piece is a column line: a small dynamic programme over the cut points.
        int m = cuts.size();
        int[] pos = new int[m + 2];
        pos[0] = -1;
        for (int k = 0; k < m; k++) {
            pos[k + 1] = cuts.get(k);
        }
        pos[m + 1] = line.length();
        int[] best = new int[m + 2];
        int[] from = new int[m + 2];
        Arrays.fill(best, Integer.MAX_VALUE);
        best[0] = 0;
        // Loose: many more cut points; a piece narrower than any column even with its marks compressed is skipped
        // before it is cut out (prefix sums of that least width).
        int[] least = loose ? LooseColumnCuts.leastWidths(line) : null;
        int widest = maxMode + TOLERANCE;
        for (int b = 1; b <= m + 1; b++) {
            for (int a = 0; a < b; a++) {
                if (best[a] == Integer.MAX_VALUE || loose && least[pos[b]] - least[pos[a] + 1] > widest) {
                    continue;
                }
                String piece = line.substring(pos[a] + 1, pos[b]).strip();
                if (!piece.isEmpty() && isColumnLine(piece, modes, !tooWide, loose) && best[a] + 1 < best[b]) {
                    best[b] = best[a] + 1;
                    from[b] = a;
                }
            }
        }
        if (best[m + 1] == Integer.MAX_VALUE || best[m + 1] < 2) {
            return List.of(line);
        }
        List<String> out = new ArrayList<>();
        for (int b = m + 1; b > 0; b = from[b]) {
            out.addFirst(line.substring(pos[from[b]] + 1, pos[b]).strip());
        }
        return out;
    }

    /**
     * A line a column can hold: full width, or letter-spaced, or (unless {@code fullOnly}: a line no wider than a
     * column is cut only into full lines) a paragraph's short last line.
     */
    private static boolean isColumnLine(String piece, int[] modes, boolean fullOnly, boolean loose) {
        if (piece.codePointCount(0, piece.length()) < (fullOnly ? 2 * MIN_FRAGMENT : MIN_FRAGMENT)) {
            return false;
        }
        if (hasLoneSpace(piece)) {
            return isLetterSpaced(piece);
        }
        int w = ParagraphRebuilder.width(piece);
        int marks = loose ? LooseColumnCuts.compressibleMarks(piece) : 0;
        for (int mode : modes) {
            if (Math.abs(w - mode) <= TOLERANCE || loose && LooseColumnCuts.fits(w, marks, mode, TOLERANCE)) {
                return true;
            }
        }
        return !fullOnly && w < max(modes) && ParagraphRebuilder.endsSentence(piece.replace(" ", ""));
    }

    private static int max(int[] values) {
        int m = 0;
        for (int v : values) {
            m = Math.max(m, v);
        }
        return m;
    }

    /**
     * A space between two Chinese characters (a closing quote may end the left one, an opening quote start the right
     * one), which running text never has: a column gap, or a separator in a byline or headline.
     */
    private static boolean isWordSpace(String s, int i) {
        int a = s.codePointBefore(i);
        int b = s.codePointAt(i + 1);
        return (CharClass.isHan(a) || a == '”' || a == '’' || a == '》' || a == '）')
                && (CharClass.isHan(b) || b == '“' || b == '‘' || b == '《' || b == '（');
    }

    /** A word space ({@link #isWordSpace}) that is not letter-spacing. */
    private static boolean hasLoneSpace(String s) {
        return hasLoneSpace(s, false);
    }

    /** {@link #hasLoneSpace(String)}, or with {@code loose} a {@link LooseColumnCuts#isCutSpace} too. */
    private static boolean hasLoneSpace(String s, boolean loose) {
        for (int i = 1; i + 1 < s.length(); i++) {
            if (s.charAt(i) == ' ' && (isWordSpace(s, i) || loose && LooseColumnCuts.isCutSpace(s, i))) {
                return !isLetterSpaced(s);
            }
        }
        return false;
    }

    /** Most characters stand alone between spaces ({@code 在 近 两 个 小 时 的}): a justified line. */
    private static boolean isLetterSpaced(String s) {
        int parts = 0;
        int single = 0;
        int run = 0;
        for (int i = 0; i <= s.length(); i++) {
            if (i == s.length() || s.charAt(i) == ' ') {
                if (run > 0) {
                    parts++;
                    single += run == 1 ? 1 : 0;
                }
                run = 0;
            } else if (!Character.isLowSurrogate(s.charAt(i))) {
                run++;
            }
        }
        return parts >= 4 && single * 2 >= parts;
    }

    private static boolean isCjk(int cp) {
        return CharClass.isHan(cp) || CharClass.isCjkPunctuation(cp);
    }

    /** Fragments of each line of a block → column streams, left to right. */
    private List<List<String>> streams(List<List<String>> lines, int[] modes, boolean loose) {
        List<Stream> streams = new ArrayList<>();
        for (List<String> fragments : lines) {
            assign(fragments, streams, modes, loose);
        }
        List<List<String>> out = new ArrayList<>();
        for (Stream s : streams) {
            out.add(s.lines);
        }
        return out;
    }

    private static final class Stream {
        final List<String> lines = new ArrayList<>();
        int width; // the column width this stream's full lines have, 0 while unknown
        boolean closed; // its last line was a byline or a headline: nothing continues it

        boolean midSentence() {
            String last = lines.getLast();
            int cp = last.codePointBefore(last.length());
            return !CharClass.isSentenceFinal(cp) && !CharClass.isClosingMark(cp);
        }
    }

    /** Maps the fragments of one line, in order, onto streams in order; opens streams for the rest. */
    private void assign(List<String> fragments, List<Stream> streams, int[] modes, boolean loose) {
        int k = fragments.size();
        // Best order-preserving map of fragments to streams (or to new streams), by a small search.
        int[] choice = new int[k];
        int[] bestChoice = new int[k];
        double[] bestScore = {Double.NEGATIVE_INFINITY};
        // Each fragment's fit to each stream, computed once: the search below visits the pairs many times.
        boolean[] heading = new boolean[k];
        double[][] fits = new double[k][streams.size()];
        for (int f = 0; f < k; f++) {
            heading[f] = isHeadingOrByline(fragments.get(f));
            for (int s = 0; s < streams.size(); s++) {
                fits[f][s] = heading[f] ? 0 : fit(streams.get(s), fragments.get(f), s, loose);
            }
        }
        search(0, 0, fits, choice, 0, bestChoice, bestScore);
        List<Stream> streamsBefore = List.copyOf(streams);
        // A new stream (choice -1) goes right of the previous fragment's stream and left of the next mapped one's.
        for (int f = 0; f < k; f++) {
            String text = fragments.get(f);
            Stream s;
            if (bestChoice[f] >= 0) {
                s = streamsBefore.get(bestChoice[f]);
            } else {
                s = new Stream();
                int at = streams.size();
                for (int g = f + 1; g < k; g++) {
                    if (bestChoice[g] >= 0) {
                        at = streams.indexOf(streamsBefore.get(bestChoice[g]));
                        break;
                    }
                }
                streams.add(at, s);
            }
            s.lines.add(text);
            // The stream's width: that of its full lines (the ones not ending a paragraph), once seen.
            if (!ParagraphRebuilder.endsSentence(text.replace(" ", "")) && !isLetterSpaced(text)) {
                int w = ParagraphRebuilder.width(text);
                // Loose: the page's column width the line fits (a line of hanging marks would set it too wide).
                int mode = loose ? LooseColumnCuts.modeOf(w, LooseColumnCuts.compressibleMarks(text), modes, TOLERANCE) : 0;
                s.width = mode > 0 ? mode : Math.max(s.width, w);
            }
            s.closed = heading[f];
        }
    }

    private static void search(int f, int minStream, double[][] fits, int[] choice, double score, int[] bestChoice,
                               double[] bestScore) {
        if (f == fits.length) {
            if (score > bestScore[0]) {
                bestScore[0] = score;
                System.arraycopy(choice, 0, bestChoice, 0, choice.length);
            }
            return;
        }
        // A new stream for this fragment.
        choice[f] = -1;
        search(f + 1, minStream, fits, choice, score, bestChoice, bestScore);
        for (int s = minStream; s < fits[f].length; s++) {
            // Between equal fits, the leftmost fragment goes on with a stream (a right column starts fresh).
            double fit = fits[f][s] - (fits[f][s] > 0 ? 0.05 * f : 0);
            if (fit > 0) {
                choice[f] = s;
                search(f + 1, s + 1, fits, choice, score + fit, bestChoice, bestScore);
            }
        }
    }

    /** How well a fragment continues a stream: 0 when it cannot. */
    private double fit(Stream s, String text, int index, boolean loose) {
        if (s.closed) { // a heading or byline fragment never continues a stream either: assign() gives it 0
            return 0;
        }
        int w = ParagraphRebuilder.width(text);
        int last = text.codePointBefore(text.length());
        boolean endsSentence = CharClass.isSentenceFinal(last) || CharClass.isClosingMark(last);
        if (s.width > 0) {
            int tolerance = Math.max(TOLERANCE, s.width / 10);
            boolean full = Math.abs(w - s.width) <= tolerance || isLetterSpaced(text) || loose
                    && LooseColumnCuts.fits(w, LooseColumnCuts.compressibleMarks(text), s.width, tolerance);
            if (!full && !(endsSentence && w < s.width)) {
                return 0; // a column's lines are full unless a paragraph ends there
            }
        }
        // Going on mid-sentence is the likeliest; leftmost streams first on ties.
        return 1 + (s.midSentence() ? 1 : 0) - 0.01 * index;
    }

    private boolean isHeadingOrByline(String text) {
        return bylines.isBylineLine(text) || bylines.isAuthorLine(text);
    }
}
