package news.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

/**
 * Untangles columns that text extraction read line by line: when two neighbouring columns have different baselines,
 * poppler's {@code pdftotext} (default mode) prints their lines alternately in one block
 * ({@code 于坐在板凳上看他们} / {@code 训练，但如果这是一} / {@code 本报讯（记者 汪} / {@code 课，我想毫无疑问我} …).
 * {@link ColumnStreams} splits lines holding two columns side by side; this class splits blocks whose lines alternate.
 *
 * <p>Each block (lines between blank lines) of at least {@value #MIN_UNITS} lines is a sequence of <em>units</em>
 * (a line; a line of fewer than {@value #MIN_UNIT_CHARS} characters — a digit, a mark pdftotext printed apart — stays
 * with the line before it). A Viterbi pass assigns every unit to a stream, with at most two streams open at a time
 * and a stream's next unit at most {@value #MAX_GAP} units later; the score of an assignment is the sum of the
 * <em>join scores</em> of each unit after its stream's previous one:
 * <ul>
 *   <li>the sentence reads on across the line break: a dictionary word spanning it ({@link BodyStitcher#wordAcross},
 *       the stitcher's evidence) and the character pair across it printed elsewhere on the page;</li>
 *   <li>one column has one width: a line of another width goes on a line only as a paragraph's shorter last line or
 *       after one;</li>
 *   <li>a line beginning with a mark no line may begin with ({@code ，。”}) does not follow a finished sentence and
 *       starts no stream; an opener or byline ({@code 本报讯…}, {@code 记者 X}, {@code □ X}) does not continue a
 *       sentence and may start a stream;</li>
 *   <li>every stream opened costs {@value #START_COST}.</li>
 * </ul>
 * The plain order (one stream) is scored the same way. A block is rewritten only when the best assignment beats it
 * clearly (by {@value #MIN_GAIN} and {@value #MIN_GAIN_PER_UNIT} per unit moved), with at least two streams of
 * {@value #MIN_STREAM_UNITS} units or more that really alternate: a false untangling of a normal column is worse than
 * none. The streams are then printed one after another (a blank line between), in the order that reads on best from
 * the block before and into the block after, so that {@link BodyStitcher} finds the pieces where a column goes on.
 *
 * <p>Cost: a cheap check of the block (the page-bigram evidence of the plain order against that of every other line)
 * comes first, and the dictionary is asked only on blocks that pass it; the pass itself is linear in the block's
 * units ({@value #MAX_GAP} predecessors, {@value #MAX_GAP} states each). Blocks of more than {@value #MAX_UNITS} units
 * are left as they are. Every line is kept unchanged; only the order of whole lines within a block changes, and the
 * lines of each stream keep their order. Stateless and thread-safe.
 */
final class InterleavedColumns {
    /** Blocks of fewer units are left alone. */
    static final int MIN_UNITS = 8;
    /** Blocks of more units are left alone (the bound on the work per block). */
    static final int MAX_UNITS = 2_000;
    /** A stream's next unit comes at most this many units after its previous one. */
    static final int MAX_GAP = 4;
    /** A shorter line is a broken-off run (a digit, a mark) and stays with the line before it. */
    static final int MIN_UNIT_CHARS = 4;
    /** Widths within this many half-em are one column's. */
    static final int WIDTH_TOLERANCE = 2;

    /** Join evidence (the dictionary's comes from {@link BodyStitcher#wordAcross}). */
    static final double PAGE_BIGRAM = 0.2;
    static final double WIDTH_BREAK = 0.6;
    static final double OPENER_INSIDE = 0.8;
    static final double MARK_AFTER_END = 1.0;
    static final double MARK_STARTS = 2.0;
    static final double OPENER_STARTS = 0.4;
    static final double START_COST = 0.4;
    static final double RHYTHM = 0.3;

    /** How clearly the streams must beat the plain order. */
    static final double MIN_GAIN = 1.5;
    static final double MIN_GAIN_PER_UNIT = 0.1;
    static final int MIN_STREAM_UNITS = 3;
    /** Units that go to another stream than the one before them, at least. */
    static final int MIN_SWITCHES = 4;

    private final BylineExtractor bylines = new BylineExtractor();
    private final Predicate<String> dictionary;

    InterleavedColumns() {
        this(BodyStitcher.IN_DICTIONARY);
    }

    /** With another word list (tests). */
    InterleavedColumns(Predicate<String> dictionary) {
        this.dictionary = dictionary;
    }

    /** A line (with the short lines after it) as the pass sees it. */
    private static final class Unit {
        final int from; // index of its first line in the page's lines
        final int to; // exclusive
        final String head; // up to three Han characters the unit starts with
        final String tail; // and ends with
        final int width;
        final boolean spaced;
        final boolean endsSentence;
        final boolean markStart;
        final boolean opener;

        Unit(String[] lines, int from, int to, boolean opener) {
            this.from = from;
            this.to = to;
            String first = lines[from].strip();
            String firstCompact = compact(first);
            String lastCompact = compact(lines[to - 1].strip());
            head = BodyStitcher.headHan(firstCompact, 3);
            tail = BodyStitcher.tailHan(lastCompact, 3);
            width = ParagraphRebuilder.width(first);
            spaced = first.length() - firstCompact.length() >= 3; // letter-spaced: its width says little
            endsSentence = ParagraphRebuilder.endsSentence(lastCompact);
            markStart = !firstCompact.isEmpty() && CharClass.isLineStartForbidden(firstCompact.codePointAt(0));
            this.opener = opener;
        }
    }

    /** The text with the streams of each interleaved block printed one after another. */
    String untangle(String text) {
        if (text == null || text.length() < 64) {
            return text;
        }
        String[] lines = text.split("\n", -1);
        PageBigrams page = null;
        StringBuilder out = null;
        int copied = 0; // lines of the input already in out
        int i = 0;
        while (i < lines.length) {
            if (lines[i].isBlank()) {
                i++;
                continue;
            }
            int end = i;
            while (end < lines.length && !lines[end].isBlank()) {
                end++;
            }
            if (end - i >= MIN_UNITS) {
                List<Unit> units = units(lines, i, end);
                if (units.size() >= MIN_UNITS && units.size() <= MAX_UNITS) {
                    if (page == null) {
                        page = new PageBigrams(lines);
                    }
                    List<List<Unit>> streams = streams(units, page);
                    if (streams != null) {
                        if (out == null) {
                            out = new StringBuilder(text.length() + 64);
                        }
                        for (int k = copied; k < i; k++) {
                            out.append(lines[k]).append('\n');
                        }
                        order(streams, lines, i, end, page);
                        for (int s = 0; s < streams.size(); s++) {
                            if (s > 0) {
                                out.append('\n');
                            }
                            for (Unit u : streams.get(s)) {
                                for (int k = u.from; k < u.to; k++) {
                                    out.append(lines[k]).append('\n');
                                }
                            }
                        }
                        copied = end;
                    }
                }
            }
            i = end;
        }
        if (out == null) {
            return text;
        }
        for (int k = copied; k < lines.length; k++) {
            out.append(lines[k]).append('\n');
        }
        out.setLength(out.length() - 1); // one '\n' per line was added, the text has one fewer
        return out.toString();
    }

    private List<Unit> units(String[] lines, int from, int to) {
        List<Unit> units = new ArrayList<>();
        int start = from;
        for (int k = from + 1; k <= to; k++) {
            if (k == to || lines[k].strip().codePointCount(0, lines[k].strip().length()) >= MIN_UNIT_CHARS) {
                String first = lines[start].strip();
                String compact = compact(first);
                boolean opener = ParagraphRebuilder.isArticleOpener(compact) || compact.startsWith("□")
                        || bylines.isBylineLine(first) || bylines.isAuthorLine(first);
                units.add(new Unit(lines, start, k, opener));
                start = k;
            }
        }
        return units;
    }

    /**
     * The block's streams (each in its order) when they beat the plain order clearly, else null. The Viterbi state at
     * unit i is the distance back to the last unit of the other open stream (1 … MAX_GAP − 1), or 0 when only one
     * stream is open.
     */
    private List<List<Unit>> streams(List<Unit> units, PageBigrams page) {
        int m = units.size();
        if (!worthTrying(units, page)) {
            return null;
        }
        // join[i][g]: unit i after unit i − g in its stream (g = 1 … MAX_GAP), computed once.
        double[][] join = new double[m][MAX_GAP + 1];
        for (int i = 1; i < m; i++) {
            for (int g = 1; g <= MAX_GAP && i - g >= 0; g++) {
                join[i][g] = join(units.get(i - g), units.get(i), page);
            }
        }
        // State d * 2 + r: d as above, r = 1 when the unit went to another stream than the one before it.
        int gaps = MAX_GAP; // d = 0 … MAX_GAP − 1
        int states = 2 * gaps;
        double[][] best = new double[m][states];
        int[][] fromState = new int[m][states];
        int[][] predecessor = new int[m][states]; // the unit before this one in its stream, −1 for a stream's start
        for (double[] row : best) {
            Arrays.fill(row, Double.NEGATIVE_INFINITY);
        }
        best[0][0] = 0;
        predecessor[0][0] = -1;
        for (int i = 0; i + 1 < m; i++) {
            for (int state = 0; state < states; state++) {
                double v = best[i][state];
                if (v == Double.NEGATIVE_INFINITY) {
                    continue;
                }
                int d = state / 2;
                boolean switched = state % 2 == 1;
                // Two streams open: columns read line by line keep their rhythm (every other line, or runs of the
                // same length), so a change between going on and switching costs a little.
                double keep = d > 0 && switched ? -RHYTHM : 0;
                double change = d > 0 && !switched ? -RHYTHM : 0;
                // The next unit goes on with this unit's stream.
                int stay = d == 0 || d + 1 >= gaps ? 0 : d + 1;
                relax(best, fromState, predecessor, i + 1, stay * 2, v + join[i + 1][1] + keep, state, i);
                // It goes on with the other open stream, whose last unit is i − d.
                if (d > 0) {
                    relax(best, fromState, predecessor, i + 1, 2 + 1, v + join[i + 1][d + 1] + change, state, i - d);
                }
                // It starts a stream (the other open one, if any, is left).
                relax(best, fromState, predecessor, i + 1, 2 + 1, v + start(units.get(i + 1)), state, -1);
            }
        }
        double plain = 0;
        for (int i = 1; i < m; i++) {
            plain += join[i][1];
        }
        int end = 0;
        for (int state = 1; state < states; state++) {
            if (best[m - 1][state] > best[m - 1][end]) {
                end = state;
            }
        }
        int[] before = new int[m];
        for (int i = m - 1, state = end; i >= 0; i--) {
            before[i] = predecessor[i][state];
            state = fromState[i][state];
        }
        before[0] = -1;
        double gain = best[m - 1][end] - plain;
        // Streams: chains of units through their predecessors, in the order of their first units.
        int[] stream = new int[m];
        List<List<Unit>> streams = new ArrayList<>();
        int switches = 0;
        int moved = 0;
        for (int i = 0; i < m; i++) {
            if (before[i] < 0) {
                stream[i] = streams.size();
                streams.add(new ArrayList<>());
            } else {
                stream[i] = stream[before[i]];
            }
            streams.get(stream[i]).add(units.get(i));
            if (i > 0 && stream[i] != stream[i - 1] && before[i] >= 0) {
                switches++;
            }
            if (stream[i] != 0) {
                moved++;
            }
        }
        if (streams.size() < 2 || switches < MIN_SWITCHES || gain < MIN_GAIN || gain < MIN_GAIN_PER_UNIT * moved) {
            return null;
        }
        for (List<Unit> s : streams) {
            if (s.size() < MIN_STREAM_UNITS) {
                return null; // a line or two taken out of a column: too little to tell from chance
            }
        }
        return streams;
    }

    private static void relax(double[][] best, int[][] fromState, int[][] predecessor, int i, int d, double value,
                              int previousState, int before) {
        if (value > best[i][d]) {
            best[i][d] = value;
            fromState[i][d] = previousState;
            predecessor[i][d] = before;
        }
    }

    /**
     * A cheap first look: in an interleaved block the character pairs across the break from a line to the line after
     * next are printed elsewhere on the page more often than those to the next line, or the widths change from line
     * to line. Normal blocks are left here without a dictionary look-up.
     */
    private static boolean worthTrying(List<Unit> units, PageBigrams page) {
        int plain = 0;
        int skip = 0;
        for (int i = 0; i + 1 < units.size(); i++) {
            plain += cheap(units.get(i), units.get(i + 1), page);
            if (i + 2 < units.size()) {
                skip += cheap(units.get(i), units.get(i + 2), page);
            }
        }
        return skip >= plain + 2;
    }

    private static int cheap(Unit y, Unit x, PageBigrams page) {
        int s = 0;
        if (!y.endsSentence && !y.tail.isEmpty() && !x.head.isEmpty()
                && page.contains(y.tail.charAt(y.tail.length() - 1), x.head.charAt(0))) {
            s++;
        }
        if (!y.spaced && !x.spaced && Math.abs(x.width - y.width) <= WIDTH_TOLERANCE) {
            s++;
        }
        return s;
    }

    /** How well unit x goes on from unit y in one stream. */
    private double join(Unit y, Unit x, PageBigrams page) {
        double s = 0;
        if (x.markStart && y.endsSentence) {
            s -= MARK_AFTER_END;
        }
        if (x.opener && !y.endsSentence && !y.opener) {
            s -= OPENER_INSIDE;
        }
        if (!y.endsSentence && !y.tail.isEmpty() && !x.head.isEmpty()) {
            s += BodyStitcher.wordAcross(y.tail, x.head, dictionary);
            if (page.contains(y.tail.charAt(y.tail.length() - 1), x.head.charAt(0))) {
                s += PAGE_BIGRAM;
            }
        }
        if (!y.spaced && !x.spaced && Math.abs(x.width - y.width) > WIDTH_TOLERANCE) {
            boolean lastLine = x.endsSentence && x.width < y.width; // a paragraph's shorter last line
            boolean afterLast = y.endsSentence && y.width < x.width; // the line after one
            if (!lastLine && !afterLast) {
                s -= WIDTH_BREAK;
            }
        }
        return s;
    }

    private static double start(Unit x) {
        double s = -START_COST;
        if (x.markStart) {
            s -= MARK_STARTS;
        }
        if (x.opener) {
            s += OPENER_STARTS;
        }
        return s;
    }

    /**
     * Puts the streams in the order that reads on best from the block's neighbours: the stream that goes on from the
     * line before the block first, the one the block after goes on from last (all orders for up to four streams).
     */
    private void order(List<List<Unit>> streams, String[] lines, int from, int to, PageBigrams page) {
        if (streams.size() > 4) {
            return;
        }
        Unit before = neighbour(lines, from - 1, -1);
        Unit after = neighbour(lines, to, 1);
        int k = streams.size();
        int[] perm = new int[k];
        for (int i = 0; i < k; i++) {
            perm[i] = i;
        }
        int[] bestPerm = perm.clone();
        double[] bestScore = {Double.NEGATIVE_INFINITY};
        permute(perm, 0, streams, before, after, page, bestPerm, bestScore);
        List<List<Unit>> ordered = new ArrayList<>();
        for (int p : bestPerm) {
            ordered.add(streams.get(p));
        }
        streams.clear();
        streams.addAll(ordered);
    }

    private void permute(int[] perm, int at, List<List<Unit>> streams, Unit before, Unit after, PageBigrams page,
                         int[] bestPerm, double[] bestScore) {
        if (at == perm.length) {
            double s = 0;
            Unit previous = before;
            for (int p : perm) {
                Unit first = streams.get(p).getFirst();
                s += previous == null ? 0 : join(previous, first, page);
                previous = streams.get(p).getLast();
            }
            s += after == null ? 0 : join(previous, after, page);
            // Ties keep the order of first lines (the identity permutation is tried first).
            if (s > bestScore[0] + 1e-9) {
                bestScore[0] = s;
                System.arraycopy(perm, 0, bestPerm, 0, perm.length);
            }
            return;
        }
        for (int i = at; i < perm.length; i++) {
            swap(perm, at, i);
            permute(perm, at + 1, streams, before, after, page, bestPerm, bestScore);
            swap(perm, at, i);
        }
    }

    private static void swap(int[] a, int i, int j) {
        int t = a[i];
        a[i] = a[j];
        a[j] = t;
    }

    /** The nearest non-blank line from {@code i} in direction {@code step}, as a unit, or null. */
    private Unit neighbour(String[] lines, int i, int step) {
        for (int k = i; k >= 0 && k < lines.length; k += step) {
            if (!lines[k].isBlank()) {
                String first = lines[k].strip();
                String compact = compact(first);
                boolean opener = ParagraphRebuilder.isArticleOpener(compact) || compact.startsWith("□")
                        || bylines.isBylineLine(first) || bylines.isAuthorLine(first);
                return new Unit(lines, k, k + 1, opener);
            }
        }
        return null;
    }

    private static String compact(String line) {
        if (line.indexOf(' ') < 0 && line.indexOf('\u3000') < 0 && line.indexOf('\t') < 0) {
            return line;
        }
        StringBuilder b = new StringBuilder(line.length());
        for (int k = 0; k < line.length(); k++) {
            char c = line.charAt(k);
            if (c != ' ' && c != '\u3000' && c != '\t') {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** The page's Han character pairs within lines (an open-addressing set of the pairs' codes). */
    private static final class PageBigrams {
        private final int[] keys;
        private final int mask;

        PageBigrams(String[] lines) {
            int chars = 0;
            for (String l : lines) {
                chars += l.length();
            }
            int capacity = Integer.highestOneBit(Math.max(64, chars)) << 1;
            mask = capacity - 1;
            keys = new int[capacity];
            for (String l : lines) {
                char previous = 0;
                for (int i = 0; i < l.length(); i++) {
                    char c = l.charAt(i);
                    if (c == ' ' || c == '\u3000') {
                        continue; // letter-spaced text: its characters still pair up
                    }
                    if (!CharClass.isHan(c)) {
                        previous = 0;
                        continue;
                    }
                    if (previous != 0) {
                        int key = previous << 16 | c;
                        int slot = slot(key);
                        keys[slot] = key;
                    }
                    previous = c;
                }
            }
        }

        private int slot(int key) {
            int h = key * 0x9E3779B9;
            int i = (h ^ h >>> 16) & mask;
            while (keys[i] != 0 && keys[i] != key) {
                i = (i + 1) & mask;
            }
            return i;
        }

        boolean contains(char a, char b) {
            int key = a << 16 | b;
            return keys[slot(key)] == key;
        }
    }
}
