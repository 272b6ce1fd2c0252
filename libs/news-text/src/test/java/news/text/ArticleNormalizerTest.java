package news.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import news.model.ContentKind;
import news.model.Headline;
import news.model.NormalizedArticle;
import news.model.RawArticle;
import org.junit.jupiter.api.Test;

class ArticleNormalizerTest {
    private final ArticleNormalizer normalizer = new ArticleNormalizer();

    private static RawArticle raw(ContentKind kind, String headline, String body, String byline) {
        return new RawArticle("id-1", "src", null, kind, "zh-Hans", headline, body, RawArticle.TEXT_PLAIN, byline, null,
                null, Instant.parse("2026-11-22T00:00:00Z"));
    }

    @Test
    void repairsHeadlineBylineAndBodyKeepingIdentity() {
        NormalizedArticle a = normalizer.apply(raw(ContentKind.ARTICLE, "问 题 整 改 见 实 效",
                "本 报 讯（记 者 王 金 伟）10 月 28 日，开展\n问 题 整 改。\n\n第二段。", "本报记者 王金伟 通讯员 马智科"));
        assertThat(a.id()).isEqualTo("id-1");
        assertThat(a.source()).isEqualTo("src");
        assertThat(a.headline()).isEqualTo("问题整改见实效");
        assertThat(a.byline()).isEqualTo("本报记者 王金伟 通讯员 马智科");
        // The dateline and its byline parenthesis leave the body (issue 3); the names land in meta.
        assertThat(a.paragraphs()).containsExactly("10月28日，开展问题整改。", "第二段。");
        assertThat(a.located()).isNull();
        assertThat(a.meta().reporters()).containsExactly("王金伟");
        assertThat(a.meta().correspondents()).containsExactly("马智科");
        assertThat(a.meta().simhash()).hasSize(16);
    }

    @Test
    void pageIsTitledByItsFirstLine() {
        NormalizedArticle short_ = normalizer.apply(raw(ContentKind.PAGE, null, "\n  为乡村振兴注入强动力\n正文。", null));
        assertThat(short_.headline()).isEqualTo("为乡村振兴注入强动力");
        NormalizedArticle long_ = normalizer.apply(raw(ContentKind.PAGE, null, "字".repeat(60) + "\n正文。", null));
        assertThat(long_.headline()).hasSize(ArticleNormalizer.PAGE_TITLE_MAX + 1).endsWith("…");
    }

    @Test
    void aPageBecomesItsArticlesWithTheSplittersFlagsAndCaptionedPhotos() {
        java.util.List<NormalizedArticle> interview = normalizer.normalizeAll(raw(ContentKind.PAGE, null,
                SamplePages.read(SamplePages.XUCHANG_INTERVIEW), null));
        assertThat(interview).hasSize(10);
        // The photo printed on its own: its caption is the body, the photographer in meta.
        assertThat(interview.getFirst().paragraphs()).singleElement().asString().startsWith("12月27日，村民在鄢陵县");
        assertThat(interview.getFirst().meta().captions()).extracting(c -> c.photographer()).containsExactly("牛书培");
        assertThat(interview.getFirst().id()).isEqualTo("id-1#1");
        // The kicker printed above the main headline is a headline of its own role, not the sub-headline.
        assertThat(interview.get(3).headline()).isEqualTo("落实立德树人根本任务真正为党育人为国育才");
        assertThat(interview.get(3).meta().otherHeadlines())
                .containsExactly(new Headline(Headline.KICKER, "黄旭东到许昌幼儿师范学校讲授思政课时指出"));
        assertThat(interview.get(3).meta().subheadline()).isNull();
        java.util.List<NormalizedArticle> puyang = normalizer.normalizeAll(raw(ContentKind.PAGE, null,
                SamplePages.read(SamplePages.PUYANG_ORGANISATION), null));
        assertThat(puyang.getLast().meta().splitFlags()).containsExactly("NO_HEADLINE");
        assertThat(puyang.getFirst().meta().splitFlags()).isEmpty();
    }

    @Test
    void htmlBodiesLoseTheirMarkup() {
        NormalizedArticle a = normalizer.apply(new RawArticle("id", "s", null, ContentKind.ARTICLE, "zh-Hans", "标题",
                "<p>第一段。</p><p>第&nbsp;二&amp;段。</p>", RawArticle.TEXT_HTML, null, null, null, Instant.EPOCH));
        assertThat(String.join("|", a.paragraphs())).doesNotContain("<p>").contains("第一段。").contains("&");
    }

    @Test
    void aNinjsSubHeadlineIsRepairedAndCarriedInTheMetadata() {
        RawArticle raw = new RawArticle("id-2", "src", null, ContentKind.ARTICLE, "zh-Hans", "主标题", "本报讯 正文。",
                RawArticle.TEXT_PLAIN, null, null, null, Instant.parse("2026-12-01T00:00:00Z"), " ——聚焦ＧＤＰ增长 ");
        NormalizedArticle a = new ArticleNormalizer().apply(raw);
        assertThat(a.headline()).isEqualTo("主标题");
        assertThat(a.meta().subheadline()).as("repaired like the headline").isEqualTo("——聚焦GDP增长");
        assertThat(new ArticleNormalizer().apply(new RawArticle("id-3", "src", null, ContentKind.ARTICLE, "zh-Hans",
                "主标题", "正文。", RawArticle.TEXT_PLAIN, null, null, null, Instant.EPOCH)).meta().subheadline()).isNull();
    }

    @Test
    void ninjsHeadlinesOfOtherRolesAreRepairedAndKeptInOrderWithTheirRoles() {
        RawArticle raw = new RawArticle("id-4", "src", null, ContentKind.ARTICLE, "zh-Hans", "主标题", "正文。",
                RawArticle.TEXT_PLAIN, null, null, null, Instant.EPOCH, null, null,
                java.util.List.of(new Headline("kicker", " 聚焦 ２０２６ "), new Headline("short", "短 标题"),
                        new Headline("seo", "  ")));
        NormalizedArticle a = new ArticleNormalizer().apply(raw);
        assertThat(a.meta().otherHeadlines()).as("repaired like the headline; a blank one dropped")
                .containsExactly(new Headline("kicker", "聚焦2026"), new Headline("short", "短标题"));
    }

    @Test
    void plainTextIsKeptAsSentAndOnlyHtmlBodiesAreMarkup() {
        RawArticle plain = new RawArticle("id-4", "src", null, ContentKind.ARTICLE, "zh-Hans", "当 a<b 且 c>d 时",
                "数学课上讲到：当 a<b 且 c>d 时，a-c<b-d。&lt;不是标签&gt;", RawArticle.TEXT_PLAIN, null, null, null, Instant.EPOCH);
        NormalizedArticle p = new ArticleNormalizer().apply(plain);
        // the markup-like text stays (only the body rule's spaces next to Chinese go, as for every body)
        assertThat(p.bodyText()).isEqualTo("数学课上讲到：当a<b且c>d时，a-c<b-d。&lt;不是标签&gt;");
        assertThat(p.headline()).contains("a<b").contains("c>d");

        RawArticle html = new RawArticle("id-5", "src", null, ContentKind.ARTICLE, "zh-Hans", "标题",
                "<p>第一段<b>加粗</b>。</p><p>当 a&lt;b 时。</p>", RawArticle.TEXT_HTML, null, null, null, Instant.EPOCH);
        assertThat(new ArticleNormalizer().apply(html).paragraphs()).containsExactly("第一段加粗。", "当a<b时。");
    }

    @Test
    void aHostileHtmlBodyIsStoredAsItsTextAndEscapedMarkupStaysText() {
        RawArticle html = new RawArticle("id-6", "src", null, ContentKind.ARTICLE, "zh-Hans", "&lt;b&gt;标题",
                "<p onclick=\"alert(1)\">第一段<script>alert('x')</script>。</p><!-- <script>y</script> -->"
                        + "<p>代码示例：&lt;script&gt;alert(2)&lt;/script&gt;。&amp;lt;</p><style>p{}</style>"
                        + "<p>&#xD800;结尾<img src=x onerror=alert(3)>。", RawArticle.TEXT_HTML, null, null, null, Instant.EPOCH);
        NormalizedArticle a = new ArticleNormalizer().apply(html);
        assertThat(a.paragraphs()).containsExactly("第一段。", "代码示例：<script>alert(2)</script>。&lt;", "结尾。");
        // the headline is plain text (ninjs headlines are never HTML): kept as sent
        assertThat(a.headline()).isEqualTo("&lt;b&gt;标题");
    }

    @Test
    void aPageOfPrintTextIsPlainText() {
        RawArticle page = new RawArticle("id-7", "src", null, ContentKind.PAGE, "zh-Hans", null,
                "当 a<b 且 c>d 时，R&amp;D 投入增长。\n", RawArticle.TEXT_PLAIN, null, null, null, Instant.EPOCH);
        assertThat(new ArticleNormalizer().apply(page).bodyText()).contains("a<b且c>d", "R&amp;D");
    }
}
