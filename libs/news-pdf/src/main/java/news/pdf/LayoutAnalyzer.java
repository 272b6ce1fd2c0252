package news.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Glyphs → lines → blocks → modules in reading order, from geometry alone.
 * <ol>
 *   <li><b>Lines</b>: glyphs on one baseline (within 0.3 em: digits set raised in another face stay on their line)
 *       with no gap wider than {@link #MAX_GLYPH_GAP} em; two columns printed side by side stay two lines.</li>
 *   <li><b>Blocks</b>: lines stacked in one column in the same font and size, each under the one before within
 *       {@link #MAX_LEADING} em and overlapping it; a paragraph starts at an indented line or after a short one.</li>
 *   <li><b>Headlines</b>: blocks at least {@link #HEADLINE_RATIO} × the body size (the size most characters have),
 *       or bold and {@link #BOLD_HEADLINE_RATIO} × it. Each headline spans a range: its own width widened to the
 *       columns printed right under it (or, for a headline beside its text, right of it) — columns of one article
 *       share their top and width.</li>
 *   <li><b>Reading order</b>: recursive XY-cut. A region is cut at vertical white gaps first (left to right) —
 *       except inside the range of a headline standing in that region, so an article's columns are never cut from
 *       its headline — then at horizontal gaps (top to bottom). A region left uncut reads column by column.</li>
 *   <li><b>Modules</b>: the largest regions of the cut holding one headline that spans them, or none.</li>
 * </ol>
 * Stateless and thread-safe.
 */
final class LayoutAnalyzer {
    static final float MAX_GLYPH_GAP = 0.8f;
    static final float MAX_GAP_POINTS = 12f;
    static final float MAX_LEADING = 1.8f;
    static final float HEADLINE_RATIO = 1.3f;
    static final float BOLD_HEADLINE_RATIO = 1.12f;
    /**
     * Marks that may hang past a column's right edge: closing punctuation, and the two-em ellipsis and dash, which
     * are never broken over two lines (a justified line that ends with them runs into the gutter).
     */
    static final String CLOSING_MARKS = "，。、；：？！”’）》」』】…—";

    PageLayout analyze(int pageNumber, float width, float height, List<Glyph> glyphs) {
        return analyze(pageNumber, width, height, glyphs, Separators.NONE);
    }

    PageLayout analyze(int pageNumber, float width, float height, List<Glyph> glyphs, Separators separators) {
        float body = bodySize(glyphs);
        List<TextLine> lines = lines(weighUnnamedFonts(glyphs, body));
        List<TextBlock> blocks = blocks(lines);
        List<Module> modules = modules(blocks, body, height, separators);
        return new PageLayout(pageNumber, width, height, body, modules, separators);
    }

    /** The size most glyphs have (rounded to a quarter point); 10 for an empty page. */
    static float bodySize(List<Glyph> glyphs) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (Glyph g : glyphs) {
            counts.merge(Math.round(g.size() * 4), 1, Integer::sum);
        }
        return counts.entrySet().stream().max(Map.Entry.<Integer, Integer>comparingByValue()
                        .thenComparing(Map.Entry.comparingByKey()))
                .map(e -> e.getKey() / 4f).orElse(10f);
    }

    /**
     * Glyphs of unnamed fonts (Type 3 without a name: what Chromium's PDF writes for synthetic bold and stroked text,
     * one font per glyph) read as bold when the body text is set in a named font: the PDF says nothing of their
     * weight, and a face apart from the body's, set by a producer that names its real fonts, is a display face
     * (subheadings, labels, headlines). A page set entirely in unnamed fonts is left as it is.
     */
    static List<Glyph> weighUnnamedFonts(List<Glyph> glyphs, float body) {
        Map<String, Integer> bodyFonts = new HashMap<>();
        boolean unnamed = false;
        for (Glyph g : glyphs) {
            if (Math.abs(g.size() - body) < 0.13f) {
                bodyFonts.merge(g.font(), 1, Integer::sum);
            }
            unnamed |= g.font().isEmpty() && !g.bold();
        }
        String bodyFont = bodyFonts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
                .orElse("");
        if (!unnamed || bodyFont.isEmpty()) {
            return glyphs;
        }
        List<Glyph> out = new ArrayList<>(glyphs.size());
        for (Glyph g : glyphs) {
            out.add(g.font().isEmpty() && !g.bold()
                    ? new Glyph(g.text(), g.x(), g.baseline(), g.width(), g.size(), true, g.font()) : g);
        }
        return out;
    }

    // ---- lines ----

    /** The widest gap inside a line: 0.8 em, but never a gutter's width (big type in neighbouring modules). */
    static float maxGap(float size) {
        return Math.min(MAX_GLYPH_GAP * Math.max(size, 4), MAX_GAP_POINTS);
    }

    private static final class LineBuilder {
        final List<Glyph> glyphs = new ArrayList<>();
        float baseline;
        float size;
        float right;

        LineBuilder(Glyph g) {
            add(g);
            baseline = g.baseline();
            size = g.size();
        }

        void add(Glyph g) {
            glyphs.add(g);
            right = Math.max(right, g.right());
            if (g.size() > size) {
                // the line's baseline and size are its largest glyphs' (smaller raised digits do not move it)
                size = g.size();
                baseline = g.baseline();
            }
        }
    }

    /** Height of a baseline bucket of open lines, in points: a glyph looks only at lines near its baseline. */
    private static final float BASELINE_BUCKET = 4f;

    private static int bucket(float baseline) {
        return (int) Math.floor(baseline / BASELINE_BUCKET);
    }

    static List<TextLine> lines(List<Glyph> glyphs) {
        List<Glyph> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingDouble(Glyph::x).thenComparingDouble(Glyph::baseline));
        // open lines by baseline bucket: a glyph joins a line within 0.3 em of the larger size, and sizes differ by
        // at most 1.67 ×, so only lines within half the glyph's size of its baseline can take it (a page of thousands
        // of tiny runs — a stock table — would otherwise compare each glyph with every open line)
        Map<Integer, List<LineBuilder>> active = new HashMap<>();
        List<LineBuilder> done = new ArrayList<>();
        for (Glyph g : sorted) {
            LineBuilder best = null;
            float bestDy = Float.MAX_VALUE;
            int from = bucket(g.baseline() - 0.5f * g.size());
            int to = bucket(g.baseline() + 0.5f * g.size());
            search:
            for (int k = from; k <= to; k++) {
                List<LineBuilder> open = active.get(k);
                if (open == null) {
                    continue;
                }
                for (int i = open.size() - 1; i >= 0; i--) {
                    LineBuilder lb = open.get(i);
                    if (lb.right < g.x() - maxGap(lb.size)) {
                        done.add(lb);
                        open.set(i, open.getLast());
                        open.removeLast();
                        continue;
                    }
                    float ratio = g.size() / lb.size;
                    float dy = Math.abs(g.baseline() - lb.baseline);
                    if (ratio < 0.6f || ratio > 1.67f || dy > 0.3f * Math.max(g.size(), lb.size)) {
                        continue;
                    }
                    // an overprint (fake bold) of the glyph just before, within a fifth of an em and half its width
                    // (a narrow Latin glyph overlaps its copy by less than half an em): dropped, and the glyph it
                    // doubles is bold (a producer that emboldens by printing a glyph twice, slightly shifted, or fills
                    // it and strokes a copy in another font)
                    Glyph last = lb.glyphs.getLast();
                    if (last.text().equals(g.text()) && Math.abs(last.x() - g.x()) < Math.min(0.2f * g.size(), 0.5f * last.width())
                            && dy < 0.1f * g.size()) {
                        if (!last.bold()) {
                            lb.glyphs.set(lb.glyphs.size() - 1, new Glyph(last.text(), last.x(), last.baseline(),
                                    last.width(), last.size(), true, last.font()));
                        }
                        best = lb;
                        bestDy = -1;
                        break search;
                    }
                    if (g.x() < lb.right - 0.5f * Math.min(g.size(), lb.size)) {
                        continue; // overlapping what is already there
                    }
                    if (dy < bestDy) {
                        bestDy = dy;
                        best = lb;
                    }
                }
            }
            if (best == null) {
                LineBuilder lb = new LineBuilder(g);
                active.computeIfAbsent(bucket(lb.baseline), x -> new ArrayList<>()).add(lb);
            } else if (bestDy >= 0) {
                int before = bucket(best.baseline);
                best.add(g);
                int after = bucket(best.baseline);
                if (after != before) {
                    // a larger glyph moved the line's baseline: it is looked up under its new one
                    active.get(before).remove(best);
                    active.computeIfAbsent(after, x -> new ArrayList<>()).add(best);
                }
            }
        }
        for (List<LineBuilder> open : active.values()) {
            done.addAll(open);
        }
        done = joinLetterSpaced(done);
        done = joinSpacedRuns(done);
        List<TextLine> out = new ArrayList<>(done.size());
        for (List<Glyph> piece : splitAtColumnEdges(done)) {
            out.add(toLine(piece));
        }
        return out;
    }

    /**
     * Joins a line of one or two glyphs to the line it continues on the same baseline at the same size, up to two em
     * to its left: a letter-spaced label or headline ({@code 简  讯}).
     */
    private static List<LineBuilder> joinLetterSpaced(List<LineBuilder> lines) {
        List<LineBuilder> sorted = new ArrayList<>(lines);
        sorted.sort(Comparator.comparingDouble((LineBuilder lb) -> lb.glyphs.getFirst().x()));
        List<LineBuilder> out = new ArrayList<>();
        java.util.Set<LineBuilder> absorbed = new java.util.HashSet<>();
        // only lines of one or two glyphs are ever joined on: look at those alone
        List<LineBuilder> small = sorted.stream().filter(lb -> lb.glyphs.size() <= 2).toList();
        for (LineBuilder lb : sorted) {
            if (absorbed.contains(lb)) {
                continue;
            }
            for (LineBuilder other : small) {
                if (other == lb || absorbed.contains(other)) {
                    continue;
                }
                float gap = other.glyphs.getFirst().x() - lb.right;
                // lb is one glyph, or itself letter-spaced (its glyphs half an em apart or more)
                boolean spaced = lb.glyphs.size() == 1 || lb.glyphs.size() <= 8 && minGap(lb) >= 0.5f * lb.size;
                if (gap > 0 && gap <= 2 * lb.size && Math.abs(other.baseline - lb.baseline) < 0.1f * lb.size
                        && Math.abs(other.size - lb.size) < 0.05f * lb.size && spaced) {
                    other.glyphs.forEach(lb::add);
                    absorbed.add(other);
                }
            }
            out.add(lb);
        }
        return out;
    }

    /**
     * Joins the runs of one letter-spaced line that a wider gap cut apart: a short line justified across a wide column
     * spreads its glyphs a quarter em or more apart, and a space between two words gets that spacing twice over its own
     * width, more than the gap that ends a line. Two runs on one baseline, same size and weight, each spaced alike
     * (median gaps within 0.1 em, at least a quarter em), the gap between them at most twice that spacing plus half an
     * em, are one line.
     */
    private static List<LineBuilder> joinSpacedRuns(List<LineBuilder> lines) {
        Map<Integer, List<LineBuilder>> byBaseline = new HashMap<>();
        for (LineBuilder lb : lines) {
            byBaseline.computeIfAbsent(Math.round(lb.baseline * 2), x -> new ArrayList<>()).add(lb);
        }
        java.util.Set<LineBuilder> absorbed = new java.util.HashSet<>();
        for (List<LineBuilder> row : byBaseline.values()) {
            if (row.size() < 2) {
                continue;
            }
            row.sort(Comparator.comparingDouble((LineBuilder lb) -> lb.glyphs.getFirst().x()));
            LineBuilder left = row.getFirst();
            for (int i = 1; i < row.size(); i++) {
                LineBuilder right = row.get(i);
                float spacing = medianGap(left);
                float gap = right.glyphs.getFirst().x() - left.right;
                boolean alike = Math.abs(left.size - right.size) < 0.05f * left.size
                        && boldOf(left) == boldOf(right)
                        && Math.abs(left.baseline - right.baseline) < 0.1f * left.size
                        && spacing >= 0.25f * left.size
                        && (right.glyphs.size() < 2 || Math.abs(medianGap(right) - spacing) <= 0.1f * left.size);
                if (left.glyphs.size() >= 3 && alike && gap > 0 && gap <= 2 * spacing + 0.5f * left.size) {
                    right.glyphs.forEach(left::add);
                    absorbed.add(right);
                } else {
                    left = right;
                }
            }
        }
        if (absorbed.isEmpty()) {
            return lines;
        }
        List<LineBuilder> out = new ArrayList<>(lines.size() - absorbed.size());
        for (LineBuilder lb : lines) {
            if (!absorbed.contains(lb)) {
                out.add(lb);
            }
        }
        return out;
    }

    private static float medianGap(LineBuilder lb) {
        if (lb.glyphs.size() < 2) {
            return 0;
        }
        float[] gaps = new float[lb.glyphs.size() - 1];
        for (int i = 1; i < lb.glyphs.size(); i++) {
            gaps[i - 1] = lb.glyphs.get(i).x() - lb.glyphs.get(i - 1).right();
        }
        java.util.Arrays.sort(gaps);
        return gaps[gaps.length / 2];
    }

    private static boolean boldOf(LineBuilder lb) {
        int bold = 0;
        for (Glyph g : lb.glyphs) {
            bold += g.bold() ? 1 : 0;
        }
        return 2 * bold > lb.glyphs.size();
    }

    private static float minGap(LineBuilder lb) {
        float min = Float.MAX_VALUE;
        for (int i = 1; i < lb.glyphs.size(); i++) {
            min = Math.min(min, lb.glyphs.get(i).x() - lb.glyphs.get(i - 1).right());
        }
        return min;
    }

    /**
     * Splits lines that run into the next column: at a glyph that starts where at least three other lines start (a
     * column's left edge) after a gap of a third of an em, when the text before it ends where three lines end (a
     * column's right edge) or hangs a mark past it (punctuation hanging past a column's right edge leaves less than a
     * gutter between the columns).
     */
    private static List<List<Glyph>> splitAtColumnEdges(List<LineBuilder> lines) {
        Map<Integer, Integer> starts = new HashMap<>();
        Map<Integer, Integer> ends = new HashMap<>();
        for (LineBuilder lb : lines) {
            starts.merge(Math.round(lb.glyphs.getFirst().x()), 1, Integer::sum);
            ends.merge(Math.round(lb.glyphs.getLast().right()), 1, Integer::sum);
        }
        Map<Integer, List<LineBuilder>> byBucket = new HashMap<>();
        for (LineBuilder lb : lines) {
            byBucket.computeIfAbsent(bucket(lb.baseline), x -> new ArrayList<>()).add(lb);
        }
        List<List<Glyph>> out = new ArrayList<>(lines.size());
        for (LineBuilder lb : lines) {
            List<Glyph> piece = new ArrayList<>();
            Glyph previous = null;
            Glyph marksFrom = null; // the first of the closing marks the text before ends with
            Glyph beforeMarks = null; // the glyph before them
            for (Glyph g : lb.glyphs) {
                // ... where the text before ends at a column's right edge, or hangs marks past it (。” ……): the
                // column's edge falls at the start, middle or end of one of them, or where the text before them ends
                boolean hanging = marksFrom != null && (beforeMarks != null && isColumnEdge(ends, beforeMarks.right())
                        || marksAtEdge(lb.glyphs, marksFrom, previous, ends));
                // (never a bold line or a letter-spaced word: display type does not run across columns); hanging
                // marks may fill a narrow gutter and their advance overlap the next column's first glyph (a mark's
                // advance is mostly blank)
                float gap = previous == null ? 0 : g.x() - previous.right();
                if (previous != null && (gap >= 0.3f * lb.size || hanging && marksFrom != previous && gap >= -0.6f * lb.size)
                        && isColumnEdge(starts, g.x())
                        && (hanging || isColumnEdge(ends, previous.right())) && !g.bold() && piece.size() > 2
                        && CLOSING_MARKS.indexOf(g.text().charAt(0)) < 0 // no line starts with closing punctuation
                        && !insideWideColumn(lb, previous.right(), g.x(), byBucket)) {
                    out.add(piece);
                    piece = new ArrayList<>();
                }
                piece.add(g);
                boolean mark = CLOSING_MARKS.indexOf(g.text().charAt(0)) >= 0;
                if (mark && marksFrom == null) {
                    beforeMarks = previous;
                }
                marksFrom = !mark ? null : marksFrom == null ? g : marksFrom;
                previous = g;
            }
            out.add(piece);
        }
        return out;
    }

    /**
     * Whether the lines right above and right below run on through the gap {@code from..to} of {@code lb}: then the
     * column edges other modules of the page have there do not cut it (a line of a wide column, its marks falling
     * where a narrower grid's columns meet).
     */
    private static boolean insideWideColumn(LineBuilder lb, float from, float to, Map<Integer, List<LineBuilder>> byBucket) {
        LineBuilder above = null;
        LineBuilder below = null;
        int reach = (int) Math.ceil(2.5f * lb.size / BASELINE_BUCKET);
        for (int k = bucket(lb.baseline) - reach; k <= bucket(lb.baseline) + reach; k++) {
            for (LineBuilder o : byBucket.getOrDefault(k, List.of())) {
                float dy = o.baseline - lb.baseline;
                if (o == lb || Math.abs(o.size - lb.size) > 0.05f * lb.size || Math.abs(dy) > 2.5f * lb.size
                        || Math.abs(dy) < 0.5f * lb.size || o.glyphs.getFirst().x() > from - lb.size || o.right < to + lb.size) {
                    continue;
                }
                if (dy < 0 && (above == null || dy > above.baseline - lb.baseline)) {
                    above = o;
                } else if (dy > 0 && (below == null || dy < below.baseline - lb.baseline)) {
                    below = o;
                }
            }
        }
        return above != null && below != null && runsThrough(above, from, to) && runsThrough(below, from, to);
    }

    /** Whether the line has no gap of a third of an em anywhere over {@code from..to}. */
    private static boolean runsThrough(LineBuilder lb, float from, float to) {
        for (int i = 1; i < lb.glyphs.size(); i++) {
            Glyph a = lb.glyphs.get(i - 1);
            Glyph b = lb.glyphs.get(i);
            if (b.x() - a.right() >= 0.3f * lb.size && a.right() < to && b.x() > from) {
                return false;
            }
        }
        return true;
    }

    /** Whether a column's right edge falls at the start, middle or end of one of the marks {@code from..to}. */
    private static boolean marksAtEdge(List<Glyph> glyphs, Glyph from, Glyph to, Map<Integer, Integer> ends) {
        boolean in = false;
        for (Glyph m : glyphs) {
            in = in || m == from;
            if (in && (isColumnEdge(ends, m.x()) || isColumnEdge(ends, m.x() + 0.5f * m.width())
                    || isColumnEdge(ends, m.right()))) {
                return true;
            }
            if (m == to) {
                break;
            }
        }
        return false;
    }

    private static boolean isColumnEdge(Map<Integer, Integer> edges, float x) {
        int k = Math.round(x);
        int n = 0;
        for (int d = -2; d <= 2; d++) {
            n += edges.getOrDefault(k + d, 0);
        }
        return n >= 3;
    }

    private static TextLine toLine(List<Glyph> glyphs) {
        float size = 0;
        float baseline = 0;
        float right = -Float.MAX_VALUE;
        for (Glyph g : glyphs) {
            if (g.size() > size) {
                size = g.size();
                baseline = g.baseline();
            }
            right = Math.max(right, g.right());
        }
        // the usual gap between glyphs of this line (justified lines are letter-spaced): a quarter em more is a space
        // (a word space, or the separator between names in a byline)
        float[] gaps = new float[Math.max(0, glyphs.size() - 1)];
        for (int i = 1; i < glyphs.size(); i++) {
            gaps[i - 1] = Math.max(0, glyphs.get(i).x() - glyphs.get(i - 1).right());
        }
        java.util.Arrays.sort(gaps);
        float usual = gaps.length == 0 ? 0 : gaps[gaps.length / 2];
        StringBuilder text = new StringBuilder();
        Map<String, Integer> fonts = new HashMap<>();
        Map<String, Integer> cjkFonts = new HashMap<>();
        int bold = 0;
        Glyph previous = null;
        for (Glyph g : glyphs) {
            if (previous != null && g.x() - previous.right() > usual + 0.25f * size) {
                text.append(' ');
            }
            text.append(g.text());
            fonts.merge(g.font(), g.text().length(), Integer::sum);
            if (g.text().charAt(0) >= 0x2E80) {
                cjkFonts.merge(g.font(), 1, Integer::sum);
            }
            bold += g.bold() ? 1 : 0;
            previous = g;
        }
        // the line's font: the one most of its Chinese characters are set in (Latin runs may be set in another face)
        String font = fonts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("");
        if (!cjkFonts.isEmpty()) {
            font = cjkFonts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(font);
        }
        return new TextLine(text.toString(), glyphs.getFirst().x(), right, baseline, size, bold * 2 > glyphs.size(), font);
    }

    // ---- blocks ----

    private static final class BlockBuilder {
        final List<TextLine> lines = new ArrayList<>();
        /** the size of the last line holding Chinese text (0 until there is one) */
        float textSize;

        void add(TextLine l) {
            lines.add(l);
            if (!latinOnly(l)) {
                textSize = l.size();
            }
        }

        TextLine last() {
            return lines.getLast();
        }
    }

    static List<TextBlock> blocks(List<TextLine> lines) {
        List<TextLine> sorted = new ArrayList<>(lines);
        sorted.sort(Comparator.comparingDouble(TextLine::baseline).thenComparingDouble(TextLine::x));
        List<BlockBuilder> open = new ArrayList<>();
        List<BlockBuilder> all = new ArrayList<>();
        for (TextLine l : sorted) {
            BlockBuilder best = null;
            float bestScore = Float.MAX_VALUE;
            for (int i = open.size() - 1; i >= 0; i--) {
                BlockBuilder b = open.get(i);
                TextLine p = b.last();
                float step = l.baseline() - p.baseline();
                // the leading is the column's: a Latin word set smaller on a line of its own does not shorten it
                if (step > MAX_LEADING * Math.max(p.size(), b.textSize)) {
                    open.set(i, open.getLast());
                    open.removeLast();
                    continue;
                }
                // a line of Latin letters or digits only (a long word set in the Latin face, smaller) stays in its column
                boolean latin = latinOnly(l) || latinOnly(p);
                if (step < 0.9f * Math.min(p.size(), l.size()) || Math.abs(l.size() - p.size()) > (latin ? 0.2f : 0.1f) * p.size()
                        || l.bold() != p.bold() || !latin && !l.font().equals(p.font())) {
                    continue;
                }
                float overlap = Math.min(l.right(), p.right()) - Math.max(l.x(), p.x());
                if (overlap < 0.5f * Math.min(l.width(), p.width()) && overlap < 2 * p.size()) {
                    continue;
                }
                // a line under a column belongs to it when its left edge is the column's (or indented by two em)
                float leftShift = l.x() - blockLeft(b);
                if (leftShift < -3f * p.size()) {
                    continue;
                }
                float score = step + Math.abs(leftShift) * 0.1f;
                if (score < bestScore) {
                    bestScore = score;
                    best = b;
                }
            }
            if (best == null) {
                best = new BlockBuilder();
                open.add(best);
                all.add(best);
            }
            best.add(l);
        }
        List<TextBlock> out = new ArrayList<>(all.size());
        for (BlockBuilder b : all) {
            out.add(toBlock(b.lines));
        }
        return out;
    }

    private static boolean latinOnly(TextLine l) {
        for (int i = 0; i < l.text().length(); i++) {
            if (l.text().charAt(i) >= 0x2E80) {
                return false;
            }
        }
        return true;
    }

    private static float blockLeft(BlockBuilder b) {
        float left = Float.MAX_VALUE;
        for (TextLine l : b.lines) {
            left = Math.min(left, l.x());
        }
        return left;
    }

    static TextBlock toBlock(List<TextLine> lines) {
        float x = Float.MAX_VALUE;
        float right = -Float.MAX_VALUE;
        float sizeSum = 0;
        int bold = 0;
        for (TextLine l : lines) {
            x = Math.min(x, l.x());
            right = Math.max(right, l.right());
            sizeSum += l.size();
            bold += l.bold() ? 1 : 0;
        }
        float size = sizeSum / lines.size();
        float largest = 0;
        for (TextLine l : lines) {
            largest = Math.max(largest, l.size());
        }
        if (lines.size() > 1 && largest - size < 0.2f * largest) {
            // the column's size: the size most lines have (a Latin-only line set smaller does not shrink it)
            Map<Integer, Integer> counts = new HashMap<>();
            for (TextLine l : lines) {
                counts.merge(Math.round(l.size() * 4), 1, Integer::sum);
            }
            size = counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(e -> e.getKey() / 4f).orElse(size);
        }
        // the column's right edge: the median line end (marks hang past it, a long Latin word may stick out)
        float[] rights = new float[lines.size()];
        for (int i = 0; i < rights.length; i++) {
            rights[i] = lines.get(i).right();
        }
        java.util.Arrays.sort(rights);
        float columnRight = rights[rights.length / 2];
        List<Boolean> starts = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            TextLine l = lines.get(i);
            boolean start = i == 0 || l.x() - x >= 1.2f * size || lines.get(i - 1).right() < columnRight - 1.2f * size;
            starts.add(start);
        }
        return new TextBlock(lines, starts, x, lines.getFirst().top(), right, lines.getLast().bottom(), size,
                bold * 2 > lines.size());
    }

    // ---- headlines, reading order, modules ----

    static boolean isHeadline(TextBlock b, float body) {
        if (b.size() >= HEADLINE_RATIO * body) {
            return countLettersOrHan(b.text()) >= 2;
        }
        return b.bold() && b.size() >= BOLD_HEADLINE_RATIO * body && b.lines().size() <= 3
                && countLettersOrHan(b.text()) >= 2 && b.text().length() <= 60;
    }

    private static int countLettersOrHan(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetter(s.charAt(i))) {
                n++;
            }
        }
        return n;
    }

    private static boolean sameFont(TextBlock a, TextBlock b) {
        return a.lines().getFirst().font().equals(b.lines().getFirst().font());
    }

    private static float zoneTopOf(Range r) {
        float top = r.headline().top();
        for (TextBlock z : r.zone()) {
            top = Math.min(top, z.top());
        }
        return top;
    }

    /**
     * Whether a one-line block starts a column: another column of text starts beside it at the same height (next to
     * it, or with the block set flush right in the next column, as a jump line alone at the top of its column is).
     */
    /**
     * Set at one size: within 0.3 pt. Sizes half a point apart (11 pt bylines over 10.5 pt text) are different type,
     * also when another producer's rounding makes 11 pt 10.99 (Chromium's sizes are CSS pixels times 0.75).
     */
    static boolean sameSize(TextBlock a, TextBlock b) {
        return Math.abs(a.size() - b.size()) < 0.3f;
    }

    private static boolean columnTop(TextBlock b, List<TextBlock> blocks, float body) {
        for (TextBlock o : blocks) {
            if (o != b && o.lines().size() > 1 && Math.abs(o.top() - b.top()) < 0.5f * body && sameSize(o, b)
                    && (Math.abs(o.overlapX(b)) <= 3 * body
                    || b.x() > o.right() && b.right() - (o.x() + o.columnWidth()) <= o.columnWidth() + 3 * body)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a bigger headline stands right under (or beside) the block: the block labels it. So does a headline about
     * as big but longer that is not centred under the block ({@link #labelsSmallHeadline}: a column label over a short
     * item's headline set bold at little over the body size).
     */
    private static boolean overHeadline(TextBlock b, List<TextBlock> headlines, float body) {
        for (TextBlock h : headlines) {
            if (h != b && (h.size() > b.size() || labelsSmallHeadline(b, h, body))
                    && (h.top() >= b.bottom() - 1 && h.top() - b.bottom() <= 3 * body
                    && (h.overlapX(b) > 0 || h.x() >= b.right() && h.x() - b.right() <= 30 * body))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The paper's name: display type far bigger than any headline (4 × the body size) at the top of the page, with no
     * column of text right under it (a banner headline over its columns is as big on some pages).
     */
    static boolean isMasthead(TextBlock h, List<TextBlock> blocks, float body, float pageHeight) {
        if (h.size() < 4 * body || h.top() >= 0.15f * pageHeight) {
            return false;
        }
        // a banner headline's byline (one line at about the body size) may stand between it and its columns
        float bottom = h.bottom();
        for (boolean grew = true; grew; ) {
            grew = false;
            for (TextBlock b : blocks) {
                if (b.lines().size() == 1 && Math.abs(b.size() - body) <= 1 && b.top() >= bottom - 1
                        && b.top() - bottom <= 3 * body && b.overlapX(h) > 0 && b.bottom() > bottom) {
                    bottom = b.bottom();
                    grew = true;
                }
            }
        }
        for (TextBlock b : blocks) {
            if (b.lines().size() >= 3 && Math.abs(b.size() - body) < 0.5f && b.top() >= h.bottom() - 1
                    && b.top() - bottom <= 3 * body && b.overlapX(h) > 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * A short label line over a headline of about its size (within 10 %) that is longer and not centred under it (the
     * label stands at the module's edge, the headline over the columns): the two lines of a two-part headline are
     * centred on each other, a label and its headline are not.
     */
    static boolean labelsSmallHeadline(TextBlock label, TextBlock headline, float body) {
        float labelCentre = (label.x() + label.right()) / 2;
        float headCentre = (headline.x() + headline.right()) / 2;
        return isLabel(label, body) && label.bold() && headline.size() >= 0.9f * label.size()
                && headline.text().strip().length() >= label.text().strip().length() + 3
                && Math.abs(labelCentre - headCentre) > 2 * body && headline.top() >= label.bottom() - 1;
    }

    static boolean isLabel(TextBlock b, float body) {
        return b.lines().size() == 1 && b.text().strip().length() <= 8 && b.size() <= 1.4f * body;
    }

    /** A headline and the horizontal range of the page it stands over. */
    record Range(TextBlock headline, float x, float right, List<TextBlock> zone, List<TextBlock> chain) {
        boolean inside(float gapLeft, float gapRight) {
            return gapLeft > x + 1 && gapRight < right - 1;
        }
    }

    static List<Range> ranges(List<TextBlock> blocks, float body, float pageHeight, Separators sep) {
        List<TextBlock> headlines = blocks.stream().filter(b -> isHeadline(b, body)).toList();
        // a short label set like a small headline (简讯, a column label) heads no range: it is read with its neighbours
        List<TextBlock> heads = headlines.stream().filter(b -> !isLabel(b, body) || !overHeadline(b, headlines, body)).toList();
        List<Range> out = new ArrayList<>();
        for (TextBlock h : heads) {
            // the headline's zone: the short lines stacked right above it (kicker, column label) and under it
            // (sub-headline, byline), overlapping it
            List<TextBlock> zone = new ArrayList<>();
            zone.add(h);
            float zoneTop = h.top();
            float zoneBottom = h.bottom();
            // a section name in the page's header band has no kicker or sub-headline: the first row's (small)
            // headline right under the band is not part of it
            boolean band = h.top() < 0.045f * pageHeight && h.text().strip().length() <= 10;
            boolean grew = !band;
            while (grew) {
                grew = false;
                for (TextBlock b : blocks) {
                    if (zone.contains(b) || b.lines().size() > 3 || b.overlapX(h) <= 0 || sep.separatedSideways(b, h)) {
                        continue;
                    }
                    // a smaller display line (sub-headline, kicker, or a short column label up to the headline's size)
                    boolean smallerHead = !headlines.contains(b) || b.size() < h.size() - 0.5f
                            || b.text().length() <= 8 && b.size() <= h.size() && b.lines().size() == 1
                            || labelsSmallHeadline(b, h, body);
                    // under it: display lines (another size), or a single line at body size (a byline), not a column
                    if (b.top() >= zoneBottom - 1 && b.top() - zoneBottom <= 2.5f * body
                            && (!headlines.contains(b) || b.size() < 0.8f * h.size())
                            && ((b.lines().size() == 1 || b.text().length() <= 40) && !columnTop(b, blocks, body)
                                || Math.abs(b.size() - body) >= 0.05f * body)) {
                        zone.add(b);
                        zoneBottom = b.bottom();
                        grew = true;
                    } else if (b.bottom() <= zoneTop + 1 && zoneTop - b.bottom() <= 2.5f * body && smallerHead
                            && !(b.top() < 0.045f * pageHeight && b.text().strip().length() <= 10)
                            && b.lines().size() <= 2 && (b.size() > body * 1.05f || b.bold())) {
                        zone.add(b);
                        zoneTop = b.top();
                        grew = true;
                    }
                }
            }
            // the text under the zone: the nearest blocks below that overlap it (a photo may stand in between),
            // unless another headline comes first
            float nearest = Float.MAX_VALUE;
            boolean headlineFirst = false;
            boolean captionFirst = false;
            for (TextBlock b : blocks) {
                if (b != h && !zone.contains(b) && b.top() >= zoneBottom - 1 && b.overlapX(h) > 0 && b.top() < nearest
                        && !sep.separatedSideways(b, h)) {
                    nearest = b.top();
                    // far below, only a caption is still this headline's (a photo stands in between)
                    headlineFirst = headlines.contains(b);
                    captionFirst = b.size() < 0.97f * body;
                }
            }
            // a photo between the headline and its text: the caption comes first, the columns right under it
            float reach = nearest + 1.5f * body;
            if (captionFirst && !headlineFirst) {
                float captionBottom = nearest;
                for (TextBlock b : blocks) {
                    if (b.overlapX(h) > 0 && Math.abs(b.top() - nearest) < 0.5f && b.size() < 0.97f * body) {
                        captionBottom = Math.max(captionBottom, b.bottom());
                    }
                }
                float text = Float.MAX_VALUE;
                for (TextBlock b : blocks) {
                    if (b.overlapX(h) > 0 && b.top() >= captionBottom - 1 && b.top() < text && !headlines.contains(b)
                            && b.lines().size() > 1 && Math.abs(b.size() - body) < 0.1f * body) {
                        text = b.top();
                    }
                }
                if (text - captionBottom <= 3 * body) {
                    reach = text + 1.5f * body;
                }
            }
            List<TextBlock> chain = new ArrayList<>();
            // the paper's name at the top of the page: it stands over nothing
            // (so does a short section name in the page's header band)
            boolean masthead = isMasthead(h, blocks, body, pageHeight)
                    || h.top() < 0.045f * pageHeight && h.text().strip().length() <= 10;
            for (TextBlock b : blocks) {
                if (!headlineFirst && !masthead && b != h && !zone.contains(b) && b.top() >= zoneBottom - 1
                        && b.top() <= reach && b.overlapX(h) > 0 && !headlines.contains(b) && !sep.separatedSideways(b, h)) {
                    chain.add(b);
                }
            }
            boolean beside = chain.stream().noneMatch(b -> b.lines().size() > 3 && Math.abs(b.size() - body) < 0.1f * body);
            // columns far below a headline set beside its text belong to another piece (a column of briefs under it)
            boolean farBelow = nearest - zoneBottom > 6 * body && !captionFirst;
            if ((beside || farBelow) && !masthead) {
                // a headline beside its text: the columns to its right starting at its top
                List<TextBlock> right = new ArrayList<>();
                for (TextBlock b : blocks) {
                    float gap = b.x() - h.right();
                    if (b != h && gap >= -1 && (gap <= 6f * body || gap <= 10f * body && !captionFirst && Math.abs(b.top() - zoneTop) <= body
                            && b.lines().size() > 3 && nothingBetween(h, b, zoneTop, zoneBottom, blocks))
                            && Math.abs(b.top() - zoneTop) <= 3f * body && Math.abs(b.size() - body) < 0.1f * body
                            && !headlines.contains(b) && !sep.separated(b, h)) {
                        right.add(b);
                    }
                }
                if (!right.isEmpty()) {
                    chain = right;
                }
            }
            widen(h, chain, blocks, headlines, body, null, sep);
            float x = h.x();
            float r = h.right();
            for (TextBlock b : chain) {
                x = Math.min(x, b.x());
                r = Math.max(r, b.right());
            }
            out.add(new Range(h, x, r, zone, chain));
        }
        // a smaller headline in a bigger one's zone is its kicker or sub-headline, not a headline of its own
        List<Range> kept = new ArrayList<>();
        for (Range r : out) {
            boolean demoted = out.stream().anyMatch(o -> o != r && o.zone().contains(r.headline())
                    && (o.headline().size() > r.headline().size() * 1.2f || r.chain().isEmpty() && !o.chain().isEmpty()));
            if (!demoted) {
                kept.add(r);
            }
        }
        return kept;
    }

    /**
     * Whether no block stands in the gap between a headline and a column to its right, over the height of the
     * headline's zone (a headline set beside its text on a wide grid leaves up to 10 em of white there).
     */
    private static boolean nothingBetween(TextBlock h, TextBlock column, float top, float bottom, List<TextBlock> blocks) {
        for (TextBlock o : blocks) {
            if (o != h && o != column && o.right() > h.right() + 1 && o.x() < column.x() - 1
                    && o.bottom() > top && o.top() < Math.max(bottom, column.bottom())) {
                return false;
            }
        }
        return true;
    }

    /**
     * Adds to the chain the blocks beside it with the same top and width (the other columns of the article), but not
     * a block standing under another headline at or below this one's level.
     */
    private static void widen(TextBlock h, List<TextBlock> chain, List<TextBlock> blocks, List<TextBlock> headlines,
                              float body, Map<TextBlock, Range> owner, Separators sep) {
        boolean grew = !chain.isEmpty();
        while (grew) {
            grew = false;
            for (TextBlock b : blocks) {
                if (chain.contains(b) || b.lines().size() < 2 || headlines.contains(b) || owner != null && owner.containsKey(b)) {
                    continue;
                }
                boolean underAnother = false;
                for (TextBlock o : headlines) {
                    if (o != h && b.overlapX(o) > 0 && o.bottom() <= b.top() + 1 && o.top() >= h.top() - 1) {
                        underAnother = true;
                        break;
                    }
                }
                if (underAnother) {
                    continue;
                }
                for (TextBlock c : List.copyOf(chain)) {
                    // measured from the columns' edges (median line ends): hanging marks may reach the next column
                    float gap = b.x() > c.x() ? b.x() - (c.x() + c.columnWidth()) : c.x() - (b.x() + b.columnWidth());
                    if (gap > 0 && gap <= 3f * body && Math.abs(b.top() - c.top()) <= 0.5f * body
                            && Math.abs(b.columnWidth() - c.columnWidth()) <= 0.6f * body && c.lines().size() >= 2
                            && !sep.separated(b, c) && !sep.separatedSideways(b, h)) {
                        chain.add(b);
                        grew = true;
                        break;
                    }
                }
            }
        }
    }

    /** A region of the XY-cut: its blocks in reading order and the sub-regions it was cut into. */
    private record Node(List<TextBlock> blocks, List<Node> children) {
    }

    static List<Module> modules(List<TextBlock> blocks, float body, float pageHeight) {
        return modules(blocks, body, pageHeight, Separators.NONE);
    }

    static List<Module> modules(List<TextBlock> blocks, float body, float pageHeight, Separators sep) {
        if (blocks.isEmpty()) {
            return List.of();
        }
        List<Range> ranges = ranges(blocks, body, pageHeight, sep);
        List<TextBlock> order = cut(blocks, ranges, body, 0).blocks();
        Map<TextBlock, Integer> position = new HashMap<>();
        for (int i = 0; i < order.size(); i++) {
            position.put(order.get(i), i);
        }
        // Each headline claims its zone, the columns under it and what is stacked under those in its range;
        // headlines higher on the page claim first.
        Map<TextBlock, Range> owner = new HashMap<>();
        List<Range> byTop = new ArrayList<>(ranges);
        byTop.sort(Comparator.comparingDouble((Range r) -> r.headline().top()).thenComparingDouble(r -> r.headline().x()));
        Map<Range, List<TextBlock>> heads = new HashMap<>();
        Map<Range, List<TextBlock>> columns = new HashMap<>();
        for (Range r : byTop) {
            List<TextBlock> mine = new ArrayList<>();
            for (TextBlock b : r.zone()) {
                if (owner.putIfAbsent(b, r) == null) {
                    mine.add(b);
                }
            }
            List<TextBlock> column = new ArrayList<>();
            for (TextBlock b : r.chain()) {
                if (!owner.containsKey(b)) {
                    owner.put(b, r);
                    column.add(b);
                }
            }
            List<TextBlock> headlines = ranges.stream().map(Range::headline).toList();
            float left = r.x();
            float right = r.right();
            boolean grew = !column.isEmpty();
            while (grew) {
                grew = false;
                // the other columns of the article: same top and width beside a column of it
                int before = column.size();
                widen(r.headline(), column, blocks, headlines, body, owner, sep);
                for (TextBlock b : column.subList(before, column.size())) {
                    owner.put(b, r);
                    left = Math.min(left, b.x());
                    right = Math.max(right, b.right());
                    grew = true;
                }
                // what is stacked under a column of it, within its range
                for (TextBlock b : blocks) {
                    if (owner.containsKey(b) || headlines.contains(b) || b.top() < zoneTopOf(r) - body
                            || Math.min(b.right(), right) - Math.max(b.x(), left) < 0.5f * b.width()) {
                        continue;
                    }
                    for (TextBlock c : List.copyOf(column)) {
                        if (sep.separated(b, c)) {
                            continue;
                        }
                        // the column going on: same size and face (a caption or the editor line under it is not)
                        // a photo credit set right under its caption, flush right
                        boolean credit = c.size() < 0.97f * body && sameSize(b, c)
                                && b.lines().size() == 1 && b.top() >= c.bottom() - 1 && b.top() - c.bottom() <= 1.5f * c.size()
                                && b.x() >= c.x();
                        if (credit) {
                            owner.put(b, r);
                            column.add(b);
                            grew = true;
                            break;
                        }
                        float reach = c.size() < 0.97f * body ? 3.5f * body : 2f * body; // a caption stands apart
                        if (b.overlapX(c) > 0 && b.top() >= c.bottom() - 1 && b.top() - c.bottom() <= reach
                                && (sameSize(b, c) && (sameFont(b, c) || b.bold() != c.bold())
                                || c.size() < 0.97f * body && Math.abs(b.size() - body) < 0.5f)) {
                            owner.put(b, r);
                            column.add(b);
                            grew = true;
                            break;
                        }
                    }
                }
            }
            // lines between the headline and its columns within its range (a byline set flush left)
            float columnsTop = Float.MAX_VALUE;
            for (TextBlock c : column) {
                columnsTop = Math.min(columnsTop, c.top());
            }
            for (TextBlock b : column.isEmpty() ? List.<TextBlock>of() : blocks) {
                if (!owner.containsKey(b) && !headlines.contains(b) && b.top() >= r.headline().bottom() - 1
                        && b.bottom() <= columnsTop + 1 && b.x() >= left - 1 && b.right() <= right + 1
                        && !sep.separatedSideways(b, r.headline())) {
                    owner.put(b, r);
                    mine.add(b);
                }
            }
            mine.sort(Comparator.comparingDouble(TextBlock::top));
            heads.put(r, mine);
            columns.put(r, column);
        }
        // Columns left unclaimed beside an article's column at the same height join it (a column the chain missed),
        // unless they stand under another headline.
        List<TextBlock> allHeads = ranges.stream().map(Range::headline).toList();
        boolean adopted = true;
        while (adopted) {
            adopted = false;
            for (TextBlock b : blocks) {
                if (owner.containsKey(b) || isHeadline(b, body)) {
                    continue;
                }
                for (Map.Entry<TextBlock, Range> e : List.copyOf(owner.entrySet())) {
                    TextBlock c = e.getKey();
                    Range r = e.getValue();
                    if (c == r.headline() || r.zone().contains(c) || Math.abs(c.size() - body) >= 0.5f || sep.separated(b, c)
                            || sep.separatedSideways(b, r.headline())) {
                        continue;
                    }
                    // c's column in this article: the blocks owned at its left edge (or indented from it)
                    float colTop = c.top();
                    float colWidth = c.columnWidth();
                    float colRight = c.x() + c.columnWidth(); // the column's edge: marks may hang past it
                    for (Map.Entry<TextBlock, Range> o : owner.entrySet()) {
                        TextBlock d = o.getKey();
                        if (o.getValue() == r && d != r.headline() && Math.abs(d.x() - c.x()) <= 2.5f * body
                                && Math.abs(d.size() - body) < 0.5f) {
                            colTop = Math.min(colTop, d.top());
                            colWidth = Math.max(colWidth, d.columnWidth());
                            colRight = Math.max(colRight, d.x() + d.columnWidth());
                        }
                    }
                    float gap = b.x() > c.x() ? b.x() - colRight : c.x() - (b.x() + b.columnWidth());
                    boolean underAnother = allHeads.stream().anyMatch(o -> o != r.headline() && b.overlapX(o) > 0
                            && o.bottom() <= b.top() + 1 && o.top() >= r.headline().top() - 1);
                    // (a one-line block may be set flush right in the next column: a signature, the end of a paragraph)
                    float reach = b.lines().size() == 1 ? 3 * body + colWidth : 3 * body;
                    if (gap > 0 && gap <= reach && Math.abs(b.top() - colTop) <= 1.5f * body
                            && sameSize(b, c)
                            && (Math.abs(b.columnWidth() - colWidth) <= 0.6f * body
                            || b.lines().size() == 1 && b.x() >= colRight && b.right() <= colRight + 3 * body + colWidth)
                            && !underAnother) {
                        owner.put(b, r);
                        columns.get(r).add(b);
                        adopted = true;
                        break;
                    }
                }
            }
        }
        Map<Range, List<TextBlock>> members = new HashMap<>();
        for (Range r : ranges) {
            List<TextBlock> mine = new ArrayList<>(heads.get(r));
            mine.addAll(columnOrder(columns.get(r)));
            members.put(r, mine);
        }
        // Modules in reading order of their first block; blocks no headline claims form modules of neighbours.
        List<Module> out = new ArrayList<>();
        List<TextBlock> loose = new ArrayList<>();
        java.util.Set<Range> emitted = new java.util.HashSet<>();
        for (TextBlock b : order) {
            Range r = owner.get(b);
            if (r == null) {
                if (!loose.isEmpty() && (!neighbours(loose.getLast(), b, body) || sep.separated(loose.getLast(), b))) {
                    out.add(new Module(loose));
                    loose = new ArrayList<>();
                }
                loose.add(b);
                continue;
            }
            if (!loose.isEmpty()) {
                out.add(new Module(loose));
                loose = new ArrayList<>();
            }
            if (emitted.add(r)) {
                out.add(new Module(members.get(r)));
            }
        }
        if (!loose.isEmpty()) {
            out.add(new Module(loose));
        }
        return out;
    }

    /** Whether {@code b} continues the loose module ending with {@code a}: stacked under it or beside it. */
    private static boolean neighbours(TextBlock a, TextBlock b, float body) {
        boolean stacked = b.overlapX(a) > 0 && b.top() >= a.bottom() - 1 && b.top() - a.bottom() <= 2.5f * body;
        boolean beside = Math.abs(b.top() - a.top()) <= body && Math.abs(b.overlapX(a)) <= 3f * body;
        return stacked || beside;
    }

    private static Node cut(List<TextBlock> blocks, List<Range> ranges, float body, int depth) {
        if (blocks.size() <= 1 || depth > 60) {
            return new Node(columnOrder(blocks), List.of());
        }
        List<Range> active = ranges.stream().filter(r -> blocks.contains(r.headline())).toList();
        List<List<TextBlock>> parts = splitVertically(blocks, active, body);
        if (parts.size() <= 1) {
            parts = splitHorizontally(blocks);
        }
        if (parts.size() <= 1) {
            return new Node(columnOrder(blocks), List.of());
        }
        List<Node> children = new ArrayList<>();
        List<TextBlock> ordered = new ArrayList<>();
        for (List<TextBlock> part : parts) {
            Node child = cut(part, ranges, body, depth + 1);
            children.add(child);
            ordered.addAll(child.blocks());
        }
        return new Node(ordered, children);
    }

    /**
     * Cuts at the widest white vertical gaps (at least 0.5 em, and within 80 % of the widest) that lie inside no active
     * headline's range.
     */
    private static List<List<TextBlock>> splitVertically(List<TextBlock> blocks, List<Range> active, float body) {
        List<TextBlock> byX = new ArrayList<>(blocks);
        byX.sort(Comparator.comparingDouble(TextBlock::x));
        List<Integer> cutBefore = new ArrayList<>();
        List<Float> widths = new ArrayList<>();
        float reach = -Float.MAX_VALUE;
        for (int i = 0; i < byX.size(); i++) {
            TextBlock b = byX.get(i);
            if (i > 0 && b.x() - reach >= 0.5f * body) {
                float gapLeft = reach;
                float gapRight = b.x();
                if (active.stream().noneMatch(r -> r.inside(gapLeft, gapRight))) {
                    cutBefore.add(i);
                    widths.add(gapRight - gapLeft);
                }
            }
            reach = Math.max(reach, b.right());
        }
        return splitAt(byX, cutBefore, widths);
    }

    /** Cuts at the widest white horizontal gaps (within 80 % of the widest). */
    private static List<List<TextBlock>> splitHorizontally(List<TextBlock> blocks) {
        List<TextBlock> byY = new ArrayList<>(blocks);
        byY.sort(Comparator.comparingDouble(TextBlock::top));
        List<Integer> cutBefore = new ArrayList<>();
        List<Float> widths = new ArrayList<>();
        float reach = -Float.MAX_VALUE;
        for (int i = 0; i < byY.size(); i++) {
            TextBlock b = byY.get(i);
            if (i > 0 && b.top() > reach + 0.5f) {
                cutBefore.add(i);
                widths.add(b.top() - reach);
            }
            reach = Math.max(reach, b.bottom());
        }
        return splitAt(byY, cutBefore, widths);
    }

    private static List<List<TextBlock>> splitAt(List<TextBlock> sorted, List<Integer> cutBefore, List<Float> widths) {
        float widest = 0;
        for (float w : widths) {
            widest = Math.max(widest, w);
        }
        List<List<TextBlock>> parts = new ArrayList<>();
        int from = 0;
        for (int k = 0; k < cutBefore.size(); k++) {
            if (widths.get(k) >= 0.8f * widest) {
                parts.add(sorted.subList(from, cutBefore.get(k)));
                from = cutBefore.get(k);
            }
        }
        parts.add(sorted.subList(from, sorted.size()));
        return parts;
    }

    /** An uncut region: stacks of blocks that overlap horizontally, left to right, each read top-down. */
    private static List<TextBlock> columnOrder(List<TextBlock> blocks) {
        List<TextBlock> byX = new ArrayList<>(blocks);
        byX.sort(Comparator.comparingDouble(TextBlock::x));
        List<List<TextBlock>> stacks = new ArrayList<>();
        for (TextBlock b : byX) {
            List<TextBlock> home = null;
            for (List<TextBlock> s : stacks) {
                for (TextBlock o : s) {
                    if (b.overlapX(o) > 0.5f * Math.min(b.width(), o.width())) {
                        home = s;
                        break;
                    }
                }
                if (home != null) {
                    break;
                }
            }
            if (home == null) {
                home = new ArrayList<>();
                stacks.add(home);
            }
            home.add(b);
        }
        List<TextBlock> out = new ArrayList<>();
        for (List<TextBlock> s : stacks) {
            s.sort(Comparator.comparingDouble(TextBlock::top));
            out.addAll(s);
        }
        return out;
    }
}
