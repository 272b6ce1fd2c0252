package news.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import news.model.ArticleMetadata.Caption;
import news.text.PageArticle.BodyParagraph;
import news.text.PageArticle.BodyParagraph.Kind;
import org.junit.jupiter.api.Test;

/** The scoring rules of {@code ./news eval pages}, on made-up split output. */
class PageEvalTest {
    private final PageEval eval = new PageEval();

    private static final String TRUTH = """
            {"p.txt": {"labels": ["改革兴豫"], "articles": [
              {"kind": "article", "headline": "市长会见客人", "subheadline": null,
               "first_words": "本报讯（记者 王金伟）今天上午，市长会见客人", "last_words": "双方交换了意见。（李新）",
               "byline_people": ["王金伟", "李新"], "correspondents": ["马智科"]},
              {"kind": "article", "headline": "我市召开会议", "first_words": "会议要求全面落实", "last_words": "推动工作落地。",
               "byline_people": [], "correspondents": []},
              {"kind": "photo", "first_words": "图为会议现场。", "photographers": ["董凡"]}
            ]}}""";

    private static PageArticle article(int order, String headline, Byline names, List<Caption> captions,
                                       String... paragraphs) {
        return new PageArticle(order, PageArticle.ItemKind.ARTICLE, headline == null ? List.of() : List.of(headline),
                null, headline, null, null, names, null,
                java.util.Arrays.stream(paragraphs).map(BodyParagraph::text).toList(), captions, null, null, null, 1.0,
                List.of());
    }

    private PageEval.Score score(List<PageArticle> split) {
        PageAnnotations.Page page = PageAnnotations.parse(TRUTH).pages().get("p.txt");
        return eval.score("p.txt", page, split).score();
    }

    @Test
    void aRightSplitScoresFullMarks() {
        PageEval.Score s = score(List.of(
                article(1, "市长会见客人", new Byline(List.of("王金伟", "李新"), List.of("马智科")), List.of(),
                        "今天上午，市长 会见客人。", "双方交换了意见。"),
                article(2, "我市召开会议", Byline.NONE, List.of(new Caption("图为会议现场。", "董凡")),
                        "会议要求全面落实。", "推动工作落地。（下转2版）")));
        assertThat(s.headlineRecall()).isEqualTo(1.0);
        assertThat(s.bodyBoundaries()).isEqualTo(1.0);
        assertThat(s.nameRecall()).isEqualTo(1.0);
        assertThat(s.countError()).isZero();
        assertThat(s.photosFound()).isEqualTo(1);
        assertThat(s.subRight()).isEqualTo(1);
        assertThat(s.spacedBodies()).isEqualTo(1); // 市长 会见
    }

    @Test
    void aMergeFailsTheBodyOfBothAndTheCount() {
        PageEval.Score s = score(List.of(article(1, "市长会见客人", new Byline(List.of("王金伟"), List.of()), List.of(),
                "今天上午，市长会见客人。", "双方交换了意见。", "会议要求全面落实。", "推动工作落地。")));
        assertThat(s.bodyRight()).isZero();
        assertThat(s.countError()).isEqualTo(1);
        assertThat(s.headlineRight()).isEqualTo(1); // the first matches; the second matches the same item, wrong headline
        assertThat(s.namesFound()).isEqualTo(1);
        assertThat(s.namesTotal()).isEqualTo(4);
    }

    @Test
    void aGluedLabelOrWrongRoleIsWrong() {
        PageEval.Score s = score(List.of(
                article(1, "改革兴豫市长会见客人", new Byline(List.of("王金伟"), List.of("李新", "马智科")), List.of(),
                        "今天上午，市长会见客人。双方交换了意见。"),
                article(2, null, new Byline(List.of("张三"), List.of()), List.of(), "会议要求全面落实。推动工作落地。")));
        assertThat(s.headlineRight()).isZero();
        assertThat(s.furnitureLeaks()).isEqualTo(1);
        assertThat(s.bodyRight()).isEqualTo(2);
        assertThat(s.namesFound()).isEqualTo(2); // 李新 is a reporter, not a correspondent; the photo is missing
        assertThat(s.namesExtra()).isEqualTo(1); // 张三
        assertThat(s.photosFound()).isZero();
    }

    @Test
    void boxParagraphsAreNotBody() {
        PageArticle a = new PageArticle(1, PageArticle.ItemKind.ARTICLE, List.of("我市召开会议"), null, "我市召开会议",
                null, null, Byline.NONE, null, List.of(new BodyParagraph(Kind.BOX, "●项目地址 许昌", null),
                BodyParagraph.text("会议要求全面落实。"), BodyParagraph.text("推动工作落地。")), List.of(), null, null,
                null, 1.0, List.of());
        assertThat(score(List.of(a)).bodyRight()).isEqualTo(1);
    }

    @Test
    void normalFormDropsSpacesBulletsAndJumpLines() {
        assertThat(PageEval.norm("■ 本报记者  王金伟（下转第2版）")).isEqualTo("本报记者王金伟");
        assertThat(PageEval.norm("——访 X")).isEqualTo(PageEval.norm("――访X"));
    }

    @Test
    void badAnnotationsNameTheProblem() {
        assertThatThrownBy(() -> PageAnnotations.parse("[1]")).hasMessageContaining("top level");
        assertThatThrownBy(() -> PageAnnotations.parse("{\"a.txt\": {\"articles\": [{\"kind\": \"poem\"}]}}"))
                .hasMessageContaining("a.txt articles[0]").hasMessageContaining("kind");
        assertThatThrownBy(() -> PageAnnotations.parse("{\"a.txt\": {\"articles\": [{\"headline\": 3}]}}"))
                .hasMessageContaining("\"headline\" must be a string");
        assertThatThrownBy(() -> PageAnnotations.parse("{\"a.txt\": {}}")).hasMessageContaining("\"articles\"");
        assertThatThrownBy(() -> PageAnnotations.parse("{")).hasMessageContaining("not valid JSON");
    }

    @Test
    void theHoldoutPartIsAFixedQuarterByFileName() {
        long held = java.util.stream.IntStream.range(0, 400).mapToObj(i -> "page-" + i + ".txt")
                .filter(n -> EvalPagesCommand.inPart(n, "holdout")).count();
        assertThat(held).isBetween(70L, 130L);
        assertThat(EvalPagesCommand.inPart("x.txt", "holdout")).isNotEqualTo(EvalPagesCommand.inPart("x.txt", "tune"));
        assertThat(EvalPagesCommand.inPart("x.txt", "all")).isTrue();
    }
}
