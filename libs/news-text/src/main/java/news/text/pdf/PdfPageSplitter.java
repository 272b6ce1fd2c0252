package news.text.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import news.model.ArticleMetadata.Caption;
import news.pdf.Module;
import news.pdf.PageLayout;
import news.pdf.PdfLayoutReader;
import news.pdf.PdfPageException;
import news.pdf.TextBlock;
import news.pdf.TextLine;
import news.text.Byline;
import news.text.BylineExtractor;
import news.text.CaptionExtractor;
import news.text.Dateline;
import news.text.DatelineExtractor;
import news.text.DoubledTextRepair;
import news.text.PageArticle;
import news.text.PageArticle.BodyParagraph;
import news.text.PageArticle.BodyParagraph.Kind;
import news.text.StructureMarks;
import news.text.TextRepair;

/**
 * Splits a print PDF page into its articles from the layout ({@link PdfLayoutReader}: modules of blocks in reading
 * order, with sizes and weights), then applies the same repair, dateline, byline and caption steps as text pages
 * ({@link TextRepair}, {@link DatelineExtractor}, {@link BylineExtractor}, {@link CaptionExtractor},
 * {@link StructureMarks}).
 *
 * <p>Within a module, a block is: page furniture (masthead, Latin paper name, {@code CN NN-NNNN}, {@code 总第N期},
 * {@code 今日N版}, the editor line, date lines, page number — kept as page metadata, never an article), a label (a
 * short bold line before a headline: a column label, or {@code 简讯} opening a column of briefs), a headline (big, or
 * bold and larger: the biggest is the main headline, smaller ones before it kickers, after it sub-headlines), a
 * byline, a caption or photo credit (smaller type, {@code 图为…}, {@code … 摄}), a subheading (bold at body size), or
 * body text. A headline the size of the main one after body text starts the next article. Paragraphs run on across
 * columns unless the next column starts indented or the text before ended a sentence. Briefs split after each end
 * credit {@code （X Y）}; a module of captions only is a photo. Thread-safe.
 */
public final class PdfPageSplitter {
    static final Set<String> BRIEF_LABELS = Set.of("简讯", "快讯", "短讯", "简明新闻", "新闻简讯", "要闻简报", "本地简讯");
    private static final Pattern FURNITURE = Pattern.compile(String.join("|",
            "CN\\s*\\d{2}\\s*[-－]\\s*\\d{4}", "总第\\s*\\d+\\s*期", "今日\\s*\\d+\\s*版", "邮发代号", "出版物号",
            "责任编辑", "版式设计", "文字校对", "美术编辑", "^校对[：:]", "^值班编辑", "社出版$", "^\\d{4}\\s*年$",
            "^\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日$", "^星期[一二三四五六日天]$", "^农历", "^第?\\s*\\d{1,3}\\s*版$", "^\\d{1,3}$",
            "^\\d{4}\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日\\s*(星期[一二三四五六日天])?$", "^[A-Z][A-Z .,&'’-]{3,}$"));
    private static final Pattern RUN_TOGETHER_CREDIT = Pattern.compile("[（(]\\s*(\\p{IsHan}{4,12})\\s*[）)]\\s*$");
    private static final Pattern JUMP_AT_END = Pattern.compile("[（(]\\s*(下转|转)\\s*第?\\s*[一二三四五六七八九十\\d]{1,3}\\s*版\\s*[）)]\\s*$");
    private static final Pattern JUMP_TO = Pattern.compile("^[（(]\\s*(下转|转)\\s*第?\\s*[一二三四五六七八九十\\d]{1,3}\\s*版\\s*[）)]$");

    private final PdfLayoutReader reader = new PdfLayoutReader();
    private final TextRepair repair = TextRepair.forPlainText();
    private final BylineExtractor bylines = new BylineExtractor();
    private final DatelineExtractor datelines = new DatelineExtractor();
    private final CaptionExtractor captions = new CaptionExtractor();
    private final StructureMarks marks = new StructureMarks();
    private final DoubledTextRepair doubled = new DoubledTextRepair();

    /** A page's articles and its furniture. */
    public record Page(List<PageArticle> articles, List<String> furniture) {
        public Page {
            articles = List.copyOf(articles);
            furniture = List.copyOf(furniture);
        }
    }

    /** The articles of every page of the PDF, in reading order. */
    public List<PageArticle> split(byte[] pdf) throws PdfPageException {
        return read(pdf).articles();
    }

    /** The articles and furniture of every page of the PDF. */
    public Page read(byte[] pdf) throws PdfPageException {
        return split(reader.read(pdf));
    }

    /** The articles and furniture of laid-out pages. */
    public Page split(List<PageLayout> pages) {
        List<PageArticle> out = new ArrayList<>();
        List<String> furniture = new ArrayList<>();
        for (PageLayout page : pages) {
            List<Draft> all = new ArrayList<>();
            String[] carry = new String[1];
            List<TextBlock> carriedHeads = new ArrayList<>();
            for (Module m : page.modules()) {
                List<Draft> ds = drafts(page, m, furniture, carry);
                if (ds.size() == 1 && ds.getFirst().body.isEmpty() && ds.getFirst().bylineTexts.isEmpty()
                        && ds.getFirst().captionTexts.isEmpty() && !ds.getFirst().heads.isEmpty()
                        && ds.getFirst().heads.stream().allMatch(h -> h.lines().size() <= 2)) {
                    // display lines alone (a kicker, a column label set apart): they belong to the headline that follows
                    Draft lone = ds.getFirst();
                    if (lone.label != null) {
                        carry[0] = carry[0] == null ? lone.label : carry[0] + " " + lone.label;
                    }
                    carriedHeads.addAll(lone.heads);
                    continue;
                }
                if (!carriedHeads.isEmpty()) {
                    if (!ds.isEmpty() && !ds.getFirst().heads.isEmpty()
                            && carriedHeads.stream().allMatch(h -> h.size() <= ds.getFirst().mainSize())) {
                        for (TextBlock h : carriedHeads) {
                            if (h.text().strip().length() <= 8 && h.bold() && ds.getFirst().label == null) {
                                ds.getFirst().label = repair.line(h.text()); // a column label
                            } else {
                                ds.getFirst().heads.addFirst(h);
                                ds.getFirst().carried.add(h);
                            }
                        }
                    } else {
                        carriedHeads.forEach(h -> furniture.add(repair.line(h.text())));
                    }
                    carriedHeads.clear();
                }
                for (Draft d : ds) {
                    // a photo credit read right after its caption (set apart, right-aligned under it) names that
                    // caption's photographer
                    Draft previous = all.isEmpty() ? null : all.getLast();
                    if (previous != null && d.heads.isEmpty() && d.body.isEmpty() && d.bylineTexts.isEmpty()
                            && !d.captionTexts.isEmpty() && d.captionTexts.stream().allMatch(this::isCredit)
                            && !previous.captionTexts.isEmpty() && !isCredit(previous.captionTexts.getLast())
                            && captions.caption(normalizeCredit(previous.captionTexts.getLast())).map(c -> c.photographer() == null).orElse(true)) {
                        previous.captionTexts.addAll(d.captionTexts);
                        previous.captionBlocks.addAll(d.captionBlocks);
                        continue;
                    }
                    all.add(d);
                }
            }
            carriedHeads.forEach(h -> furniture.add(repair.line(h.text())));
            joinCredits(all, page);
            joinWrappedColumns(all, page);
            joinContinuations(all, page);
            joinSignatures(all, page);
            for (Draft d : all) {
                build(d, page.bodySize(), out);
            }
        }
        return new Page(out, furniture);
    }

    // ---- pieces the layout set apart that belong together ----

    /**
     * A photo credit alone ({@code X 摄}) names the photographer of the nearest caption without one: the caption it is
     * set beside or under (flush right under a wide photo, or at the end of the caption's line).
     */
    void joinCredits(List<Draft> drafts, PageLayout page) {
        float body = page.bodySize();
        for (java.util.Iterator<Draft> it = drafts.iterator(); it.hasNext(); ) {
            Draft c = it.next();
            if (!c.heads.isEmpty() || !c.body.isEmpty() || !c.bylineTexts.isEmpty() || c.captionBlocks.size() != 1
                    || !isCredit(c.captionTexts.getFirst())) {
                continue;
            }
            TextBlock credit = c.captionBlocks.getFirst();
            Draft best = null;
            int bestIndex = -1;
            float bestDistance = Float.MAX_VALUE;
            for (Draft d : drafts) {
                for (int k = 0; d != c && k < d.captionBlocks.size(); k++) {
                    TextBlock cap = d.captionBlocks.get(k);
                    String text = d.captionTexts.get(k);
                    boolean credited = k + 1 < d.captionTexts.size() && isCredit(d.captionTexts.get(k + 1));
                    if (isCredit(text) || credited
                            || captions.caption(normalizeCredit(text)).map(x -> x.photographer() != null).orElse(false)) {
                        continue;
                    }
                    float dy = credit.top() - cap.bottom();
                    float dx = credit.x() - cap.right();
                    boolean under = dy >= -cap.height() - 1 && dy <= 2 * body && credit.x() >= cap.x() - 1 && dx <= 15 * body
                            && !page.separated(credit, cap);
                    float distance = Math.max(0, dy) + Math.max(0, dx);
                    if (under && distance < bestDistance) {
                        bestDistance = distance;
                        best = d;
                        bestIndex = k;
                    }
                }
            }
            if (best != null) {
                best.captionTexts.add(bestIndex + 1, c.captionTexts.getFirst());
                best.captionBlocks.add(bestIndex + 1, credit);
                it.remove();
            }
        }
    }

    /**
     * Text the layout read apart from its article (a photo, a subheading or a neighbouring module interrupted the
     * column, or the article's first columns stand beside its headline): a piece with no headline, byline or label whose
     * first column opens mid-sentence continues the piece whose last column ends mid-sentence on a full line, when the
     * columns match (size, face, width) and the continuation stands in the next column to the right or further down the
     * same column. Likewise a piece ending mid-sentence goes before the article whose first column opens mid-sentence in
     * the next column to its right. Repeats until nothing joins (a text interrupted twice).
     */
    void joinContinuations(List<Draft> drafts, PageLayout page) {
        float body = page.bodySize();
        boolean joined = true;
        while (joined) {
            joined = false;
            for (Draft orphan : List.copyOf(drafts)) {
                if (!isOrphan(orphan, body)) {
                    continue;
                }
                TextBlock first = orphan.body.getFirst();
                TextBlock last = orphan.body.getLast();
                Draft before = null;
                float beforeDistance = Float.MAX_VALUE;
                Draft after = null;
                float afterDistance = Float.MAX_VALUE;
                for (Draft d : drafts) {
                    if (d == orphan || d.body.isEmpty() || d.briefs) {
                        continue;
                    }
                    TextBlock end = d.body.getLast();
                    if (!opensParagraph(first) && d.bodyRoles.getLast() == Role.BODY && endsMidSentence(end)
                            && sameColumns(end, first, body) && !page.separated(end, first)) {
                        float distance = follows(end, first, body);
                        if (distance < beforeDistance) {
                            beforeDistance = distance;
                            before = d;
                        }
                    }
                    TextBlock start = d.body.getFirst();
                    if (!d.heads.isEmpty() && d.bodyRoles.getFirst() == Role.BODY && !opensParagraph(start)
                            && endsMidSentence(last) && sameColumns(last, start, body) && !page.separated(last, start)) {
                        float distance = nextColumn(last, start, body);
                        if (distance < afterDistance) {
                            afterDistance = distance;
                            after = d;
                        }
                    }
                }
                if (before != null && beforeDistance <= afterDistance) {
                    before.body.addAll(orphan.body);
                    before.bodyRoles.addAll(orphan.bodyRoles);
                    before.captionTexts.addAll(orphan.captionTexts);
                    before.captionBlocks.addAll(orphan.captionBlocks);
                } else if (after != null) {
                    after.body.addAll(0, orphan.body);
                    after.bodyRoles.addAll(0, orphan.bodyRoles);
                    after.captionTexts.addAll(orphan.captionTexts);
                    after.captionBlocks.addAll(orphan.captionBlocks);
                } else {
                    continue;
                }
                drafts.remove(orphan);
                joined = true;
            }
        }
    }

    /**
     * Text wrapped around a photo set in the middle of an article's columns: a column stops mid-sentence on a full line
     * above the photo and goes on under its caption, before the text moves to the next column. The layout reads what
     * is under the photo as a piece of its own (the caption and the lower parts of the columns), so a piece with no
     * headline, byline or label whose first column opens mid-sentence goes back into the article that has a column
     * above it (same column, same size, face and width) stopping mid-sentence at least three ems higher, when no other
     * piece's text stands between them and no rule separates them: each of its columns goes right after the
     * article's part of the same column.
     */
    void joinWrappedColumns(List<Draft> drafts, PageLayout page) {
        float body = page.bodySize();
        for (Draft orphan : List.copyOf(drafts)) {
            if (!isOrphan(orphan, body) || opensParagraph(orphan.body.getFirst())) {
                continue;
            }
            TextBlock first = orphan.body.getFirst();
            Draft host = null;
            float best = Float.MAX_VALUE;
            for (Draft d : drafts) {
                if (d == orphan || d.body.isEmpty() || d.briefs) {
                    continue;
                }
                for (int k = 0; k < d.body.size(); k++) {
                    TextBlock b = d.body.get(k);
                    float gap = first.top() - b.bottom();
                    if (d.bodyRoles.get(k) != Role.BODY || gap < 3 * body || gap >= best
                            || Math.abs(first.x() - b.x()) > 1.5f * body || !endsMidSentence(b)
                            || !sameColumns(b, first, body) || page.separated(b, first)
                            || textBetween(drafts, orphan, d, b, first)) {
                        continue;
                    }
                    best = gap;
                    host = d;
                }
            }
            if (host == null) {
                continue;
            }
            List<TextBlock> inserted = new ArrayList<>();
            for (int j = 0; j < orphan.body.size(); j++) {
                TextBlock o = orphan.body.get(j);
                int at = -1;
                for (int k = 0; k < host.body.size(); k++) {
                    TextBlock h = host.body.get(k);
                    if (!inserted.contains(h) && Math.abs(o.x() - h.x()) <= 1.5f * body && h.bottom() <= o.top() + 1
                            && (at < 0 || h.bottom() > host.body.get(at).bottom())) {
                        at = k;
                    }
                }
                int pos = at < 0 ? host.body.size() : at + 1;
                while (pos < host.body.size() && inserted.contains(host.body.get(pos))) {
                    pos++; // after what was already put under the same part of the column
                }
                host.body.add(pos, o);
                host.bodyRoles.add(pos, orphan.bodyRoles.get(j));
                inserted.add(o);
            }
            host.captionTexts.addAll(orphan.captionTexts);
            host.captionBlocks.addAll(orphan.captionBlocks);
            drafts.remove(orphan);
        }
    }

    /** Whether a piece other than the two has text in {@code upper}'s column between it and {@code lower}. */
    private static boolean textBetween(List<Draft> drafts, Draft a, Draft b, TextBlock upper, TextBlock lower) {
        for (Draft d : drafts) {
            if (d == a || d == b) {
                continue;
            }
            for (List<TextBlock> blocks : List.of(d.heads, d.body, d.captionBlocks)) {
                for (TextBlock t : blocks) {
                    if (t.overlapX(upper) > 0 && t.top() >= upper.bottom() - 1 && t.bottom() <= lower.top() + 1) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * A signature set as a piece of its own (one short line of names only, under the end of a column) closes the text
     * whose column it stands under.
     */
    void joinSignatures(List<Draft> drafts, PageLayout page) {
        float body = page.bodySize();
        for (Draft sig : List.copyOf(drafts)) {
            if (!sig.heads.isEmpty() || !sig.bylineTexts.isEmpty() || !sig.captionTexts.isEmpty() || sig.label != null
                    || sig.body.size() != 1 || sig.body.getFirst().lines().size() != 1
                    || !isSignature(repair.line(sig.body.getFirst().text()))) {
                continue;
            }
            TextBlock s = sig.body.getFirst();
            Draft best = null;
            float bestDistance = Float.MAX_VALUE;
            for (Draft d : drafts) {
                if (d == sig || d.briefs) {
                    continue;
                }
                for (TextBlock b : d.body) {
                    float dy = s.top() - b.bottom();
                    if (b.lines().size() >= 2 && dy >= -1 && dy <= 2.5f * body && s.x() >= b.x() - 1
                            && s.x() <= b.right() + 1 && dy < bestDistance && !page.separated(s, b)) {
                        bestDistance = dy;
                        best = d;
                    }
                }
            }
            if (best != null) {
                best.body.add(s);
                best.bodyRoles.add(Role.BODY);
                drafts.remove(sig);
            }
        }
    }

    /** A piece of running text only: no headline, byline or label, its text at the page's body size. */
    private static boolean isOrphan(Draft d, float body) {
        return d.heads.isEmpty() && d.bylineTexts.isEmpty() && d.label == null && !d.briefs && !d.body.isEmpty()
                && d.bodyRoles.getFirst() == Role.BODY && Math.abs(d.body.getFirst().size() - body) < 0.5f;
    }

    /** Whether a column's first line opens a paragraph: indented, or a dateline ({@code 本报讯}) or jump line. */
    private boolean opensParagraph(TextBlock b) {
        if (indented(b)) {
            return true;
        }
        String first = repair.line(b.lines().getFirst().text()).replace(" ", "");
        return first.startsWith("本报") || first.startsWith("（上接") || first.startsWith("(上接")
                || datelines.extract(first).isPresent();
    }

    /** Whether a column's text stops mid-sentence on a full line (it goes on elsewhere). */
    private static boolean endsMidSentence(TextBlock b) {
        return b.lines().size() >= 2 && endsFull(b) && !endsParagraph(b.lines().getLast().text());
    }

    /**
     * Columns of one text: same size and face, the same width within 0.6 em — or one of them a single line no wider
     * than the other's column (the last line of a text, alone at the top of the next column).
     */
    private static boolean sameColumns(TextBlock a, TextBlock b, float body) {
        return Math.abs(a.size() - b.size()) < 0.5f && a.lines().getFirst().font().equals(b.lines().getFirst().font())
                && (Math.abs(a.columnWidth() - b.columnWidth()) <= 0.6f * body
                || b.lines().size() == 1 && a.lines().size() > 1 && b.width() <= a.columnWidth() + 0.6f * body
                || a.lines().size() == 1 && b.lines().size() > 1 && a.width() <= b.columnWidth() + 0.6f * body);
    }

    /**
     * How far {@code next} is from where the text of {@code end} goes on: the next column to the right (a gutter of up
     * to 3 em, the columns side by side), or lower down the same column; MAX_VALUE when it is neither.
     */
    private static float follows(TextBlock end, TextBlock next, float body) {
        float beside = nextColumn(end, next, body);
        if (beside < Float.MAX_VALUE) {
            return beside;
        }
        boolean sameColumn = Math.abs(next.x() - end.x()) <= 1.5f * body && next.top() >= end.bottom() - 1;
        return sameColumn ? next.top() - end.bottom() : Float.MAX_VALUE;
    }

    /**
     * The gutter between {@code left} and the column {@code right} beside it (their heights overlap), else MAX_VALUE;
     * measured from the left column's edge (its median line end: marks hanging past it may reach the next column).
     */
    private static float nextColumn(TextBlock left, TextBlock right, float body) {
        float gap = right.x() - (left.x() + left.columnWidth());
        // side by side: their heights overlap by an em (or by most of a one-line block's height)
        boolean sideBySide = Math.min(left.bottom(), right.bottom()) - Math.max(left.top(), right.top())
                > Math.min(body, 0.8f * Math.min(left.height(), right.height()));
        return gap >= -1 && gap <= 3 * body && sideBySide ? Math.max(0, gap) : Float.MAX_VALUE;
    }

    // ---- classify the blocks of a module into drafts ----

    enum Role { FURNITURE, LABEL, HEAD, BYLINE, CAPTION, SUBHEAD, BODY }

    /** An article under construction from one module. */
    private static final class Draft {
        String label;
        boolean briefs;
        final List<TextBlock> heads = new ArrayList<>();
        /** heads carried over from a module of their own (kickers): never the main headline */
        final List<TextBlock> carried = new ArrayList<>();
        final List<String> bylineTexts = new ArrayList<>();
        final List<String> captionTexts = new ArrayList<>();
        /** the blocks of {@link #captionTexts}, one each */
        final List<TextBlock> captionBlocks = new ArrayList<>();
        final List<TextBlock> body = new ArrayList<>();
        final List<Role> bodyRoles = new ArrayList<>();

        float mainSize() {
            return (float) heads.stream().mapToDouble(TextBlock::size).max().orElse(0);
        }
    }

    /** {@code carry[0]}: a label left over at the end of a module, for the module after it. */
    private List<Draft> drafts(PageLayout page, Module module, List<String> furniture, String[] carry) {
        List<Draft> drafts = new ArrayList<>();
        Draft cur = null;
        String pendingLabel = carry[0];
        carry[0] = null;
        List<TextBlock> blocks = module.blocks();
        TextBlock furnitureLine = null;
        for (int i = 0; i < blocks.size(); i++) {
            TextBlock b = blocks.get(i);
            TextBlock next = i + 1 < blocks.size() ? blocks.get(i + 1) : null;
            String line = repair.line(b.text());
            if (line.isEmpty()) {
                continue;
            }
            String stacked = stackedByline(b);
            if (stacked != null) {
                line = stacked;
            }
            Role role = role(page, b, line, next);
            if (furnitureLine != null && b.lines().size() == 1 && Math.abs(b.lines().getFirst().baseline()
                    - furnitureLine.lines().getLast().baseline()) < 1 && b.x() >= furnitureLine.right() - 1
                    && b.x() - furnitureLine.right() <= 3 * page.bodySize() && b.size() <= furnitureLine.size() + 0.5f) {
                role = Role.FURNITURE; // the rest of a furniture line set apart (the last name of the editor line)
            }
            furnitureLine = role == Role.FURNITURE ? b : null;
            switch (role) {
                case FURNITURE -> furniture.add(line);
                case LABEL -> {
                    if (cur != null && cur.heads.isEmpty() && cur.body.isEmpty() && cur.label == null) {
                        cur.label = line;
                        cur.briefs = BRIEF_LABELS.contains(line.replace(" ", ""));
                    } else {
                        pendingLabel = pendingLabel == null ? line : pendingLabel + " " + line;
                    }
                }
                case HEAD -> {
                    boolean another = cur != null && (!cur.body.isEmpty() || !cur.captionTexts.isEmpty() && cur.heads.isEmpty()
                            || !cur.heads.isEmpty() && b.size() >= cur.mainSize() * 0.9f && !cur.bylineTexts.isEmpty());
                    if (cur == null || another || cur.briefs) {
                        cur = newDraft(drafts, pendingLabel);
                        pendingLabel = null;
                    }
                    cur.heads.add(b);
                }
                case BYLINE -> {
                    if (cur == null) {
                        cur = newDraft(drafts, pendingLabel);
                        pendingLabel = null;
                    }
                    cur.bylineTexts.add(line);
                }
                case CAPTION -> {
                    if (cur == null) {
                        cur = newDraft(drafts, pendingLabel);
                        pendingLabel = null;
                    }
                    cur.captionTexts.add(repair.line(b.text()));
                    cur.captionBlocks.add(b);
                }
                default -> {
                    if (cur == null) {
                        cur = newDraft(drafts, pendingLabel);
                        pendingLabel = null;
                    } else if (pendingLabel != null && BRIEF_LABELS.contains(pendingLabel.replace(" ", ""))) {
                        cur = newDraft(drafts, pendingLabel);
                        pendingLabel = null;
                    } else if (ruledOff(page, cur, b)) {
                        // text under a rule that closes the piece above it (the foot of an L-shaped article under
                        // its neighbour): a piece of its own, which the joining passes may give to its article
                        cur = newDraft(drafts, null);
                    }
                    cur.body.add(b);
                    cur.bodyRoles.add(role);
                }
            }
        }
        if (pendingLabel != null) {
            if (drafts.isEmpty()) {
                carry[0] = pendingLabel; // a label module right before the piece it labels
            } else {
                furniture.add(pendingLabel);
            }
        }
        return drafts;
    }

    /** The first part of a role word broken over two byline lines ({@code 本报} | {@code 通讯员}). */
    private static final Set<String> ROLE_PREFIXES = Set.of("本报", "本报特约", "特约", "见习", "实习");

    /**
     * A byline set as stacked lines ({@code 本报记者 X} over {@code 通讯员 Y Z}, each line a byline of its own) that the
     * layout read as one block: its lines joined with spaces, so that the roles of the second line stay apart from the
     * names of the first (joined plainly, {@code X本报通讯员} reads as one word); null for any other block.
     */
    String stackedByline(TextBlock b) {
        if (b.lines().size() < 2 || b.lines().size() > 3) {
            return null;
        }
        List<String> lines = new ArrayList<>();
        for (TextLine l : b.lines()) {
            String t = repair.line(l.text());
            if (t.isEmpty() || t.replace(" ", "").length() > 30 || !bylines.isBylineLine(t)) {
                return null;
            }
            lines.add(t);
        }
        String text = lines.getFirst();
        for (String next : lines.subList(1, lines.size())) {
            // a line break inside a role word (`记者 X 本报` / `通讯员 Y`) joins plainly: the space would make a name of it
            String last = text.substring(text.lastIndexOf(' ') + 1);
            boolean brokenRole = ROLE_PREFIXES.contains(last)
                    && (next.startsWith("记者") || next.startsWith("通讯员") || next.startsWith("生"));
            text = brokenRole ? text + next : text + " " + next;
        }
        return text;
    }

    /**
     * Whether a horizontal rule runs between the text of {@code cur} and the text block {@code b} under it: a rule
     * across a column closes the piece above it.
     */
    private static boolean ruledOff(PageLayout page, Draft cur, TextBlock b) {
        if (cur.body.isEmpty()) {
            return false;
        }
        for (TextBlock above : cur.body) {
            if (above.bottom() <= b.top() + 1 && above.overlapX(b) > 0 && page.separated(above, b)) {
                return true;
            }
        }
        return false;
    }

    private static Draft newDraft(List<Draft> drafts, String label) {
        Draft d = new Draft();
        d.label = label;
        d.briefs = label != null && BRIEF_LABELS.contains(label.replace(" ", ""));
        drafts.add(d);
        return d;
    }

    private Role role(PageLayout page, TextBlock b, String line, TextBlock next) {
        float body = page.bodySize();
        String compact = line.replace(" ", "");
        boolean display = b.lines().size() <= 3 && compact.length() <= 40;
        if (display && isFurniture(page, b, compact) || b.lines().size() <= 6 && isFurnitureBlock(b)) {
            return Role.FURNITURE;
        }
        boolean headline = page.isHeadline(b);
        if (BRIEF_LABELS.contains(compact)) {
            return Role.LABEL;
        }
        if (headline && compact.length() <= 8 && b.bold() && next != null && page.isHeadline(next)
                && (next.size() > b.size() * 1.1f || page.labelsSmallHeadline(b, next))
                && b.size() <= body * 1.45f) {
            return Role.LABEL; // a column label over a headline (bigger, or about its size, longer and not centred under it)
        }
        String credit = normalizeCredit(compact);
        if (display && captions.isCreditOnly(normalizeCredit(line))) {
            return Role.CAPTION;
        }
        if (display && (bylines.isBylineLine(line) || line.startsWith("□") && compact.length() <= 12
                || bylines.isAuthorLine(line))) {
            return Role.BYLINE;
        }
        if (headline || b.size() >= 1.15f * body && b.lines().size() <= 2 && compact.length() <= 30) {
            return Role.HEAD; // a headline, or a kicker set larger than the text
        }
        if (b.size() < body * 0.97f && b.lines().size() <= 6 || compact.startsWith("图为") && compact.length() <= 120
                || display && captions.isCreditOnly(credit)) {
            return Role.CAPTION;
        }
        if (b.bold() && b.lines().size() <= 2 && compact.length() <= 30) {
            return Role.SUBHEAD;
        }
        return Role.BODY;
    }

    private boolean isFurniture(PageLayout page, TextBlock b, String compact) {
        if (FURNITURE.matcher(compact).find()) {
            return true;
        }
        if (b.lines().size() > 1 && b.lines().stream().allMatch(l -> FURNITURE.matcher(repair.line(l.text()).replace(" ", "")).find())) {
            return true; // the date broken over lines, the numbers beside the masthead
        }
        // the masthead: the paper's name, far bigger than any headline, at the top of the page
        if (compact.length() <= 10 && page.isMasthead(b)) {
            return true;
        }
        // the section name in the page's header band
        return b.top() < page.height() * 0.045f && b.bold() && compact.length() <= 6 && compact.codePoints().allMatch(Character::isLetter);
    }

    private boolean isCredit(String text) {
        return captions.isCreditOnly(normalizeCredit(text));
    }

    /** A block of several furniture lines (the masthead's numbers: CN …, 邮发代号 …, 总第…期 今日…版, …社出版). */
    private boolean isFurnitureBlock(TextBlock b) {
        int hits = 0;
        for (var l : b.lines()) {
            if (FURNITURE.matcher(repair.line(l.text()).replace(" ", "")).find()) {
                hits++;
            }
        }
        return b.lines().size() > 1 && hits * 2 >= b.lines().size();
    }

    /** Photo credits as {@link CaptionExtractor} reads them: {@code X/摄} and {@code （X 摄）} become {@code X 摄}. */
    static String normalizeCredit(String s) {
        String t = s.replaceAll("\\s*[/／]\\s*摄", " 摄");
        t = t.replaceAll("[（(]\\s*([^（()）]{2,16}?)\\s*摄\\s*[）)]\\s*$", " $1 摄");
        return t.strip();
    }

    // ---- build articles ----

    private void build(Draft d, float bodySize, List<PageArticle> out) {
        // headlines: the biggest is the main one; the others keep their print order
        List<String> headlines = new ArrayList<>();
        String main = null;
        TextBlock mainBlock = null;
        for (TextBlock h : d.heads) {
            // the biggest; at equal size not a carried kicker, not a "——" line, the longer
            if (mainBlock == null || h.size() > mainBlock.size() + 0.01f
                    || Math.abs(h.size() - mainBlock.size()) <= 0.01f && (d.carried.contains(mainBlock) && !d.carried.contains(h)
                    || mainBlock.text().startsWith("——") && !h.text().startsWith("——")
                    || h.text().length() > mainBlock.text().length() && !h.text().startsWith("——") && !d.carried.contains(h))) {
                mainBlock = h;
            }
        }
        for (TextBlock h : d.heads) {
            String text = doubled.repair(repair.line(h.text()));
            headlines.add(text);
            if (h == mainBlock) {
                main = text;
            }
        }
        // the display lines printed before the main headline are its kicker (a "——" line is a sub-headline wherever it
        // stands); the others are the sub-headline
        List<String> kickers = new ArrayList<>();
        List<String> others = new ArrayList<>();
        boolean beforeMain = mainBlock != null;
        for (int k = 0; k < d.heads.size(); k++) {
            TextBlock h = d.heads.get(k);
            if (h == mainBlock) {
                beforeMain = false;
                continue;
            }
            String text = headlines.get(k);
            if (beforeMain && !text.startsWith("——")) {
                kickers.add(text);
            } else {
                others.add(text);
            }
        }
        String kicker = kickers.isEmpty() ? null : String.join(" ", kickers);
        Byline names = Byline.NONE;
        List<String> bylineTexts = new ArrayList<>();
        for (String b : d.bylineTexts) {
            String text = b.replaceFirst("^[□■●▲◆]\\s*", "");
            bylineTexts.add(text);
            names = names.plus(parseByline(text));
        }
        List<Caption> found = captionsOf(d.captionTexts);

        // body paragraphs, run on across columns
        List<String> paragraphs = new ArrayList<>();
        List<Kind> kinds = new ArrayList<>();
        TextBlock previous = null;
        for (int k = 0; k < d.body.size(); k++) {
            TextBlock b = d.body.get(k);
            if (d.bodyRoles.get(k) == Role.SUBHEAD) {
                paragraphs.add(repair.line(b.text()));
                kinds.add(Kind.SUBHEAD);
                previous = null;
                continue;
            }
            List<String> ps = b.paragraphs();
            for (int j = 0; j < ps.size(); j++) {
                String p = ps.get(j);
                // a paragraph runs on into the next column when the column before ended on a full line
                boolean runOn = j == 0 && previous != null && !paragraphs.isEmpty() && kinds.getLast() == Kind.TEXT
                        && !indented(b) && endsFull(previous) && !endsParagraph(paragraphs.getLast());
                if (runOn) {
                    paragraphs.set(paragraphs.size() - 1, paragraphs.getLast() + p);
                } else {
                    paragraphs.add(p);
                    kinds.add(Kind.TEXT);
                }
            }
            previous = b;
        }
        for (int k = 0; k < paragraphs.size(); k++) {
            // one-line repair keeps the spaces between names (credits, signatures); article() compacts the body
            paragraphs.set(k, repair.line(paragraphs.get(k)));
        }
        if (main == null && (d.briefs || countCredits(paragraphs, kinds) >= 2)) {
            splitBriefs(d, paragraphs, kinds, found, out);
            return;
        }
        // a photo printed on its own: a caption or credit and nothing else, or a titled photo (a picture story's
        // title over the photo, then its caption: still no text of its own)
        boolean photo = d.body.isEmpty() && d.bylineTexts.isEmpty() && !found.isEmpty()
                && (main == null && kicker == null && others.isEmpty() || main != null && others.isEmpty());
        out.add(article(out.size() + 1, photo ? PageArticle.ItemKind.PHOTO : PageArticle.ItemKind.ARTICLE, headlines,
                kicker, main, others, bylineTexts, names, paragraphs, kinds, found, d.label));
    }

    private static boolean indented(TextBlock b) {
        return b.lines().getFirst().x() - b.x() >= 1.2f * b.size();
    }

    /** Whether the last line is full: it reaches the column's edge (the median line end; marks may hang past it). */
    private static boolean endsFull(TextBlock b) {
        var last = b.lines().getLast();
        return last.right() >= b.x() + b.columnWidth() - 1.2f * b.size() && last.x() - b.x() < 1.2f * b.size();
    }

    private static boolean endsParagraph(String text) {
        String t = text.strip();
        if (t.isEmpty()) {
            return true;
        }
        char c = t.charAt(t.length() - 1);
        return c == '。' || c == '！' || c == '？' || c == '”' && t.length() > 1 && "。！？".indexOf(t.charAt(t.length() - 2)) >= 0
                || c == '）' || c == '…';
    }

    /**
     * The end credit of a paragraph ({@code （X Y）}); also one whose names lost their separating space at a line break
     * ({@code （宋涛勇赵瑶）}), when every name found in it is a plausible name and together they are the whole of it.
     */
    Byline endCredit(String paragraph) {
        Byline credit = bylines.endCredit(paragraph);
        if (!credit.hasNoNames()) {
            return credit;
        }
        java.util.regex.Matcher m = RUN_TOGETHER_CREDIT.matcher(paragraph);
        if (!m.find() || m.start() == 0 || "。！？”…".indexOf(paragraph.charAt(m.start() - 1)) < 0) {
            return Byline.NONE;
        }
        Byline names = bylines.parse(m.group(1));
        if (names.reporters().size() >= 2 && String.join("", names.reporters()).equals(m.group(1))
                && names.reporters().stream().allMatch(news.text.PersonNames::isPlausibleName)) {
            return names;
        }
        return Byline.NONE;
    }

    String withoutEndCredit(String paragraph) {
        String cut = bylines.withoutEndCredit(paragraph);
        if (!cut.equals(paragraph) || bylines.endCredit(paragraph).hasNoNames() && endCredit(paragraph).hasNoNames()) {
            return cut;
        }
        java.util.regex.Matcher m = RUN_TOGETHER_CREDIT.matcher(paragraph);
        return m.find() ? paragraph.substring(0, m.start()).strip() : paragraph;
    }

    private int countCredits(List<String> paragraphs, List<Kind> kinds) {
        int n = 0;
        for (int k = 0; k < paragraphs.size(); k++) {
            if (kinds.get(k) == Kind.TEXT && !endCredit(paragraphs.get(k)).hasNoNames()) {
                n++;
            }
        }
        return n;
    }

    /** A column of briefs: one article per paragraph run closed by an end credit. */
    private void splitBriefs(Draft d, List<String> paragraphs, List<Kind> kinds, List<Caption> found, List<PageArticle> out) {
        List<String> run = new ArrayList<>();
        List<Kind> runKinds = new ArrayList<>();
        boolean first = true;
        for (int k = 0; k < paragraphs.size(); k++) {
            run.add(paragraphs.get(k));
            runKinds.add(kinds.get(k));
            boolean credited = kinds.get(k) == Kind.TEXT && !endCredit(paragraphs.get(k)).hasNoNames();
            if (credited || k == paragraphs.size() - 1) {
                out.add(article(out.size() + 1, PageArticle.ItemKind.ARTICLE, List.of(), null, null, List.of(), List.of(),
                        Byline.NONE, run, runKinds, first ? found : List.of(), d.label));
                run = new ArrayList<>();
                runKinds = new ArrayList<>();
                first = false;
            }
        }
    }

    private PageArticle article(int order, PageArticle.ItemKind itemKind, List<String> headlines, String kicker, String main,
                                List<String> others, List<String> bylineTexts, Byline names, List<String> paragraphs,
                                List<Kind> kinds, List<Caption> found, String label) {
        List<String> texts = new ArrayList<>(paragraphs);
        List<Kind> ks = new ArrayList<>(kinds);
        List<String> bylineOut = new ArrayList<>(bylineTexts);
        Dateline dateline = null;
        String continuedFrom = null;
        String continuedTo = null;
        // continuation marks: a jump line of its own, （上接…） opening the text
        for (int k = texts.size() - 1; k >= 0; k--) {
            if (JUMP_TO.matcher(texts.get(k)).matches()) {
                continuedTo = marks.continuation(texts.get(k)).map(StructureMarks.Continuation::page).orElse(null);
                texts.remove(k);
                ks.remove(k);
            }
        }
        if (!texts.isEmpty() && continuedTo == null) {
            // a jump mark closing the last paragraph
            java.util.regex.Matcher jump = JUMP_AT_END.matcher(texts.getLast());
            if (jump.find()) {
                continuedTo = marks.continuation(jump.group()).map(StructureMarks.Continuation::page).orElse(null);
                texts.set(texts.size() - 1, texts.getLast().substring(0, jump.start()).strip());
                if (texts.getLast().isEmpty()) {
                    texts.removeLast();
                    ks.removeLast();
                }
            }
        }
        if (!texts.isEmpty()) {
            Optional<StructureMarks.Continuation> from = marks.continuation(texts.getFirst());
            if (from.isPresent() && from.get().from() && from.get().start() == 0) {
                continuedFrom = from.get().page();
                texts.set(0, texts.getFirst().substring(from.get().end()).strip());
                if (texts.getFirst().isEmpty()) {
                    texts.removeFirst();
                    ks.removeFirst();
                }
            }
        }
        if (!texts.isEmpty() && ks.getFirst() == Kind.TEXT) {
            Optional<DatelineExtractor.Match> m = datelines.extract(texts.getFirst());
            if (m.isPresent()) {
                dateline = m.get().dateline();
                if (m.get().bylineText() != null) {
                    bylineOut.add(m.get().bylineText());
                    names = parseByline(m.get().bylineText()).plus(names);
                }
                texts.set(0, m.get().rest());
            }
        }
        // a signature: a short last line of names only, set apart
        if (texts.size() > 1 && ks.getLast() == Kind.TEXT && isSignature(texts.getLast())) {
            Byline sig = parseByline(texts.getLast());
            names = names.plus(sig);
            bylineOut.add(texts.getLast());
            texts.removeLast();
            ks.removeLast();
        }
        if (!texts.isEmpty() && ks.getLast() == Kind.TEXT) {
            // a signature run in after the last sentence, on its last line (…集联播。许健宁 任旭 蒋春志)
            String last = texts.getLast();
            int end = lastSentenceEnd(last);
            String tail = end < 0 ? "" : last.substring(end + 1).strip();
            if (!tail.isEmpty() && isSignature(tail)) {
                Byline sig = parseByline(tail);
                if (!sig.hasNoNames()) {
                    names = names.plus(sig);
                    bylineOut.add(tail);
                    texts.set(texts.size() - 1, last.substring(0, end + 1));
                }
            }
        }
        if (!texts.isEmpty() && ks.getLast() == Kind.TEXT) {
            String last = texts.getLast();
            Byline credit = endCredit(last);
            if (!credit.hasNoNames()) {
                names = names.plus(credit);
                bylineOut.add(String.join(" ", credit.reporters()));
                texts.set(texts.size() - 1, withoutEndCredit(last));
            }
        }
        List<BodyParagraph> body = new ArrayList<>();
        for (int k = 0; k < texts.size(); k++) {
            String t = ks.get(k) == Kind.TEXT ? repair.compactLine(texts.get(k)) : texts.get(k).strip();
            if (t.isEmpty()) {
                continue;
            }
            Kind kind = ks.get(k);
            String speaker = kind == Kind.TEXT ? marks.speaker(t).orElse(null) : null;
            body.add(new BodyParagraph(speaker != null ? Kind.TURN : kind, t, speaker));
        }
        return new PageArticle(order, itemKind, headlines, kicker, main, others.isEmpty() ? null : String.join(" ", others),
                bylineOut.isEmpty() ? null : String.join(" ", bylineOut), names, dateline, body, found, label,
                continuedFrom, continuedTo, 1.0, main == null && itemKind == PageArticle.ItemKind.ARTICLE
                        && (label == null || !BRIEF_LABELS.contains(label.replace(" ", ""))) ? List.of(PageArticle.Flag.NO_HEADLINE) : List.of());
    }

    /** The index of the last sentence-ending mark (。！？, or a closing quote right after one), or -1. */
    static int lastSentenceEnd(String text) {
        for (int i = text.length() - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (c == '。' || c == '！' || c == '？' || c == '”' && i > 0 && "。！？".indexOf(text.charAt(i - 1)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    private boolean isSignature(String text) {
        String t = text.strip();
        if (t.length() > 16 || t.isEmpty()) {
            return false;
        }
        if (bylines.isNamesOnlyLine(t)) {
            return true;
        }
        return t.length() <= 4 && news.text.PersonNames.isPlausibleName(t);
    }

    /** Names in a byline; an intern (实习生) counts as a reporter. */
    Byline parseByline(String text) {
        return bylines.parse(text.replace("实习生", "实习记者"));
    }

    /** Captions and credits: a credit on its own names the photographer of the caption before it. */
    private List<Caption> captionsOf(List<String> texts) {
        List<Caption> out = new ArrayList<>();
        for (String raw : texts) {
            String t = normalizeCredit(raw.replace(" ", " "));
            if (captions.isCreditOnly(t)) {
                String who = captions.photographer(t).orElse(null);
                if (!out.isEmpty() && out.getLast().photographer() == null) {
                    out.set(out.size() - 1, new Caption(out.getLast().text(), who));
                } else {
                    out.add(new Caption("", who));
                }
                continue;
            }
            Optional<Caption> c = captions.caption(t);
            String text = c.map(Caption::text).orElse(t);
            out.add(new Caption(repair.compactLine(text), c.map(Caption::photographer).orElse(null)));
        }
        return out;
    }
}
