package news.text;

import com.hankcs.hanlp.dictionary.CoreDictionary;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

/**
 * Puts the pieces of a scattered body back in order before paragraphs are rebuilt.
 *
 * <p>In its default mode poppler's {@code pdftotext} prints a module's first column, then whatever module is below it,
 * and the rest of the first text much later: a body arrives as <em>pieces</em> (the blocks of lines between blank
 * lines) spread over the page. A piece that stops in mid-sentence at the foot of a full column line goes on in a
 * piece that starts in mid-sentence; which one is decided here, for the whole page at once:
 *
 * <ol>
 *   <li><b>Open ends</b>: a text piece (two lines or more, or one with sentence punctuation) whose last line is a full
 *       column line that does not end a sentence, a credit or a jump line.</li>
 *   <li><b>Open starts</b>: a text piece whose first line is a full column line and is not an opener ({@code 本报讯},
 *       {@code （上接第一版）}), a byline, a bullet item or a caption.</li>
 *   <li>An open end whose next piece can continue it (not an opener, a byline or a caption; its first line a line
 *       of that column, a paragraph's end or a mark no line begins with) goes on there: on real pages blank lines
 *       fall inside columns too — unless no word reads on into it while a start elsewhere reads on and scores
 *       clearly better (pdftotext printed another text's column there; {@link JoinReview}). Only the others are
 *       looked for elsewhere.</li>
 *   <li>Each pair of the same column width (±{@value #WIDTH_TOLERANCE} half-em) is scored by evidence that holds on any
 *       page: a word of the general dictionary (HanLP's core dictionary) or a character bigram found elsewhere on the
 *       page that spans the join ({@code …华} + {@code 语片…}); a piece that begins with a mark no line may begin with
 *       ({@code ，。、”}) certainly continues something; the rare character bigrams the two pieces share (weighted by
 *       how rare they are on the page); and the order on the page (the next piece most often, a later one more often
 *       than an earlier one).</li>
 *   <li>Pairs are taken best first, each end and each start once, never closing a loop: first those scoring
 *       {@value #CONFIDENT} or more on the two pieces alone, then the rest with the shared bigrams counted over the
 *       chains made so far; a pair scoring under {@value #THRESHOLD} is left alone (the rebuilder then decides as
 *       before). A piece printed right after a finished text is likelier a continuation than a start.</li>
 *   <li>Each chain of pieces is printed where its first piece was, one piece after another; a join made on weak
 *       evidence (score under {@value #CONFIDENT}) is reported in {@link Result#guessed()} so that the splitter can
 *       flag the article instead of guessing silently.</li>
 * </ol>
 * Every line is kept, unchanged; only the order of whole pieces changes. The work is linear in the pieces times a
 * bounded window of candidates ({@value #WINDOW} pieces either way), so a long page costs no more per character than
 * a short one. Stateless and thread-safe.
 */
final class BodyStitcher {
    /** Column widths within this many half-em are the same column. */
    static final int WIDTH_TOLERANCE = 2;
    /** A full line is at most this many half-em short of its piece's column. */
    static final int FULL_LINE_MARGIN = 2;
    /** Candidates looked at on each side of an open end. */
    static final int WINDOW = 40;
    /** A join scoring less is not made. */
    static final double THRESHOLD = 0.45;
    /** A join scoring less is made but reported as guessed. */
    static final double CONFIDENT = 0.8;
    /** How much better than the next piece another start must score to undo a pass-0 join. */
    static final double OVERRIDE = 0.3;
    /** Candidates looked at on each side of a pass-0 join under review. */
    static final int REVIEW_WINDOW = 15;
    /** A kept pass-0 join whose pieces share less of the page's rare bigrams is reported as guessed. */
    static final double UNRELATED = 0.05;
    /** Fewer pieces in those joins than this, and their bigrams' rarity is not known. */
    static final int UNRELATED_MIN_PIECES = 3;
    /** Bigrams in more pieces than this are left out of the shared words of the pass-0 review. */
    static final int SHARED_MOST = 8;

    /** Evidence weights. */
    static final double NEXT = 0.35;
    static final double LATER = 0.1;
    static final double EARLIER = -0.1;
    static final double DICTIONARY_WORD = 0.35;
    static final double PAGE_BIGRAM = 0.2;
    static final double FORBIDDEN_START = 0.6;
    static final double SHARED = 0.8;
    static final double SAME_WIDTH = 0.05;
    static final double ORPHAN = 0.15;
    /** Pieces of a chain on each side of a join whose bigrams count as its context. */
    static final int CONTEXT = 4;
    /** Lines of a piece (besides its last) whose widths give its column. */
    static final int SAMPLE_LINES = 4;
    /**
     * Pieces of fewer lines are joined only to the piece printed after them: their column is not known (one or two
     * lines between blank lines inside a real column, a letter-spaced line) and they are joined to no piece elsewhere.
     */
    static final int MIN_MOVED_LINES = 3;
    /** A paragraph's first line is this many half-em short of its column (two characters of indent, left out). */
    static final int INDENT = 4;
    /** A line shorter than this is a broken-off run (a digit, a mark), not a line of the column. */
    static final int MIN_COLUMN_LINE_CHARS = 4;

    /** The reordered text and the first lines of the pieces joined on weak evidence. */
    record Result(String text, List<String> guessed) {
    }

    /** HanLP's core dictionary (false when it cannot be loaded). */
    static final Predicate<String> IN_DICTIONARY = word -> {
        try {
            return CoreDictionary.contains(word);
        } catch (RuntimeException | ExceptionInInitializerError e) {
            return false;
        }
    };

    private final Predicate<String> dictionary;

    BodyStitcher() {
        this(IN_DICTIONARY);
    }

    /** With another word list (tests). */
    BodyStitcher(Predicate<String> dictionary) {
        this.dictionary = dictionary;
    }

    private static final int[] NO_BIGRAMS = new int[0];

    /** A block of non-blank lines and the blank lines after it. */
    private static final class Piece {
        final int index;
        final List<String> lines = new ArrayList<>();
        String first = ""; // the first and last line without spaces
        String last = "";
        String head = ""; // the Han characters (up to 3) a join reads on from and into
        String tail = "";
        int blanksAfter;
        int column;
        boolean text;
        boolean openEnd;
        boolean openStart;
        boolean forbiddenStart;
        int[] bigrams = NO_BIGRAMS; // ids in the page's table, sorted; empty for a piece not in play
        double weight;

        int firstWidth;
        int widest;
        boolean lastSpaced; // a letter-spaced last line (a justified line of few characters): its width says little

        /**
         * Whether this piece can go on from a text of that column width where it stands: not an opener, a byline or
         * a caption, and its first line a full line of that column (on real pages blank lines also fall inside a
         * column, and one or two lines of it make a piece), a paragraph's end or a mark no line begins with.
         */
        boolean couldContinue(int width, int widest) {
            if (first.isEmpty() || blockedStart) {
                return false;
            }
            // Letter-spaced lines hold fewer characters than the column: up to the piece's widest line is the column.
            if (displayFirst && firstWidth > width + WIDTH_TOLERANCE) {
                return false; // a headline line wider than the column the text runs in (…大前 / 本报新乡…讯)
            }
            if (lines.size() == 1 && isShortTitleLine(first, firstWidth, width)) {
                return false;
            }
            return forbiddenStart || firstWidth >= width - 2 * WIDTH_TOLERANCE
                    && firstWidth <= Math.max(width, widest) + 2 * WIDTH_TOLERANCE
                    || ParagraphRebuilder.endsSentence(first) && firstWidth < width;
        }

        boolean blockedStart;
        boolean displayFirst; // the first line could be a headline (no 。，、；): a headline, a label, or plain text
        boolean jumpTo; // the piece is a jump line, （下转第N版）

        /**
         * Enough lines to tell the piece's column: only such pieces are joined across the page. Lines of a few
         * characters do not count: pdftotext prints each digit of a number and a closing mark as a line of its own
         * ({@code 3} / {@code .} / {@code 5兆瓦}), which is one run of text, not three column lines.
         */
        boolean columnKnown() {
            if (columnKnown == 0) {
                columnKnown = 2; // asked for every pair in the window: counted once
                int columnLines = 0;
                for (String line : lines) {
                    if (line.strip().codePointCount(0, line.strip().length()) >= MIN_COLUMN_LINE_CHARS
                            && ++columnLines >= MIN_MOVED_LINES) {
                        columnKnown = 1;
                        break;
                    }
                }
            }
            return columnKnown == 1;
        }

        private int columnKnown; // 0 not counted yet, 1 known, 2 not

        boolean movable() {
            return openEnd && columnKnown();
        }

        Piece(int index) {
            this.index = index;
        }
    }

    String stitchText(String text) {
        return stitch(text).text();
    }

    Result stitch(String text) {
        if (text == null || text.isEmpty()) {
            return new Result(text == null ? "" : text, List.of());
        }
        List<Piece> pieces = new ArrayList<>();
        StringBuilder leading = new StringBuilder();
        String[] lines = text.split("\n", -1);
        Piece current = null;
        for (String line : lines) {
            if (line.isBlank()) {
                if (current == null) {
                    leading.append(line).append('\n');
                } else {
                    current.blanksAfter++; // only the count is kept: blank lines' text is whitespace
                }
                continue;
            }
            if (current == null || current.blanksAfter > 0) {
                current = new Piece(pieces.size());
                pieces.add(current);
            }
            current.lines.add(line);
        }
        if (pieces.size() < 3) {
            return new Result(text, List.of());
        }
        int opens = 0;
        for (Piece p : pieces) {
            describe(p);
        }
        for (Piece p : pieces) {
            if (p.openEnd && p.index + 1 < pieces.size() && pieces.get(p.index + 1).jumpTo) {
                p.openEnd = false; // …一场大 / （下转第5版）: the text goes on on another page, not here
            }
            if (p.openEnd) {
                opens++;
            }
        }
        if (opens == 0) {
            return new Result(text, List.of());
        }
        int n = pieces.size();
        int[] next = new int[n];
        int[] previous = new int[n];
        double[] strength = new double[n];
        Arrays.fill(next, -1);
        Arrays.fill(previous, -1);
        // Pass 0: an open end followed by a piece that can continue it, of its width, goes on there: on real pages
        // blank lines fall inside columns too, and the next piece is by far the likeliest.
        for (int i = 0; i + 1 < n; i++) {
            Piece a = pieces.get(i);
            Piece b = pieces.get(i + 1);
            if (a.openEnd && b.couldContinue(a.column, a.lastSpaced ? Integer.MAX_VALUE / 2 : a.widest)) {
                next[i] = i + 1;
                previous[i + 1] = i;
                strength[i + 1] = 1;
            }
        }
        // Pass 0 is a prior: the ends it joined that nothing confirms are weighed against the free starts of their
        // column that read on from them (reviewPassZero).
        List<Piece> unconfirmed = unconfirmedPassZero(pieces, next);
        boolean moved = reviewPassZero(pieces, next, previous, strength, unconfirmed);
        List<String> doubtful = unrelatedPassZero(pieces, next, unconfirmed);
        // Those joins, of pieces long enough to tell, are let go: their ends are looked for like the others.
        int[] released = doubtful.isEmpty() ? null : PassZeroRelease.release(next, previous,
                i -> doubtful.contains(pieces.get(i + 1).lines.getFirst().strip()),
                i -> PassZeroRelease.hanChars(pieces.get(i).lines));
        moved |= released != null;
        boolean left = false;
        for (Piece a : pieces) {
            if (!a.movable() || next[a.index] >= 0) {
                continue;
            }
            for (int j = Math.max(0, a.index - WINDOW); j < Math.min(n, a.index + WINDOW + 1) && !left; j++) {
                Piece b = pieces.get(j);
                left = j != a.index && b.openStart && b.columnKnown() && previous[j] < 0
                        && Math.abs(a.column - b.column) <= WIDTH_TOLERANCE;
            }
            if (left) {
                break;
            }
        }
        if (!left && !moved) {
            return new Result(text, doubtful); // every open end goes on where it is printed
        }
        // The words are counted over the pieces in play only (the open ends left, the starts free, and the pieces
        // around them in their chains): a few per page, so the rest of a long page costs nothing here.
        List<Piece> inPlay = new ArrayList<>();
        boolean[] chosen = new boolean[n];
        for (Piece p : pieces) {
            p.bigrams = NO_BIGRAMS; // ids of the review's table, if it made one, mean nothing in this one
        }
        for (Piece p : pieces) {
            boolean end = p.movable() && next[p.index] < 0;
            boolean start = p.openStart && p.columnKnown() && previous[p.index] < 0;
            if (end) {
                for (int k = p.index, c = 0; k >= 0 && c < CONTEXT; k = previous[k], c++) {
                    chosen[k] = true;
                }
            }
            if (start) {
                for (int k = p.index, c = 0; k >= 0 && c < CONTEXT; k = next[k], c++) {
                    chosen[k] = true;
                }
            }
        }
        for (Piece p : pieces) {
            if (chosen[p.index]) {
                inPlay.add(p);
            }
        }
        PageBigrams page = new PageBigrams(inPlay);
        // Pass 1: the joins each pair of pieces shows clearly by itself. Pass 2: the rest, the shared words now
        // counted over the whole chains made so far (a piece of 100 characters shares few rare words with another
        // piece of its text; the text so far shares many).
        link(pieces, page, next, previous, strength, CONFIDENT, false);
        link(pieces, page, next, previous, strength, THRESHOLD, true);
        if (released != null) {
            PassZeroRelease.restore(released, next, previous);
        }
        moved = false;
        for (int i = 0; i < n; i++) {
            if (next[i] >= 0 && next[i] != i + 1) {
                moved = true;
                break;
            }
        }
        if (!moved) {
            return new Result(text, doubtful);
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        out.append(leading);
        List<String> guessed = new ArrayList<>(doubtful);
        for (int i = 0; i < n; i++) {
            if (previous[i] >= 0) {
                continue; // printed in its chain
            }
            for (int k = i; k >= 0; k = next[k]) {
                Piece p = pieces.get(k);
                p.lines.forEach(l -> out.append(l).append('\n'));
                boolean last = next[k] < 0;
                int blanks = last ? Math.max(1, p.blanksAfter) : 1;
                out.append("\n".repeat(blanks));
                if (next[k] >= 0 && next[k] != k + 1 && strength[next[k]] < CONFIDENT) {
                    guessed.add(pieces.get(next[k]).lines.getFirst().strip());
                }
            }
        }
        // The text ended without a line break, or with fewer blank lines than were printed after the last piece.
        String result = trimTo(out, text);
        return new Result(result, guessed);
    }

    /**
     * Pass 0 as a prior ({@link JoinReview}): a join it made across which no dictionary word reads on (and the next
     * piece opens with no mark no line begins with) is weighed against the starts of its column within
     * {@value #REVIEW_WINDOW} pieces that do read on from it (a word across, or such a mark) and that nothing else
     * continues yet, or only another such join. Only the ends with a start elsewhere scoring {@value #CONFIDENT} or
     * more, and the ends whose next piece such a start is, are assigned again, all at once; the next piece keeps a
     * bonus of {@value #OVERRIDE}. The bigram table is built over those pieces only: on a page whose blank lines fall
     * inside columns (every pass-0 join right) the review costs a few dictionary look-ups per join.
     *
     * @return whether a join was changed
     */
    private boolean reviewPassZero(List<Piece> pieces, int[] next, int[] previous, double[] strength,
                                   List<Piece> ends) {
        int n = pieces.size();
        boolean[] contested = new boolean[n];
        for (Piece a : ends) {
            contested[a.index] = true;
        }
        if (ends.isEmpty()) {
            return false;
        }
        boolean[] chosen = new boolean[n];
        List<Piece> kept = new ArrayList<>();
        for (Piece a : ends) {
            boolean any = false;
            for (int j = Math.max(0, a.index - REVIEW_WINDOW); j < Math.min(n, a.index + REVIEW_WINDOW + 1); j++) {
                if (alternative(a, j, pieces, previous, contested)) {
                    any = true;
                    chosen[j] = true;
                }
            }
            if (any) {
                kept.add(a);
                chosen[a.index] = true;
                chosen[a.index + 1] = true;
            }
        }
        if (kept.isEmpty()) {
            return false;
        }
        for (Piece a : ends) {
            contested[a.index] = false;
        }
        for (Piece a : kept) {
            contested[a.index] = true;
        }
        List<Piece> inPlay = new ArrayList<>();
        for (Piece p : pieces) {
            if (chosen[p.index]) {
                inPlay.add(p);
            }
        }
        PageBigrams page = new PageBigrams(inPlay);
        double[][] sharedWeight = page.sharedWeights(inPlay);
        int[] slot = new int[n];
        for (int k = 0; k < inPlay.size(); k++) {
            slot[inPlay.get(k).index] = k;
        }
        // The alternatives scoring CONFIDENT or more; an end without any keeps its next piece.
        List<int[]> viable = new ArrayList<>();
        List<Double> viableScore = new ArrayList<>();
        boolean[] active = new boolean[n];
        for (Piece a : kept) {
            for (int j = Math.max(0, a.index - REVIEW_WINDOW); j < Math.min(n, a.index + REVIEW_WINDOW + 1); j++) {
                if (!alternative(a, j, pieces, previous, contested)) {
                    continue;
                }
                Piece b = pieces.get(j);
                double sh = sharedShare(sharedWeight[slot[a.index]][slot[j]], a.weight, b.weight);
                double v = score(a, b, pieces, page, sh, CONFIDENT);
                if (v >= CONFIDENT) {
                    viable.add(new int[] {a.index, j});
                    viableScore.add(v);
                    active[a.index] = true;
                }
            }
        }
        if (viable.isEmpty()) {
            return false;
        }
        // An end whose next piece another end may take competes for it too.
        for (int[] pair : viable) {
            if (pair[1] > 0 && contested[pair[1] - 1] && next[pair[1] - 1] == pair[1]) {
                active[pair[1] - 1] = true;
            }
        }
        List<Piece> rows = new ArrayList<>();
        int[] row = new int[n];
        int[] col = new int[n];
        Arrays.fill(row, -1);
        Arrays.fill(col, -1);
        List<Piece> cols = new ArrayList<>();
        for (Piece a : kept) {
            if (active[a.index]) {
                row[a.index] = rows.size();
                rows.add(a);
                col[a.index + 1] = cols.size();
                cols.add(pieces.get(a.index + 1));
            }
        }
        for (int[] pair : viable) {
            if (row[pair[0]] >= 0 && col[pair[1]] < 0) {
                col[pair[1]] = cols.size();
                cols.add(pieces.get(pair[1]));
            }
        }
        double[][] score = new double[rows.size()][cols.size()];
        for (double[] r : score) {
            Arrays.fill(r, JoinReview.IMPOSSIBLE);
        }
        int[] printed = new int[rows.size()];
        for (Piece a : rows) {
            Piece b = pieces.get(a.index + 1);
            double sh = sharedShare(sharedWeight[slot[a.index]][slot[b.index]], a.weight, b.weight);
            score[row[a.index]][col[b.index]] = score(a, b, pieces, page, sh, Double.NEGATIVE_INFINITY);
            printed[row[a.index]] = col[b.index];
        }
        for (int k = 0; k < viable.size(); k++) {
            int[] pair = viable.get(k);
            if (row[pair[0]] >= 0) {
                score[row[pair[0]]][col[pair[1]]] = viableScore.get(k);
            }
        }
        int[] match = JoinReview.assign(score, printed, OVERRIDE, CONFIDENT);
        for (Piece a : rows) {
            next[a.index] = -1;
            previous[a.index + 1] = -1;
            strength[a.index + 1] = 0;
        }
        Integer[] order = new Integer[rows.size()];
        for (int e = 0; e < order.length; e++) {
            order[e] = e;
        }
        Arrays.sort(order, (x, y) -> Double.compare(match[y] < 0 ? -1 : score[y][match[y]],
                match[x] < 0 ? -1 : score[x][match[x]]));
        for (int e : order) {
            if (match[e] < 0) {
                continue;
            }
            int a = rows.get(e).index;
            int b = cols.get(match[e]).index;
            if (previous[b] >= 0 || chainHead(a, previous) == b) {
                continue;
            }
            next[a] = b;
            previous[b] = a;
            strength[b] = b == a + 1 ? 1 : score[e][match[e]];
        }
        for (Piece a : rows) {
            if (next[a.index] != a.index + 1) {
                return true;
            }
        }
        return false;
    }

    /** The pass-0 joins across which no dictionary word reads on, into a piece opening with no mark no line begins with. */
    private List<Piece> unconfirmedPassZero(List<Piece> pieces, int[] next) {
        List<Piece> ends = new ArrayList<>();
        for (Piece a : pieces) {
            if (a.movable() && next[a.index] == a.index + 1 && !pieces.get(a.index + 1).forbiddenStart
                    && wordAcross(a.tail, pieces.get(a.index + 1).head, dictionary) == 0) {
                ends.add(a);
            }
        }
        return ends;
    }

    /**
     * The pass-0 joins kept although nothing says the next piece continues the text: no dictionary word and no
     * character pair printed elsewhere on the page reads on across the join, the next piece opens with no mark no
     * line begins with, and the two pieces (both of three column lines or more) share almost none of their rare bigrams
     * (a share under {@value #UNRELATED}, rarity counted over the pieces of such joins). On generated pages 84–90 % of such joins put another text's
     * column after the end (seed 4242 and the dev seed, README round 6); the text cannot tell where the end goes on,
     * so the join is kept as printed and reported (the article is flagged {@code BODY_BOUNDARY_GUESSED}) instead of
     * guessed silently. The bigram table is built only when
     * such joins exist, and only over their pieces.
     *
     * @return the first lines of the next pieces of those joins
     */
    private List<String> unrelatedPassZero(List<Piece> pieces, int[] next, List<Piece> unconfirmed) {
        List<Piece> ends = new ArrayList<>();
        for (Piece a : unconfirmed) {
            if (next[a.index] == a.index + 1 && pieces.get(a.index + 1).columnKnown()) {
                ends.add(a); // still joined after the review
            }
        }
        if (ends.isEmpty()) {
            return List.of();
        }
        // The rare bigrams are counted over the pieces of these joins only (a full page table would cost the stitcher
        // as much again on the seed pages); too few of them to tell rare from common, and nothing is reported.
        List<Piece> subset = new ArrayList<>();
        for (Piece a : ends) {
            if (subset.isEmpty() || subset.getLast() != a) {
                subset.add(a);
            }
            subset.add(pieces.get(a.index + 1));
        }
        if (subset.size() < UNRELATED_MIN_PIECES) {
            return List.of();
        }
        PageBigrams page = new PageBigrams(subset); // the passes below make their own table over the pieces in play
        List<String> out = new ArrayList<>();
        for (Piece a : ends) {
            Piece b = pieces.get(a.index + 1);
            boolean pairAcross = !a.tail.isEmpty() && !b.head.isEmpty()
                    && page.count(a.tail.charAt(a.tail.length() - 1) << 16 | b.head.charAt(0)) > 0;
            if (!pairAcross && shared(a.bigrams, a.weight, b.bigrams, b.weight, page) < UNRELATED) {
                out.add(b.lines.getFirst().strip());
            }
        }
        return out;
    }

    /** Whether the contested end {@code a} could go on in piece {@code j} instead of its next piece. */
    private boolean alternative(Piece a, int j, List<Piece> pieces, int[] previous, boolean[] contested) {
        if (j == a.index || j == a.index + 1) {
            return false;
        }
        Piece b = pieces.get(j);
        return b.openStart && Math.abs(a.column - b.column) <= WIDTH_TOLERANCE && b.columnKnown()
                && (previous[j] < 0 || previous[j] == j - 1 && contested[j - 1])
                && (b.forbiddenStart || wordAcross(a.tail, b.head, dictionary) > 0);
    }

    private static double sharedShare(double both, double weightA, double weightB) {
        double all = Math.min(weightA, weightB);
        return all == 0 ? 0 : Math.min(1, both / all);
    }

    private void link(List<Piece> pieces, PageBigrams page, int[] next, int[] previous, double[] strength,
                      double threshold, boolean chains) {
        int n = pieces.size();
        int[][] backBigrams = new int[n][];
        double[] backWeight = new double[n];
        int[][] forwardBigrams = new int[n][];
        double[] forwardWeight = new double[n];
        if (chains) {
            // The text around the join: the open end with up to CONTEXT - 1 pieces before it in its chain, the start
            // with up to CONTEXT - 1 after it (bounded, so that a long page costs no more per piece).
            for (int i = 0; i < n; i++) {
                Piece p = pieces.get(i);
                if (p.movable() && next[i] < 0) {
                    int[] union = p.bigrams;
                    for (int k = previous[i], c = 1; k >= 0 && c < CONTEXT; k = previous[k], c++) {
                        union = union(union, pieces.get(k).bigrams);
                    }
                    backBigrams[i] = union;
                    backWeight[i] = page.weight(union);
                }
                if (p.openStart && previous[i] < 0) {
                    int[] union = p.bigrams;
                    for (int k = next[i], c = 1; k >= 0 && c < CONTEXT; k = next[k], c++) {
                        union = union(union, pieces.get(k).bigrams);
                    }
                    forwardBigrams[i] = union;
                    forwardWeight[i] = page.weight(union);
                }
            }
        }
        List<double[]> pairs = new ArrayList<>();
        for (Piece a : pieces) {
            if (!a.movable() || next[a.index] >= 0) {
                continue;
            }
            for (int j = Math.max(0, a.index - WINDOW); j < Math.min(n, a.index + WINDOW + 1); j++) {
                Piece b = pieces.get(j);
                if (j == a.index || !b.openStart || !b.columnKnown() || previous[j] >= 0
                        || Math.abs(a.column - b.column) > WIDTH_TOLERANCE) {
                    continue;
                }
                double shared = chains
                        ? shared(backBigrams[a.index], backWeight[a.index], forwardBigrams[j], forwardWeight[j], page)
                        : shared(a.bigrams, a.weight, b.bigrams, b.weight, page);
                double s = score(a, b, pieces, page, shared, threshold);
                if (s >= threshold) {
                    pairs.add(new double[] {s, a.index, b.index});
                }
            }
        }
        pairs.sort((x, y) -> Double.compare(y[0], x[0]));
        for (double[] pair : pairs) {
            int a = (int) pair[1];
            int b = (int) pair[2];
            if (next[a] >= 0 || previous[b] >= 0 || chainHead(a, previous) == b) {
                continue; // an end or a start already taken, or a loop
            }
            next[a] = b;
            previous[b] = a;
            strength[b] = pair[0];
        }
    }

    private static int[] union(int[] a, int[] b) {
        int[] out = new int[a.length + b.length];
        int i = 0;
        int j = 0;
        int m = 0;
        while (i < a.length || j < b.length) {
            int v;
            if (j >= b.length || i < a.length && a[i] < b[j]) {
                v = a[i++];
            } else if (i >= a.length || b[j] < a[i]) {
                v = b[j++];
            } else {
                v = a[i++];
                j++;
            }
            out[m++] = v;
        }
        return m == out.length ? out : Arrays.copyOf(out, m);
    }

    /** Same trailing blank lines as the input (the pieces moved; the page's end did not). */
    private static String trimTo(StringBuilder out, String text) {
        int trailing = 0;
        for (int i = text.length() - 1; i >= 0 && (text.charAt(i) == '\n' || Character.isWhitespace(text.charAt(i))); i--) {
            trailing++;
        }
        int end = out.length();
        while (end > 0 && Character.isWhitespace(out.charAt(end - 1))) {
            end--;
        }
        out.setLength(end);
        out.append(text, text.length() - trailing, text.length());
        return out.toString();
    }

    private static int chainHead(int a, int[] previous) {
        int k = a;
        int guard = previous.length;
        while (previous[k] >= 0 && guard-- > 0) {
            k = previous[k];
        }
        return k;
    }

    private void describe(Piece p) {
        // The column from a sample of the lines (the first ones and the last): enough for a justified column.
        int m = p.lines.size();
        int[] widths = new int[Math.min(m, SAMPLE_LINES + 1)];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = ParagraphRebuilder.width(p.lines.get(i == widths.length - 1 ? m - 1 : i).strip());
        }
        p.column = columnOf(widths);
        p.firstWidth = widths[0];
        p.widest = Arrays.stream(widths).max().orElse(0);
        String lastLine = p.lines.getLast().strip();
        p.first = WhitespaceCollapser.withoutSpaces(p.lines.getFirst().strip());
        p.last = WhitespaceCollapser.withoutSpaces(lastLine);
        p.head = headHan(p.first, 3);
        p.tail = tailHan(p.last, 3);
        p.lastSpaced = lastLine.length() - p.last.length() >= 3;
        String head = p.first;
        p.jumpTo = p.lines.size() == 1 && head.length() <= 12 && head.contains("下转") && head.contains("版");
        p.blockedStart = head.isEmpty() || ParagraphRebuilder.isArticleOpener(head)
                || CharClass.isBullet(head.codePointAt(0)) || head.startsWith("图为")
                || head.startsWith("记者") || head.startsWith("本报记者") || head.startsWith("□")
                || head.startsWith("——") || head.endsWith("摄")
                || headsItsOwnText(p, widths);
        p.displayFirst = isDisplayLine(p.first);
        String first = p.first;
        String last = p.last;
        boolean text = p.text = p.lines.size() >= 2 && fullLines(widths, p.column) >= 2
                || p.lines.stream().anyMatch(BodyStitcher::hasSentencePunctuation);
        if (!text || first.isEmpty() || last.isEmpty()) {
            return;
        }
        int lastChar = last.codePointBefore(last.length());
        p.openEnd = (widths[widths.length - 1] >= p.column - FULL_LINE_MARGIN
                || opensParagraphAtFoot(p.lines, widths[widths.length - 1], p.column))
                && !ParagraphRebuilder.endsSentence(last)
                && !CharClass.isClosingParenthesis(lastChar) && lastChar != '摄';
        int firstChar = first.codePointAt(0);
        p.forbiddenStart = CharClass.isLineStartForbidden(firstChar);
        p.openStart = (widths[0] >= p.column - FULL_LINE_MARGIN || p.forbiddenStart
                || ParagraphRebuilder.endsSentence(first)) && !p.blockedStart;
    }

    /**
     * Whether the piece opens with a display line over a text of its own: a first line without sentence punctuation
     * followed within two lines by an opener or a byline ({@code 热火一亿买顶级颓废大前} / {@code 本报新乡9月12日} /
     * {@code 讯（记者 X…}), or clearly wider than the column the rest of the piece runs in. Such a piece starts an
     * article; it never continues another text.
     */
    static boolean headsItsOwnText(List<String> lines, int[] widths, int column) {
        String head = WhitespaceCollapser.withoutSpaces(lines.getFirst().strip());
        if (head.isEmpty() || !isDisplayLine(head)) {
            return false;
        }
        for (int i = 1; i < Math.min(lines.size(), 3); i++) {
            String line = WhitespaceCollapser.withoutSpaces(lines.get(i).strip());
            String wrapped = i + 1 < lines.size() ? line + WhitespaceCollapser.withoutSpaces(lines.get(i + 1).strip()) : line;
            if (ParagraphRebuilder.isArticleOpener(wrapped) || line.startsWith("本报讯") || line.startsWith("记者")
                    || line.startsWith("本报记者") || line.startsWith("□") || line.startsWith("——")) {
                return true;
            }
        }
        // The column from the other lines: with three or more of them a wider first line is a headline over them.
        return widths.length >= 4 && widths[0] > column + WIDTH_TOLERANCE;
    }

    private static boolean headsItsOwnText(Piece p, int[] widths) {
        return p.lines.size() >= 2 && headsItsOwnText(p.lines, widths, columnOf(Arrays.copyOfRange(widths, 1,
                widths.length)));
    }

    /**
     * Whether the piece's last line is the first line of a new paragraph, full but for the indent pdftotext leaves
     * out ({@code …实现了零突破。} / {@code 钱本良介绍，干}, two characters short of the column): the paragraph goes on
     * at the top of the next column, wherever that is printed.
     */
    static boolean opensParagraphAtFoot(List<String> lines, int lastWidth, int column) {
        if (lines.size() < 2) {
            return false;
        }
        int indented = column - INDENT;
        return lastWidth >= indented - FULL_LINE_MARGIN && lastWidth <= indented + FULL_LINE_MARGIN
                && ParagraphRebuilder.endsSentence(WhitespaceCollapser.withoutSpaces(lines.get(lines.size() - 2).strip()));
    }

    /**
     * The width most lines share (±1; ties to the wider): justified Chinese lines all hold the same number of
     * characters, while a line with Latin letters or digits comes out a little wider or narrower.
     */
    static int columnOf(int[] widths) {
        if (widths.length <= 16) {
            return columnByPairs(widths); // a few lines: cheaper than a histogram
        }
        int min = widths[0];
        int max = widths[0];
        for (int w : widths) {
            min = Math.min(min, w);
            max = Math.max(max, w);
        }
        // A histogram instead of comparing every pair (long pieces have a hundred lines and more).
        int[] count = new int[max - min + 3];
        for (int w : widths) {
            count[w - min + 1]++;
        }
        int best = 0;
        int bestSupport = 0;
        for (int v = max - min + 1; v >= 1; v--) { // from the widest: ties go to the wider
            if (count[v] == 0) {
                continue;
            }
            int support = count[v - 1] + count[v] + count[v + 1];
            if (support > bestSupport) {
                best = v - 1 + min;
                bestSupport = support;
            }
        }
        return best;
    }

    /** The definition, pair by pair (what the histogram of {@link #columnOf} computes for long pieces). */
    static int columnByPairs(int[] widths) {
        int best = 0;
        int bestSupport = 0;
        for (int w : widths) {
            int support = 0;
            for (int v : widths) {
                if (Math.abs(v - w) <= 1) {
                    support++;
                }
            }
            if (support > bestSupport || support == bestSupport && w > best) {
                best = w;
                bestSupport = support;
            }
        }
        return best;
    }

    private static int fullLines(int[] widths, int column) {
        int full = 0;
        for (int w : widths) {
            if (w >= column - FULL_LINE_MARGIN) {
                full++;
            }
        }
        return full;
    }

    /**
     * A line that could be a headline: none of the marks that run a sentence on ({@code 。，、；}); a headline may hold
     * {@code ！？：} and quotes ({@code 急停+虚晃！阿联终于犀利}).
     */
    static boolean isDisplayLine(String compact) {
        for (int i = 0; i < compact.length(); i++) {
            char c = compact.charAt(i);
            if (c == '。' || c == '，' || c == '、' || c == '；') {
                return false;
            }
        }
        return !compact.isEmpty();
    }

    private static boolean hasSentencePunctuation(String compact) {
        for (int i = 0; i < compact.length(); i++) {
            char c = compact.charAt(i);
            if (c == '。' || c == '，' || c == '！' || c == '？' || c == '；' || c == '、' || c == '：') {
                return true;
            }
        }
        return false;
    }

    private double score(Piece a, Piece b, List<Piece> pieces, PageBigrams page, double shared, double threshold) {
        double s;
        if (b.index == a.index + 1) {
            s = NEXT;
        } else if (b.index > a.index) {
            s = LATER - 0.002 * (b.index - a.index);
        } else {
            s = EARLIER;
        }
        s += SHARED * shared;
        if (b.index > 0 && b.index != a.index + 1) {
            Piece before = pieces.get(b.index - 1);
            if (before.text && !before.openEnd) {
                s += ORPHAN; // printed after a finished text: a column's continuation, not a text's start
            }
        }
        if (a.column == b.column) {
            s += SAME_WIDTH;
        }
        if (b.forbiddenStart) {
            s += FORBIDDEN_START;
        } else if (s + DICTIONARY_WORD + PAGE_BIGRAM >= threshold) {
            s += join(a, b, page); // the dictionary only when the join could still decide
        }
        return s;
    }

    /** Evidence that the sentence straddling the join reads on: a word or a page bigram across it. */
    private double join(Piece a, Piece b, PageBigrams page) {
        String left = a.tail;
        String right = b.head;
        if (left.isEmpty() || right.isEmpty()) {
            return 0;
        }
        double best = wordAcross(left, right, dictionary);
        int bigram = left.charAt(left.length() - 1) << 16 | right.charAt(0);
        if (page.count(bigram) > 0) {
            best += PAGE_BIGRAM; // the pair of characters across the join is printed elsewhere on the page
        }
        return best;
    }

    /**
     * The dictionary's evidence that a sentence reads on from the Han characters {@code left} (the end of a line) into
     * {@code right} (the start of the next): {@value #DICTIONARY_WORD} for a word of three or four characters across
     * the join, 0.7 of that for one of two, else 0. Also used by {@link InterleavedColumns} line by line.
     */
    static double wordAcross(String left, String right, Predicate<String> dictionary) {
        // Words of at most four characters: at most three on either side, copied once into one buffer (this runs for
        // every join and every interleaved line break; one string per look-up instead of three).
        int ln = Math.min(3, left.length());
        int rn = Math.min(3, right.length());
        if (ln == 0 || rn == 0) {
            return 0;
        }
        char[] across = new char[ln + rn];
        left.getChars(left.length() - ln, left.length(), across, 0);
        right.getChars(0, rn, across, ln);
        double best = 0;
        for (int l = 1; l <= ln; l++) {
            for (int r = 1; r <= rn && l + r <= 4; r++) {
                if (dictionary.test(new String(across, ln - l, l + r))) {
                    if (l + r >= 3) {
                        return DICTIONARY_WORD; // the most a join can show
                    }
                    best = DICTIONARY_WORD * 0.7;
                }
            }
        }
        return best;
    }

    /** Share of b's page-weighted bigrams that a also has (0-1): the rarer on the page, the more a bigram counts. */
    private static double shared(int[] a, double weightA, int[] b, double weightB, PageBigrams page) {
        if (a.length == 0 || b.length == 0) {
            return 0;
        }
        double both = 0;
        int i = 0;
        int j = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                both += page.weightOfId(a[i]);
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        double all = Math.min(weightA, weightB);
        return all == 0 ? 0 : Math.min(1, both / all);
    }

    /**
     * The page's character bigrams (an open-addressing table, one pass over the pieces) with the number of pieces each
     * occurs in; each piece's bigrams become the sorted ids of the table, so that pieces compare by merging.
     */
    private static final class PageBigrams {
        private final BigramSlots slots;
        private final int[] ids;
        private final int[] lastPiece;
        private int[] counts = new int[256];
        private int size;
        private double[] weights;

        PageBigrams(List<Piece> pieces) {
            int chars = 0;
            for (Piece p : pieces) {
                for (String c : p.lines) {
                    chars += c.length();
                }
            }
            slots = new BigramSlots(chars);
            ids = new int[slots.capacity()];
            lastPiece = new int[slots.capacity()];
            Arrays.fill(lastPiece, -1);
            int[] buffer = new int[64];
            for (Piece p : pieces) {
                int m = 0;
                char previous = 0;
                for (String c : p.lines) {
                    for (int i = 0; i < c.length(); i++) {
                        char ch = c.charAt(i);
                        if (ch == ' ' || ch == '\u3000' || ch == '\t') {
                            continue; // letter-spaced text: the characters still pair up
                        }
                        if (!CharClass.isHan(ch)) {
                            previous = 0;
                            continue;
                        }
                        if (previous != 0) {
                            int slot = slots.slot(previous << 16 | ch);
                            if (slots.isFree(slot)) {
                                slots.claim(slot, previous << 16 | ch);
                                ids[slot] = size;
                                if (size == counts.length) {
                                    counts = Arrays.copyOf(counts, size * 2);
                                }
                                size++;
                            }
                            if (lastPiece[slot] != p.index) {
                                lastPiece[slot] = p.index;
                                counts[ids[slot]]++;
                                if (m == buffer.length) {
                                    buffer = Arrays.copyOf(buffer, m * 2);
                                }
                                buffer[m++] = ids[slot];
                            }
                        }
                        previous = ch;
                    }
                }
                int[] own = Arrays.copyOf(buffer, m);
                Arrays.sort(own);
                p.bigrams = own;
            }
            weights = new double[size];
            double[] byCount = new double[pieces.size() + 1];
            for (int d = 2; d <= pieces.size(); d++) {
                byCount[d] = Math.log((double) pieces.size() / d);
            }
            for (int i = 0; i < size; i++) {
                weights[i] = byCount[Math.min(pieces.size(), counts[i])]; // in one piece only: no evidence of a join
            }
            for (Piece p : pieces) {
                p.weight = weight(p.bigrams);
            }
        }

        /**
         * The page weight of the bigrams each pair of the given pieces has in common, by the pieces each bigram occurs
         * in (one pass over the pieces' bigrams instead of a merge per pair); bigrams in more than
         * {@value #SHARED_MOST} pieces weigh little and are left out. Indexed by position in {@code inPlay}.
         */
        double[][] sharedWeights(List<Piece> inPlay) {
            int m = inPlay.size();
            double[][] both = new double[m][m];
            int[] start = new int[size + 1];
            for (Piece p : inPlay) {
                for (int id : p.bigrams) {
                    if (counts[id] >= 2 && counts[id] <= SHARED_MOST) {
                        start[id + 1]++;
                    }
                }
            }
            for (int i = 0; i < size; i++) {
                start[i + 1] += start[i];
            }
            int[] fill = Arrays.copyOf(start, size);
            int[] postings = new int[start[size]];
            for (int k = 0; k < m; k++) {
                for (int id : inPlay.get(k).bigrams) {
                    if (counts[id] >= 2 && counts[id] <= SHARED_MOST) {
                        postings[fill[id]++] = k;
                    }
                }
            }
            for (int id = 0; id < size; id++) {
                double w = weights[id];
                for (int x = start[id]; x < start[id + 1]; x++) {
                    for (int y = x + 1; y < start[id + 1]; y++) {
                        both[postings[x]][postings[y]] += w;
                        both[postings[y]][postings[x]] += w;
                    }
                }
            }
            return both;
        }

        /** Pieces the bigram occurs in. */
        int count(int bigram) {
            int slot = slots.slot(bigram);
            return slots.isFree(slot) ? 0 : counts[ids[slot]];
        }

        double weightOfId(int id) {
            return weights[id];
        }

        double weight(int[] ids) {
            double w = 0;
            for (int id : ids) {
                w += weights[id];
            }
            return w;
        }
    }

    /**
     * Whether a line standing alone between blank lines is a title rather than a line of a column that many
     * half-em wide: Han characters only (so its width is exact: a justified column line of them fills the column)
     * with no sentence mark, and narrower than the column ({@code 老街夜市昨晚重新开张迎客} under a column of 14).
     */
    static boolean isShortTitleLine(String compact, int width, int column) {
        if (width >= column - 1 || !isDisplayLine(compact)) {
            return false;
        }
        for (int i = 0; i < compact.length(); i++) {
            if (!CharClass.isHan(compact.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    static String tailHan(String s, int max) {
        int end = s.length();
        int start = end;
        while (start > 0 && end - start < max && CharClass.isHan(s.charAt(start - 1))) {
            start--;
        }
        return s.substring(start, end);
    }

    static String headHan(String s, int max) {
        int end = 0;
        while (end < s.length() && end < max && CharClass.isHan(s.charAt(end))) {
            end++;
        }
        return s.substring(0, end);
    }
}
