package news.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Modules of constructed layouts (blocks placed by hand, no PDF): which blocks a headline stands over. */
class LayoutModulesTest {
    static final float BODY = 10;
    static final float PAGE_HEIGHT = 1417;

    static TextBlock column(float x, float top, int lines, float width) {
        List<TextLine> ls = new ArrayList<>();
        for (int i = 0; i < lines; i++) {
            ls.add(new TextLine("市场价格稳步上涨而且".substring(0, (int) Math.min(10, width / BODY)), x, x + width,
                    top + 0.88f * BODY + i * 1.5f * BODY, BODY, false, "Song"));
        }
        return LayoutAnalyzer.toBlock(ls);
    }

    static TextBlock line(String text, float x, float top, float size, boolean bold) {
        return LayoutAnalyzer.toBlock(List.of(new TextLine(text, x, x + text.length() * size, top + 0.88f * size, size,
                bold, "Song")));
    }

    static Module moduleOf(List<Module> modules, TextBlock b) {
        return modules.stream().filter(m -> m.blocks().contains(b)).findFirst().orElseThrow();
    }

    @Test
    void aHeadlineOverAPhotoKeepsTheColumnsUnderTheCaptionNotTheColumnBesideIt() {
        TextBlock head = line("世界最古老铁剑可能用陨铁铸成", 40, 150, 20, true);
        // a photo under the headline, its caption, then the article's columns
        TextBlock caption = line("图为工人在生产线上忙碌。", 40, 320, 9, false);
        TextBlock col1 = column(40, 340, 8, 100);
        TextBlock col2 = column(156, 340, 8, 100);
        // beside the headline, from its top: a column of briefs, another piece
        TextBlock briefs = column(340, 180, 6, 210);
        List<Module> modules = LayoutAnalyzer.modules(List.of(head, caption, col1, col2, briefs), BODY, PAGE_HEIGHT);
        Module article = moduleOf(modules, head);
        assertThat(article.blocks()).contains(col1, col2).doesNotContain(briefs);
    }

    @Test
    void aBylineHalfAPointOverTheBodySizeIsNotTheTopOfTheNeighboursColumnAlsoWhenRoundedDown() {
        // a headline, its byline at the body size + 0.5 pt as another producer rounds it (Chromium: 10.49 for 10.5),
        // a photo and its caption, then the article's columns; the module to the left has a column starting level with
        // the byline (which must not make the byline that column's top line, set flush right in the next column)
        TextBlock neighbourHead = line("棉花价格上涨", 40, 172, 16, true);
        TextBlock neighbour = column(40, 200, 12, 100);
        TextBlock head = line("于永生会见白俄罗斯驻华大使", 160, 170, 20, true);
        TextBlock byline = line("□ 贺波瑶", 160, 200, 10.49f, false);
        TextBlock caption = line("图为工作人员正在检查设备运行", 160, 300, 9, false);
        TextBlock col1 = column(160, 320, 5, 100);
        TextBlock col2 = column(276, 320, 5, 100);
        List<Module> modules = LayoutAnalyzer.modules(List.of(neighbourHead, neighbour, head, byline, caption, col1, col2), BODY,
                PAGE_HEIGHT);
        assertThat(moduleOf(modules, head).blocks()).contains(byline, caption, col1, col2).doesNotContain(neighbour);
    }

    @Test
    void twoClosingMarksHangingIntoTheGutterDoNotJoinALineToTheNextColumn() {
        // two columns of four lines, 10 glyphs of 10 pt each (x 0-100 and 120-220); the second line of the left column
        // ends a quotation with 。” hanging past its edge, up to the right column's first glyph
        List<Glyph> glyphs = new ArrayList<>();
        String text = "市场价格稳步上涨而且";
        for (int line = 0; line < 4; line++) {
            float baseline = 100 + line * 15;
            for (int i = 0; i < 10; i++) {
                glyphs.add(new Glyph(text.substring(i, i + 1), i * 10, baseline, 10, 10, false, "Song"));
                glyphs.add(new Glyph(text.substring(i, i + 1), 120 + i * 10, baseline, 10, 10, false, "Song"));
            }
            if (line == 1) {
                glyphs.add(new Glyph("。", 100, baseline, 10, 10, false, "Song"));
                glyphs.add(new Glyph("”", 110, baseline, 10, 10, false, "Song"));
            }
        }
        List<TextLine> lines = LayoutAnalyzer.lines(glyphs);
        assertThat(lines).hasSize(8);
        assertThat(lines).extracting(TextLine::text).contains(text + "。”").allMatch(t -> t.length() <= 12);
    }

    @Test
    void aBannerHeadlineOverItsColumnsIsNotTheMasthead() {
        TextBlock banner = line("辽足签约危机引注册难关", 276, 83, 40, true);
        TextBlock col1 = column(42, 148, 20, 100);
        TextBlock col2 = column(300, 148, 20, 100);
        List<TextBlock> blocks = List.of(banner, col1, col2);
        assertThat(LayoutAnalyzer.isMasthead(banner, blocks, BODY, PAGE_HEIGHT)).isFalse();
        assertThat(moduleOf(LayoutAnalyzer.modules(blocks, BODY, PAGE_HEIGHT), banner).blocks()).contains(col2);
        // the paper's name with its Latin name and the date under it, the text far below: the masthead
        TextBlock name = line("南川日报", 42, 40, 60, true);
        TextBlock latin = line("NANCHUAN DAILY", 46, 111, 13, false);
        TextBlock text = column(42, 300, 20, 100);
        assertThat(LayoutAnalyzer.isMasthead(name, List.of(name, latin, text), BODY, PAGE_HEIGHT)).isTrue();
    }
    @Test
    void anEllipsisHangingIntoANarrowGutterAndOverlappingTheNextColumnDoesNotJoinTheLines() {
        // columns x 0-100 and 109-209 (a 9 pt gutter); the second line of the left column ends with …… set past its
        // edge, whose advance overlaps the right column's first glyph by a point
        List<Glyph> glyphs = new ArrayList<>();
        String text = "市场价格稳步上涨而且";
        for (int line = 0; line < 4; line++) {
            float baseline = 100 + line * 15;
            for (int i = 0; i < 10; i++) {
                glyphs.add(new Glyph(text.substring(i, i + 1), i * 10, baseline, 10, 10, false, "Song"));
                glyphs.add(new Glyph(text.substring(i, i + 1), 109 + i * 10, baseline, 10, 10, false, "Song"));
            }
            if (line == 1) {
                glyphs.removeIf(g -> g.baseline() == baseline && g.x() >= 90 && g.x() < 100);
                glyphs.add(new Glyph("…", 90, baseline, 10, 10, false, "Song"));
                glyphs.add(new Glyph("…", 100, baseline, 10, 10, false, "Song"));
            }
        }
        List<TextLine> lines = LayoutAnalyzer.lines(glyphs);
        assertThat(lines).hasSize(8).allMatch(l -> l.right() <= 110 || l.x() >= 109);
    }

    @Test
    void aColumnWhoseMarksHangToTheNextColumnStillWidensTheArticle() {
        TextBlock head = line("世界最古老铁剑可能用陨铁铸成", 40, 150, 20, true);
        TextBlock col1 = column(40, 190, 8, 100);
        // the second column's longest line hangs two marks past its edge, to the third column's left edge
        List<TextLine> ls = new ArrayList<>(column(150, 190, 8, 100).lines());
        TextLine l = ls.get(3);
        ls.set(3, new TextLine(l.text() + "。”", l.x(), l.right() + 12, l.baseline(), l.size(), false, "Song"));
        TextBlock col2 = LayoutAnalyzer.toBlock(ls);
        TextBlock col3 = column(260, 190, 8, 100);
        List<Module> modules = LayoutAnalyzer.modules(List.of(head, col1, col2, col3), BODY, PAGE_HEIGHT);
        assertThat(moduleOf(modules, head).blocks()).contains(col1, col2, col3);
    }

    @Test
    void aVerticalRuleBetweenColumnsKeepsTheNeighbouringArticlesColumnOutOfTheHeadlinesModule() {
        // a headline over two columns; a third column of the same width and top beside them, of another headless piece
        TextBlock head = line("世界最古老铁剑可能用陨铁铸成", 40, 150, 16, true);
        TextBlock col1 = column(40, 190, 8, 100);
        TextBlock col2 = column(156, 190, 8, 100);
        TextBlock col3 = column(272, 190, 8, 100);
        List<TextBlock> blocks = List.of(head, col1, col2, col3);
        // without rules, the column beside is read as the article's third column
        assertThat(moduleOf(LayoutAnalyzer.modules(blocks, BODY, PAGE_HEIGHT), head).blocks()).contains(col3);
        // a rule drawn in the gutter (x 264, the height of the row) separates it
        Separators rule = new Separators(List.of(new Rule(264, 140, 264, 320)), List.of());
        List<Module> modules = LayoutAnalyzer.modules(blocks, BODY, PAGE_HEIGHT, rule);
        assertThat(moduleOf(modules, head).blocks()).contains(col1, col2).doesNotContain(col3);
        // a rule elsewhere on the page (another row) separates nothing here
        Separators elsewhere = new Separators(List.of(new Rule(264, 600, 264, 900)), List.of());
        assertThat(moduleOf(LayoutAnalyzer.modules(blocks, BODY, PAGE_HEIGHT, elsewhere), head).blocks()).contains(col3);
    }

    @Test
    void aFrameEnclosesOneModule() {
        TextBlock head = line("世界最古老铁剑可能用陨铁铸成", 40, 150, 16, true);
        TextBlock col1 = column(40, 190, 8, 100);
        TextBlock col2 = column(156, 190, 8, 100);
        // a framed box beside: its column has the article's top and width
        TextBlock boxed = column(280, 190, 8, 100);
        Frame frame = new Frame(270, 140, 390, 330);
        assertThat(frame.encloses(boxed)).isTrue();
        assertThat(frame.encloses(col2)).isFalse();
        List<Module> modules = LayoutAnalyzer.modules(List.of(head, col1, col2, boxed), BODY, PAGE_HEIGHT,
                new Separators(List.of(), List.of(frame)));
        assertThat(moduleOf(modules, head).blocks()).contains(col1, col2).doesNotContain(boxed);
    }

    @Test
    void rulesSeparateOnlyTheBlocksTheyStandBetween() {
        TextBlock upper = column(40, 100, 5, 100);
        TextBlock lower = column(40, 200, 5, 100);
        TextBlock beside = column(160, 100, 5, 100);
        Separators across = new Separators(List.of(new Rule(30, 190, 300, 190)), List.of());
        assertThat(across.separated(upper, lower)).isTrue();
        assertThat(across.separated(upper, beside)).isFalse();
        // a horizontal rule is no sideways separator (a rule under a headline is often its own decoration)
        assertThat(across.separatedSideways(upper, lower)).isFalse();
        // a rule under the right-hand column only does not separate the left column from what is under it
        Separators short_ = new Separators(List.of(new Rule(160, 190, 260, 190)), List.of());
        assertThat(short_.separated(upper, lower)).isFalse();
        Separators down = new Separators(List.of(new Rule(150, 90, 150, 300)), List.of());
        assertThat(down.separated(upper, beside)).isTrue();
        assertThat(down.separatedSideways(upper, beside)).isTrue();
        assertThat(down.separated(upper, lower)).isFalse();
    }

    @Test
    void aColumnLabelAsBigAsASmallHeadlineHeadsNoColumns() {
        // a short item's headline set bold at body + 2 pt, centred over three columns; its column label, set as big,
        // at the module's left edge above it
        TextBlock label = line("政策解读", 42, 100, 12, true);
        TextBlock head = line("位居三大经济圈交汇地", 140, 120, 11.5f, true);
        TextBlock col1 = column(42, 145, 10, 100);
        TextBlock col2 = column(156, 145, 10, 100);
        TextBlock col3 = column(270, 145, 10, 100);
        List<TextBlock> blocks = List.of(label, head, col1, col2, col3);
        assertThat(LayoutAnalyzer.labelsSmallHeadline(label, head, BODY)).isTrue();
        List<Module> modules = LayoutAnalyzer.modules(blocks, BODY, PAGE_HEIGHT);
        assertThat(moduleOf(modules, head).blocks()).contains(col1, col2, col3);
        assertThat(moduleOf(modules, label).blocks()).doesNotContain(col1, col2, col3);
        // the two lines of a two-part headline, centred on each other, are no label and headline
        TextBlock part1 = line("选优派强", 175, 100, 12, true);
        assertThat(LayoutAnalyzer.labelsSmallHeadline(part1, head, BODY)).isFalse();
    }

    @Test
    void aJumpLineAloneAtTheTopOfTheNextColumnIsNoBylineOfTheHeadline() {
        // a narrow article: headline, byline, one full column and, flush right at the top of the second column, only
        // its jump line
        TextBlock head = line("橙香连鲁渝消费助振兴", 50, 100, 18, true);
        TextBlock byline = line("记者 唐斌帆", 100, 125, 10, false);
        TextBlock col1 = column(42, 145, 12, 90);
        TextBlock jump = line("（下转第8版）", 175, 145, 10, false);
        List<Module> modules = LayoutAnalyzer.modules(List.of(head, byline, col1, jump), BODY, PAGE_HEIGHT);
        assertThat(moduleOf(modules, head).blocks()).contains(byline, col1);
    }

    @Test
    void aBannerHeadlineWithItsBylineBetweenItAndItsColumnsIsNotTheMasthead() {
        TextBlock banner = line("搞笑之风美国的小沈阳", 208, 83, 40, true);
        TextBlock byline = line("本报记者 何志晨", 417, 144, 10, false);
        TextBlock col1 = column(175, 165, 19, 110);
        List<TextBlock> blocks = List.of(banner, byline, col1);
        assertThat(LayoutAnalyzer.isMasthead(banner, blocks, BODY, PAGE_HEIGHT)).isFalse();
        // without the byline the columns are too far under it: a paper's name over the first row
        assertThat(LayoutAnalyzer.isMasthead(banner, List.of(banner, col1), BODY, PAGE_HEIGHT)).isTrue();
    }

    @Test
    void aSmallHeadlineRightUnderTheHeaderBandIsNotPartOfTheSectionName() {
        TextBlock section = line("综合新闻", 112, 42, 20, true); // the inner page's band: section name at the top
        TextBlock head = line("人类可能具有第六味觉可感知钙元素", 110, 84, 12, true);
        TextBlock byline = line("本报记者 邵志玉", 168, 107, 10.5f, false);
        TextBlock col1 = column(42, 129, 20, 96);
        TextBlock col2 = column(158, 129, 20, 96);
        List<Module> modules = LayoutAnalyzer.modules(List.of(section, head, byline, col1, col2), BODY, PAGE_HEIGHT);
        assertThat(moduleOf(modules, head).blocks()).contains(byline, col1, col2).doesNotContain(section);
    }

    @Test
    void aHeadlineBesideItsTextOnAWideGridTakesTheColumnsUpTo10EmToItsRight() {
        // kicker, headline and byline set left in a two-column-wide slot; the text starts 8.5 em right of the headline
        TextBlock kicker = line("奋进新征程", 42, 434, 13, false);
        TextBlock head = line("杜兰特28分雷霆避三连败", 42, 455, 20, true);
        TextBlock byline = line("本报记者 熊军宁", 42, 491, 10, false);
        TextBlock col1 = column(349, 434, 20, 140);
        TextBlock col2 = column(503, 434, 20, 140);
        List<TextBlock> blocks = List.of(kicker, head, byline, col1, col2);
        assertThat(moduleOf(LayoutAnalyzer.modules(blocks, BODY, PAGE_HEIGHT), head).blocks()).contains(col1, col2);
        // a headline over a photo (its caption and a short text under it) does not take a column of briefs that far
        TextBlock over = line("许昌市公共卫生医疗中心项目开工", 331, 108, 22, true);
        TextBlock caption = line("图为工作人员正在检查设备运行情况。", 273, 283, 9, false);
        TextBlock under = column(273, 303, 3, 101);
        TextBlock briefs = column(734, 114, 6, 217);
        List<Module> modules = LayoutAnalyzer.modules(List.of(over, caption, under, briefs), BODY, PAGE_HEIGHT);
        assertThat(moduleOf(modules, over).blocks()).doesNotContain(briefs);
    }

    @Test
    void aShortLineJustifiedAcrossAWideColumnStaysOneLine() {
        // 本报讯 新德里消息: glyphs 6 pt apart (letter-spaced), the space after 本报讯 twice that plus its own width
        List<Glyph> glyphs = new ArrayList<>();
        float x = 42;
        for (String c : "本报讯".split("")) {
            glyphs.add(new Glyph(c, x, 100, 10, 10, false, "Song"));
            x += 16;
        }
        x += 3 + 6; // the space's advance and one more spacing
        for (String c : "新德里消息".split("")) {
            glyphs.add(new Glyph(c, x, 100, 10, 10, false, "Song"));
            x += 16;
        }
        assertThat(LayoutAnalyzer.lines(glyphs)).extracting(TextLine::text).containsExactly("本报讯 新德里消息");
        // two columns of ordinary text on one baseline, 2 em apart: two lines
        List<Glyph> columns = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            columns.add(new Glyph("市", 42 + i * 10, 200, 10, 10, false, "Song"));
            columns.add(new Glyph("场", 162 + i * 10, 200, 10, 10, false, "Song"));
        }
        assertThat(LayoutAnalyzer.lines(columns)).hasSize(2);
    }

    @Test
    void aLineOfAWideColumnIsNotCutWhereANarrowerGridsColumnsMeetElsewhereOnThePage() {
        List<Glyph> glyphs = new ArrayList<>();
        String text = "市场价格稳步上涨而且价格稳步上涨而且价格稳步";
        // far above: two columns of four lines (0-100 and 120-220): a column edge at 100 | 120
        for (int line = 0; line < 4; line++) {
            for (int i = 0; i < 10; i++) {
                glyphs.add(new Glyph(text.substring(i, i + 1), i * 10, 100 + line * 15, 10, 10, false, "Song"));
                glyphs.add(new Glyph(text.substring(i, i + 1), 120 + i * 10, 100 + line * 15, 10, 10, false, "Song"));
            }
        }
        // lower down, a wide column (0-220) of three lines; the middle one has 》， just where the gutter is above,
        // hanging into the next glyph's place at 120
        for (int line = 0; line < 3; line++) {
            float baseline = 400 + line * 15;
            for (int i = 0; i < 22; i++) {
                String c = line == 1 && i == 10 ? "》" : line == 1 && i == 11 ? "，" : text.substring(i, i + 1);
                glyphs.add(new Glyph(c, i * 10, baseline, 10, 10, false, "Song"));
            }
        }
        List<TextLine> lines = LayoutAnalyzer.lines(glyphs);
        assertThat(lines.stream().filter(l -> l.baseline() > 300)).hasSize(3);
        assertThat(lines.stream().filter(l -> l.baseline() <= 300)).hasSize(8);
    }
}
