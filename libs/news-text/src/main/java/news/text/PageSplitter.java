package news.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import news.model.ArticleMetadata.Caption;
import news.text.PageArticle.BodyParagraph;
import news.text.PageArticle.BodyParagraph.Kind;
import news.text.PageArticle.Flag;
import news.text.PageArticle.ItemKind;

/**
 * Splits the extracted text of a whole printed page into its articles.
 *
 * <ol>
 *   <li><b>Furniture</b> (masthead, numbers, date, editor line) is taken out first ({@link PageFurniture}); columns
 *       read across are put back one after another (two columns' lines on one line: {@link ColumnStreams}; lines
 *       of two columns alternating: {@link InterleavedColumns}); the pieces of bodies scattered over the page are put back in order
 *       ({@link BodyStitcher}; a join on weak evidence flags the article {@link Flag#BODY_BOUNDARY_GUESSED}).</li>
 *   <li>The rest is repaired and rebuilt into paragraphs ({@link TextRepair}, {@link ParagraphRebuilder}) and each
 *       paragraph is classified: headline-like line, byline ({@code 本报记者 X}, {@code ■本报记者 X}), signed author
 *       ({@code 市委常委、秘书长 惠康}), signature ({@code □ 张三}, a bare name under a commentary), section or column
 *       label, caption or photo credit, dateline opening ({@code 本报讯}), box-out ({@code ●}), running text.</li>
 *   <li>The page becomes a sequence of <em>blocks</em> of headline and byline lines and <em>runs</em> of text. A block
 *       inside a run that is only short headline-like lines, followed by running text that does not open a text of
 *       its own, is a subheading and stays in the body when its shape says so (enumerated, a pair, parallel phrases,
 *       one of a series); a block between box-outs is box text.
 *       Runs are cut into <em>segments</em> where a new text visibly starts: a dateline, a box-out, a continuation mark
 *       ({@code （上接第一版）}), after an end credit ({@code （李新 王芳）}: a brief ends there).</li>
 *   <li>Blocks become <em>units</em>: headline lines with the bylines printed next to them; a byline alone opens the
 *       segment after it (a signature closes the one before it); labels become page labels.</li>
 *   <li><b>Which headline heads which segment</b> is decided for the whole page at once: every unit may take any
 *       segment, scored by the words they share ({@link PageLexicon#coverage}, rare words count more) plus a bonus
 *       for being printed right before or after it (less one segment further, a penalty far away); the best
 *       one-to-one assignment is taken ({@link Assignment}). So headlines printed after their bodies, before them,
 *       several bunched after the bodies they belong to, or far away, all find their text; where two candidates
 *       score close, the article is flagged {@link Flag#HEADLINE_AMBIGUOUS}.</li>
 *   <li>A unit left without a segment (or given one that shares far fewer of its words) although it shares many words
 *       with part of a segment another unit holds means two texts run back to back: the segment is cut between paragraphs where the words change from one headline's
 *       to the other's (never inside an enumeration {@code 一、二、三、}), flagged
 *       {@link Flag#BODY_BOUNDARY_GUESSED}, and the assignment is made again.</li>
 *   <li>A segment left without a headline continues the article whose headline came before its text (its body goes
 *       on in the next column), else the article next to it it shares most words with; one that starts or ends like a
 *       text of its own (a dateline, a byline, an end credit) stands alone, flagged {@link Flag#NO_HEADLINE}.</li>
 *   <li>A headline unit's lines are told apart: {@code ——…} lines are subtitles (a {@code ——…之二} series line is a
 *       kicker), a line ending in {@code 强调/指出/要求…} before another is a kicker, a short place name under the title
 *       ({@code 清丰县}) is a label; of the rest the main title is the one printed largest (wrapped at fewest
 *       characters a line), else the one sharing clearly most words with the body, else the first.</li>
 *   <li>Captions go to the article whose text shares most bigrams with them; a caption that shares few, or a credit
 *       with no caption, is a photo of its own ({@link ItemKind#PHOTO}).</li>
 * </ol>
 * Nothing is dropped: every non-empty paragraph of the page ends up in exactly one item (as headline, byline, body,
 * caption), in the page's labels or in its furniture. Immutable and thread-safe.
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

    /** Score bonus for a headline printed right before or right after a segment. */
    static final double ADJACENT = 0.5;
    /** ... for one segment further away. */
    static final double NEAR = 0.2;
    /** ... for two segments further. */
    static final double FAR = 0.05;
    /** ... and further still: none (headlines bunched far from their texts are printed; the words decide). */
    static final double REMOTE = 0.0;
    /** Weight of the shared-word coverage against the position bonus. */
    static final double WORDS = 1.0;
    /** Weight of the shared-word coverage of a segment's first paragraph (on top of the whole segment's). */
    static final double LEAD = 0.3;
    /**
     * The position bonus counts in full only for a headline sharing at least this much of its words with the text (a
     * rare word of a short headline), less in proportion below it: nothing for a headline sharing nothing.
     */
    static final double POSITION_WORDS = 0.1;
    /** A pair scoring at most this is never made. */
    static final double THRESHOLD = 0.45;
    /** A headline must cover at least this share of its weight in a part of a segment for that segment to be cut. */
    static final double CUT_COVERAGE = 0.35;
    /** A headline holding a text that shares this much less of its words than another's text does is displaced. */
    static final double DISPLACED = 0.1;
    /** ... unless its own text shares at least this much. */
    static final double CONTENT_COVERAGE = 0.5;
    /** Each part of a cut text has at least this many paragraphs, or {@link #CUT_MIN_CHARS} characters. */
    static final int CUT_MIN_PARAGRAPHS = 2;
    static final int CUT_MIN_CHARS = 300;
    /** A headline line at the top of the page at least this many times as wide as the body lines may be a banner ... */
    static final double BANNER_WIDTH = 1.6;
    /** ... and scores this much less as a headline. */
    static final double BANNER_PENALTY = 0.4;
    /** A headline line this short (Han characters) whose word runs on from the line before is that line's tail. */
    static final int WRAPPED_TAIL_MAX = 4;
    /** Below this margin over the runner-up an assignment is flagged ambiguous. */
    static final double AMBIGUOUS_MARGIN = 0.15;
    /** Confidence of an article whose body pieces were joined on weak evidence. */
    static final double STITCH_GUESSED_CONFIDENCE = 0.7;
    /** A headline line under a first line that shares no word with the text is the main one from this share on. */
    static final double KICKER_SHARES_NONE = 0.1;
    /** A caption sharing less than this share of its bigrams with every article is a photo of its own. */
    static final double CAPTION_MIN_SHARE = 0.3;
    /** Characters at a paragraph's end read again with their spaces for an end credit ({@code （黎晓 郭梅敏）}). */
    static final int END_CREDIT_TAIL = 40;

    private static final Pattern KICKER_END = Pattern.compile(
            "(?:强调|指出|要求|表示|提出|寄语|致辞|宣布|说|讲话时说|时指出|时强调|时要求|时表示|会上强调|会上指出|之际|前夕|中)$");
    private static final Pattern SERIES_KICKER = Pattern.compile("^[—―]+.*(?:之[一二三四五六七八九十]+|[（(][一二三四五六七八九十\\d]+[）)])$");
    private static final Pattern PLACE_LABEL = Pattern.compile("^\\p{IsHan}{1,4}(?:县|市|区|镇|乡|旗|州|街道)$");
    private static final Pattern ENUMERATOR_FIRST = Pattern.compile("^(?:一[、．.是]|第一[、，,]|（一）|\\(一\\)|1[、．]|首先)");

    private static final TextRepair REPAIR = TextRepair.forPlainText();
    private final TextRepair repair = REPAIR;
    private final ParagraphRebuilder rebuilder = new ParagraphRebuilder();
    private final BylineExtractor bylines = new BylineExtractor();
    private final DatelineExtractor datelines = new DatelineExtractor();
    private final CaptionExtractor captions = new CaptionExtractor();
    private final StructureMarks marks = new StructureMarks();
    private final DoubledTextRepair doubled = new DoubledTextRepair();
    private final PageFurniture furniture = new PageFurniture();
    private final ColumnStreams columns = new ColumnStreams();
    private final InterleavedColumns interleaved = new InterleavedColumns();
    private final BodyStitcher stitcher = new BodyStitcher();

    enum Type { HEADING, BYLINE, OPENER_BYLINE, AUTHOR, SIGNATURE, SECTION, CAPTION, CREDIT, CREDIT_USED, DATELINE, BOX, BODY }

    /** One rebuilt paragraph of the page: raw text, its one-line repair and what it is. */
    static final class Para {
        final String raw;
        /** The one-line repair; for a long paragraph only of its head (enough to classify it), see {@link #truncated}. */
        final String line;
        final boolean truncated;
        final List<String> lines;
        final int gapBefore;
        int[] gaps; // blank lines before each of its lines (gaps[0] = gapBefore), null when unknown
        int position; // index in the page's paragraph list
        Type type;
        Caption caption;
        boolean subhead; // a heading kept in the body
        boolean orphan; // a run with no headline of its own, put before the article that follows it
        boolean opensLoose; // a column line cut off by a blank line, heading-shaped but running text (RunningText)
        boolean stitchGuessed; // holds a piece the stitcher joined to another on weak evidence

        private int enumeration = -1;
        private String compact;

        /** The whole paragraph as one line, every space next to Chinese removed (computed once). */
        String compact() {
            if (compact == null) {
                compact = REPAIR.compactLineOfPrepared(raw);
            }
            return compact;
        }

        /** The enumeration steps the paragraph shows: first step's number in the high half, last one's in the low. */
        int enumeration() {
            if (enumeration < 0) {
                int first = 0;
                int last = 0;
                if (hasChineseNumeral(raw)) {
                    String c = compact();
                    // An enumeration step: a numeral (after a sentence's end, or 第) followed by 是/要/、/．/，.
                    for (int i = 0; i < c.length(); i++) {
                        if (!CharClass.isChineseNumeral(c.charAt(i)) || i > 0 && CharClass.isChineseNumeral(c.charAt(i - 1))) {
                            continue;
                        }
                        int from = i;
                        int to = i;
                        while (to < c.length() && to - from < 3 && CharClass.isChineseNumeral(c.charAt(to))) {
                            to++;
                        }
                        int before = from > 0 && c.charAt(from - 1) == '第' ? from - 1 : from;
                        boolean starts = before == 0 || "。；！？：”".indexOf(c.charAt(before - 1)) >= 0;
                        char after = to < c.length() ? c.charAt(to) : 0;
                        boolean marked = after == '是' || after == '要' || after == '、' || after == '．'
                                || after == '，' && to + 2 < c.length() && c.indexOf('，', to + 1) != to + 1;
                        int v = starts && marked ? chineseNumber(c.substring(from, to)) : 0;
                        if (v > 0) {
                            first = first == 0 ? v : first;
                            last = v;
                        }
                        i = to - 1;
                    }
                }
                enumeration = first << 16 | last;
            }
            return enumeration;
        }

        Para(String raw, String line, boolean truncated, List<String> lines, int gapBefore, int position, Type type) {
            this.raw = raw;
            this.line = line;
            this.truncated = truncated;
            this.lines = lines;
            this.gapBefore = gapBefore;
            this.position = position;
            this.type = type;
        }


    }

    /** Headline lines and the bylines printed with them, or a byline alone, between two segments. */
    static final class Unit {
        final List<Para> paras = new ArrayList<>();
        int gap; // number of segments before it
        int[] bigrams;
        double[] weights;
        double totalWeight;
        boolean banner;
        Unit cutFrom; // the unit of bunched headlines it was cut from (HeadlineCuts)
        int[][] lineBigrams; // of each headline line, computed when first asked for

        int[][] lineBigrams() {
            if (lineBigrams == null) {
                lineBigrams = paras.stream().filter(p -> p.type == Type.HEADING).map(p -> PageLexicon.bigrams(p.raw))
                        .toArray(int[][]::new);
            }
            return lineBigrams;
        }

        double coverage(PageLexicon lexicon, java.util.BitSet text) {
            return lexicon.coverage(bigrams, weights, totalWeight, text);
        }

        boolean hasHeading() {
            return paras.stream().anyMatch(p -> p.type == Type.HEADING);
        }

        boolean hasByline() {
            return paras.stream().anyMatch(p -> p.type != Type.HEADING && p.type != Type.SECTION);
        }

        int position() {
            return paras.getFirst().position;
        }
    }

    /** A stretch of running text that visibly belongs together. */
    static final class Segment {
        final List<Para> paras;
        final List<Unit> openers = new ArrayList<>();
        final List<Unit> closers = new ArrayList<>();
        String section;
        Unit head;
        boolean guessedCut;
        boolean afterLooseHead; // a headline no text took is printed right before it
        double confidence = 1.0;
        final java.util.BitSet set = new java.util.BitSet();

        /** Each headline unit's coverage of this segment, computed once (segments change only when cut). */
        private final java.util.IdentityHashMap<Unit, Double> coverages = new java.util.IdentityHashMap<>();
        private final java.util.IdentityHashMap<Unit, Double> leadCoverages = new java.util.IdentityHashMap<>();
        private final java.util.IdentityHashMap<Unit, Double> lineCoverages = new java.util.IdentityHashMap<>();

        Segment(List<Para> paras) {
            this.paras = new ArrayList<>(paras);
            paras.forEach(p -> set.set(p.position));
        }

        /** The unit's coverage of the segment's lead (its first paragraph): a headline's words open its text. */
        double leadCoverage(Unit u, PageLexicon lexicon) {
            Double c = leadCoverages.get(u);
            if (c == null) {
                java.util.BitSet lead = new java.util.BitSet();
                lead.set(paras.getFirst().position);
                c = u.coverage(lexicon, lead);
                leadCoverages.put(u, c);
            }
            return c;
        }

        /** The largest share of any one headline line of the unit (a kicker or a label dilutes the unit's share). */
        double bestLineCoverage(Unit u, PageLexicon lexicon) {
            Double c = lineCoverages.get(u);
            if (c == null) {
                c = 0.0;
                int[][] lines = u.lineBigrams();
                for (int i = 0; lines.length >= 2 && i < lines.length; i++) {
                    c = Math.max(c, lexicon.coverage(lines[i], set));
                }
                lineCoverages.put(u, c);
            }
            return c;
        }

        double coverage(Unit u, PageLexicon lexicon) {
            Double c = coverages.get(u);
            if (c == null) {
                c = u.coverage(lexicon, set);
                coverages.put(u, c);
            }
            return c;
        }

        int position() {
            return paras.getFirst().position;
        }

        boolean allBox() {
            return paras.stream().allMatch(p -> p.type == Type.BOX);
        }

        boolean opensItself() {
            Para first = paras.getFirst();
            return first.type == Type.DATELINE || !openers.isEmpty();
        }

        boolean closesItself(java.util.function.Predicate<Para> endsWithCredit) {
            if (!closers.isEmpty()) {
                return true;
            }
            Para last = paras.getLast();
            return last.type == Type.BODY && endsWithCredit.test(last);
        }
    }

    /** An article under construction. */
    private static final class Draft {
        final List<Segment> segments = new ArrayList<>();
        Unit head;
        String sectionLabel;
        final List<Caption> captions = new ArrayList<>();
        final List<Flag> flags = new ArrayList<>();
        double confidence = 1.0;
        boolean headFirst;

        int position() {
            return segments.getFirst().position();
        }

        List<Para> body() {
            List<Para> out = new ArrayList<>();
            segments.forEach(s -> out.addAll(s.paras));
            return out;
        }

        /** The paragraphs of its text and headline, for the lexicon's queries. */
        java.util.BitSet set() {
            java.util.BitSet set = new java.util.BitSet();
            segments.forEach(s -> set.or(s.set));
            if (head != null) {
                head.paras.forEach(p -> set.set(p.position));
            }
            return set;
        }
    }

    /** The articles of {@code page} in page order; an empty or blank page has none. */
    public List<PageArticle> split(String page) {
        return splitPage(page).articles();
    }

    /** The page's articles and photos, its furniture and its labels. */
    public SplitPage splitPage(String page) {
        PageFurniture.Result stripped = furniture.strip(repair.prepare(page));
        BodyStitcher.Result stitched = stitcher.stitch(interleaved.untangle(columns.untangle(stripped.text())));
        List<Para> paras = classify(stitched.text());
        markStitched(paras, stitched.guessed());
        List<String> labels = new ArrayList<>();
        PageLexicon lexicon = new PageLexicon(paras.stream().map(p -> p.raw).toList());
        List<Draft> drafts = assemble(paras, lexicon, labels);
        List<Caption> photos = placeCaptions(paras, drafts, lexicon);
        java.util.function.Predicate<String> quoted = name -> isQuotedName(paras, name);
        List<PageArticle> out = new ArrayList<>();
        // Articles and photos in page order.
        List<Object> items = new ArrayList<>(drafts);
        List<Integer> positions = new ArrayList<>();
        drafts.forEach(d -> positions.add(d.position()));
        for (Caption photo : photos) {
            items.add(photo);
        }
        List<Integer> photoPositions = photoPositions(paras, photos);
        positions.addAll(photoPositions);
        Integer[] order = new Integer[items.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Integer.compare(positions.get(a), positions.get(b)));
        for (int i : order) {
            Object item = items.get(i);
            if (item instanceof Draft d) {
                out.add(build(out.size() + 1, d, lexicon, quoted, labels));
            } else {
                out.add(photo(out.size() + 1, (Caption) item));
            }
        }
        return new SplitPage(out, stripped.metadata(), labels);
    }

    // ---- 1. classify ----

    /** Marks the paragraphs holding a piece the stitcher joined on weak evidence (by the piece's first line). */
    private static void markStitched(List<Para> paras, List<String> guessed) {
        if (guessed.isEmpty()) {
            return;
        }
        java.util.Set<String> firstLines = new java.util.HashSet<>(guessed);
        for (Para p : paras) {
            for (String line : p.lines) {
                if (firstLines.contains(line.strip())) {
                    p.stitchGuessed = true;
                    break;
                }
            }
        }
    }

    List<Para> classify(String prepared) {
        List<Para> paras = new ArrayList<>();
        for (ParagraphRebuilder.Rebuilt r : rebuilder.rebuildWithLines(prepared)) {
            for (ParagraphRebuilder.Rebuilt piece : splitGluedHeadlines(splitGluedLabel(r))) {
                String raw = piece.text();
                // Classifying needs only the head of a long paragraph; its full repair is done once, in build().
                boolean truncated = raw.length() > HEAD_LENGTH;
                String line = repair.lineOfPrepared(truncated ? raw.substring(0, raw.offsetByCodePoints(0, HEAD_LENGTH - 1)) : raw);
                if (!line.isEmpty()) {
                    paras.add(new Para(raw, line, truncated, piece.lines(), piece.gaps()[0], paras.size(),
                            typeOf(line, truncated, paras.isEmpty() ? null : paras.getLast())));
                    paras.getLast().gaps = piece.gaps();
                }
            }
        }
        splitHeadingLines(paras);
        joinHeadlineTails(paras);
        joinJumpFromLines(paras);
        // An end credit alone on its line ({@code （通讯员 孙立 记者 周涛）}) closes the paragraph before it.
        for (int i = paras.size() - 1; i > 0; i--) {
            Para p = paras.get(i);
            Para prev = paras.get(i - 1);
            if (p.type == Type.HEADING && p.line.startsWith("（") && (prev.type == Type.BODY || prev.type == Type.DATELINE)
                    && bylines.endCredit("。" + p.line).reporters().size() + bylines.endCredit("。" + p.line)
                    .correspondents().size() > 0) {
                String raw = prev.raw + p.raw;
                boolean truncated = raw.length() > HEAD_LENGTH;
                String line = repair.lineOfPrepared(truncated ? raw.substring(0, raw.offsetByCodePoints(0, HEAD_LENGTH - 1)) : raw);
                Para merged = new Para(raw, line, truncated, prev.lines, prev.gapBefore, prev.position, prev.type);
                paras.set(i - 1, merged);
                paras.remove(i);
            }
        }
        for (int i = 0; i < paras.size(); i++) {
            paras.get(i).position = i;
        }
        for (int i = 0; i < paras.size(); i++) {
            Para p = paras.get(i);
            if (p.type == Type.CREDIT) {
                // A credit on its own line names the photographer of the caption just before it.
                Para prev = i > 0 ? paras.get(i - 1) : null;
                String who = captions.photographer(p.line).orElse(null);
                if (prev != null && prev.type == Type.CAPTION && prev.caption.photographer() == null) {
                    prev.caption = new Caption(prev.caption.text(), who);
                } else if (prev != null && (prev.type == Type.BODY || prev.type == Type.HEADING)
                        && prev.raw.length() <= 200) {
                    prev.type = Type.CAPTION;
                    prev.caption = new Caption(repair.compactLineOfPrepared(prev.raw), who);
                } else {
                    // A photo whose only text is its credit.
                    p.caption = new Caption(null, who);
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

    /** A headline paragraph with the byline under it run in: the byline set apart ({@link HeadingLines}). */
    private void splitHeadingLines(List<Para> paras) {
        for (int i = 0; i < paras.size(); i++) {
            Para p = paras.get(i);
            if (p.type != Type.HEADING || p.lines.size() < 2 || p.gaps == null) {
                continue;
            }
            int at = HeadingLines.bylineStart(p.lines.size(), k -> HeadingLines.mayOpenByline(p.lines.get(k))
                    && bylines.isBylineLine(String.join(" ", p.lines.subList(k, p.lines.size()))));
            if (at > 0) {
                Para head = para(p.lines.subList(0, at), Arrays.copyOfRange(p.gaps, 0, at), i, Type.HEADING);
                Para byline = para(p.lines.subList(at, p.lines.size()), Arrays.copyOfRange(p.gaps, at, p.gaps.length),
                        i + 1, null);
                byline.type = typeOf(byline.line, byline.truncated, head);
                paras.set(i, head);
                paras.add(i + 1, byline);
                i++;
            }
        }
    }

    /**
     * A headline's wrapped last piece that the rebuilder kept apart ({@code …改造成旅} / {@code 馆}) or ran into the text
     * below ({@code …解释彗星起} / {@code 源北京时间8月…}) goes back to the headline ({@link HeadlineTails}).
     */
    private void joinHeadlineTails(List<Para> paras) {
        for (int i = 1; i < paras.size(); i++) {
            Para head = paras.get(i - 1);
            Para p = paras.get(i);
            if (head.type != Type.HEADING || head.lines.size() != 1 || p.type != Type.BODY || head.gaps == null
                    || p.gaps == null || !HeadlineTails.isTail(head.compact(),
                    WhitespaceCollapser.withoutSpaces(p.lines.getFirst()), WRAP)) {
                continue;
            }
            List<String> headLines = List.of(head.lines.getFirst(), p.lines.getFirst());
            paras.set(i - 1, para(headLines, new int[] {head.gaps[0], p.gaps[0]}, i - 1, Type.HEADING));
            if (p.lines.size() == 1) {
                paras.remove(i);
            } else {
                Para rest = para(p.lines.subList(1, p.lines.size()), Arrays.copyOfRange(p.gaps, 1, p.gaps.length), i, null);
                paras.set(i, rest);
            }
        }
    }

    /**
     * A jump mark alone on its line ({@code （上接第一版）}) opens the continued text printed under it: it goes onto that
     * text's first paragraph ({@code （上接第一版）本报讯（记者…）}, read as a dateline after the jump), so that it is never
     * a headline line of its own nor the tail of the headline above it ({@link JumpLines#isJumpFromAlone}).
     */
    private void joinJumpFromLines(List<Para> paras) {
        for (int i = paras.size() - 2; i >= 0; i--) {
            Para jump = paras.get(i);
            Para next = paras.get(i + 1);
            if (jump.lines.size() != 1 || jump.gaps == null || next.gaps == null || jump.line.isEmpty()
                    || jump.line.charAt(0) != '（' && jump.line.charAt(0) != '('
                    || next.type != Type.BODY && next.type != Type.DATELINE || !JumpLines.isJumpFromAlone(jump.compact())) {
                continue;
            }
            List<String> lines = new ArrayList<>(next.lines.size() + 1);
            lines.add(jump.lines.getFirst());
            lines.addAll(next.lines);
            int[] gaps = new int[next.gaps.length + 1];
            gaps[0] = jump.gaps[0];
            System.arraycopy(next.gaps, 0, gaps, 1, next.gaps.length);
            paras.set(i, para(lines, gaps, i, null));
            paras.remove(i + 1);
        }
    }

    /** A paragraph of these printed lines; typed as the lines say unless {@code type} is given. */
    private Para para(List<String> lines, int[] gaps, int position, Type type) {
        StringBuilder text = new StringBuilder();
        lines.forEach(l -> ParagraphRebuilder.appendJoined(text, l));
        String raw = text.toString();
        boolean truncated = raw.length() > HEAD_LENGTH;
        String line = repair.lineOfPrepared(truncated ? raw.substring(0, raw.offsetByCodePoints(0, HEAD_LENGTH - 1)) : raw);
        Para p = new Para(raw, line, truncated, List.copyOf(lines), gaps[0], position,
                type != null ? type : typeOf(line, truncated, null));
        p.gaps = gaps;
        return p;
    }

    /**
     * A headline-like paragraph with a blank line inside is several headline lines ({@code 以高质量党建引领…} / blank /
     * {@code 驱动“三驾马车”…}, {@code …撑起“半壁江山”} / blank / {@code 万人助企联乡帮村}): cut at each blank line that
     * does not follow a continuing mark (a dash, a comma, an opening quote). Running text is left alone: its blank
     * lines are extraction artefacts.
     */
    private List<ParagraphRebuilder.Rebuilt> splitGluedLabel(ParagraphRebuilder.Rebuilt r) {
        List<String> lines = r.lines();
        if (lines.size() < 2 || r.text().length() > HEADING_MAX_LENGTH + 10) {
            return List.of(r);
        }
        String compact = r.text().replaceAll("\\s+", "");
        if (compact.isEmpty() || !isHeadingLike(compact) || ParagraphRebuilder.startsWithEnumerator(compact)
                || CharClass.isBullet(compact.codePointAt(0))) {
            return List.of(r);
        }
        List<ParagraphRebuilder.Rebuilt> out = new ArrayList<>();
        int from = 0;
        for (int k = 1; k <= lines.size(); k++) {
            boolean cut = k == lines.size();
            if (!cut && r.gaps()[k] > 0) {
                String before = lines.get(k - 1).replace(" ", "");
                int lastChar = before.codePointBefore(before.length());
                cut = !CharClass.isContinuationMark(lastChar) && !CharClass.isOpeningMark(lastChar)
                        && countHan(String.join("", lines.subList(from, k))) >= 2 && countHan(lines.get(k)) >= 2;
            }
            if (cut) {
                List<String> part = lines.subList(from, k);
                StringBuilder text = new StringBuilder();
                part.forEach(l -> ParagraphRebuilder.appendJoined(text, l));
                out.add(new ParagraphRebuilder.Rebuilt(text.toString(), part, Arrays.copyOfRange(r.gaps(), from, k)));
                from = k;
            }
        }
        return out;
    }

    private static List<ParagraphRebuilder.Rebuilt> splitGluedHeadlines(List<ParagraphRebuilder.Rebuilt> pieces) {
        if (pieces.size() == 1) {
            return splitGluedHeadline(pieces.getFirst());
        }
        List<ParagraphRebuilder.Rebuilt> out = new ArrayList<>();
        for (ParagraphRebuilder.Rebuilt piece : pieces) {
            out.addAll(splitGluedHeadline(piece));
        }
        return out;
    }

    /** A headline (or the end of the text before) run together with the text under it set apart ({@link GluedHeadline}). */
    private static List<ParagraphRebuilder.Rebuilt> splitGluedHeadline(ParagraphRebuilder.Rebuilt r) {
        int head = r.lines().size() < 2 ? 0 : GluedHeadline.headLines(r.lines());
        if (head == 0 || head >= r.lines().size()) {
            return List.of(r);
        }
        List<ParagraphRebuilder.Rebuilt> out = new ArrayList<>();
        out.add(part(r, 0, head));
        out.addAll(splitGluedHeadline(part(r, head, r.lines().size()))); // 4个月涨近三成 / 阿的江：… / 本报济源…
        return out;
    }

    private static ParagraphRebuilder.Rebuilt part(ParagraphRebuilder.Rebuilt r, int from, int to) {
        List<String> lines = r.lines().subList(from, to);
        StringBuilder text = new StringBuilder();
        lines.forEach(l -> ParagraphRebuilder.appendJoined(text, l));
        return new ParagraphRebuilder.Rebuilt(text.toString(), lines, Arrays.copyOfRange(r.gaps(), from, to));
    }

    private Type typeOf(String line, boolean truncated, Para previous) {
        String compact = line.replace(" ", "");
        if (truncated || compact.length() > LONG_PARAGRAPH) {
            // Running text: only a dateline, a caption or a box-out can open a long paragraph; skip the line tests.
            if (datelines.extractAfterJump(line).isPresent()) {
                return Type.DATELINE;
            }
            if ((compact.startsWith("图为") || compact.startsWith("▲")) && compact.length() <= 200
                    || !truncated && (compact.endsWith("摄") || compact.endsWith("图片")
                    || compact.endsWith("图片）")) && captions.caption(compact).isPresent() && compact.length() <= 80) {
                return Type.CAPTION;
            }
            return compact.startsWith("●") ? Type.BOX : Type.BODY;
        }
        if (captions.isCreditOnly(line)) {
            return Type.CREDIT;
        }
        if (isJumpToLine(compact)) {
            return Type.BODY; // （下转第N版） alone on its line: the end of the text before it, never a headline
        }
        if (bylines.signature(line) != null && (line.startsWith("□") || line.startsWith("◇"))) {
            return Type.SIGNATURE;
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
        if (datelines.extractAfterJump(line).isPresent()) {
            return Type.DATELINE;
        }
        if (captions.caption(compact).isPresent() && (compact.startsWith("图为") || compact.startsWith("▲")
                || compact.length() <= 80)) {
            return Type.CAPTION;
        }
        if (compact.startsWith("●")) {
            return Type.BOX;
        }
        if (previous != null && (previous.type == Type.BODY || previous.type == Type.DATELINE)
                && (bylines.signature(BylineWraps.signedPart(line)) != null
                        || bylines.isNamesOnlyLine(BylineWraps.signedPart(line)))
                && ParagraphRebuilder.endsSentence(tailOf(previous))) {
            return Type.SIGNATURE; // a bare name (or names: 林晨 黎超) under a finished text: who signed it
        }
        if (isHeadingLike(compact)) {
            return Type.HEADING;
        }
        return Type.BODY;
    }

    /** A jump line and nothing else: {@code （下转第N版）}, {@code (下转5版)}. */
    private boolean isJumpToLine(String compact) {
        if (compact.length() > 12 || compact.indexOf('转') < 0) {
            return false; // the cheap gate
        }
        return marks.continuation(compact).map(c -> !c.from() && c.start() == 0 && c.end() == compact.length())
                .orElse(false);
    }

    private static boolean isHeadingLike(String compact) {
        if (compact.startsWith("▲")) {
            return true;
        }
        if (compact.length() > HEADING_MAX_LENGTH || ParagraphRebuilder.endsSentence(compact)) {
            return false;
        }
        int last = compact.codePointBefore(compact.length());
        if (CharClass.isClauseFinal(last) || last == '：' || last == '、' || last == '，') {
            return false;
        }
        // "———习近平": an attribution under a quote, not a heading.
        String undashed = compact.replaceFirst("^[—―－-]+", "");
        if (undashed.length() < compact.length() && undashed.length() <= 4) {
            return false;
        }
        return countHan(compact) >= 2;
    }

    // ---- 2. assemble ----

    private static boolean isBlockType(Type t) {
        return t == Type.HEADING || t == Type.BYLINE || t == Type.OPENER_BYLINE || t == Type.AUTHOR
                || t == Type.SIGNATURE || t == Type.SECTION;
    }

    private List<Draft> assemble(List<Para> paras, PageLexicon lexicon, List<String> labels) {
        for (Para p : paras) {
            if (p.type == Type.HEADING && RunningText.readsAsRunningText(p.compact())) {
                p.type = Type.BODY; // a column line cut off by a blank line, never a headline (RunningText)
                p.opensLoose = true;
            }
        }
        // Blocks and runs, captions set aside.
        List<List<Para>> items = new ArrayList<>();
        List<Boolean> blockItem = new ArrayList<>();
        for (Para p : paras) {
            if (p.type == Type.CAPTION || p.type == Type.CREDIT_USED) {
                continue;
            }
            boolean block = isBlockType(p.type);
            if (items.isEmpty() || blockItem.getLast() != block) {
                items.add(new ArrayList<>());
                blockItem.add(block);
            }
            items.getLast().add(p);
        }
        // Subheadings and box text stay in their run.
        List<List<Para>> candidates = new ArrayList<>();
        for (int i = 1; i + 1 < items.size(); i++) {
            if (blockItem.get(i) && isSubheadingCandidate(items.get(i), items.get(i + 1))) {
                candidates.add(items.get(i));
            }
        }
        for (int i = 1; i + 1 < items.size(); i++) {
            if (!blockItem.get(i)) {
                continue;
            }
            List<Para> before = items.get(i - 1);
            List<Para> block = items.get(i);
            List<Para> after = items.get(i + 1);
            boolean box = before.getLast().type == Type.BOX && after.getFirst().type == Type.BOX;
            if (box || candidates.contains(block) && isSubheading(block, candidates)) {
                for (Para b : block) {
                    if (box) {
                        b.type = Type.BOX;
                    } else {
                        b.subhead = true;
                    }
                }
                before.addAll(block);
                before.addAll(after);
                items.remove(i + 1);
                items.remove(i);
                blockItem.remove(i + 1);
                blockItem.remove(i);
                i--;
            }
        }
        // Segments and units in page order.
        List<Segment> segments = new ArrayList<>();
        List<Unit> units = new ArrayList<>();
        String pendingSection = null;
        for (int i = 0; i < items.size(); i++) {
            if (blockItem.get(i)) {
                for (Unit u : units(items.get(i))) {
                    u.gap = segments.size();
                    if (u.paras.getFirst().type == Type.SECTION) {
                        String label = u.paras.stream().map(this::sectionText).reduce((a, b) -> a + " " + b).orElseThrow();
                        labels.add(label);
                        pendingSection = pendingSection == null ? label : pendingSection + " " + label;
                    } else {
                        StringBuilder heads = new StringBuilder();
                        u.paras.stream().filter(p -> p.type == Type.HEADING).forEach(p -> heads.append(p.raw).append('|'));
                        u.bigrams = PageLexicon.bigrams(heads.toString());
                        u.weights = lexicon.weights(u.bigrams); // a headline's own words, weighted by the page
                        u.totalWeight = Arrays.stream(u.weights).sum();
                        units.add(u);
                    }
                }
            } else {
                for (List<Para> piece : cutAtOpeners(items.get(i))) {
                    Segment s = new Segment(piece);
                    // cut off a finished text: it opens one of its own
                    s.afterLooseHead |= piece.getFirst().opensLoose && piece.getFirst() != items.get(i).getFirst() && piece.size() >= 2;
                    s.section = pendingSection;
                    pendingSection = null;
                    segments.add(s);
                }
            }
        }
        if (pendingSection != null && !segments.isEmpty()) {
            segments.getLast().section = segments.getLast().section == null ? pendingSection
                    : segments.getLast().section + " " + pendingSection;
        }
        if (segments.isEmpty()) {
            // Headlines and bylines with no text at all: kept as the page's labels.
            for (Unit u : units) {
                labels.add(String.join(" ", u.paras.stream().map(p -> doubled.repair(p.line)).toList()));
            }
            return List.of();
        }
        // A headline-like line across the top of the page, much wider than its columns, may be the page's banner: it
        // heads the first text only if no other headline wants it.
        if (!units.isEmpty() && units.getFirst().gap == 0 && !units.getFirst().hasByline() && isBanner(units.getFirst(), paras)) {
            units.getFirst().banner = true;
        }
        // Bylines without a headline: a byline opens the segment after it, a signature closes the one before.
        List<Unit> heads = new ArrayList<>();
        for (Unit u : units) {
            if (u.hasHeading()) {
                heads.add(u);
                continue;
            }
            boolean backward = u.paras.stream().allMatch(p -> p.type == Type.SIGNATURE || p.type == Type.AUTHOR);
            if (backward && u.gap > 0 && u.gap < segments.size() && signsTheTextBelow(u)) {
                backward = false;
            }
            if (backward && u.gap > 0 || u.gap == segments.size()) {
                segments.get(u.gap - 1).closers.add(u);
            } else {
                segments.get(u.gap).openers.add(u);
            }
        }
        heads = cutBunchedHeadlines(heads, segments, lexicon);
        assignHeads(heads, segments, lexicon);
        if (mergeUnmatchedCuts(heads, segments, lexicon)) {
            assignHeads(heads, segments, lexicon);
        }
        moveCutBylines(heads, segments);
        List<Draft> drafts = new ArrayList<>();
        for (Segment s : segments) {
            if (s.head != null) {
                Draft d = new Draft();
                d.segments.add(s);
                d.head = s.head;
                d.headFirst = s.head.gap <= segments.indexOf(s);
                d.confidence = s.confidence;
                if (s.confidence < 1 - AMBIGUOUS_MARGIN) {
                    d.flags.add(Flag.HEADLINE_AMBIGUOUS);
                }
                if (s.guessedCut) {
                    d.flags.add(Flag.BODY_BOUNDARY_GUESSED);
                }
                drafts.add(d);
            }
        }
        for (Unit u : heads) {
            if (segments.stream().noneMatch(s -> s.head == u)) {
                List<Para> shown = u.paras;
                if (u.gap < segments.size()) {
                    // Printed over the text after it, it still marks where a text starts; its byline is that text's.
                    Segment below = segments.get(u.gap);
                    below.afterLooseHead = true;
                    if (u.hasByline()) {
                        Unit byline = new Unit();
                        u.paras.stream().filter(p -> p.type != Type.HEADING && p.type != Type.SECTION)
                                .forEach(byline.paras::add);
                        byline.gap = u.gap;
                        below.openers.add(byline);
                        shown = u.paras.stream().filter(p -> p.type == Type.HEADING || p.type == Type.SECTION).toList();
                    }
                }
                // A headline no text on the page belongs to (a banner, a teaser for another page): a label.
                labels.add(String.join(" ", shown.stream().map(p -> doubled.repair(p.line)).toList()));
            }
        }
        placeUntitled(segments, drafts, lexicon);
        for (Draft d : drafts) {
            // A body whose pieces were put together on weak evidence (BodyStitcher): said so, not guessed silently.
            if (d.segments.stream().anyMatch(s -> s.paras.stream().anyMatch(p -> p.stitchGuessed))) {
                if (!d.flags.contains(Flag.BODY_BOUNDARY_GUESSED)) {
                    d.flags.add(Flag.BODY_BOUNDARY_GUESSED);
                }
                d.confidence = Math.min(d.confidence, STITCH_GUESSED_CONFIDENCE);
            }
        }
        drafts.sort((a, b) -> Integer.compare(a.position(), b.position()));
        for (Draft d : drafts) {
            for (Segment s : d.segments) {
                if (s.section != null && d.sectionLabel == null) {
                    d.sectionLabel = s.section;
                }
            }
        }
        return drafts;
    }

    /**
     * Units whose headline lines point at different texts cut apart ({@link HeadlineCuts}): several headlines printed
     * one after another with no byline between them.
     */
    private static List<Unit> cutBunchedHeadlines(List<Unit> heads, List<Segment> segments, PageLexicon lexicon) {
        List<Unit> out = new ArrayList<>();
        java.util.BitSet texts = null;
        int[] segmentOf = null;
        for (Unit u : heads) {
            List<Integer> lines = new ArrayList<>();
            for (int i = 0; i < u.paras.size(); i++) {
                if (u.paras.get(i).type == Type.HEADING) {
                    lines.add(i);
                }
            }
            if (lines.size() < 2 || u.banner) {
                out.add(u);
                continue;
            }
            double[][] cover = new double[lines.size()][];
            boolean[] opensNext = new boolean[lines.size()];
            boolean[] wrapped = new boolean[lines.size()];
            if (texts == null) {
                texts = new java.util.BitSet();
                segmentOf = new int[lastPosition(segments) + 1];
                for (int k = 0; k < segments.size(); k++) {
                    texts.or(segments.get(k).set);
                    for (Para p : segments.get(k).paras) {
                        segmentOf[p.position] = k;
                    }
                }
            }
            for (int i = 0; i < lines.size(); i++) {
                Para p = u.paras.get(lines.get(i));
                if (i > 0) {
                    wrapped[i] = wrapsWord(u.paras.get(lines.get(i - 1)).compact(), p.compact(), texts, lexicon);
                }
                cover[i] = coverages(PageLexicon.bigrams(p.raw), segments, texts, segmentOf, lexicon);
                String compact = p.compact();
                opensNext[i] = isLabelShaped(compact) || SERIES_KICKER.matcher(compact).matches();
            }
            List<Integer> cuts = HeadlineCuts.cuts(cover, opensNext, wrapped);
            int from = 0;
            for (int c = 0; c <= cuts.size(); c++) {
                int to = c < cuts.size() ? lines.get(cuts.get(c)) : u.paras.size();
                Unit part = cuts.isEmpty() ? u : new Unit();
                if (part != u) {
                    part.paras.addAll(u.paras.subList(from, to));
                    part.gap = u.gap;
                    part.cutFrom = u;
                    weigh(part, lexicon);
                }
                out.add(part);
                from = to;
            }
        }
        return out;
    }

    private static int lastPosition(List<Segment> segments) {
        int last = 0;
        for (Segment s : segments) {
            last = Math.max(last, s.paras.getLast().position);
        }
        return last;
    }

    /** The share of the bigrams' weight found in each segment (box text: 0), in one pass over their occurrences. */
    private static double[] coverages(int[] bigrams, List<Segment> segments, java.util.BitSet texts, int[] segmentOf,
                                      PageLexicon lexicon) {
        double[] weights = lexicon.weights(bigrams);
        double total = Arrays.stream(weights).sum();
        double[] out = new double[segments.size()];
        int[] seen = new int[segments.size()]; // 1 + the last bigram counted in each segment
        if (total > 0) {
            lexicon.occurrences(bigrams, texts, (b, para) -> {
                int k = segmentOf[para];
                if (seen[k] != b + 1) {
                    seen[k] = b + 1;
                    out[k] += weights[b] / total;
                }
            });
        }
        for (int k = 0; k < out.length; k++) {
            if (segments.get(k).allBox()) {
                out[k] = 0;
            }
        }
        return out;
    }

    /**
     * A part cut from bunched headlines that no text took goes back to the part before it (else after it): the cut
     * was only right if each part heads a text. Returns whether anything was merged.
     */
    private static boolean mergeUnmatchedCuts(List<Unit> heads, List<Segment> segments, PageLexicon lexicon) {
        boolean merged = false;
        for (int i = 0; i < heads.size(); i++) {
            Unit part = heads.get(i);
            if (part.cutFrom == null || segments.stream().anyMatch(s -> s.head == part)) {
                continue;
            }
            boolean before = i > 0 && heads.get(i - 1).cutFrom == part.cutFrom;
            Unit into = before ? heads.get(i - 1)
                    : i + 1 < heads.size() && heads.get(i + 1).cutFrom == part.cutFrom ? heads.get(i + 1) : null;
            if (into == null) {
                continue;
            }
            into.paras.addAll(before ? into.paras.size() : 0, part.paras);
            weigh(into, lexicon);
            heads.remove(i);
            i--;
            merged = true;
        }
        return merged;
    }

    /**
     * The byline printed under bunched headlines that were cut apart goes with the headline whose text follows right
     * after them (a byline is printed over its text), not with whichever headline happened to be read last.
     */
    private static void moveCutBylines(List<Unit> heads, List<Segment> segments) {
        for (Unit part : heads) {
            if (part.cutFrom == null || part.paras.getLast().type == Type.HEADING) {
                continue;
            }
            int next = part.gap;
            if (next >= segments.size() || segments.get(next).head == null || segments.get(next).head == part
                    || segments.get(next).head.cutFrom != part.cutFrom) {
                continue;
            }
            Unit owner = segments.get(next).head;
            int trailing = part.paras.size();
            while (trailing > 0 && part.paras.get(trailing - 1).type != Type.HEADING) {
                trailing--;
            }
            if (trailing == 0 || owner.paras.getLast().type != Type.HEADING) {
                continue;
            }
            List<Para> bylines = new ArrayList<>(part.paras.subList(trailing, part.paras.size()));
            part.paras.subList(trailing, part.paras.size()).clear();
            owner.paras.addAll(bylines);
        }
    }

    /** A unit's headline words, weighted by the page. */
    private static void weigh(Unit u, PageLexicon lexicon) {
        u.lineBigrams = null;
        StringBuilder heads = new StringBuilder();
        u.paras.stream().filter(p -> p.type == Type.HEADING).forEach(p -> heads.append(p.raw).append('|'));
        u.bigrams = PageLexicon.bigrams(heads.toString());
        u.weights = lexicon.weights(u.bigrams);
        u.totalWeight = Arrays.stream(u.weights).sum();
    }

    private static boolean isBanner(Unit u, List<Para> paras) {
        if (u.paras.stream().anyMatch(p -> p.lines.size() != 1 || ParagraphRebuilder.width(p.lines.getFirst()) < 40)) {
            return false; // a banner runs across the page: never narrow
        }
        int[] count = new int[512];
        int n = 0;
        for (Para p : paras) {
            if (p.type == Type.BODY) {
                for (String l : p.lines) {
                    count[Math.min(511, ParagraphRebuilder.width(l))]++;
                    n++;
                }
            }
        }
        if (n < 20) {
            return false;
        }
        // The wider lines of the body (full column lines), not the short ends of paragraphs: the 75th percentile.
        int column = 0;
        for (int seen = 0, w = 0; w < count.length; w++) {
            seen += count[w];
            if (seen > n * 3 / 4) {
                column = w;
                break;
            }
        }
        for (Para p : u.paras) {
            if (p.lines.size() != 1 || ParagraphRebuilder.width(p.lines.getFirst()) < BANNER_WIDTH * column) {
                return false;
            }
        }
        return true;
    }

    /** A run cut where a new text visibly starts: a dateline, a box-out after text, a continuation, an end credit. */
    private List<List<Para>> cutAtOpeners(List<Para> run) {
        List<List<Para>> out = new ArrayList<>();
        List<Para> current = new ArrayList<>();
        for (Para p : run) {
            boolean opens = !current.isEmpty() && (p.type == Type.DATELINE
                    || p.type == Type.BOX && current.getLast().type != Type.BOX
                    || p.type != Type.BOX && current.getLast().type == Type.BOX && !p.subhead
                    || marks.continuation(p.line).map(c -> c.from() && c.start() == 0).orElse(false)
                    || (current.getLast().type == Type.BODY || current.getLast().type == Type.DATELINE)
                    && !current.getLast().subhead && endsWithCredit(current.getLast())
                    || p.opensLoose && (current.getLast().type == Type.BODY || current.getLast().type == Type.DATELINE)
                    && ParagraphRebuilder.endsSentence(tailOf(current.getLast())));
            if (opens) {
                out.add(current);
                current = new ArrayList<>();
            }
            current.add(p);
        }
        if (!current.isEmpty()) {
            out.add(current);
        }
        return out;
    }

    /**
     * Whether a signature printed on its own between two texts signs the one below it: {@code □ X} is how a signature
     * is printed on top of its text (a bare name is the form at the end), so after a finished text
     * ({@code …送入太空。（宋东伟 崔宇磊）} / {@code □ 曾平春} / {@code 重塑…}) it opens the next one.
     */
    private static boolean signsTheTextBelow(Unit u) {
        boolean onTop = u.paras.stream().allMatch(p -> p.type == Type.SIGNATURE && (p.line.strip().startsWith("□")
                || p.line.strip().startsWith("◇")));
        return onTop;
    }

    /** Whether the paragraph ends with a credit in parentheses ({@code …新力量。（刘海娜）}): a brief ends there. */
    private boolean endsWithCredit(Para p) {
        String c = p.compact();
        if (c.isEmpty() || c.charAt(c.length() - 1) != '）' && c.charAt(c.length() - 1) != ')') {
            return false;
        }
        return !bylines.endCredit(c.length() > 60 ? c.substring(c.length() - 60) : c).hasNoNames();
    }

    /** Splits a block into units: headline lines with the bylines printed next to them. */
    private List<Unit> units(List<Para> block) {
        List<Unit> units = new ArrayList<>();
        Unit unit = new Unit();
        for (Para p : block) {
            boolean hasByline = unit.hasByline();
            boolean startNew = !unit.paras.isEmpty() && (p.type == Type.SECTION
                    || unit.paras.getFirst().type == Type.SECTION
                    || p.type == Type.OPENER_BYLINE && unit.hasHeading()
                    || p.type == Type.HEADING && hasByline
                    || p.type == Type.HEADING && p.line.startsWith("▲")
                    || (p.type == Type.AUTHOR || p.type == Type.SIGNATURE) && hasByline
                    || p.type == Type.HEADING && unit.paras.getLast().type == Type.SIGNATURE
                            && BylineWraps.signsAtTheEnd(unit.paras.getLast().line)
                    || p.type == Type.OPENER_BYLINE && hasByline && unit.paras.getLast().type != Type.OPENER_BYLINE);
            if (startNew) {
                units.add(unit);
                unit = new Unit();
            }
            unit.paras.add(p);
        }
        if (!unit.paras.isEmpty()) {
            units.add(unit);
        }
        // An author printed above the headline ({@code 市委常委、政法委书记 王天阳} / {@code 突出“四个抓手”…}): one unit.
        for (int i = 0; i + 1 < units.size(); i++) {
            Unit a = units.get(i);
            Unit b = units.get(i + 1);
            boolean authorOnly = !a.hasHeading() && a.paras.stream().allMatch(p -> p.type == Type.AUTHOR
                    || p.type == Type.SIGNATURE && !BylineWraps.signsAtTheEnd(p.line) || p.type == Type.BYLINE);
            boolean headOnly = b.hasHeading() && !b.hasByline();
            if (authorOnly && headOnly) {
                a.paras.addAll(b.paras);
                units.remove(i + 1);
            }
        }
        return units;
    }

    /**
     * Short headline-like lines between two stretches of running text, the second not opening a text of its own (no
     * dateline, byline or continuation mark), with no headline marks ({@code ▲}, {@code ——}, doubled print): a
     * subheading candidate ({@code 甄选帮带主体}, {@code 坚持以上率下，确保高位推进}, {@code 第一、…}). Text cohesion
     * does not tell them from headlines (measured on the seeds: the same range either side), the shape does.
     */
    private boolean isSubheadingCandidate(List<Para> block, List<Para> after) {
        if (block.stream().anyMatch(p -> p.type != Type.HEADING) || block.size() > 3) {
            return false;
        }
        Para next = after.getFirst();
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

    /**
     * A candidate is a subheading when its shape says it structures a text: enumerated ({@code 一、…}), a pair of lines
     * ({@code 甄选帮带主体} / {@code 实施精准结对}), two parallel phrases on one line ({@code 强化顶层设计 选优配强队伍},
     * {@code 坚持以上率下，确保高位推进}), or one of a series of candidates of the same length on the page
     * ({@code 服务一个中心}, {@code 解决一批问题}, …). A lone short line between two texts is a headline: in a layout
     * that prints headlines above their texts and no dateline, that is all a new article looks like.
     */
    private static boolean isSubheading(List<Para> block, List<List<Para>> candidates) {
        if (block.size() >= 2) {
            return SubheadingPairs.linesAlike(block.stream().map(p -> p.line).toList()); // not a column label over a headline
        }
        String compact = block.getFirst().line.replace(" ", "");
        if (ParagraphRebuilder.startsWithEnumerator(compact) || isParallel(block.getFirst().line)) {
            return true;
        }
        int han = countHan(compact);
        for (List<Para> other : candidates) {
            if (other != block && other.size() == 1 && Math.abs(countHan(other.getFirst().line) - han) <= 1) {
                return true;
            }
        }
        return false;
    }

    /** Two phrases of 3-10 Han characters, within one character of each other, split by a space or ，. */
    private static boolean isParallel(String line) {
        String t = line.strip();
        String[] parts = t.contains("，") ? t.split("，", -1) : t.split("\\s+");
        if (parts.length != 2) {
            return false;
        }
        int a = countHan(parts[0]);
        int b = countHan(parts[1]);
        return a >= 3 && a <= 10 && b >= 3 && b <= 10 && Math.abs(a - b) <= 1
                && parts[0].length() - a <= 2 && parts[1].length() - b <= 2;
    }

    // ---- 3. which headline heads which segment ----

    private void assignHeads(List<Unit> heads, List<Segment> segments, PageLexicon lexicon) {
        for (int round = 0; round < 8; round++) {
            for (Segment s : segments) {
                s.head = null;
                s.confidence = 1.0;
            }
            double[][] score = new double[heads.size()][segments.size()];
            double[] threshold = new double[heads.size()];
            for (int u = 0; u < heads.size(); u++) {
                threshold[u] = THRESHOLD;
                for (int k = 0; k < segments.size(); k++) {
                    score[u][k] = score(heads.get(u), segments.get(k), k, lexicon);
                }
            }
            int[] match = Assignment.maximize(score, threshold);
            for (int u = 0; u < heads.size(); u++) {
                if (match[u] >= 0) {
                    Segment s = segments.get(match[u]);
                    s.head = heads.get(u);
                    s.confidence = confidence(score, u, match[u]);
                }
            }
            if (!cutForUnmatched(heads, match, segments, lexicon)) {
                return;
            }
        }
    }

    private double score(Unit u, Segment s, int k, PageLexicon lexicon) {
        if (s.allBox()) {
            return -1;
        }
        int g = u.gap;
        int distance = k < g ? g - 1 - k : k - g;
        double position = distance == 0 ? ADJACENT : distance == 1 ? NEAR : distance == 2 ? FAR : REMOTE;
        double words = WORDS * s.coverage(u, lexicon) + LEAD * s.leadCoverage(u, lexicon);
        if (position > 0 && !u.hasByline()) {
            // Being printed next to a text is evidence only with a word in common: a headline names what its text is
            // about, so one sharing nothing with the text beside it is more often bunched away from its own text (or
            // a label) than that text's. A byline printed with it is evidence of its own (it stands over its text).
            double shared = words < POSITION_WORDS ? Math.max(words, s.bestLineCoverage(u, lexicon)) : words;
            position *= Math.min(1, shared / POSITION_WORDS);
        }
        return words + position - (u.banner ? BANNER_PENALTY : 0);
    }

    /** How clearly the pair beats the runner-up for either side: 1 when nothing else comes close. */
    private static double confidence(double[][] score, int u, int k) {
        double best = score[u][k];
        double runnerUp = 0;
        for (int j = 0; j < score[u].length; j++) {
            if (j != k) {
                runnerUp = Math.max(runnerUp, score[u][j]);
            }
        }
        for (int v = 0; v < score.length; v++) {
            if (v != u) {
                runnerUp = Math.max(runnerUp, score[v][k]);
            }
        }
        double margin = best - runnerUp;
        return margin >= AMBIGUOUS_MARGIN ? 1.0 : Math.max(0.5, 1 - AMBIGUOUS_MARGIN + margin);
    }

    /**
     * For a headline left without text: if part of a segment another headline holds shares many of its words, cut
     * that segment between the two texts. Returns whether anything was cut.
     */
    private boolean cutForUnmatched(List<Unit> heads, int[] match, List<Segment> segments, PageLexicon lexicon) {
        boolean cut = false;
        for (int u = 0; u < heads.size(); u++) {
            Unit unit = heads.get(u);
            if (unit.banner || unit.cutFrom != null) {
                continue; // a banner's slogan is quoted in texts all over the page; a cut part may be a kicker
            }
            double own = match[u] >= 0 ? segments.get(match[u]).coverage(unit, lexicon) : 0;
            if (own >= CONTENT_COVERAGE) {
                continue; // it holds a text that shares half its words: no reason to take another's
            }
            Segment best = null;
            double bestCoverage = Math.max(CUT_COVERAGE, own + DISPLACED);
            for (Segment s : segments) {
                double c = s.coverage(unit, lexicon);
                if (s.head != null && s.head != unit && s.paras.size() >= 2 && c >= bestCoverage) {
                    best = s;
                    bestCoverage = c;
                }
            }
            if (best != null && cutBetween(best, unit, heads, segments, lexicon)) {
                cut = true;
                break; // assign again before the next cut: the new segments change every score
            }
        }
        return cut;
    }

    private boolean cutBetween(Segment s, Unit newcomer, List<Unit> heads, List<Segment> segments, PageLexicon lexicon) {
        Unit holder = s.head;
        int n = s.paras.size();
        double[] forNew = new double[n];
        double[] forHolder = new double[n];
        int[] index = new int[s.paras.getLast().position + 1];
        for (int p = 0; p < n; p++) {
            index[s.paras.get(p).position] = p;
        }
        lexicon.occurrences(newcomer.bigrams, s.set, (b, para) -> forNew[index[para]] += newcomer.weights[b]);
        lexicon.occurrences(holder.bigrams, s.set, (b, para) -> forHolder[index[para]] += holder.weights[b]);
        double totalAffinity = Math.max(1e-9, sum(forNew, 0, n) + sum(forHolder, 0, n));
        int[] enumerations = enumerationSteps(s.paras);
        // Coverage of a part is the weight of the headline's bigrams found in any of its paragraphs: from the first
        // and last paragraph each bigram occurs in, every cut's coverages come without rebuilding the parts.
        double[] newLeft = prefixCoverage(newcomer, s, index, lexicon, true);
        double[] newRight = prefixCoverage(newcomer, s, index, lexicon, false);
        double[] holderLeft = prefixCoverage(holder, s, index, lexicon, true);
        double[] holderRight = prefixCoverage(holder, s, index, lexicon, false);
        int bestCut = -1;
        boolean newFirst = false;
        double bestScore = Double.NEGATIVE_INFINITY;
        int[] chars = new int[n + 1];
        for (int p = 0; p < n; p++) {
            chars[p + 1] = chars[p] + s.paras.get(p).raw.length();
        }
        for (int c = 1; c < n; c++) {
            boolean bigEnough = (c >= CUT_MIN_PARAGRAPHS || chars[c] >= CUT_MIN_CHARS)
                    && (n - c >= CUT_MIN_PARAGRAPHS || chars[n] - chars[c] >= CUT_MIN_CHARS);
            if (!bigEnough || !cuttable(s.paras, c, enumerations)) {
                continue;
            }
            for (boolean nf : new boolean[] {true, false}) {
                double coverage = nf ? newLeft[c] + holderRight[c] : holderLeft[c] + newRight[c];
                // Between cuts that give both headlines their words, the one where the paragraphs' words change sides.
                double affinity = nf ? sum(forNew, 0, c) + sum(forHolder, c, n) : sum(forHolder, 0, c) + sum(forNew, c, n);
                double score = coverage + 0.2 * affinity / totalAffinity;
                if (score > bestScore) {
                    bestScore = score;
                    bestCut = c;
                    newFirst = nf;
                }
            }
        }
        if (bestCut < 0) {
            return false;
        }
        List<Para> left = s.paras.subList(0, bestCut);
        List<Para> right = s.paras.subList(bestCut, n);
        double newCoverage = newFirst ? newLeft[bestCut] : newRight[bestCut];
        double holderCoverage = newFirst ? holderRight[bestCut] : holderLeft[bestCut];
        double holderWhole = s.coverage(holder, lexicon);
        if (newCoverage < CUT_COVERAGE || holderCoverage < 0.75 * holderWhole) {
            return false;
        }
        Segment l = new Segment(left);
        Segment r = new Segment(right);
        l.openers.addAll(s.openers);
        r.closers.addAll(s.closers);
        l.section = s.section;
        l.guessedCut = true;
        r.guessedCut = true;
        int at = segments.indexOf(s);
        segments.set(at, l);
        segments.add(at + 1, r);
        // A gap counts the segments before a headline: those after the cut segment have one more now.
        for (Unit h : heads) {
            if (h.gap > at) {
                h.gap++;
            }
        }
        return true;
    }

    /**
     * For each cut point c (0..n): the unit's coverage of paragraphs {@code [0, c)} ({@code left}) or
     * {@code [c, n)}.
     */
    private static double[] prefixCoverage(Unit u, Segment s, int[] index, PageLexicon lexicon, boolean left) {
        int n = s.paras.size();
        double[] delta = new double[n + 2];
        int[] first = new int[u.bigrams.length];
        int[] last = new int[u.bigrams.length];
        Arrays.fill(first, -1);
        lexicon.occurrences(u.bigrams, s.set, (b, para) -> {
            int p = index[para];
            if (first[b] < 0 || p < first[b]) {
                first[b] = p;
            }
            last[b] = Math.max(last[b], p);
        });
        for (int i = 0; i < u.bigrams.length; i++) {
            if (first[i] < 0) {
                continue;
            }
            if (left) {
                delta[first[i] + 1] += u.weights[i]; // present in [0, c) once c > first
            } else {
                delta[last[i] + 1] -= u.weights[i]; // present in [c, n) while c <= last
                delta[0] += u.weights[i];
            }
        }
        double[] out = new double[n + 1];
        double run = 0;
        for (int c = 0; c <= n; c++) {
            run += delta[c];
            out[c] = u.totalWeight == 0 ? 0 : run / u.totalWeight;
        }
        return out;
    }

    /**
     * Per paragraph the enumeration steps it shows, start or inline ({@code 一是…二是}, {@code 一、}, {@code 第三，},
     * {@code 二要}): the first step's number in the high half, the last one's in the low half; 0 when none.
     */
    private static int[] enumerationSteps(List<Para> paras) {
        int[] out = new int[paras.size()];
        for (int i = 0; i < paras.size(); i++) {
            out[i] = paras.get(i).enumeration();
        }
        return out;
    }

    private static boolean hasChineseNumeral(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (CharClass.isChineseNumeral(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static int chineseNumber(String s) {
        String digits = "一二三四五六七八九";
        if (s.length() == 1) {
            return s.equals("十") ? 10 : digits.indexOf(s.charAt(0)) + 1;
        }
        if (s.length() == 2 && s.charAt(0) == '十') {
            return 10 + digits.indexOf(s.charAt(1)) + 1;
        }
        return 0;
    }

    /**
     * A text is never cut inside an enumeration (the step after the cut goes on from the one before it), before a
     * subheading's text, or after a lead-in colon or an unfinished sentence.
     */
    private static boolean cuttable(List<Para> paras, int c, int[] enumerations) {
        int lastBefore = 0;
        for (int i = c - 1; i >= 0 && lastBefore == 0; i--) {
            lastBefore = enumerations[i] & 0xFFFF;
        }
        int firstAfter = 0;
        for (int i = c; i < Math.min(paras.size(), c + 3) && firstAfter == 0; i++) {
            firstAfter = enumerations[i] >>> 16;
        }
        if (lastBefore > 0 && firstAfter == lastBefore + 1) {
            return false;
        }
        Para before = paras.get(c - 1);
        Para at = paras.get(c);
        if (before.subhead || before.type == Type.BOX || at.type == Type.BOX) {
            return false;
        }
        String prev = before.line.replace(" ", "");
        if (prev.endsWith("：") || prev.endsWith(":") || !ParagraphRebuilder.endsSentence(tailOf(before))
                || ParagraphRebuilder.startsWithEnumerator(prev) && before.raw.length() <= HEADING_MAX_LENGTH) {
            return false; // a lead-in, an unfinished sentence, or an enumerated heading whose text follows
        }
        String compact = at.line.replace(" ", "");
        return !ParagraphRebuilder.startsWithEnumerator(compact) || ENUMERATOR_FIRST.matcher(compact).find();
    }

    /** The last characters of a paragraph as printed (spaces kept): enough for an end credit. */
    private static String tail(String text) {
        return text.length() <= END_CREDIT_TAIL ? text : text.substring(text.length() - END_CREDIT_TAIL);
    }

    private static String tailOf(Para p) {
        String r = p.raw.replaceAll("\\s+", "");
        return r.length() > 20 ? r.substring(r.length() - 20) : r;
    }

    private static double sum(double[] a, int from, int to) {
        double s = 0;
        for (int i = from; i < to; i++) {
            s += a[i];
        }
        return s;
    }

    /**
     * Segments without a headline: box text goes with the article after it; a text that starts or ends like one of
     * its own stands alone; the rest continues the last article whose headline came before its text, else the
     * neighbour it shares most words with.
     */
    private void placeUntitled(List<Segment> segments, List<Draft> drafts, PageLexicon lexicon) {
        List<Segment> pendingBoxes = new ArrayList<>();
        Draft lastOpen = null;
        for (int k = 0; k < segments.size(); k++) {
            Segment s = segments.get(k);
            Draft own = draftOf(drafts, s);
            if (own != null) {
                if (!pendingBoxes.isEmpty()) {
                    own.segments.addAll(0, pendingBoxes);
                    pendingBoxes.clear();
                }
                if (own.headFirst) {
                    lastOpen = own;
                }
                continue;
            }
            if (s.allBox()) {
                pendingBoxes.add(s);
                continue;
            }
            Draft previous = k > 0 ? draftOf(drafts, segments.get(k - 1)) : null;
            // After an article whose headline came after its text (it ended there), with no article open above whose
            // text could go on here, a text is one of its own.
            boolean afterClosed = lastOpen == null && previous != null && !previous.headFirst;
            boolean standalone = s.opensItself() || s.closesItself(this::endsWithCredit) || afterClosed || s.afterLooseHead
                    || marks.continuation(s.paras.getFirst().line).map(c -> c.from() && c.start() == 0).orElse(false);
            Draft target = null;
            if (!standalone) {
                Draft next = null;
                for (int j = k + 1; j < segments.size() && next == null; j++) {
                    next = draftOf(drafts, segments.get(j));
                }
                StringBuilder text = new StringBuilder();
                s.paras.forEach(p -> text.append(p.raw).append('|'));
                int[] bg = PageLexicon.bigrams(text.toString());
                double[] bw = lexicon.weights(bg);
                double total = Arrays.stream(bw).sum();
                double best = -1;
                for (Draft candidate : new Draft[] {lastOpen, previous, next}) {
                    if (candidate == null) {
                        continue;
                    }
                    double c = lexicon.coverage(bg, bw, total, candidate.set()) + (candidate == lastOpen ? 0.1 : 0);
                    if (c > best) {
                        best = c;
                        target = candidate;
                    }
                }
            }
            if (target == null) {
                Draft d = new Draft();
                d.segments.add(s);
                d.flags.add(Flag.NO_HEADLINE);
                d.confidence = 1.0;
                drafts.add(d);
                if (!pendingBoxes.isEmpty()) {
                    d.segments.addAll(0, pendingBoxes);
                    pendingBoxes.clear();
                }
            } else {
                int at = 0;
                while (at < target.segments.size() && target.segments.get(at).position() < s.position()) {
                    at++;
                }
                if (at == 0) {
                    s.paras.forEach(p -> p.orphan = true);
                }
                target.segments.add(at, s);
            }
        }
        if (!pendingBoxes.isEmpty()) {
            if (drafts.isEmpty()) {
                Draft d = new Draft();
                d.segments.addAll(pendingBoxes);
                d.flags.add(Flag.NO_HEADLINE);
                drafts.add(d);
            } else {
                Draft last = drafts.stream().max((a, b) -> Integer.compare(a.position(), b.position())).orElseThrow();
                last.segments.addAll(pendingBoxes);
            }
        }
    }

    private static Draft draftOf(List<Draft> drafts, Segment s) {
        for (Draft d : drafts) {
            if (d.segments.contains(s)) {
                return d;
            }
        }
        return null;
    }

    // ---- 4. captions ----

    /** Places captions with articles; returns the ones that are photos of their own. */
    private List<Caption> placeCaptions(List<Para> paras, List<Draft> drafts, PageLexicon lexicon) {
        List<Caption> photos = new ArrayList<>();
        if (paras.stream().noneMatch(p -> p.type == Type.CAPTION)) {
            return photos;
        }
        // Each article's bigrams once, not once per caption: a page has several captions and long articles.
        List<java.util.BitSet> articleSets = drafts.stream().map(Draft::set).toList();
        int[] owner = new int[paras.size()];
        boolean[] head = new boolean[paras.size()];
        boolean[] skip = new boolean[paras.size()];
        ownersOf(paras, drafts, owner, head, skip);
        boolean[] opens = new boolean[paras.size()];
        for (Draft d : drafts) {
            opens[d.segments.getFirst().paras.getFirst().position] = true;
        }
        for (Para p : paras) {
            if (p.type != Type.CAPTION) {
                continue;
            }
            if (p.caption.text() == null || p.caption.text().isEmpty() || drafts.isEmpty()) {
                photos.add(p.caption);
                continue;
            }
            // Printed under an article's headline over its text, or inside its text: that article's photo.
            int[] cg = PageLexicon.bigrams(p.caption.text());
            int best = -1;
            double bestScore = -1;
            for (int k = 0; k < drafts.size(); k++) {
                int shared = 0;
                for (int b : cg) {
                    shared += lexicon.occursIn(b, articleSets.get(k)) ? 1 : 0;
                }
                double score = cg.length == 0 ? 0 : (double) shared / cg.length;
                if (score > bestScore) {
                    bestScore = score;
                    best = k;
                }
            }
            int placed = bestScore < CAPTION_MIN_SHARE ? CaptionPlacement.byPosition(owner, head, skip,
                    CaptionExtractor.looksLikeCaption(p.caption.text()) ? opens : null, p.position) : -1;
            if (placed >= 0) {
                drafts.get(placed).captions.add(p.caption);
            } else if (bestScore < CAPTION_MIN_SHARE) {
                photos.add(p.caption);
            } else {
                drafts.get(best).captions.add(p.caption);
            }
        }
        return photos;
    }

    /** Per paragraph: the draft it belongs to (-1 for none), whether as headline or byline, whether a caption. */
    private static void ownersOf(List<Para> paras, List<Draft> drafts, int[] owner, boolean[] head, boolean[] skip) {
        Arrays.fill(owner, -1);
        for (int k = 0; k < drafts.size(); k++) {
            Draft d = drafts.get(k);
            if (d.head != null) {
                mark(d.head, k, true, owner, head);
            }
            for (Segment s : d.segments) {
                for (Para p : s.paras) {
                    owner[p.position] = k;
                }
                for (Unit u : s.openers) {
                    mark(u, k, true, owner, head);
                }
                for (Unit u : s.closers) {
                    mark(u, k, false, owner, head);
                }
            }
        }
        for (Para p : paras) {
            skip[p.position] = p.type == Type.CAPTION || p.type == Type.CREDIT_USED;
        }
    }

    private static void mark(Unit u, int k, boolean asHead, int[] owner, boolean[] head) {
        for (Para p : u.paras) {
            owner[p.position] = k;
            head[p.position] = asHead;
        }
    }

    private static List<Integer> photoPositions(List<Para> paras, List<Caption> photos) {
        List<Integer> out = new ArrayList<>();
        for (Caption c : photos) {
            int pos = 0;
            for (Para p : paras) {
                if (p.caption == c) {
                    pos = p.position;
                    break;
                }
            }
            out.add(pos);
        }
        return out;
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

    /** The distinct Han character bigrams of {@code s} (two UTF-16 units packed in an int), sorted. */
    static int[] sortedBigrams(String s) {
        return PageLexicon.bigrams(s);
    }

    // ---- 5. build ----

    private PageArticle photo(int order, Caption c) {
        return new PageArticle(order, ItemKind.PHOTO, List.of(), null, null, null, null, Byline.NONE, null, List.of(),
                List.of(c), null, null, null, 1.0, List.of());
    }

    /** Kicker, main title, subtitle and labels of a headline unit. */
    private record Roles(String kicker, String main, String sub, List<String> all, List<String> labels) {}

    private Roles roles(List<Para> heads, java.util.BitSet body, PageLexicon lexicon,
                        java.util.function.Predicate<String> quoted) {
        // Each headline paragraph is one headline, but a short place label or a short subtitle printed on its last
        // line is split off.
        List<String> texts = new ArrayList<>();
        List<List<String>> printed = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (List<String> group : headlineGroups(heads, body, lexicon)) {
            List<String> lines = group.stream().map(l -> repair.lineOfPrepared(l)).filter(l -> !l.isEmpty()).toList();
            if (lines.isEmpty()) {
                continue;
            }
            if (lines.size() >= 2) {
                String last = lines.getLast().replace(" ", "");
                String first = lines.getFirst().replace(" ", "");
                if (PLACE_LABEL.matcher(last).matches()) {
                    labels.add(last);
                    lines = lines.subList(0, lines.size() - 1);
                } else if (lines.size() == 2 && countHan(last) <= 8 && countHan(last) >= 2 && countHan(first) >= 14
                        && countHan(first) >= 2 * countHan(last) && HeadlineSubtitle.closesStatement(first) && !last.startsWith("——")
                        && "的了着过们吗呢吧".indexOf(last.charAt(0)) < 0 && !wrapsWord(first, last, body, lexicon)
                        && !WRAP.wraps(first, last)) {
                    texts.add(doubled.repair(headlineText(lines.getFirst())));
                    printed.add(List.of(lines.getFirst()));
                    lines = List.of(lines.getLast());
                }
            }
            String joined = joinHeadline(lines);
            String compactJoined = joined.replace(" ", "");
            if (heads.size() > 1 && lines.size() == 1 && (PLACE_LABEL.matcher(compactJoined).matches()
                    || countHan(compactJoined) <= 10 && quoted.test(compactJoined)
                    || isColumnLabel(compactJoined, body, lexicon))) {
                // 清丰县 under the title; 万人助企联乡帮村, a campaign the page's texts quote by name: labels.
                labels.add(compactJoined);
                continue;
            }
            texts.add(doubled.repair(headlineText(joined)));
            printed.add(lines);
        }
        if (texts.isEmpty() && !labels.isEmpty()) {
            texts.add(labels.removeFirst()); // nothing but label-shaped lines: the first is the headline after all
            printed.add(List.of(texts.getFirst()));
        }
        String kicker = null;
        String sub = null;
        List<Integer> candidates = new ArrayList<>();
        List<String> subs = new ArrayList<>();
        List<String> kickers = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            String t = texts.get(i).replace(" ", "");
            if (t.startsWith("—") || t.startsWith("―")) {
                if (SERIES_KICKER.matcher(t).matches()) {
                    kickers.add(texts.get(i));
                } else {
                    subs.add(texts.get(i));
                }
            } else {
                candidates.add(i);
            }
        }
        if (candidates.isEmpty()) {
            String all = String.join(" ", texts);
            return new Roles(kickers.isEmpty() ? null : String.join(" ", kickers), texts.isEmpty() ? null
                    : texts.getFirst(), subs.size() > 1 ? String.join(" ", subs.subList(1, subs.size())) : null,
                    texts, labels);
        }
        // Kickers: lines ending in a verb of saying (or 时/之际) before another candidate.
        while (candidates.size() > 1 && KICKER_END.matcher(texts.get(candidates.getFirst()).replace(" ", "")).find()) {
            kickers.add(texts.get(candidates.removeFirst()));
        }
        int main = candidates.getFirst();
        if (candidates.size() > 1) {
            int largest = largestPrinted(candidates, printed);
            if (largest >= 0) {
                main = largest;
            } else {
                double firstCoverage = lexicon.coverage(PageLexicon.bigrams(texts.get(main)), body);
                int bestIndex = main;
                double bestCoverage = firstCoverage;
                for (int i : candidates) {
                    double c = lexicon.coverage(PageLexicon.bigrams(texts.get(i)), body);
                    if (c > bestCoverage) {
                        bestCoverage = c;
                        bestIndex = i;
                    }
                }
                // A first line sharing no word with the text over one that does is a kicker (a slogan, a campaign).
                if (bestCoverage - firstCoverage >= 0.25 || firstCoverage == 0 && bestCoverage >= KICKER_SHARES_NONE) {
                    main = bestIndex;
                }
            }
        }
        for (int i : candidates) {
            if (i < main) {
                kickers.add(texts.get(i));
            } else if (i > main) {
                subs.add(texts.get(i));
            }
        }
        kicker = kickers.isEmpty() ? null : String.join(" ", kickers);
        sub = subs.isEmpty() ? null : String.join(" ", subs);
        return new Roles(kicker, texts.get(main), sub, texts, labels);
    }

    /**
     * Whether two headline lines are one headline wrapped inside a word: the pair of characters across the break
     * occurs in the text ({@code 6名海盗…攻击美国军舰被} / {@code 擒}, the text says {@code 被擒}).
     */
    private static boolean wrapsWord(String first, String last, java.util.BitSet body, PageLexicon lexicon) {
        if (first.isEmpty() || last.isEmpty()) {
            return false;
        }
        char a = first.charAt(first.length() - 1);
        char b = last.charAt(0);
        return CharClass.isHan(a) && CharClass.isHan(b) && lexicon.occursIn(a << 16 | b, body);
    }

    /**
     * A column label printed over a headline ({@code 一线观察} / {@code 刘烨获聘希望之家爱心大使}): a first line of at most
     * {@value #COLUMN_LABEL_MAX} Han characters and nothing else that shares no character pair with the text — a
     * headline names what its text is about, a column label does not.
     */
    static boolean isColumnLabel(String compact, java.util.BitSet body, PageLexicon lexicon) {
        return isLabelShaped(compact) && lexicon.coverage(PageLexicon.bigrams(compact), body) == 0;
    }

    /** Two to {@value #COLUMN_LABEL_MAX} Han characters and nothing else. */
    static boolean isLabelShaped(String compact) {
        int n = compact.length();
        if (n < 2 || n > COLUMN_LABEL_MAX) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            if (!CharClass.isHan(compact.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    static final int COLUMN_LABEL_MAX = 5;

    /** Whether a body on the page quotes {@code name} (“万人助企联乡帮村”活动): the name of a campaign or a column. */
    private static boolean isQuotedName(List<Para> paras, String name) {
        String quoted = "“" + name + "”";
        for (Para p : paras) {
            if ((p.type == Type.BODY || p.type == Type.DATELINE) && p.compact().contains(quoted)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Headline paragraphs printed with no blank line between them are one headline over several lines ({@code 锚定目标
     * 躬身实干} / {@code 为实现“两个确保”…}), unless the second is a subtitle ({@code ——…}, or short under a long
     * first line that does not break off inside a word: {@link HeadlineWrap}) or the first a kicker.
     */
    private static final HeadlineWrap WRAP = new HeadlineWrap();
    /** Characters no headline line starts with: they attach to the word before them. */
    private static final String PARTICLES = "的了着过们地得";

    private static List<List<String>> headlineGroups(List<Para> heads, java.util.BitSet body, PageLexicon lexicon) {
        List<List<String>> groups = new ArrayList<>();
        Para previous = null;
        for (Para p : heads) {
            boolean join = previous != null && previous.lines.size() == 1 && p.lines.size() == 1;
            if (join) {
                String a = previous.line.replace(" ", "");
                String b = p.line.replace(" ", "");
                boolean shortTail = countHan(b) <= WRAPPED_TAIL_MAX && !b.startsWith("—") && wrapsWord(a, b, body, lexicon);
                // …大陆连接后 / 的秘密: no headline, kicker or subtitle starts with a particle; it goes on from the line above
                boolean particle = !a.isEmpty() && !b.isEmpty() && PARTICLES.indexOf(b.charAt(0)) >= 0 && CharClass.isHan(a.charAt(a.length() - 1));
                join = shortTail || particle || p.gapBefore == 0 && !b.startsWith("—") && !b.startsWith("―")
                        && !KICKER_END.matcher(a).find()
                        && !(countHan(b) <= 8 && countHan(a) >= 14 && HeadlineSubtitle.closesStatement(a) && !WRAP.wraps(a, b))
                        && !PLACE_LABEL.matcher(b).matches()
                        && !PLACE_LABEL.matcher(a).matches();
            }
            if (join) {
                List<String> last = new ArrayList<>(groups.removeLast());
                last.addAll(p.lines);
                groups.add(last);
            } else {
                groups.add(p.lines);
            }
            previous = p;
        }
        List<List<String>> cut = new ArrayList<>(); // a line closing on an event ends a headline line (HeadlineSubtitle)
        groups.forEach(g -> cut.addAll(HeadlineSubtitle.cutAfterEvents(g, (a, b) -> WRAP.wraps(a, b) || wrapsWord(a, b, body, lexicon))));
        return cut;
    }

    /**
     * The candidate printed in the largest type, told by its wrapping: wrapped onto several lines at clearly fewer
     * characters a line than any other candidate shows on one line. -1 when the wrapping does not tell.
     */
    private static int largestPrinted(List<Integer> candidates, List<List<String>> printed) {
        int best = -1;
        int bestPerLine = Integer.MAX_VALUE;
        for (int i : candidates) {
            List<String> lines = printed.get(i);
            if (lines.size() >= 2) {
                int perLine = countHan(lines.getFirst());
                if (perLine < bestPerLine) {
                    bestPerLine = perLine;
                    best = i;
                }
            }
        }
        if (best < 0) {
            return -1;
        }
        for (int i : candidates) {
            if (i != best && printed.get(i).stream().mapToInt(PageSplitter::countHan).max().orElse(0) * 0.75 < bestPerLine) {
                return -1;
            }
        }
        return best;
    }

    private String joinHeadline(List<String> lines) {
        StringBuilder b = new StringBuilder();
        for (String l : lines) {
            if (!b.isEmpty()) {
                int last = b.codePointBefore(b.length());
                int first = l.codePointAt(0);
                if (CharClass.isAsciiLetter(last) && CharClass.isAsciiLetter(first)) {
                    b.append(' ');
                }
            }
            b.append(l);
        }
        return repair.lineOfPrepared(b.toString());
    }

    private PageArticle build(int order, Draft d, PageLexicon lexicon, java.util.function.Predicate<String> quoted,
                              List<String> labels) {
        List<Para> bodyParas = d.body();
        java.util.BitSet bodyBigrams = new java.util.BitSet();
        bodyParas.forEach(p -> bodyBigrams.set(p.position));
        List<Para> heads = d.head == null ? List.of() : d.head.paras.stream().filter(p -> p.type == Type.HEADING).toList();
        Roles roles = heads.isEmpty() ? new Roles(null, null, null, List.of(), List.of())
                : roles(heads, bodyBigrams, lexicon, quoted);
        List<Para> bylineParas = new ArrayList<>();
        for (Segment s : d.segments) {
            s.openers.forEach(u -> bylineParas.addAll(u.paras));
        }
        if (d.head != null) {
            d.head.paras.stream().filter(p -> p.type != Type.HEADING).forEach(bylineParas::add);
        }
        for (Segment s : d.segments) {
            s.closers.forEach(u -> bylineParas.addAll(u.paras));
        }
        Byline names = Byline.NONE;
        List<String> bylineTexts = new ArrayList<>();
        for (Para p : bylineParas) {
            bylineTexts.add(BylineWraps.signedPart(p.line).replaceFirst("^[■●▲◆□◇]\\s*", ""));
        }
        // One byline may wrap onto several lines (names after 通讯员 continue on the next): parse them together,
        // except signed authors and signatures, each a byline of its own.
        StringBuilder joined = new StringBuilder();
        String jumpUnderSignature = null; // 吴瑶海 / （下转第7版）: the text goes on on page 7
        for (Para p : bylineParas) {
            if (p.type == Type.AUTHOR) {
                names = names.plus(bylines.parse(p.line));
            } else if (p.type == Type.SIGNATURE) {
                names = names.plus(new Byline(bylines.signatureNames(BylineWraps.signedPart(p.line)), List.of()));
                if (jumpUnderSignature == null) {
                    jumpUnderSignature = BylineWraps.jumpPage(p.line);
                }
            } else {
                joined.append(' ').append(p.line);
            }
        }
        names = names.plus(bylines.parse(joined.toString()));
        Dateline dateline = null;
        String continuedFrom = null;
        String continuedTo = jumpUnderSignature;
        List<BodyParagraph> body = new ArrayList<>();
        for (int k = 0; k < bodyParas.size(); k++) {
            Para p = bodyParas.get(k);
            String text = p.raw;
            if (dateline == null && p.type == Type.DATELINE && bodyParas.subList(0, k).stream()
                    .allMatch(x -> x.type == Type.BOX || x.orphan)) {
                Optional<DatelineExtractor.Match> m = datelines.extractAfterJump(p.truncated ? repair.lineOfPrepared(p.raw) : p.line);
                if (m.isPresent()) {
                    dateline = m.get().dateline();
                    if (m.get().bylineText() != null) {
                        bylineTexts.add(m.get().bylineText());
                        names = bylines.parse(m.get().bylineText()).plus(names);
                    }
                    text = m.get().rest();
                }
            }
            String repaired = text == p.raw ? p.compact() : repair.compactLineOfPrepared(text);
            if (k == bodyParas.size() - 1 || endsSegment(d, p)) {
                Byline credit = bylines.endCredit(repaired);
                if (!credit.hasNoNames()) {
                    credit = BylineWraps.asPrinted(credit, bylines.endCredit(tail(text)));
                    names = names.plus(credit);
                    List<String> all = new ArrayList<>(credit.reporters());
                    all.addAll(credit.correspondents());
                    bylineTexts.add(String.join(" ", all));
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
            Kind kind = p.type == Type.BOX || p.orphan ? Kind.BOX : p.subhead || p.type == Type.HEADING ? Kind.SUBHEAD
                    : Kind.TEXT;
            String speaker = kind == Kind.TEXT ? marks.speaker(repaired).orElse(null) : null;
            body.add(new BodyParagraph(speaker != null ? Kind.TURN : kind, repaired, speaker));
        }
        String section = d.sectionLabel;
        for (String label : roles.labels()) {
            section = section == null ? label : section + " " + label;
            labels.add(label);
        }
        List<Flag> flags = new ArrayList<>(d.flags);
        if (roles.main() == null && !flags.contains(Flag.NO_HEADLINE)) {
            flags.add(Flag.NO_HEADLINE);
        }
        return new PageArticle(order, ItemKind.ARTICLE, roles.all(), roles.kicker(), roles.main(), roles.sub(),
                bylineTexts.isEmpty() ? null : String.join(" ", bylineTexts), names, dateline, body, d.captions,
                section, continuedFrom, continuedTo, Math.round(d.confidence * 100) / 100.0, flags);
    }

    /** Whether {@code p} is the last paragraph of one of the article's segments (a brief's end credit closes it). */
    private static boolean endsSegment(Draft d, Para p) {
        for (Segment s : d.segments) {
            if (s.paras.getLast() == p) {
                return true;
            }
        }
        return false;
    }

    private String headlineText(String line) {
        return line.replaceFirst("^▲\\s*", "");
    }

    private String sectionText(Para p) {
        return marks.sectionLabel(p.line).orElse(p.line);
    }

    static int countHan(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (CharClass.isHan(s.charAt(i))) {
                n++;
            }
        }
        return n;
    }
}
