package news.text.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import news.pdf.Module;
import news.pdf.PageLayout;
import news.pdf.TextBlock;
import news.pdf.TextLine;
import news.text.PageArticle;
import org.junit.jupiter.api.Test;

/**
 * Pieces the layout sets apart that belong together, on constructed layouts (no generated page): a column continued
 * after an interruption, an article's first columns standing beside its headline, a photo credit set apart from its
 * caption — and the cases that must stay apart.
 */
class PdfPieceJoiningTest {
    static final float BODY = 10;
    static final String FONT = "Song";
    final PdfPageSplitter splitter = new PdfPageSplitter();

    /** A column of running text: {@code perLine} characters a line, justified, the last line as long as it is. */
    static TextBlock column(float x, float top, String text, int perLine, boolean indentFirst) {
        List<TextLine> lines = new ArrayList<>();
        List<Boolean> starts = new ArrayList<>();
        int i = 0;
        int n = 0;
        while (i < text.length()) {
            boolean first = n == 0;
            int take = Math.min(text.length() - i, first && indentFirst ? perLine - 2 : perLine);
            float left = first && indentFirst ? x + 2 * BODY : x;
            float baseline = top + 0.88f * BODY + n * 1.5f * BODY;
            lines.add(new TextLine(text.substring(i, i + take), left, left + take * BODY, baseline, BODY, false, FONT));
            starts.add(first);
            i += take;
            n++;
        }
        TextLine last = lines.getLast();
        return new TextBlock(lines, starts, x, lines.getFirst().top(), x + perLine * BODY, last.bottom(), BODY, false);
    }

    static TextBlock line(String text, float x, float top, float size, boolean bold) {
        TextLine l = new TextLine(text, x, x + text.length() * size, top + 0.88f * size, size, bold, FONT);
        return new TextBlock(List.of(l), List.of(true), l.x(), l.top(), l.right(), l.bottom(), size, bold);
    }

    static String repeat(String s, int n) {
        return s.repeat(n);
    }

    List<PageArticle> split(Module... modules) {
        List<PageArticle> out = splitter.split(List.of(new PageLayout(1, 992, 1417, BODY, List.of(modules)))).articles();
        return out;
    }

    // 10 characters a line (8 on the indented first), 10 lines: a column ending mid-sentence on a full line
    static final String MID = "市场价格稳步上涨" + repeat("而且市场价格稳步上涨", 9);
    static final String END = repeat("供应充足销售平稳正常", 4) + "都在增加。";

    @Test
    void aColumnGoingOnInTheNextColumnAfterAPhotoJoinsItsArticle() {
        TextBlock head = line("粮油市场运行平稳", 100, 100, 24, true);
        TextBlock first = column(100, 140, MID, 10, true);
        // the rest of the text in the next column, read apart (a photo stood between in the XY-cut)
        TextBlock rest = column(216, 140, END, 10, false);
        List<PageArticle> out = split(new Module(List.of(head, first)), new Module(List.of(rest)));
        assertThat(out).hasSize(1);
        assertThat(String.join("", out.getFirst().paragraphTexts())).isEqualTo(MID + END);
        assertThat(out.getFirst().headline()).isEqualTo("粮油市场运行平稳");
    }

    @Test
    void aColumnFurtherDownTheSameColumnJoinsToo() {
        TextBlock head = line("粮油市场运行平稳", 100, 100, 24, true);
        TextBlock first = column(100, 140, MID, 10, true);
        TextBlock rest = column(100, 400, END, 10, false); // under a photo in the same column
        List<PageArticle> out = split(new Module(List.of(head, first)), new Module(List.of(rest)));
        assertThat(out).hasSize(1);
        assertThat(String.join("", out.getFirst().paragraphTexts())).isEqualTo(MID + END);
    }

    @Test
    void theFirstColumnsBesideTheHeadlineGoBeforeTheColumnUnderIt() {
        // the article's first column stands left of its (narrow) headline, from the top; the column under the
        // headline opens mid-sentence
        TextBlock lead = column(100, 100, MID, 10, true);
        TextBlock head = line("粮油市场运行平稳", 216, 100, 12.5f, true);
        TextBlock under = column(216, 140, repeat("供应充足销售平稳正常", 3) + "都在增加。", 10, false);
        List<PageArticle> out = split(new Module(List.of(lead)), new Module(List.of(head, under)));
        assertThat(out).hasSize(1);
        assertThat(out.getFirst().headline()).isEqualTo("粮油市场运行平稳");
        assertThat(String.join("", out.getFirst().paragraphTexts())).startsWith(MID);
    }

    @Test
    void aPieceOpeningANewParagraphOrAfterAFinishedTextStaysApart() {
        TextBlock head = line("粮油市场运行平稳", 100, 100, 24, true);
        TextBlock first = column(100, 140, MID, 10, true);
        // indented: a new paragraph, a text of its own
        TextBlock indented = column(216, 140, END, 10, true);
        assertThat(split(new Module(List.of(head, first)), new Module(List.of(indented)))).hasSize(2);
        // the article's text ends a sentence: nothing continues it
        TextBlock finished = column(100, 140, repeat("市场价格稳步上涨而且", 9) + "价格上涨两成。", 10, true);
        TextBlock next = column(216, 140, END, 10, false);
        assertThat(split(new Module(List.of(head, finished)), new Module(List.of(next)))).hasSize(2);
        // another column width (a box, a neighbouring module's text): not the same text
        TextBlock wide = column(216, 140, END, 20, false);
        assertThat(split(new Module(List.of(head, first)), new Module(List.of(wide)))).hasSize(2);
    }

    @Test
    void aCreditSetApartUnderAWidePhotoNamesTheCaptionsPhotographer() {
        TextBlock caption = line("图为技术人员调试新设备。", 390, 300, 9, false);
        TextBlock other = line("学技能", 390, 80, 16, true);
        // flush right under the photo, read as a piece of its own after another module
        TextBlock credit = line("魏明波 摄", 560, 312, 9, false);
        TextBlock head = line("波特兰撒旦诅咒的伤城", 320, 430, 22, true);
        TextBlock text = column(320, 470, END, 10, true);
        List<PageArticle> out = split(new Module(List.of(other, caption)), new Module(List.of(head, text)),
                new Module(List.of(credit)));
        assertThat(out).hasSize(2);
        PageArticle photo = out.stream().filter(a -> !a.captions().isEmpty()).findFirst().orElseThrow();
        assertThat(photo.captions()).hasSize(1);
        assertThat(photo.captions().getFirst().photographer()).isEqualTo("魏明波");
    }

    @Test
    void aCreditFarFromEveryCaptionIsAPhotoOfItsOwn() {
        TextBlock caption = line("图为技术人员调试新设备。", 390, 300, 9, false);
        TextBlock head = line("波特兰撒旦诅咒的伤城", 320, 430, 22, true);
        TextBlock text = column(320, 470, END, 10, true);
        TextBlock credit = line("魏明波 摄", 100, 900, 9, false);
        List<PageArticle> out = split(new Module(List.of(caption)), new Module(List.of(head, text)),
                new Module(List.of(credit)));
        assertThat(out).hasSize(3);
        assertThat(out).filteredOn(a -> a.kind() == PageArticle.ItemKind.PHOTO).hasSize(2);
        assertThat(out.getFirst().captions().getFirst().photographer()).isNull();
    }

    @Test
    void aSignatureSetAsAPieceOfItsOwnUnderTheLastColumnClosesThatText() {
        TextBlock head = line("粮油市场运行平稳", 100, 100, 24, true);
        TextBlock text = column(100, 140, END, 10, true);
        TextBlock signature = line("陈燕", 180, text.bottom() + 4, BODY, false);
        List<PageArticle> out = split(new Module(List.of(head, text)), new Module(List.of(signature)));
        assertThat(out).hasSize(1);
        assertThat(out.getFirst().names().reporters()).containsExactly("陈燕");
        assertThat(String.join("", out.getFirst().paragraphTexts())).isEqualTo(END);
        // far under the text (another piece's lines in between): not its signature
        TextBlock far = line("陈燕", 180, text.bottom() + 200, BODY, false);
        assertThat(split(new Module(List.of(head, text)), new Module(List.of(far)))).hasSize(2);
    }

    @Test
    void theLastNameOfTheEditorLineSetApartIsFurnitureToo() {
        TextBlock editors = line("责任编辑：胡辉帆 版式设计：汪华婷 文字校对：万平", 42, 1360, 9, false);
        TextBlock rest = line("杜文", editors.right() + 3, 1360, 9, false);
        PdfPageSplitter.Page page = splitter.split(List.of(new PageLayout(1, 992, 1417, BODY,
                List.of(new Module(List.of(editors, rest))))));
        assertThat(page.articles()).isEmpty();
        assertThat(page.furniture()).contains("杜文");
    }

    @Test
    void aSignatureRunInAfterTheLastSentenceIsTakenOffTheBody() {
        TextBlock head = line("粮油市场运行平稳", 100, 100, 24, true);
        TextBlock text = column(100, 140, END.substring(0, END.length() - 1) + "。许健宁 任旭 蒋春志", 10, true);
        PageArticle a = split(new Module(List.of(head, text))).getFirst();
        assertThat(a.names().reporters()).containsExactlyInAnyOrder("许健宁", "任旭", "蒋春志");
        assertThat(String.join("", a.paragraphTexts())).isEqualTo(END);
        // words after the last sentence that are not names stay in the body
        TextBlock other = column(100, 140, END + "详见第五版", 10, true);
        assertThat(String.join("", split(new Module(List.of(head, other))).getFirst().paragraphTexts())).endsWith("详见第五版");
    }
    @Test
    void aRuleBetweenTheColumnsKeepsAContinuationApart() {
        TextBlock head = line("粮油市场运行平稳", 100, 100, 24, true);
        TextBlock first = column(100, 140, MID, 10, true);
        TextBlock rest = column(216, 140, END, 10, false);
        // the same two pieces, a rule drawn in the gutter between them: another article's column
        news.pdf.Separators rule = new news.pdf.Separators(List.of(new news.pdf.Rule(208, 90, 208, 320)), List.of());
        List<PageArticle> out = splitter.split(List.of(new PageLayout(1, 992, 1417, BODY,
                List.of(new Module(List.of(head, first)), new Module(List.of(rest))), rule))).articles();
        assertThat(out).hasSize(2);
    }

    @Test
    void aColumnWhoseMarksHangToTheNextColumnIsStillContinuedThere() {
        TextBlock head = line("粮油市场运行平稳", 100, 100, 24, true);
        // the first column's longest line hangs 。” past its edge, up to the next column's left edge
        TextBlock first = column(100, 140, MID, 10, true);
        List<TextLine> ls = new ArrayList<>(first.lines());
        TextLine l = ls.get(4);
        ls.set(4, new TextLine(l.text(), l.x(), l.right() + 14, l.baseline(), BODY, false, FONT));
        TextBlock hanging = new TextBlock(ls, first.paragraphStarts(), first.x(), first.top(), first.right() + 14,
                first.bottom(), BODY, false);
        TextBlock rest = column(212, 140, END, 10, false);
        List<PageArticle> out = split(new Module(List.of(head, hanging)), new Module(List.of(rest)));
        assertThat(out).hasSize(1);
    }

    @Test
    void aTitledPhotoWithOnlyItsCaptionIsAPhotoNotAnArticle() {
        TextBlock title = line("家门口的幸福", 100, 100, 20, true);
        TextBlock caption = line("图为游客在景区参观游览。 王明 摄", 100, 300, 9, false);
        List<PageArticle> out = split(new Module(List.of(title, caption)));
        assertThat(out).hasSize(1);
        assertThat(out.getFirst().kind()).isEqualTo(PageArticle.ItemKind.PHOTO);
        assertThat(out.getFirst().headline()).isEqualTo("家门口的幸福");
        // a headline with text under it stays an article
        TextBlock text = column(100, 330, END, 10, true);
        assertThat(split(new Module(List.of(title, caption, text))).getFirst().kind()).isEqualTo(PageArticle.ItemKind.ARTICLE);
    }

    // text wrapped around a photo over the first two of three columns: each of those columns stops mid-sentence
    // above the photo and goes on under its caption
    static final String W1 = "市场价格稳步上涨" + repeat("而且市场价格稳步上涨", 4);
    static final String W1_UNDER = repeat("供应充足销售平稳正常", 3);
    static final String W2 = repeat("各地粮油储备充足有序", 5);
    static final String W2_UNDER = repeat("群众生活必需品供应足", 3);

    List<PageArticle> wrapped(TextBlock under1, TextBlock under2, Module between) {
        TextBlock head = line("粮油市场运行平稳", 100, 100, 24, true);
        TextBlock top1 = column(100, 140, W1, 10, true);
        TextBlock top2 = column(216, 140, W2, 10, false);
        TextBlock third = column(332, 140, END, 10, false);
        TextBlock caption = line("图为市民选购粮油。", 100, 312, 9, false);
        List<TextBlock> lower = new ArrayList<>(List.of(caption, under1, under2));
        List<Module> modules = new ArrayList<>(List.of(new Module(List.of(head, top1, top2, third))));
        if (between != null) {
            modules.add(between);
        }
        modules.add(new Module(lower));
        return split(modules.toArray(Module[]::new));
    }

    @Test
    void columnsGoingOnUnderAPhotoInTheMiddleOfTheTextGoBackInReadingOrder() {
        List<PageArticle> out = wrapped(column(100, 335, W1_UNDER, 10, false), column(216, 335, W2_UNDER, 10, false), null);
        assertThat(out).hasSize(1);
        assertThat(out.getFirst().headline()).isEqualTo("粮油市场运行平稳");
        assertThat(String.join("", out.getFirst().paragraphTexts())).isEqualTo(W1 + W1_UNDER + W2 + W2_UNDER + END);
        assertThat(out.getFirst().captions()).extracting(c -> c.text()).containsExactly("图为市民选购粮油。");
    }

    @Test
    void textUnderAPhotoThatOpensAParagraphOrHasAnotherPieceAboveItStaysApart() {
        // indented: a new text under the photo
        assertThat(wrapped(column(100, 335, W1_UNDER, 10, true), column(216, 335, W2_UNDER, 10, false), null))
                .hasSize(2);
        // another article between the column and the text under it
        Module other = new Module(List.of(line("另一条新闻标题", 100, 225, 14, true),
                column(100, 245, "其他新闻内容完整有序。", 10, true)));
        List<PageArticle> out = wrapped(column(100, 335, W1_UNDER, 10, false), column(216, 335, W2_UNDER, 10, false),
                other);
        assertThat(out).hasSizeGreaterThan(2);
        assertThat(String.join("", out.getFirst().paragraphTexts())).isEqualTo(W1 + W2 + END);
    }

    /** Article A (two columns) with a briefs module B beside it, cut short; A's text runs on under B, below a rule. */
    List<PageArticle> lShaped(float verticalRuleBottom) {
        TextBlock head = line("粮油市场运行平稳", 100, 100, 24, true);
        TextBlock a1 = column(100, 140, MID, 10, true);
        TextBlock a2 = column(216, 140, repeat("各地粮油储备充足有序", 10), 10, false);
        TextBlock label = line("简讯", 350, 100, 15, true);
        TextBlock brief = column(332, 125, "本报讯 各地粮油储备充足有序。（王明）", 10, true);
        TextBlock foot = column(332, 200, END, 10, false);
        news.pdf.Separators rules = new news.pdf.Separators(List.of(
                new news.pdf.Rule(324, 90, 324, verticalRuleBottom), // between A and B
                new news.pdf.Rule(332, 186, 432, 186)), List.of()); // under B: the foot below
        return splitter.split(List.of(new PageLayout(1, 992, 1417, BODY,
                List.of(new Module(List.of(head, a1, a2)), new Module(List.of(label, brief, foot))), rules))).articles();
    }

    @Test
    void theFootOfAnLShapedArticleUnderItsNeighbourGoesOnFromItsLastColumn() {
        List<PageArticle> out = lShaped(180); // the rule between A and B stops where B ends
        assertThat(out).hasSize(2);
        PageArticle a = out.stream().filter(x -> "粮油市场运行平稳".equals(x.headline())).findFirst().orElseThrow();
        assertThat(String.join("", a.paragraphTexts())).isEqualTo(MID + repeat("各地粮油储备充足有序", 10) + END);
        PageArticle brief = out.stream().filter(x -> x != a).findFirst().orElseThrow();
        assertThat(String.join("", brief.paragraphTexts())).doesNotContain("供应充足");
        // the rule between A and B drawn down along the foot too: the foot is another text
        assertThat(lShaped(360)).hasSize(3);
    }

    @Test
    void aBylineOfReportersOverCorrespondentsReadAsOneBlockKeepsTheRoles() {
        TextBlock head = line("粮油市场运行平稳", 100, 100, 24, true);
        TextLine l1 = new TextLine("本报记者 王明", 150, 220, 140 + 0.88f * 10.5f, 10.5f, false, "Hei");
        TextLine l2 = new TextLine("通讯员 李华 赵强", 145, 225, 154 + 0.88f * 10.5f, 10.5f, false, "Hei");
        TextBlock byline = new TextBlock(List.of(l1, l2), List.of(true, false), 145, l1.top(), 225, l2.bottom(), 10.5f,
                false);
        TextBlock text = column(100, 180, END, 10, true);
        PageArticle a = split(new Module(List.of(head, byline, text))).getFirst();
        assertThat(a.names().reporters()).containsExactly("王明");
        assertThat(a.names().correspondents()).containsExactly("李华", "赵强");
        assertThat(String.join("", a.paragraphTexts())).isEqualTo(END);
        // the line broken inside a role word: 本报 | 通讯员 is one word, not a name
        TextLine m1 = new TextLine("记者 王明 本报", 150, 220, 140 + 0.88f * 10.5f, 10.5f, false, "Hei");
        TextLine m2 = new TextLine("通讯员 李华", 145, 225, 154 + 0.88f * 10.5f, 10.5f, false, "Hei");
        TextBlock broken = new TextBlock(List.of(m1, m2), List.of(true, false), 145, m1.top(), 225, m2.bottom(), 10.5f,
                false);
        PageArticle b = split(new Module(List.of(head, broken, text))).getFirst();
        assertThat(b.names().reporters()).containsExactly("王明");
        assertThat(b.names().correspondents()).containsExactly("李华");
    }

    @Test
    void aColumnLabelAsBigAsASmallBoldHeadlineIsTheLabelNotTheHeadline() {
        TextBlock label = line("政策解读", 100, 100, 12, true);
        TextBlock head = line("位居三大经济圈交汇地", 160, 118, 11.5f, true);
        TextBlock text = column(100, 140, END, 10, true);
        PageArticle a = split(new Module(List.of(label, head, text))).getFirst();
        assertThat(a.headline()).isEqualTo("位居三大经济圈交汇地");
        assertThat(a.sectionLabel()).isEqualTo("政策解读");
        // set apart in a module of its own, it labels the headline that follows too
        PageArticle b = split(new Module(List.of(label)), new Module(List.of(head, text))).getFirst();
        assertThat(b.headline()).isEqualTo("位居三大经济圈交汇地");
    }

    @Test
    void theLastLineOfATextAloneAtTheTopOfTheNextColumnClosesIt() {
        TextBlock head = line("粮油市场运行平稳", 100, 100, 24, true);
        TextBlock first = column(100, 140, MID, 10, true);
        TextBlock last = line("市场多方猜测。", 216, 140, BODY, false); // one line, set apart in the next column
        List<PageArticle> out = split(new Module(List.of(head, first)), new Module(List.of(last)));
        assertThat(out).hasSize(1);
        assertThat(String.join("", out.getFirst().paragraphTexts())).isEqualTo(MID + "市场多方猜测。");
        // far down the next column (another piece's place), or after a text that ended: apart
        TextBlock low = line("市场多方猜测。", 216, 400, BODY, false);
        assertThat(split(new Module(List.of(head, first)), new Module(List.of(low)))).hasSize(2);
    }
}
