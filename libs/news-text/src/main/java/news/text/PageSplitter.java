package news.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import news.model.ArticleMetadata.Caption;
import news.text.PageArticle.BodyParagraph;
import news.text.PageArticle.BodyParagraph.Kind;

/**
 * Splits the extracted text of a whole printed page into its articles.
 *
 * <p>The page is first repaired and rebuilt into paragraphs ({@link TextRepair}, {@link ParagraphRebuilder}); each
 * paragraph is then classified (headline-like line, byline, signed author, section label, dateline opening, box-out,
 * caption, body) and the page becomes a sequence of <em>runs</em> of body paragraphs separated by <em>blocks</em> of
 * headline/byline lines. The cues, in the order they are used:
 * <ol>
 *   <li>a dateline ({@code 本报…讯}), a {@code ■}-marked byline, a box-out ({@code ●}) or a continuation mark
 *       ({@code （上接第一版）}) opens a new run;</li>
 *   <li>a block with a headline is printed <em>after</em> its body on these pages: it closes the run before it when
 *       that run has no headline yet; otherwise (top of the page, or the run before is already titled) it opens the
 *       next one. A plain byline or signed author after a headline stays with that headline; a {@code ■} byline and
 *       a {@code ▲} headline always open the next article;</li>
 *   <li>short headline-like lines followed by running text and not marked as a headline are subheadings and stay in
 *       the body ({@code 甄选帮带主体}, {@code 坚持以上率下，确保高位推进});</li>
 *   <li>a run left without any headline continues the last article whose headline came before its body (the
 *       headline-first article it was cut from), else the next article;</li>
 *   <li>captions go to the article whose text shares most character bigrams with them.</li>
 * </ol>
 * Nothing is dropped: every non-empty paragraph of the page ends up in exactly one article (as headline, byline,
 * body, caption or section label). Immutable and thread-safe.
 */
public final class PageSplitter {
    /** A headline-like line at least this long (Han characters, compacted) is a headline even without other cues. */
    static final int HEADLINE_MIN_LENGTH = 16;
    /** Paragraphs longer than this are never headline-like. */
    static final int HEADING_MAX_LENGTH = 45;
    /** Longer paragraphs are running text, a dateline opening, a caption or a box-out: never a line of its own. */
    static final int LONG_PARAGRAPH = 60;
    /** How much of a paragraph is repaired for classifying it. */
    static final int HEAD_LENGTH = 100;

    private final TextRepair repair = new TextRepair();
    private final ParagraphRebuilder rebuilder = new ParagraphRebuilder();
    private final BylineExtractor bylines = new BylineExtractor();
    private final DatelineExtractor datelines = new DatelineExtractor();
    private final CaptionExtractor captions = new CaptionExtractor();
    private final StructureMarks marks = new StructureMarks();
    private final DoubledTextRepair doubled = new DoubledTextRepair();

    enum Type { HEADING, BYLINE, OPENER_BYLINE, AUTHOR, SECTION, CAPTION, CREDIT, CREDIT_USED, DATELINE, BOX, BODY }

    /** One rebuilt paragraph of the page: raw text, its one-line repair and what it is. */
    static final class Para {
        final String raw;
        /** The one-line repair; for a long paragraph only of its head (enough to classify it), see {@link #truncated}. */
        final String line;
        final boolean truncated;
        Type type;
        Caption caption;
        boolean orphan; // a run with no headline of its own, put before the article that follows it

        Para(String raw, String line, boolean truncated, Type type) {
            this.raw = raw;
            this.line = line;
            this.truncated = truncated;
            this.type = type;
        }
    }

    /** An article under construction. */
    private static final class Draft {
        final int position;
        final List<Para> forwardHeads = new ArrayList<>();
        final List<Para> backwardHeads = new ArrayList<>();
        final List<Para> bylineParas = new ArrayList<>();
        final List<Para> body = new ArrayList<>();
        final List<Caption> captions = new ArrayList<>();
        String sectionLabel;
        boolean closed;

        Draft(int position) {
            this.position = position;
        }

        boolean titled() {
            return !forwardHeads.isEmpty() || !backwardHeads.isEmpty();
        }
    }

    /** The articles of {@code page} in page order; an empty or blank page has none. */
    public List<PageArticle> split(String page) {
        List<Para> paras = classify(page);
        List<Draft> drafts = assemble(paras);
        placeCaptions(paras, drafts);
        List<PageArticle> out = new ArrayList<>();
        for (Draft d : drafts) {
            out.add(build(out.size() + 1, d));
        }
        return List.copyOf(out);
    }

    // ---- 1. classify ----

    List<Para> classify(String page) {
        List<Para> paras = new ArrayList<>();
        for (String raw : rebuilder.rebuild(repair.prepare(page))) {
            // Classifying needs only the head of a long paragraph; its full repair is done once, in build().
            boolean truncated = raw.length() > HEAD_LENGTH;
            String line = repair.lineOfPrepared(truncated ? raw.substring(0, raw.offsetByCodePoints(0, HEAD_LENGTH - 1)) : raw);
            if (!line.isEmpty()) {
                paras.add(new Para(raw, line, truncated, typeOf(line, truncated, paras.isEmpty() ? null : paras.getLast())));
            }
        }
        for (int i = 0; i < paras.size(); i++) {
            Para p = paras.get(i);
            if (p.type == Type.CREDIT) {
                // A credit on its own line names the photographer of the caption just before it.
                Para prev = i > 0 ? paras.get(i - 1) : null;
                String who = captions.photographer(p.line).orElse(null);
                if (prev != null && prev.type == Type.CAPTION && prev.caption.photographer() == null) {
                    prev.caption = new Caption(prev.caption.text(), who);
                } else if (prev != null && (prev.type == Type.BODY || prev.type == Type.HEADING)) {
                    prev.type = Type.CAPTION;
                    prev.caption = new Caption(repair.compactLineOfPrepared(prev.raw), who);
                } else {
                    p.caption = new Caption(p.line, who);
                    p.type = Type.CAPTION;
                    continue;
                }
                p.caption = null;
                p.type = Type.CREDIT_USED;
            } else if (p.type == Type.CAPTION) {
                p.caption = captions.caption(repair.compactLineOfPrepared(p.raw)).orElseThrow();
            }
        }
        return paras;
    }

    private Type typeOf(String line, boolean truncated, Para previous) {
        String compact = line.replace(" ", "");
        if (truncated || compact.length() > LONG_PARAGRAPH) {
            // Running text: only a dateline, a caption or a box-out can open a long paragraph; skip the line tests.
            if (datelines.extract(line).isPresent()) {
                return Type.DATELINE;
            }
            if (compact.startsWith("图为") || !truncated && (compact.endsWith("摄") || compact.endsWith("图片")
                    || compact.endsWith("图片）")) && captions.caption(compact).isPresent() && compact.length() <= 80) {
                return Type.CAPTION;
            }
            return compact.startsWith("●") ? Type.BOX : Type.BODY;
        }
        if (captions.isCreditOnly(line)) {
            return Type.CREDIT;
        }
        if (marks.sectionLabel(line).isPresent()) {
            return Type.SECTION;
        }
        if (bylines.isBylineLine(line)) {
            return line.startsWith("■") ? Type.OPENER_BYLINE : Type.BYLINE;
        }
        if (bylines.isAuthorLine(line)) {
            return Type.AUTHOR;
        }
        if (previous != null && (previous.type == Type.BYLINE || previous.type == Type.OPENER_BYLINE)
                && bylines.isNamesOnlyLine(line)) {
            return Type.BYLINE; // the tail of a byline wrapped onto a second line
        }
        if (datelines.extract(line).isPresent()) {
            return Type.DATELINE;
        }
        if (captions.caption(compact).isPresent() && (compact.startsWith("图为") || compact.length() <= 80)) {
            return Type.CAPTION;
        }
        if (compact.startsWith("●")) {
            return Type.BOX;
        }
        if (isHeadingLike(compact)) {
            return Type.HEADING;
        }
        return Type.BODY;
    }

    private static boolean isHeadingLike(String compact) {
        if (compact.startsWith("▲")) {
            return true;
        }
        if (compact.length() > HEADING_MAX_LENGTH || ParagraphRebuilder.endsSentence(compact)) {
            return false;
        }
        int last = compact.codePointBefore(compact.length());
        if (CharClass.isClauseFinal(last) || last == '：' || last == '、') {
            return false;
        }
        // "———习近平": an attribution under a quote, not a heading.
        String undashed = compact.replaceFirst("^[—―－-]+", "");
        if (undashed.length() < compact.length() && undashed.length() <= 4) {
            return false;
        }
        return countHan(compact) >= 2;
    }

    // ---- 2. assemble runs and blocks into articles ----

    private List<Draft> assemble(List<Para> paras) {
        List<Draft> drafts = new ArrayList<>();
        Draft current = null;
        List<Para> pendingForward = new ArrayList<>();
        String pendingSection = null;
        int i = 0;
        while (i < paras.size()) {
            Para p = paras.get(i);
            if (p.type == Type.CAPTION || p.type == Type.CREDIT_USED) {
                i++;
                continue; // captions are placed later; a used credit lives in its caption
            }
            if (isBlockType(p.type)) {
                int end = i;
                while (end < paras.size() && (isBlockType(paras.get(end).type) || paras.get(end).type == Type.CAPTION
                        || paras.get(end).type == Type.CREDIT_USED)) {
                    end++;
                }
                List<Para> block = new ArrayList<>();
                for (int k = i; k < end; k++) {
                    if (paras.get(k).type != Type.CAPTION && paras.get(k).type != Type.CREDIT_USED) {
                        block.add(paras.get(k));
                    }
                }
                Para next = end < paras.size() ? paras.get(end) : null;
                boolean boxContext = current != null && !current.body.isEmpty()
                        && current.body.getLast().type == Type.BOX && next != null && next.type == Type.BOX;
                if (boxContext || isSubheading(block, next, current == null && pendingForward.isEmpty())) {
                    Kind kind = boxContext ? Kind.BOX : Kind.SUBHEAD;
                    for (Para b : block) {
                        b.type = kind == Kind.BOX ? Type.BOX : Type.HEADING;
                        if (current == null) {
                            current = newDraft(drafts, i, pendingForward, pendingSection);
                            pendingForward = new ArrayList<>();
                            pendingSection = null;
                        }
                        current.body.add(b);
                    }
                } else {
                    List<List<Para>> units = units(block);
                    boolean first = true;
                    for (List<Para> unit : units) {
                        if (unit.getFirst().type == Type.SECTION) {
                            pendingSection = pendingSection == null ? sectionText(unit.getFirst())
                                    : pendingSection + " " + sectionText(unit.getFirst());
                            first = false;
                            continue;
                        }
                        if (first && current != null && !current.closed && !opensArticle(unit)
                                && (hasHeading(unit) || current.bylineParas.isEmpty())) {
                            closeBackward(current, unit, drafts.size() == 1);
                        } else {
                            pendingForward.addAll(unit);
                        }
                        first = false;
                    }
                }
                i = end;
                continue;
            }
            boolean opener = p.type == Type.DATELINE || p.type == Type.BOX && (current == null
                    || current.body.isEmpty() || current.body.getLast().type != Type.BOX)
                    || marks.continuation(p.line).map(c -> c.from() && c.start() == 0).orElse(false);
            if (current == null || opener || current.closed || !pendingForward.isEmpty() || pendingSection != null) {
                current = newDraft(drafts, i, pendingForward, pendingSection);
                pendingForward = new ArrayList<>();
                pendingSection = null;
            }
            current.body.add(p);
            i++;
        }
        if (!pendingForward.isEmpty() || pendingSection != null) {
            // Trailing headline lines with no body after them: they close the last article's text.
            Draft last = current != null ? current : newDraft(drafts, paras.size(), List.of(), null);
            if (pendingSection != null) {
                last.sectionLabel = last.sectionLabel == null ? pendingSection : last.sectionLabel + " " + pendingSection;
            }
            last.backwardHeads.addAll(pendingForward.stream().filter(x -> x.type == Type.HEADING).toList());
            last.bylineParas.addAll(pendingForward.stream().filter(x -> x.type != Type.HEADING).toList());
        }
        return mergeUntitled(drafts);
    }

    private static Draft newDraft(List<Draft> drafts, int position, List<Para> forward, String section) {
        Draft d = new Draft(position);
        for (Para p : forward) {
            (p.type == Type.HEADING ? d.forwardHeads : d.bylineParas).add(p);
        }
        d.sectionLabel = section;
        drafts.add(d);
        return d;
    }

    private void closeBackward(Draft d, List<Para> unit, boolean firstOnPage) {
        if (!d.forwardHeads.isEmpty() && hasHeading(unit)) {
            // The run was titled from above, but a headline follows it too, and on these pages headlines follow their
            // bodies. At the top of the page the line above is the page banner; elsewhere it is a headline whose body
            // the extraction put somewhere else: it is kept, as a box at the start, never as this article's title.
            if (firstOnPage && d.bylineParas.stream().noneMatch(p -> p.type == Type.AUTHOR)) {
                String banner = String.join(" ", d.forwardHeads.stream().map(p -> doubled.repair(p.line)).toList());
                d.sectionLabel = d.sectionLabel == null ? banner : d.sectionLabel + " " + banner;
            } else {
                List<Para> displaced = new ArrayList<>(d.forwardHeads);
                displaced.addAll(d.bylineParas);
                displaced.forEach(p -> p.type = Type.BOX);
                d.body.addAll(0, displaced);
                d.bylineParas.clear();
            }
            d.forwardHeads.clear();
        }
        for (Para p : unit) {
            (p.type == Type.HEADING ? d.backwardHeads : d.bylineParas).add(p);
        }
        d.closed = hasHeading(unit);
    }

    /** Splits a block into headline units: a unit is headline lines with the bylines printed next to them. */
    private static List<List<Para>> units(List<Para> block) {
        List<List<Para>> units = new ArrayList<>();
        List<Para> unit = new ArrayList<>();
        for (Para p : block) {
            boolean hasByline = unit.stream().anyMatch(x -> x.type == Type.BYLINE || x.type == Type.AUTHOR
                    || x.type == Type.OPENER_BYLINE);
            boolean startNew = !unit.isEmpty() && (p.type == Type.SECTION
                    || unit.getFirst().type == Type.SECTION
                    || p.type == Type.OPENER_BYLINE && hasHeading(unit)
                    || p.type == Type.HEADING && hasByline
                    || p.type == Type.HEADING && p.line.startsWith("▲")
                    || p.type == Type.AUTHOR && hasByline
                    || p.type == Type.OPENER_BYLINE && hasByline && unit.getLast().type != Type.OPENER_BYLINE);
            if (startNew) {
                units.add(unit);
                unit = new ArrayList<>();
            }
            unit.add(p);
        }
        if (!unit.isEmpty()) {
            units.add(unit);
        }
        return units;
    }

    private static boolean opensArticle(List<Para> unit) {
        Para first = unit.getFirst();
        return first.type == Type.OPENER_BYLINE || first.type == Type.HEADING && first.line.startsWith("▲");
    }

    private static boolean hasHeading(List<Para> unit) {
        return unit.stream().anyMatch(p -> p.type == Type.HEADING);
    }

    private static boolean isBlockType(Type t) {
        return t == Type.HEADING || t == Type.BYLINE || t == Type.OPENER_BYLINE || t == Type.AUTHOR || t == Type.SECTION;
    }

    /** Headline-like lines only, short, no headline marks, followed by running text: a subheading. */
    private boolean isSubheading(List<Para> block, Para next, boolean topOfPage) {
        if (topOfPage || next == null || block.stream().anyMatch(p -> p.type != Type.HEADING)) {
            return false;
        }
        if (next.type != Type.BODY || marks.continuation(next.line).isPresent()) {
            return false;
        }
        for (Para p : block) {
            String compact = p.line.replace(" ", "");
            boolean enumerated = ParagraphRebuilder.startsWithEnumerator(compact);
            if (compact.startsWith("▲") || compact.startsWith("——") || !doubled.repair(compact).equals(compact)
                    || countHan(compact) >= HEADLINE_MIN_LENGTH && !enumerated) {
                return false;
            }
        }
        return true;
    }

    /** A run with no headline continues the last headline-first article before it, else joins the next article. */
    private static List<Draft> mergeUntitled(List<Draft> drafts) {
        List<Draft> out = new ArrayList<>();
        List<Draft> orphansForNext = new ArrayList<>();
        for (Draft d : drafts) {
            boolean opensItself = !d.body.isEmpty() && (d.body.getFirst().type == Type.DATELINE);
            if (d.titled() || opensItself || !d.bylineParas.isEmpty()) {
                if (!orphansForNext.isEmpty()) {
                    List<Para> prefix = new ArrayList<>();
                    orphansForNext.forEach(o -> prefix.addAll(o.body));
                    prefix.forEach(x -> x.orphan = true);
                    d.body.addAll(0, prefix);
                    orphansForNext.clear();
                }
                out.add(d);
                continue;
            }
            Draft open = null;
            for (int k = out.size() - 1; k >= 0; k--) {
                Draft o = out.get(k);
                if (!o.forwardHeads.isEmpty() && o.backwardHeads.isEmpty()) {
                    open = o;
                    break;
                }
            }
            boolean startsWithBox = !d.body.isEmpty() && d.body.getFirst().type == Type.BOX;
            if (open != null && !startsWithBox) {
                open.body.addAll(d.body);
                if (d.sectionLabel != null && open.sectionLabel == null) {
                    open.sectionLabel = d.sectionLabel;
                }
            } else {
                orphansForNext.add(d);
            }
        }
        if (!orphansForNext.isEmpty()) {
            if (out.isEmpty()) {
                out.addAll(orphansForNext);
            } else {
                orphansForNext.forEach(o -> out.getLast().body.addAll(o.body));
            }
        }
        return out;
    }

    // ---- 3. captions ----

    private void placeCaptions(List<Para> paras, List<Draft> drafts) {
        if (drafts.isEmpty() || paras.stream().noneMatch(p -> p.type == Type.CAPTION)) {
            return;
        }
        // Each article's bigrams once, not once per caption: a page has several captions and long articles.
        List<int[]> articleBigrams = drafts.stream().map(d -> sortedBigrams(textOf(d))).toList();
        for (Para p : paras) {
            if (p.type != Type.CAPTION) {
                continue;
            }
            int[] cg = sortedBigrams(p.caption.text());
            int best = 0;
            double bestScore = -1;
            for (int k = 0; k < drafts.size(); k++) {
                double score = cg.length == 0 ? 0 : (double) sharedCount(cg, articleBigrams.get(k)) / cg.length;
                if (score > bestScore) {
                    bestScore = score;
                    best = k;
                }
            }
            drafts.get(best).captions.add(p.caption);
        }
    }

    /** How many values two sorted arrays of distinct values share (a merge). */
    static int sharedCount(int[] a, int[] b) {
        int count = 0;
        for (int i = 0, j = 0; i < a.length && j < b.length; ) {
            if (a[i] < b[j]) {
                i++;
            } else if (a[i] > b[j]) {
                j++;
            } else {
                count++;
                i++;
                j++;
            }
        }
        return count;
    }

    private static String textOf(Draft d) {
        StringBuilder b = new StringBuilder();
        d.forwardHeads.forEach(p -> b.append(p.line).append('\n'));
        d.backwardHeads.forEach(p -> b.append(p.line).append('\n'));
        d.body.forEach(p -> b.append(p.raw).append('\n'));
        return b.toString();
    }

    /** The distinct Han character bigrams of {@code s} (two UTF-16 units packed in an int), sorted. */
    static int[] sortedBigrams(String s) {
        int[] out = new int[Math.max(0, s.length() - 1)];
        int n = 0;
        boolean previousHan = false;
        for (int i = 0; i < s.length(); i++) {
            boolean han = CharClass.isHan(s.charAt(i));
            if (han && previousHan) {
                out[n++] = s.charAt(i - 1) << 16 | s.charAt(i);
            }
            previousHan = han;
        }
        return Arrays.stream(out, 0, n).sorted().distinct().toArray();
    }

    // ---- 4. build ----

    private PageArticle build(int order, Draft d) {
        List<String> headlines = new ArrayList<>();
        for (Para p : d.forwardHeads) {
            headlines.add(headlineText(p));
        }
        for (Para p : d.backwardHeads) {
            headlines.add(headlineText(p));
        }
        String main = null;
        for (String h : headlines) {
            if (!h.startsWith("——") && (main == null || h.length() > main.length())) {
                main = h;
            }
        }
        if (main == null && !headlines.isEmpty()) {
            main = headlines.getFirst();
        }
        List<String> others = new ArrayList<>(headlines);
        if (main != null) {
            others.remove(main);
        }
        Byline names = Byline.NONE;
        List<String> bylineTexts = new ArrayList<>();
        for (Para p : d.bylineParas) {
            bylineTexts.add(p.line.replaceFirst("^[■●▲◆]\\s*", ""));
        }
        // One byline may wrap onto several lines (names after 通讯员 continue on the next): parse them together,
        // except signed authors, each a byline of its own.
        StringBuilder joined = new StringBuilder();
        for (Para p : d.bylineParas) {
            if (p.type == Type.AUTHOR) {
                names = names.plus(bylines.parse(p.line));
            } else {
                joined.append(' ').append(p.line);
            }
        }
        names = names.plus(bylines.parse(joined.toString()));
        Dateline dateline = null;
        String continuedFrom = null;
        String continuedTo = null;
        List<BodyParagraph> body = new ArrayList<>();
        for (int k = 0; k < d.body.size(); k++) {
            Para p = d.body.get(k);
            String text = p.raw;
            if (dateline == null && p.type == Type.DATELINE && d.body.subList(0, k).stream()
                    .allMatch(x -> x.type == Type.BOX || x.orphan)) {
                Optional<DatelineExtractor.Match> m = datelines.extract(p.truncated ? repair.lineOfPrepared(p.raw) : p.line);
                if (m.isPresent()) {
                    dateline = m.get().dateline();
                    if (m.get().bylineText() != null) {
                        bylineTexts.add(m.get().bylineText());
                        names = bylines.parse(m.get().bylineText()).plus(names);
                    }
                    text = m.get().rest();
                }
            }
            String repaired = repair.compactLineOfPrepared(text);
            if (k == d.body.size() - 1) {
                Byline credit = bylines.endCredit(repaired);
                if (!credit.hasNoNames()) {
                    names = names.plus(credit);
                    bylineTexts.add(String.join(" ", credit.reporters()));
                    repaired = bylines.withoutEndCredit(repaired);
                }
            }
            Optional<StructureMarks.Continuation> cont = marks.continuation(repaired);
            if (cont.isPresent()) {
                if (cont.get().from()) {
                    continuedFrom = cont.get().page();
                } else {
                    continuedTo = cont.get().page();
                }
            }
            if (repaired.isEmpty()) {
                continue;
            }
            Kind kind = p.type == Type.BOX || p.orphan ? Kind.BOX : p.type == Type.HEADING ? Kind.SUBHEAD : Kind.TEXT;
            String speaker = kind == Kind.TEXT ? marks.speaker(repaired).orElse(null) : null;
            body.add(new BodyParagraph(speaker != null ? Kind.TURN : kind, repaired, speaker));
        }
        return new PageArticle(order, headlines, main, others.isEmpty() ? null : String.join(" ", others),
                bylineTexts.isEmpty() ? null : String.join(" ", bylineTexts), names, dateline, body, d.captions,
                d.sectionLabel, continuedFrom, continuedTo);
    }

    private String headlineText(Para p) {
        return doubled.repair(p.line.replaceFirst("^▲\\s*", ""));
    }

    private String sectionText(Para p) {
        return marks.sectionLabel(p.line).orElse(p.line);
    }

    private static int countHan(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (CharClass.isHan(s.charAt(i))) {
                n++;
            }
        }
        return n;
    }
}
