package news.pdf.gen;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import news.pdf.gen.Fonts.DocumentFonts;
import news.pdf.gen.Fonts.Face;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * Typesets known articles ({@link CorpusArticle#bundled()}) into newspaper-like broadsheet pages with exact ground
 * truth. A page is a header (a front-page masthead with the paper's Chinese and Latin names, registration and issue
 * numbers, page count and a date broken over lines; or an inner page's band with page number, section, date and
 * editor line) and rows of rectangular modules on an 8-column grid. A module is an article (headline on top or to
 * the side, kicker, multi-line headlines, sub-headline, byline in every printed form, body in columns with jump
 * lines, an optional photo with caption and credit, an optional column label), a framed box, a column of briefs
 * (简讯) ending in {@code （X Y）} credits, or a photo whose only text is its caption and credit. Everything is drawn
 * from one {@link Random} seeded with (seed, page index): the same arguments give the same pages, byte for byte.
 */
public final class PageGenerator {
    static final float W = 992;
    static final float H = 1417;
    static final float MARGIN = 42;
    static final int GRID = 8;
    /** Row patterns (module widths in grid units) of the 6- and 7-column grids of the extended layouts. */
    private static final int[][] ROW_PATTERNS_6 = {{6}, {4, 2}, {2, 4}, {3, 3}, {2, 2, 2}, {3, 3}};
    private static final int[][] ROW_PATTERNS_7 = {{7}, {4, 3}, {3, 4}, {5, 2}, {2, 5}, {2, 3, 2}, {3, 2, 2}};
    private static final Color PHOTO_GREY = new Color(0.72f, 0.74f, 0.76f);
    private static final int[][] ROW_PATTERNS = {{8}, {5, 3}, {3, 5}, {4, 4}, {2, 6}, {6, 2}, {3, 3, 2}, {2, 3, 3},
            {2, 4, 2}, {4, 2, 2}, {3, 2, 3}};

    private final Fonts fonts;
    private final List<CorpusArticle> corpus;

    public PageGenerator(Fonts fonts) {
        this.fonts = fonts;
        this.corpus = CorpusArticle.bundled().stream().filter(this::covered).toList();
    }

    private boolean covered(CorpusArticle a) {
        String all = String.join("", a.paragraphs()) + a.headline() + (a.kicker() == null ? "" : a.kicker())
                + (a.subheadline() == null ? "" : a.subheadline());
        return all.codePoints().allMatch(c -> fonts.covers(c) && (c >= 0x80 || c == ' ' || fonts.latinCovers(c)));
    }

    /** How many corpus articles the fonts cover (the others are never used). */
    public int corpusSize() {
        return corpus.size();
    }

    /** The page file name for an index: {@code gen_0001}. */
    public static String name(int index) {
        return String.format("gen_%04d", index);
    }

    /**
     * Which layouts the pages use: {@code STANDARD} (the default; the pages every seed has always given) or
     * {@code EXTENDED}, which adds layout classes of real print pages the standard ones lack (see the README): 6- and
     * 7-column grids, serif and body-size bold headlines, bylines set as two blocks, rules that stop short, text wrapped
     * around a photo in the middle of the columns, and L-shaped articles whose text runs on under a neighbour.
     */
    public enum Layouts { STANDARD, EXTENDED }

    /** Page {@code index} of the corpus generated with {@code seed} (standard layouts). */
    public GeneratedPage generate(long seed, int index) throws IOException {
        return generate(seed, index, Layouts.STANDARD);
    }

    /** Page {@code index} of the corpus generated with {@code seed} and the given layouts. */
    public GeneratedPage generate(long seed, int index, Layouts layouts) throws IOException {
        Random random = new Random(seed * 1_000_003L + index * 7_919L);
        // the extended layout classes draw from a stream of their own, so the standard pages never change
        Random extended = layouts == Layouts.EXTENDED ? new Random(seed * 7_777_777L + index * 31L + 5) : null;
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(new PDRectangle(W, H));
            doc.addPage(page);
            doc.getDocumentInformation().setProducer("news-page-generator");
            DocumentFonts documentFonts = fonts.forDocument(doc);
            PageBuilder builder;
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                builder = new PageBuilder(random, extended, new Typesetter(cs, documentFonts, W, H, random.nextInt(3) == 0));
                // rules between the modules of a row on half the pages, decided apart from the page's own random stream
                // so that the text of every page is what it was before rules were drawn
                builder.columnRules = new Random(seed * 31L + index).nextBoolean();
                builder.build();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return new GeneratedPage(name(index), out.toByteArray(), builder.truth, builder.furniture, builder.ts.drawing);
        }
    }

    /** A paragraph to set: running text or a subheading. */
    private record Para(String text, boolean subhead) {
    }

    /** A column of body text: its left edge, top and height (every column of a body has the same width). */
    private record Frame(float x, float top, float h) {
    }

    /** The state of one page being built. */
    private final class PageBuilder {
        final Random r;
        /** The extended layouts' own random stream, or null for the standard layouts. */
        final Random ext;
        /** Columns of the page's grid: 8, or 6 or 7 on some pages of the extended layouts. */
        final int grid;
        /** Face of the main headlines: Hei, or on some extended pages a bold Song (a serif headline face). */
        final Face headFace;
        /** Columns under a shortened neighbour that the next article's text runs on into (an L-shaped article). */
        List<Frame> foot;
        final Typesetter ts;
        final Names names;
        final List<TruthArticle> truth = new ArrayList<>();
        final List<String> furniture = new ArrayList<>();
        final Set<String> usedSources = new HashSet<>();
        final float bodySize;
        final float leading;
        /** Gutter between columns: mostly two em; on some pages 1.4 em, which pdftotext reads across. */
        final float gutter;
        final float col;
        final int month;
        final int day;
        int pageNo;
        /** Whether vertical rules are drawn in the gutters between the modules of a row (as many papers do). */
        boolean columnRules;

        PageBuilder(Random r, Random ext, Typesetter ts) {
            this.r = r;
            this.ext = ext;
            this.ts = ts;
            this.grid = ext == null ? GRID : new int[] {6, 7, 8, 8}[ext.nextInt(4)];
            this.headFace = ext != null && ext.nextInt(100) < 35 ? Face.SONG : Face.HEI;
            this.names = new Names(r);
            this.bodySize = 9.5f + r.nextInt(3) * 0.5f;
            this.gutter = r.nextInt(100) < 30 ? 14 : 20;
            this.col = (W - 2 * MARGIN - (grid - 1) * gutter) / grid;
            this.leading = bodySize * (r.nextInt(100) < 12 ? 1.6f : 1.36f + r.nextInt(5) * 0.025f);
            this.month = 1 + r.nextInt(12);
            this.day = 1 + r.nextInt(28);
        }

        void build() {
            boolean front = r.nextInt(4) == 0;
            pageNo = front ? 1 : 2 + r.nextInt(11);
            float top = front ? masthead() : innerHeader();
            boolean editorAtBottom = front || r.nextBoolean();
            float bottom = H - MARGIN - (editorAtBottom ? 24 : 0);
            if (editorAtBottom) {
                editorLine(MARGIN, bottom + 10, W - 2 * MARGIN);
            }
            float avail = bottom - top;
            int rows = avail > 1050 ? 3 + r.nextInt(2) : 3;
            float[] weights = new float[rows];
            float sum = 0;
            for (int i = 0; i < rows; i++) {
                weights[i] = 0.7f + r.nextFloat() * 0.6f;
                sum += weights[i];
            }
            float y = top;
            for (int i = 0; i < rows; i++) {
                float h = (avail - (rows - 1) * 14) * weights[i] / sum;
                int[][] patterns = grid == 6 ? ROW_PATTERNS_6 : grid == 7 ? ROW_PATTERNS_7 : ROW_PATTERNS;
                int[] pattern = patterns[r.nextInt(patterns.length)];
                // extended: an L-shaped article — module k's text runs on under its shortened right neighbour
                int lShaped = -1;
                if (ext != null && ext.nextInt(100) < 35) {
                    for (int k = 0; k + 1 < pattern.length; k++) {
                        if (pattern[k] >= 3 && h > 360) {
                            lShaped = k;
                            break;
                        }
                    }
                }
                int unit = 0;
                float footTop = 0;
                for (int k = 0; k < pattern.length; k++) {
                    int units = pattern[k];
                    float x = MARGIN + unit * (col + gutter);
                    float w = units * col + (units - 1) * gutter;
                    float mh = h;
                    if (k == lShaped + 1 && lShaped >= 0) {
                        mh = footTop - y - 14;
                        // the neighbour's own rule under it: the L's foot is below
                        ts.hrule(x, footTop - 8, w, 0.5f);
                    }
                    if (columnRules && unit > 0) {
                        if (k == lShaped + 1 && lShaped >= 0) {
                            ts.vrule(x - gutter / 2, y, mh, 0.5f);
                        } else if (ext != null && ext.nextBoolean()) {
                            // a rule that stops short: below the module's headline, or above its foot
                            float from = ext.nextBoolean() ? h * (0.08f + ext.nextFloat() * 0.2f) : 0;
                            float to = h * (0.7f + ext.nextFloat() * 0.3f);
                            ts.vrule(x - gutter / 2, y + from, to - from, 0.5f);
                        } else {
                            ts.vrule(x - gutter / 2, y, h, 0.5f);
                        }
                    }
                    foot = null;
                    if (k == lShaped) {
                        footTop = y + h * (0.45f + ext.nextFloat() * 0.15f);
                        int footUnits = pattern[k + 1];
                        List<Frame> frames = new ArrayList<>();
                        for (int u = 0; u < footUnits; u++) {
                            frames.add(new Frame(x + w + gutter + u * (col + gutter), footTop, y + h - footTop));
                        }
                        foot = frames;
                    }
                    module(x, y, w, mh, units);
                    unit += units;
                }
                foot = null;
                y += h + 14;
                if (i < rows - 1) {
                    if (ext != null && ext.nextBoolean()) {
                        // a row rule broken at the gutters: one short rule per module
                        int u = 0;
                        for (int units : pattern) {
                            float x = MARGIN + u * (col + gutter);
                            ts.hrule(x, y - 8, units * col + (units - 1) * gutter, 0.6f);
                            u += units;
                        }
                    } else {
                        ts.hrule(MARGIN, y - 8, W - 2 * MARGIN, 0.6f);
                    }
                }
            }
        }

        // ---- furniture ----

        float masthead() {
            String[] paper = names.pick(Names.PAPERS);
            float top = MARGIN;
            ts.draw(paper[0], Face.HEI, 60, MARGIN, top, true, 0);
            furniture.add(paper[0]);
            ts.draw(paper[1], Face.LATIN, 13, MARGIN + 4, top + 70, false, 0);
            furniture.add(paper[1]);
            String cn = String.format("国内统一连续出版物号 CN %02d-%04d", 10 + r.nextInt(60), r.nextInt(10000));
            String post = String.format("邮发代号 %d-%d", 1 + r.nextInt(80), 1 + r.nextInt(99));
            String issue = String.format("总第%d期", 3000 + r.nextInt(20000));
            String pages = "今日" + (4 + 4 * r.nextInt(4)) + "版";
            String owner = paper[0] + "社出版";
            float x = W - MARGIN - 250;
            List<String> right = new ArrayList<>(List.of(cn, post, issue + " " + pages, owner));
            float y = top + 2;
            for (String s : right) {
                ts.draw(s, Face.HEI, 10, x, y, false, 0);
                furniture.add(s);
                y += 15;
            }
            // the date broken over several lines, as printed beside the masthead
            float dx = MARGIN + 420;
            String[] date = {"2026年", month + "月" + day + "日", "星期" + "一二三四五六日".charAt(r.nextInt(7)),
                    "农历" + "正二三四五六七八九十冬腊".charAt(r.nextInt(12)) + "月" + lunarDay()};
            float dy = top + 4;
            for (String s : date) {
                ts.draw(s, Face.HEI, 12, dx, dy, false, 0);
                furniture.add(s);
                dy += 17;
            }
            float bottom = top + 96;
            ts.hrule(MARGIN, bottom, W - 2 * MARGIN, 2.5f);
            return bottom + 14;
        }

        String lunarDay() {
            int d = 1 + r.nextInt(29);
            return d <= 10 ? "初" + Names.chineseOrdinal(d) : d < 20 ? "十" + Names.DIGITS_CN.charAt(d - 10)
                    : d == 20 ? "二十" : "廿" + Names.DIGITS_CN.charAt(d - 20);
        }

        float innerHeader() {
            float top = MARGIN;
            String no = r.nextBoolean() ? String.format("%02d", pageNo) : "第" + pageNo + "版";
            String section = names.pick(Names.SECTIONS);
            ts.draw(no, Face.HEI, 16, MARGIN, top + 4, true, 0);
            ts.draw(section, Face.HEI, 20, MARGIN + 70, top, true, 0);
            String date = "2026年" + month + "月" + day + "日 星期" + "一二三四五六日".charAt(r.nextInt(7));
            ts.draw(date, Face.HEI, 10, MARGIN + 260, top + 8, false, 0);
            furniture.addAll(List.of(no, section, date));
            if (r.nextBoolean()) {
                editorLine(W - MARGIN - 330, top + 8, 330);
            }
            ts.hrule(MARGIN, top + 30, W - 2 * MARGIN, 1.5f);
            return top + 42;
        }

        void editorLine(float x, float top, float w) {
            String line = "责任编辑：" + names.person() + (r.nextBoolean() ? " /" : "  ") + "版式设计：" + names.person()
                    + (r.nextBoolean() ? " /" : "  ") + "文字校对：" + names.person() + " " + names.person();
            float size = 9;
            while (ts.width(line, Face.HEI, size) > w && size > 6) {
                size -= 0.5f;
            }
            ts.draw(line, Face.HEI, size, x, top, false, 0);
            furniture.add(line);
        }

        // ---- modules ----

        void module(float x, float top, float w, float h, int units) {
            int dice = r.nextInt(100);
            if (units == 2) {
                if (dice < 40) {
                    briefs(x, top, w, h);
                } else if (dice < 70) {
                    photoModule(x, top, w, h);
                } else {
                    article(x, top, w, h, units, Style.TOP, true, false);
                }
                return;
            }
            boolean boxed = dice < 12 && foot == null;
            boolean photo = !boxed && dice < 35 && h > 260;
            Style style = !boxed && units >= 4 && dice >= 80 ? Style.SIDE : Style.TOP;
            article(x, top, w, h, units, style, boxed, photo);
        }

        enum Style { TOP, SIDE }

        void article(float x, float top, float w, float h, int units, Style style, boolean boxed, boolean photo) {
            if (boxed) {
                ts.rect(x, top, w, h, null, Color.BLACK, 0.8f);
                x += 8;
                top += 8;
                w -= 16;
                h -= 16;
            }
            float bottom = top + h;
            List<Frame> footFrames = foot;
            int footChars = footFrames == null ? 0
                    : capacityChars(footFrames.size() * (col + gutter), footFrames.getFirst().h() * 0.9f);
            CorpusArticle source = pickArticle(capacityChars(w, h * 0.7f) + footChars);
            List<String> typeset = new ArrayList<>();
            List<String> people = new ArrayList<>();
            List<String> correspondents = new ArrayList<>();
            List<String> photographers = new ArrayList<>();
            boolean commentary = boxed && r.nextBoolean() || !boxed && r.nextInt(10) == 0;

            // headlines
            String kicker = source.kicker();
            if (kicker == null && r.nextInt(100) < 25) {
                kicker = r.nextInt(3) == 0 ? "——" + names.pick(Names.SERIES) + "之" + Names.chineseOrdinal(2 + r.nextInt(5))
                        : names.pick(Names.KICKERS);
            }
            String sub = source.subheadline();
            if (sub != null && r.nextBoolean()) {
                sub = "——" + sub;
            }
            String headline = source.headline();
            String bylineLine = null;
            String[] bylineSplit = null;
            String opener = null;
            String signature = null;
            if (commentary) {
                String author = names.person();
                people.add(author);
                if (r.nextBoolean()) {
                    bylineLine = "□ " + author;
                } else {
                    signature = author;
                }
            } else {
                int form = r.nextInt(100);
                String reporter = names.person();
                people.add(reporter);
                String corr = r.nextInt(100) < 55 ? names.person() : null;
                String corr2 = corr != null && r.nextInt(100) < 30 ? names.person() : null;
                String intern = r.nextInt(100) < 15 ? names.person() : null;
                if (intern != null) {
                    people.add(intern);
                }
                if (corr != null) {
                    correspondents.add(corr);
                }
                if (corr2 != null) {
                    correspondents.add(corr2);
                }
                if (form < 45) {
                    String reporters = reporter;
                    if (r.nextInt(100) < 20) {
                        String second = names.person();
                        people.add(1, second);
                        reporters += " " + second;
                    }
                    String reporterPart = (r.nextBoolean() ? "本报记者 " : "记者 ") + reporters
                            + (intern != null ? " 实习生 " + intern : "");
                    String correspondentPart = (corr != null ? (r.nextBoolean() ? " 通讯员 " : " 本报通讯员 ") + corr : "")
                            + (corr2 != null ? " " + corr2 : "");
                    bylineLine = reporterPart + correspondentPart;
                    if (ext != null && !correspondentPart.isEmpty() && ext.nextInt(100) < 50) {
                        // extended: reporters and correspondents set as two blocks (two lines, two sizes)
                        bylineSplit = new String[] {reporterPart, correspondentPart.strip()};
                    }
                    if (r.nextInt(100) < 30) {
                        opener = "本报讯 ";
                    }
                } else if (form < 85) {
                    String inside = corr == null && intern == null && r.nextBoolean() ? reporter
                            : "记者 " + reporter + (intern != null ? " 实习生 " + intern : "")
                            + (corr != null ? " 通讯员 " + corr : "") + (corr2 != null ? " " + corr2 : "");
                    String place = names.pick(Names.PLACES);
                    opener = (r.nextBoolean() ? "本报讯" : "本报" + place + month + "月" + day + "日讯") + "（" + inside + "）";
                } else {
                    // names at the end of the text: a bare credit line, as in briefs
                    signature = reporter + (corr != null ? " " + corr : "") + (corr2 != null ? " " + corr2 : "")
                            + (intern != null ? " " + intern : "");
                    // Nothing on the page tells a role: every signed name is one of the text's people, in print order.
                    people.clear();
                    people.addAll(List.of(signature.split(" ")));
                    correspondents.clear();
                }
            }
            String columnLabel = r.nextInt(100) < 15 ? names.pick(Names.COLUMNS) : null;

            float bodyX = x;
            float bodyW = w;
            float bodyTop;
            float hsize = headlineSize(units, style);
            // extended: a small article's headline set bold at the body size + 2 pt, with no kicker or sub-headline
            if (ext != null && style == Style.TOP && units <= 3 && !boxed && ext.nextInt(100) < 30) {
                hsize = bodySize + 2;
                kicker = null;
                sub = null;
            }
            Face hface = hsize > bodySize + 2 ? headFace : Face.HEI;
            if (style == Style.SIDE) {
                int hUnits = units >= 6 ? 2 : 1;
                float hw = hUnits * col + (hUnits - 1) * gutter;
                float y = top;
                if (columnLabel != null) {
                    y = label(columnLabel, x, y);
                }
                if (kicker != null) {
                    y = block(kicker, Face.HEI, 13, x, y, hw, false, false, typeset) + 4;
                }
                y = block(headline, hface, hsize, x, y, hw, true, false, typeset) + 6;
                if (sub != null) {
                    y = block(sub, Face.HEI, 13, x, y, hw, false, false, typeset) + 4;
                }
                if (bylineLine != null) {
                    block(bylineLine, Face.HEI, bodySize, x, y + 4, hw, false, false, typeset);
                }
                bodyX = x + hw + gutter;
                bodyW = w - hw - gutter;
                bodyTop = top;
            } else {
                float y = top;
                if (columnLabel != null) {
                    y = label(columnLabel, x, y);
                }
                if (kicker != null) {
                    y = block(kicker, Face.HEI, Math.max(13, hsize * 0.5f), x, y, w, false, true, typeset) + 4;
                }
                y = mainHeadline(headline, hface, hsize, x, y, w, typeset) + 6;
                if (sub != null) {
                    y = block(sub, Face.HEI, Math.max(13, hsize * 0.5f), x, y, w, false, true, typeset) + 4;
                }
                if (bylineSplit != null) {
                    y = block(bylineSplit[0], Face.HEI, bodySize + 0.5f, x, y + 2, w, false, true, typeset);
                    y = block(bylineSplit[1], Face.HEI, bodySize - 0.5f, x, y + 1, w, false, true, typeset) + 2;
                } else if (bylineLine != null) {
                    y = block(bylineLine, Face.HEI, bodySize + 0.5f, x, y + 2, w, false, !bylineLine.startsWith("□"), typeset) + 2;
                }
                bodyTop = y + 6;
            }

            // extended: a photo in the middle of the columns, the text running on under it (wrapped around it)
            int estCols = Math.max(1, Math.round((bodyW + gutter) / (col + gutter)));
            float[] wrap = null;
            if (photo && ext != null && estCols >= 3 && bottom - bodyTop > 300 && ext.nextInt(100) < 60) {
                int span = estCols >= 4 && ext.nextBoolean() ? 2 : estCols - 1;
                int first = ext.nextInt(estCols - span + 1);
                float spanX = bodyX + first * (col + gutter);
                float spanW = span * col + (span - 1) * gutter;
                float photoTop = bodyTop + Math.max(3 * leading + 6, (bottom - bodyTop) * (0.2f + ext.nextFloat() * 0.2f));
                float ph = Math.min((bottom - bodyTop) * 0.3f, spanW * 0.62f);
                ts.rect(spanX, photoTop, spanW, ph, PHOTO_GREY, null, 0);
                String photographer = names.person();
                photographers.add(photographer);
                String caption = "图为" + names.pick(Names.CAPTION_SCENES) + "。";
                float cy = block(caption + " " + creditForm(photographer), Face.HEI, 9, spanX, photoTop + ph + 4, spanW,
                        false, false, typeset);
                wrap = new float[] {first, span, photoTop - 6, cy + 8};
                photo = false;
            }
            // photo with caption, above the body columns
            if (photo) {
                float ph = Math.min(h * 0.33f, bodyW * 0.62f);
                ts.rect(bodyX, bodyTop, bodyW, ph, PHOTO_GREY, null, 0);
                String photographer = names.person();
                photographers.add(photographer);
                String caption = "图为" + names.pick(Names.CAPTION_SCENES) + "。";
                String credit = creditForm(photographer);
                float cy = bodyTop + ph + 4;
                if (r.nextBoolean()) {
                    cy = block(caption + " " + credit, Face.HEI, 9, bodyX, cy, bodyW, false, false, typeset);
                } else {
                    cy = block(caption, Face.HEI, 9, bodyX, cy, bodyW, false, false, typeset);
                    float cw = ts.width(credit, Face.HEI, 9);
                    ts.draw(credit, Face.HEI, 9, bodyX + bodyW - cw, cy, false, 0);
                    typeset.add(credit);
                    cy += 9 * 1.4f;
                }
                bodyTop = cy + 8;
            }

            // body
            List<Para> paras = new ArrayList<>();
            for (String p : source.paragraphs()) {
                paras.add(p.startsWith("#") ? new Para(p.substring(1), true) : new Para(p, false));
            }
            if (paras.getFirst().subhead()) {
                paras.removeFirst();
            }
            String continuedFrom = pageNo > 1 && r.nextInt(100) < 6 ? "（上接第" + Names.chineseOrdinal(1) + "版）" : null;
            int cols = Math.max(1, Math.round((bodyW + gutter) / (col + gutter)));
            if (bodyW / cols > 2.6f * col) {
                cols++;
            }
            String jump = r.nextInt(100) < 45 ? "（下转第" + (pageNo + 1 + r.nextInt(4)) + "版）" : null;
            List<String> tail = new ArrayList<>();
            if (signature != null) {
                tail.add(signature);
            }
            float colW = (bodyW - (cols - 1) * gutter) / cols;
            List<Frame> frames = new ArrayList<>();
            for (int c = 0; c < cols; c++) {
                float fx = bodyX + c * (colW + gutter);
                if (wrap != null && c >= wrap[0] && c < wrap[0] + wrap[1]) {
                    frames.add(new Frame(fx, bodyTop, wrap[2] - bodyTop));
                    frames.add(new Frame(fx, wrap[3], bottom - wrap[3]));
                } else {
                    frames.add(new Frame(fx, bodyTop, bottom - bodyTop));
                }
            }
            if (footFrames != null && Math.abs(colW - col) < 1) {
                frames.addAll(footFrames);
            }
            Flow flow = flowBody(paras, opener, continuedFrom, frames, colW, tail, jump);
            typeset.addAll(flow.drawn);
            String kind = boxed ? "box" : "article";
            truth.add(new TruthArticle(kind, kicker, headline, sub, flow.body, opener == null ? null : opener.strip(),
                    people, correspondents, photographers, typeset));
        }

        String creditForm(String who) {
            return switch (r.nextInt(5)) {
                case 0 -> who + " 摄";
                case 1 -> who + "/摄";
                case 2 -> "特约记者 " + who + " 摄";
                case 3 -> "本报记者 " + who + " 摄";
                default -> "（" + who + " 摄）";
            };
        }

        float headlineSize(int units, Style style) {
            if (style == Style.SIDE) {
                return 20 + r.nextInt(3) * 2;
            }
            return switch (units) {
                case 8, 7 -> 34 + r.nextInt(4) * 2;
                case 6, 5 -> 28 + r.nextInt(3) * 2;
                case 4, 3 -> 22 + r.nextInt(3) * 2;
                default -> 18;
            };
        }

        float label(String text, float x, float top) {
            float w = ts.width(text, Face.HEI, 12) + 10;
            ts.rect(x, top, w, 18, new Color(0.85f, 0.85f, 0.85f), null, 0);
            ts.draw(text, Face.HEI, 12, x + 5, top + 3, true, 0);
            furniture.add(text);
            return top + 24;
        }

        /** The main headline: shrunk to fit one line down to 80 %, else wrapped; a two-part headline may take two lines. */
        float mainHeadline(String headline, Face face, float size, float x, float top, float w, List<String> typeset) {
            String[] parts = headline.split(" ");
            if (parts.length == 2 && r.nextInt(100) < 35) {
                float y = top;
                for (String part : parts) {
                    y = block(part, face, size, x, y, w, true, true, typeset);
                }
                return y;
            }
            float s = size;
            // shrunk to 80 %, never below the body size + 2 pt (a small headline too long for one line wraps)
            while (ts.width(headline, face, s) > w && s > Math.max(size * 0.8f, bodySize + 2)) {
                s -= 1;
            }
            return block(headline, face, s, x, top, w, true, true, typeset);
        }

        /** Sets a short text block (headline lines, bylines, captions); returns the y under it. */
        float block(String text, Face face, float size, float x, float top, float w, boolean bold, boolean centered,
                    List<String> typeset) {
            float y = top;
            for (String line : ts.lines(text, face, size, w, 0)) {
                String drawn = line.strip();
                float lw = ts.width(drawn, face, size);
                ts.draw(drawn, face, size, centered ? x + (w - lw) / 2 : x, y, bold, 0);
                y += size * 1.3f;
            }
            typeset.add(text);
            return y;
        }

        CorpusArticle pickArticle(int capacity) {
            CorpusArticle best = null;
            int bestScore = Integer.MAX_VALUE;
            for (int i = 0; i < 14; i++) {
                CorpusArticle c = corpus.get(r.nextInt(corpus.size()));
                if (usedSources.contains(c.source())) {
                    continue;
                }
                int score = Math.abs(c.length() - capacity);
                if (score < bestScore) {
                    bestScore = score;
                    best = c;
                }
            }
            if (best == null) {
                best = corpus.get(r.nextInt(corpus.size()));
            }
            usedSources.add(best.source());
            return best;
        }

        int capacityChars(float w, float h) {
            return (int) ((w / bodySize) * (h / leading) * 0.9f);
        }

        /** What the body flow set: the paragraphs as typeset (truncated to fit) and every string drawn. */
        record Flow(List<String> body, List<String> drawn) {
        }

        /** A line of the body: its text, paragraph, indent, whether it ends its paragraph and is a subheading. */
        record Line(String text, int para, boolean first, boolean last, boolean subhead) {
        }

        int linesIn(Frame f) {
            return Math.max(1, (int) Math.floor(f.h() / leading));
        }

        Flow flowBody(List<Para> paras, String opener, String continuedFrom, List<Frame> frames, float colW,
                      List<String> tail, String jump) {
            int slots = 0;
            for (Frame f : frames) {
                slots += linesIn(f);
            }
            int capacity = slots - tail.size() - (jump != null ? 1 : 0) - (continuedFrom != null ? 1 : 0);
            List<String> texts = new ArrayList<>();
            for (int i = 0; i < paras.size(); i++) {
                texts.add(i == 0 && opener != null ? opener + paras.get(i).text() : paras.get(i).text());
            }
            List<Line> lines = breakAll(paras, texts, colW);
            boolean truncated = false;
            if (lines.size() > capacity) {
                truncated = true;
                Line lastFit = lines.get(Math.max(0, capacity - 1));
                int p = lastFit.para();
                StringBuilder kept = new StringBuilder();
                for (int i = 0; i < capacity; i++) {
                    if (lines.get(i).para() == p) {
                        kept.append(lines.get(i).text());
                    }
                }
                String cut = cutAtSentence(kept.toString(), p == 0 && opener != null ? opener.length() : 0);
                List<Para> keptParas = new ArrayList<>(paras.subList(0, p));
                List<String> keptTexts = new ArrayList<>(texts.subList(0, p));
                if (cut != null && !paras.get(p).subhead()) {
                    keptTexts.add(cut);
                    keptParas.add(paras.get(p));
                }
                while (!keptParas.isEmpty() && keptParas.getLast().subhead()) {
                    keptParas.removeLast();
                    keptTexts.removeLast();
                }
                if (keptParas.isEmpty()) {
                    // not even one sentence fits: keep what fits of the first paragraph
                    keptParas.add(paras.getFirst());
                    keptTexts.add(kept.toString());
                }
                paras = keptParas;
                texts = keptTexts;
                lines = breakAll(paras, texts, colW);
                while (lines.size() > capacity) {
                    // a line-end cut that rebreaks longer: drop the last line's text
                    Line last = lines.getLast();
                    String t = texts.get(last.para());
                    texts.set(last.para(), t.substring(0, t.length() - last.text().length()));
                    lines = breakAll(paras, texts, colW);
                }
            }
            List<String> drawn = new ArrayList<>();
            int slot = 0;
            if (continuedFrom != null) {
                drawAt(slot++, continuedFrom, Face.SONG, false, frames, colW, false, false);
                drawn.add(continuedFrom);
            }
            for (Line line : lines) {
                drawAt(slot++, line.text(), line.subhead() ? Face.HEI : Face.SONG, line.subhead(), frames, colW,
                        line.first() && !line.subhead(), !line.last());
            }
            drawn.addAll(texts);
            for (String t : tail) {
                drawAt(slot++, t, Face.SONG, false, frames, colW, false, false, true);
                drawn.add(t);
            }
            if (jump != null && truncated) {
                drawAt(slot, jump, Face.SONG, false, frames, colW, false, false, true);
                drawn.add(jump);
            }
            List<String> body = new ArrayList<>(texts);
            if (opener != null && !body.isEmpty()) {
                body.set(0, body.getFirst().substring(opener.length()));
            }
            body.removeIf(String::isBlank);
            return new Flow(body, drawn);
        }

        List<Line> breakAll(List<Para> paras, List<String> texts, float colW) {
            List<Line> lines = new ArrayList<>();
            for (int i = 0; i < paras.size(); i++) {
                boolean sub = paras.get(i).subhead();
                List<String> ls = ts.lines(texts.get(i), sub ? Face.HEI : Face.SONG, bodySize, colW, sub ? 0 : 2 * bodySize);
                for (int k = 0; k < ls.size(); k++) {
                    lines.add(new Line(ls.get(k), i, k == 0, k == ls.size() - 1, sub));
                }
            }
            return lines;
        }

        void drawAt(int slot, String text, Face face, boolean bold, List<Frame> frames, float colW,
                    boolean indent, boolean justify) {
            drawAt(slot, text, face, bold, frames, colW, indent, justify, false);
        }

        /** Draws line {@code slot} of the body: the frames are filled in order, each top-down. */
        void drawAt(int slot, String text, Face face, boolean bold, List<Frame> frames, float colW,
                    boolean indent, boolean justify, boolean right) {
            int row = slot;
            float cx = 0;
            float top = 0;
            boolean placed = false;
            for (Frame f : frames) {
                int n = linesIn(f);
                if (row < n) {
                    cx = f.x();
                    top = f.top();
                    placed = true;
                    break;
                }
                row -= n;
            }
            if (!placed) {
                // past the last frame: further columns to its right (as the fixed grid of columns always did)
                Frame last = frames.getLast();
                int n = linesIn(last);
                cx = last.x() + (row / n + 1) * (colW + gutter);
                top = last.top();
                row = row % n;
            }
            float lx = cx + (indent ? 2 * bodySize : 0);
            float width = colW - (indent ? 2 * bodySize : 0);
            if (right) {
                lx = cx + colW - ts.width(text, face, bodySize);
            }
            ts.draw(text, face, bodySize, lx, top + row * leading, bold, justify ? width : 0);
        }

        /** {@code text} cut after its last sentence end past {@code from}, or null when there is none. */
        String cutAtSentence(String text, int from) {
            for (int i = text.length() - 1; i > from; i--) {
                char c = text.charAt(i);
                if (c == '。' || c == '！' || c == '？' || c == '；') {
                    int end = i + 1;
                    if (end < text.length() && (text.charAt(end) == '”' || text.charAt(end) == '’')) {
                        end++;
                    }
                    return text.substring(0, end);
                }
            }
            return null;
        }

        // ---- briefs and photos ----

        void briefs(float x, float top, float w, float h) {
            String label = r.nextBoolean() ? "简讯" : "简  讯";
            ts.rect(x, top, w, 22, new Color(0.2f, 0.2f, 0.2f), null, 0);
            float lw = ts.width(label, Face.HEI, 15);
            ts.draw(label, Face.HEI, 15, x + (w - lw) / 2, top + 3, true, 0);
            furniture.add(label.replace(" ", ""));
            float y = top + 30;
            float bottom = top + h;
            for (int n = 0; n < 5; n++) {
                CorpusArticle source = pickArticle(120);
                String text = null;
                for (String p : source.paragraphs()) {
                    if (!p.startsWith("#")) {
                        text = p;
                        break;
                    }
                }
                if (text == null) {
                    continue;
                }
                int limit = 70 + r.nextInt(90);
                if (text.length() > limit) {
                    String cut = cutAtSentence(text.substring(0, limit), 10);
                    text = cut != null ? cut : text.substring(0, limit) + "。";
                }
                List<String> people = new ArrayList<>(List.of(names.person()));
                if (r.nextBoolean()) {
                    people.add(names.person());
                }
                String credit = "（" + String.join(" ", people) + "）";
                String opener = r.nextInt(100) < 40 ? "本报讯 " : null;
                String full = (opener == null ? "" : opener) + text + credit;
                List<String> lines = ts.lines(full, Face.SONG, bodySize, w, 2 * bodySize);
                float need = lines.size() * leading;
                if (y + need > bottom) {
                    break;
                }
                for (int k = 0; k < lines.size(); k++) {
                    float indent = k == 0 ? 2 * bodySize : 0;
                    ts.draw(lines.get(k), Face.SONG, bodySize, x + indent, y, false, k < lines.size() - 1 ? w - indent : 0);
                    y += leading;
                }
                y += leading * 0.6f;
                truth.add(new TruthArticle("article", null, null, null, List.of(text), opener == null ? null : opener.strip(),
                        people, List.of(), List.of(), List.of(full)));
            }
        }

        void photoModule(float x, float top, float w, float h) {
            List<String> typeset = new ArrayList<>();
            float y = top;
            String title = null;
            int variant = r.nextInt(3);
            if (variant == 2) {
                title = names.pick(List.of("冬日暖阳", "丰收时节", "家门口的幸福", "学技能", "夜色璀璨", "新春走基层"));
                y = block(title, Face.HEI, 16, x, y, w, true, false, typeset) + 4;
            }
            float ph = Math.min(h * 0.55f, w * 1.1f);
            ts.rect(x, y, w, ph, PHOTO_GREY, null, 0);
            y += ph + 4;
            String photographer = names.person();
            String credit = creditForm(photographer);
            List<String> body = new ArrayList<>();
            if (variant != 1) {
                String caption = "图为" + names.pick(Names.CAPTION_SCENES) + "。";
                body.add(caption);
                y = block(caption, Face.HEI, 9, x, y, w, false, false, typeset);
            }
            float cw = ts.width(credit, Face.HEI, 9);
            ts.draw(credit, Face.HEI, 9, x + w - Math.min(w, cw), y, false, 0);
            typeset.add(credit);
            truth.add(new TruthArticle("photo", null, title, null, body, null, List.of(), List.of(),
                    List.of(photographer), typeset));
        }
    }
}
