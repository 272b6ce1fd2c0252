package news.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

/**
 * Untangles columns that text extraction read line by line: when neighbouring columns have different baselines,
 * poppler's {@code pdftotext} (default mode) prints their lines alternately in one block
 * ({@code 于坐在板凳上看他们} / {@code 训练，但如果这是一} / {@code 本报讯（记者 汪} / {@code 课，我想毫无疑问我} …), and on
 * loosely leaded pages it reads whole rows of columns across, each line a block of its own. {@link ColumnStreams}
 * splits lines holding two columns side by side; this class splits stretches whose lines alternate.
 *
 * <p>A stretch is a block (lines between blank lines) of more than {@value #SPARSE_LINES} lines, or a run of shorter
 * blocks one blank line apart; one of at least {@value #MIN_UNITS} lines is a sequence of <em>units</em> (a line; a
 * line of fewer than {@value #MIN_UNIT_CHARS} characters — a digit, a mark pdftotext printed apart — stays with the
 * line before it). A Viterbi pass assigns every unit to a stream, at most {@value #MAX_STREAMS} streams open at a time
 * and a stream's next unit at most {@value #MAX_GAP} units later (in a run of one-line blocks, a loosely leaded page's
 * rows read across, {@value #ROW_STREAMS} and {@value #ROW_GAP}: a broadsheet's eight columns and a caption or headline
 * line in the row); the score of an assignment is the sum of the
 * <em>join scores</em> of each unit after its stream's previous one:
 * <ul>
 *   <li>the sentence reads on across the line break: a dictionary word spanning it ({@link BodyStitcher#wordAcross},
 *       the stitcher's evidence) and the character pair across it printed elsewhere on the page;</li>
 *   <li>one column has one width: a line of another width goes on a line only as a paragraph's shorter last line or
 *       after one (letter-spaced lines and lines with Latin words give no width evidence);</li>
 *   <li>a line beginning with a mark no line may begin with ({@code ，。”}) does not follow a finished sentence and
 *       starts no stream; an opener or byline ({@code 本报讯…}, {@code 记者 X}, {@code □ X}) does not continue a
 *       sentence and may start a stream;</li>
 *   <li>every stream opened costs {@value #START_COST}; columns read line by line keep a rhythm (every other line,
 *       every third …), so a change of the distance back to the stream's previous unit costs {@value #RHYTHM} —
 *       but a line going on right after the line before breaks it only while another open stream stopped
 *       mid-sentence (a column's last lines after the other column ended keep no rhythm).</li>
 * </ul>
 * The plain order (one stream) is scored the same way. A stretch is rewritten only when the best assignment beats it
 * clearly (by {@value #MIN_GAIN}, and {@value #MIN_GAIN_PER_UNIT} per unit moved), with at least two streams of
 * {@value #MIN_STREAM_UNITS} units or more, {@value #MIN_SWITCHES} switches between streams, and the sentence reading on
 * (a word or a page pair) across {@value #MIN_MORE_READING} breaks more than in the plain order — widths and marks
 * alone are no evidence: a false untangling of a normal column is worse than none. The streams are then printed one after another (a blank line between, the
 * blank lines inside a run dropped), in the order that reads on best from the line before the stretch and into the
 * line after it (all orders for up to four streams, else the order of their first lines; rows read across keep the
 * order of their first lines, which is the columns' order from left to right), so that
 * {@link BodyStitcher} finds the pieces where a column goes on.
 *
 * <p>Cost: a cheap check (the page-bigram and width evidence of the plain order against that of every second, third
 * … line) comes first, and the dictionary is asked only on stretches that pass it; the pass itself is linear in the
 * units (a bounded state: {@value #MAX_GAP} − 1 distance bits and the rhythm). Stretches of more than
 * {@value #MAX_UNITS} units are left as they are. Every line is kept unchanged; only the order of whole lines within a
 * stretch changes, and the lines of each stream keep their order. Stateless and thread-safe.
 */
final class InterleavedColumns {
    /** Blocks of fewer units are left alone. */
    static final int MIN_UNITS = 8;
    /** Blocks of more units are left alone (the bound on the work per block). */
    static final int MAX_UNITS = 2_000;
    /** A stream's next unit comes at most this many units after its previous one. */
    static final int MAX_GAP = 7;
    /** Streams open at once, at most (columns of a row read across: two modules of three columns). */
    static final int MAX_STREAMS = 6;
    /**
     * In a run of one-line blocks (loosely leaded rows read across, one line of every column of the row in turn) a
     * column's next line comes a whole row later: up to a broadsheet's eight columns and a caption or headline line.
     */
    static final int ROW_GAP = 9;
    /** Streams open at once in such a run, at most: every column of the row and a caption or headline line beside. */
    static final int ROW_STREAMS = 10;
    /** A shorter line is a broken-off run (a digit, a mark) and stays with the line before it. */
    static final int MIN_UNIT_CHARS = 4;
    /** Blocks of at most this many lines, one blank line apart, are looked at as one run. */
    static final int SPARSE_LINES = 2;
    /** Widths within this many half-em are one column's. */
    static final int WIDTH_TOLERANCE = 2;

    /** Join evidence (the dictionary's comes from {@link BodyStitcher#wordAcross}). */
    static final double PAGE_BIGRAM = 0.2;
    static final double WIDTH_BREAK = 0.6;
    static final double OPENER_INSIDE = 0.8;
    static final double MARK_AFTER_END = 1.0;
    static final double PARENTHESIS = 1.0;
    static final double MARK_STARTS = 2.0;
    static final double OPENER_STARTS = 0.4;
    static final double START_COST = 0.4;
    static final double RHYTHM = 0.5;

    /** How clearly the streams must beat the plain order. */
    static final double MIN_GAIN = 1.5;
    static final double MIN_GAIN_PER_UNIT = 0.05;
    static final int MIN_STREAM_UNITS = 3;
    /** Breaks the sentence reads on across (a word or a page pair), more than in the plain order, at least. */
    static final int MIN_MORE_READING = 3;
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
        final String firstLine;
        final String lastLine;
        final char firstChar; // the first and last characters that are not spaces (0 for none)
        final char lastChar;
        final int width;
        final boolean spaced;
        final boolean endsSentence;
        final boolean markStart;
        boolean opener; // set only for the stretches the cheap check lets through (a pattern match per line)
        private String head; // up to three Han characters the unit starts with, when asked for
        private String tail; // and ends with

        Unit(String[] lines, int from, int last) {
            this.from = from;
            this.to = last + 1;
            firstLine = lines[from];
            lastLine = lines[last];
            width = ParagraphRebuilder.width(firstLine.strip());
            int spaces = 0;
            int latin = 0;
            char firstSeen = 0;
            for (int i = 0; i < firstLine.length(); i++) {
                char c = firstLine.charAt(i);
                if (c == ' ' || c == '\u3000' || c == '\t') {
                    spaces += firstSeen != 0 ? 1 : 0;
                } else {
                    firstSeen = firstSeen == 0 ? c : firstSeen;
                    latin += c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' ? 1 : 0;
                }
            }
            firstChar = firstSeen;
            char lastSeen = 0;
            for (int i = lastLine.length() - 1; i >= 0 && lastSeen == 0; i--) {
                char c = lastLine.charAt(i);
                lastSeen = c == ' ' || c == '\u3000' || c == '\t' ? 0 : c;
            }
            lastChar = lastSeen;
            // Letter-spaced, or set with Latin words (set in another face, wrapped anywhere): its width says little.
            spaced = spaces >= 3 || latin >= 3;
            endsSentence = ParagraphRebuilder.endsSentence(compact(lastLine.strip()));
            markStart = firstChar != 0 && CharClass.isLineStartForbidden(firstChar);
        }

        /** The last line leaves a parenthesis open ({@code …区域”。（贾}). */
        boolean leavesParenthesisOpen() {
            int depth = 0;
            for (int i = 0; i < lastLine.length(); i++) {
                char c = lastLine.charAt(i);
                depth += c == '（' || c == '(' ? 1 : c == '）' || c == ')' ? (depth > 0 ? -1 : 0) : 0;
            }
            return depth > 0;
        }

        /** The first line closes a parenthesis it did not open ({@code 欣 蔡超文）}). */
        boolean closesParenthesisOfBefore() {
            for (int i = 0; i < firstLine.length(); i++) {
                char c = firstLine.charAt(i);
                if (c == '（' || c == '(') {
                    return false;
                }
                if (c == '）' || c == ')') {
                    return true;
                }
            }
            return false;
        }

        boolean startsHan() {
            return CharClass.isHan(firstChar);
        }

        boolean endsHan() {
            return CharClass.isHan(lastChar);
        }

        String head() {
            if (head == null) {
                head = BodyStitcher.headHan(compact(firstLine.strip()), 3);
            }
            return head;
        }

        String tail() {
            if (tail == null) {
                tail = BodyStitcher.tailHan(compact(lastLine.strip()), 3);
            }
            return tail;
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
        List<int[]> runs = runs(lines);
        runs.removeIf(run -> run[1] - run[0] < MIN_UNITS);
        for (int[] run : runs) {
            int from = run[0];
            int to = run[1];
            List<Unit> units = units(lines, from, to);
            if (units.size() < MIN_UNITS || units.size() > MAX_UNITS) {
                continue;
            }
            if (page == null) {
                page = new PageBigrams(lines, runs);
            }
            boolean rows = run[2] == 1;
            List<List<Unit>> streams = streams(units, lines, page, rows);
            if (streams == null) {
                continue;
            }
            if (out == null) {
                out = new StringBuilder(text.length() + 64);
            }
            for (int k = copied; k < from; k++) {
                out.append(lines[k]).append('\n');
            }
            if (!rows) {
                order(streams, lines, from, to, page); // rows read across: their columns' first lines are in order
            }
            for (int s = 0; s < streams.size(); s++) {
                if (s > 0) {
                    out.append('\n');
                }
                for (Unit u : streams.get(s)) {
                    for (int k = u.from; k < u.to; k++) {
                        if (!lines[k].isBlank()) {
                            out.append(lines[k]).append('\n');
                        }
                    }
                }
            }
            copied = to;
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

    /**
     * The stretches of lines looked at, as [first line, end): a block of {@value #SPARSE_LINES} + 1 lines or more
     * (lines between blank lines), or a run of shorter blocks one blank line apart — pdftotext reading a row of
     * loosely leaded columns across prints each line as a block of its own.
     */
    private static List<int[]> runs(String[] lines) {
        List<int[]> runs = new ArrayList<>();
        int runStart = -1;
        int runEnd = -1;
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
            boolean sparse = end - i <= SPARSE_LINES;
            if (sparse && runStart >= 0 && i == runEnd + 1) {
                runEnd = end; // one blank line after the run's last block
            } else {
                if (runStart >= 0) {
                    runs.add(new int[] {runStart, runEnd, 1});
                    runStart = -1;
                }
                if (sparse) {
                    runStart = i;
                    runEnd = end;
                } else {
                    runs.add(new int[] {i, end, 0});
                }
            }
            i = end;
        }
        if (runStart >= 0) {
            runs.add(new int[] {runStart, runEnd, 1});
        }
        return runs;
    }

    /** The non-blank lines of [from, to) as units: a short line stays with the one before it. */
    private static List<Unit> units(String[] lines, int from, int to) {
        List<Unit> units = new ArrayList<>();
        int start = -1;
        for (int k = from; k <= to; k++) {
            if (k < to && lines[k].isBlank()) {
                continue;
            }
            if (k == to || start < 0 || lines[k].strip().codePointCount(0, lines[k].strip().length()) >= MIN_UNIT_CHARS) {
                if (start >= 0) {
                    units.add(unit(lines, start, k));
                }
                start = k;
            }
        }
        return units;
    }

    private static Unit unit(String[] lines, int from, int to) {
        int last = to - 1;
        while (lines[last].isBlank()) {
            last--;
        }
        return new Unit(lines, from, last);
    }

    /** An opener or byline line: {@code 本报讯…}, {@code （上接…）}, {@code □ X}, {@code 记者 X}, a signed author. */
    private boolean isOpener(String line) {
        String first = line.strip();
        String compact = compact(first);
        return ParagraphRebuilder.isArticleOpener(compact) || compact.startsWith("□")
                || bylines.isBylineLine(first) || bylines.isAuthorLine(first);
    }

    /**
     * The block's streams (each in its order) when they beat the plain order clearly, else null.
     *
     * <p>Viterbi over the units. The state after unit i: which distances back (1 … MAX_GAP − 1) hold the last unit
     * of another open stream (a bit mask; a stream whose last unit falls further back is closed), and how far back
     * unit i's own predecessor was (0 for a stream's start): columns read line by line keep a rhythm (every other
     * line, every third …), and a change of rhythm while several streams are open costs {@value #RHYTHM}.
     */
    private List<List<Unit>> streams(List<Unit> units, String[] lines, PageBigrams page, boolean rows) {
        int m = units.size();
        int maxGap = rows ? ROW_GAP : MAX_GAP;
        int maxStreams = rows ? ROW_STREAMS : MAX_STREAMS;
        if (!worthTrying(units, page, maxGap)) {
            return null;
        }
        for (Unit u : units) {
            u.opener = isOpener(lines[u.from]);
        }
        // join[i][g]: unit i after unit i − g in its stream (g = 1 … MAX_GAP), computed once.
        double[][] join = new double[m][maxGap + 1];
        boolean[][] reads = new boolean[m][maxGap + 1]; // a word or a page pair across the break
        for (int i = 1; i < m; i++) {
            for (int g = 1; g <= maxGap && i - g >= 0; g++) {
                join[i][g] = join(units.get(i - g), units.get(i), page);
                reads[i][g] = readsOn(units.get(i - g), units.get(i), page);
            }
        }
        int masks = 1 << (maxGap - 1);
        int rhythms = maxGap + 1;
        int states = masks * rhythms;
        double[] value = new double[states];
        double[] next = new double[states];
        short[][] from = new short[m][]; // the state before, per unit and state
        Arrays.fill(value, Double.NEGATIVE_INFINITY);
        value[0] = 0;
        int maskBits = masks - 1;
        for (int i = 0; i + 1 < m; i++) {
            Arrays.fill(next, Double.NEGATIVE_INFINITY);
            short[] back = from[i + 1] = new short[states];
            double startScore = start(units.get(i + 1));
            for (int state = 0; state < states; state++) {
                double v = value[state];
                if (v == Double.NEGATIVE_INFINITY) {
                    continue;
                }
                int mask = state / rhythms;
                int rhythm = state % rhythms;
                boolean several = mask != 0;
                // The next unit goes on with this unit's stream (predecessor 1 back).
                int stay = (mask << 1) & maskBits;
                relax(next, back, stay * rhythms + 1,
                        v + join[i + 1][1] - (several && rhythm != 1 && rhythm != 0
                                && anyMidSentence(units, i, mask) ? RHYTHM : 0), state);
                // It goes on with another open stream, whose last unit is g back from unit i (g + 1 from the next).
                for (int g = 1; g < maxGap; g++) {
                    if ((mask & 1 << (g - 1)) != 0) {
                        int rest = (((mask & ~(1 << (g - 1))) << 1) | 1) & maskBits;
                        double cost = rhythm != 0 && rhythm != g + 1 ? RHYTHM : 0;
                        relax(next, back, rest * rhythms + g + 1, v + join[i + 1][g + 1] - cost, state);
                    }
                }
                // It starts a stream (unit i's stream stays open), at most MAX_STREAMS open at once.
                if (Integer.bitCount(mask) + 2 <= maxStreams) {
                    relax(next, back, (((mask << 1) | 1) & maskBits) * rhythms, v + startScore, state);
                }
            }
            double[] t = value;
            value = next;
            next = t;
        }
        double plain = 0;
        for (int i = 1; i < m; i++) {
            plain += join[i][1];
        }
        int end = 0;
        for (int state = 1; state < states; state++) {
            if (value[state] > value[end]) {
                end = state;
            }
        }
        double gain = value[end] - plain;
        int[] before = new int[m];
        for (int i = m - 1, state = end; i >= 0; i--) {
            int rhythm = state % rhythms;
            before[i] = rhythm == 0 ? -1 : i - rhythm;
            state = i > 0 ? from[i][state] : 0;
        }
        before[0] = -1;
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
            if (before[i] >= 0 && before[i] != i - 1) {
                switches++;
            }
            if (stream[i] != 0) {
                moved++;
            }
        }
        // The sentences must read on across more breaks than in the plain order: widths and marks alone (headlines,
        // bylines and texts one blank line apart) are no evidence of columns read line by line.
        int readsPlain = 0;
        int readsStreams = 0;
        for (int i = 1; i < m; i++) {
            readsPlain += reads[i][1] ? 1 : 0;
            readsStreams += before[i] >= 0 && reads[i][i - before[i]] ? 1 : 0;
        }
        if (readsStreams - readsPlain < MIN_MORE_READING) {
            return null;
        }
        if (streams.size() < 2 || switches < MIN_SWITCHES || gain < MIN_GAIN || gain < MIN_GAIN_PER_UNIT * moved) {
            return null;
        }
        int long_ = 0;
        for (List<Unit> s : streams) {
            long_ += s.size() >= MIN_STREAM_UNITS ? 1 : 0;
        }
        // A line or two taken out of a column is too little to tell from chance: two streams of some length at least.
        return long_ >= 2 ? streams : null;
    }

    /**
     * Whether another open stream (a bit of {@code mask}: its last unit that many units before unit i, less one) stopped
     * mid-sentence: only then does a column's next line break the rhythm by going on right after the line before —
     * a column whose last line ended a sentence may have ended (a column's last lines after the other ended).
     */
    private static boolean anyMidSentence(List<Unit> units, int i, int mask) {
        for (int b = 0; mask >> b != 0; b++) {
            if ((mask & 1 << b) != 0 && i - b - 1 >= 0 && !units.get(i - b - 1).endsSentence) {
                return true;
            }
        }
        return false;
    }

    private static void relax(double[] value, short[] back, int state, double v, int previous) {
        if (v > value[state]) {
            value[state] = v;
            back[state] = (short) previous;
        }
    }

    /**
     * A cheap first look: in an interleaved block the character pairs across the break from a line to the line after
     * next are printed elsewhere on the page more often than those to the next line, or the widths change from line
     * to line. Normal blocks are left here without a dictionary look-up.
     */
    private static boolean worthTrying(List<Unit> units, PageBigrams page, int maxGap) {
        int[] byDistance = new int[maxGap + 1];
        for (int i = 0; i < units.size(); i++) {
            for (int g = 1; g <= maxGap && i + g < units.size(); g++) {
                byDistance[g] += cheap(units.get(i), units.get(i + g), page);
            }
        }
        for (int g = 2; g <= maxGap; g++) {
            if (byDistance[g] >= byDistance[1] + 2) {
                return true;
            }
        }
        return false;
    }

    private static int cheap(Unit y, Unit x, PageBigrams page) {
        int s = 0;
        if (!y.endsSentence && y.endsHan() && x.startsHan() && page.contains(y.lastChar, x.firstChar)) {
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
        if (x.closesParenthesisOfBefore() && y.leavesParenthesisOpen()) {
            s += PARENTHESIS; // a credit or a dateline wrapped over two lines: （贾 / 欣 蔡超文）
        }
        if (!y.endsSentence && y.endsHan() && x.startsHan()) {
            s += BodyStitcher.wordAcross(y.tail(), x.head(), dictionary);
            if (page.contains(y.lastChar, x.firstChar)) {
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

    /** Whether the sentence reads on from y into x: a dictionary word or a page pair across the break. */
    private boolean readsOn(Unit y, Unit x, PageBigrams page) {
        return !y.endsSentence && y.endsHan() && x.startsHan() && (page.contains(y.lastChar, x.firstChar)
                || BodyStitcher.wordAcross(y.tail(), x.head(), dictionary) > 0);
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
                Unit u = unit(lines, k, k + 1);
                u.opener = isOpener(lines[k]);
                return u;
            }
        }
        return null;
    }

    private static int latinLetters(String line) {
        int n = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            n += c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' ? 1 : 0;
        }
        return n;
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

    /**
     * The page's Han character pairs within lines (an open-addressing set of the pairs' codes). Only pairs that can be
     * asked for are kept: a first character some line ends with, a second one some line begins with (the joins asked
     * about are between a line's end and another's start), which keeps the table small and its pass cheap.
     */
    private static final class PageBigrams {
        private static final char HAN_START = '\u3400';
        private static final char HAN_END = '\uA000';
        private final BigramSlots slots;

        /**
         * Over the lines of the stretches looked at (blocks and runs of {@value #MIN_UNITS} lines or more: on a
         * page with interleaved columns they hold its running text; headlines, bylines and short pieces are left out,
         * which keeps the pass short on pages that have few such stretches).
         */
        PageBigrams(String[] lines, List<int[]> stretches) {
            // Bit sets over the ideographs U+3400 … U+9FFF (extension A and the unified block, 3.4 KB each, so that
            // they stay in the cache): characters some line ends with, and characters some line begins with.
            long[] ends = new long[(HAN_END - HAN_START + 63) / 64];
            long[] starts = new long[ends.length];
            int count = 0;
            for (int[] stretch : stretches) {
                for (int k = stretch[0]; k < stretch[1]; k++) {
                    String l = lines[k];
                    int b = 0;
                    int z = l.length();
                    while (b < z && (l.charAt(b) <= ' ' || l.charAt(b) == '\u3000')) {
                        b++;
                    }
                    while (z > b && (l.charAt(z - 1) <= ' ' || l.charAt(z - 1) == '\u3000')) {
                        z--;
                    }
                    if (b < z) {
                        count++;
                        set(ends, l.charAt(z - 1));
                        set(starts, l.charAt(b));
                    }
                }
            }
            slots = new BigramSlots(8 * count);
            int capacity = slots.capacity();
            int size = 0;
            for (int[] stretch : stretches) {
                for (int k = stretch[0]; k < stretch[1]; k++) {
                    String l = lines[k];
                    char previous = 0;
                    for (int i = 0; i < l.length(); i++) {
                        char c = l.charAt(i);
                        if (c == ' ' || c == '\u3000') {
                            continue; // letter-spaced text: its characters still pair up
                        }
                        // at most a quarter of the table: the bound it had when BigramSlots made tables of 1-2x
                        if (previous != 0 && has(starts, c) && size < capacity / 4) {
                            int key = previous << 16 | c;
                            int slot = slots.slot(key);
                            if (slots.isFree(slot)) {
                                slots.claim(slot, key);
                                size++;
                            }
                        }
                        previous = has(ends, c) ? c : 0; // any other character ends the pair too
                    }
                }
            }
        }

        private static void set(long[] bits, char c) {
            if (c >= HAN_START && c < HAN_END) {
                bits[(c - HAN_START) >>> 6] |= 1L << (c - HAN_START);
            }
        }

        private static boolean has(long[] bits, char c) {
            return c >= HAN_START && c < HAN_END && (bits[(c - HAN_START) >>> 6] & 1L << (c - HAN_START)) != 0;
        }

        boolean contains(char a, char b) {
            return slots.contains(a << 16 | b);
        }
    }
}
