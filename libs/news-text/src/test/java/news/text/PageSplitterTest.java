package news.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import news.model.ArticleMetadata.Caption;
import news.text.PageArticle.BodyParagraph.Kind;
import news.text.PageArticle.Flag;
import news.text.PageArticle.ItemKind;
import org.junit.jupiter.api.Test;

/**
 * The five sample pages. What is on them was written down by reading them ({@code pages/seeds.json}, scored with the
 * {@code ./news eval pages} rules); the tests below pin what the annotation format does not hold (datelines,
 * continuation marks, interview turns, box-outs, subheadings, flags).
 */
class PageSplitterTest {
    private final PageSplitter splitter = new PageSplitter();

    private List<PageArticle> split(String page) {
        return splitter.split(SamplePages.read(page));
    }

    private static List<String> headlines(List<PageArticle> articles) {
        return articles.stream().filter(a -> a.kind() == ItemKind.ARTICLE).map(PageArticle::headline).toList();
    }

    static PageAnnotations seedAnnotations() {
        try (InputStream in = PageSplitterTest.class.getResourceAsStream("/pages/seeds.json")) {
            return PageAnnotations.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void everySeedPageMatchesWhatReadingItFound() {
        PageEval eval = new PageEval();
        PageEval.Score total = PageEval.Score.ZERO;
        List<String> misses = new java.util.ArrayList<>();
        for (var e : seedAnnotations().pages().entrySet()) {
            PageEval.PageResult r = eval.score(e.getKey(), e.getValue(), split(e.getKey()));
            total = total.plus(r.score());
            r.misses().forEach(m -> misses.add(e.getKey() + ": " + m));
        }
        assertThat(misses).isEmpty();
        assertThat(total.annotated()).isEqualTo(35);
        assertThat(total.headlineRecall()).isEqualTo(1.0);
        assertThat(total.bodyBoundaries()).isEqualTo(1.0);
        assertThat(total.nameRecall()).isEqualTo(1.0);
        assertThat(total.countError()).isZero();
    }

    @Test
    void puyangPage() {
        List<PageArticle> a = split(SamplePages.PUYANG_ORGANISATION);
        assertThat(a).hasSize(5);
        assertThat(a.get(0).kicker()).isEqualTo("以高质量党建引领全面转型高质量发展");
        assertThat(a.get(0).sectionLabel()).isEqualTo("清丰县"); // the place label under the title
        assertThat(a.get(0).dateline().text()).isEqualTo("本报讯");
        assertThat(a.get(0).paragraphs().get(0).kind()).isEqualTo(Kind.BOX); // the quote box before it
        assertThat(a.get(1).captions()).extracting(Caption::text).containsExactly("市直各部门传达学习贯彻省第十一次党代会精神");
        assertThat(a.get(2).sectionLabel()).isEqualTo("改革兴豫·濮阳动态");
        assertThat(a.get(2).paragraphTexts().getLast()).endsWith("新力量。").doesNotContain("刘海娜");
        // The rural-secretaries feature: its headline is not in the text; the ▲ line before it is a photo caption.
        assertThat(a.get(4).headline()).isNull();
        assertThat(a.get(4).flags()).contains(Flag.NO_HEADLINE);
        assertThat(a.get(4).paragraphs()).filteredOn(p -> p.kind() == Kind.SUBHEAD).extracting(p -> p.text())
                .containsExactly("甄选帮带主体", "实施精准结对", "创新帮带方式", "聚焦实战解题", "紧盯工作进展", "提升工作实效");
    }

    @Test
    void opinionPage() {
        SplitPage page = splitter.splitPage(SamplePages.read(SamplePages.PUYANG_OPINIONS));
        List<PageArticle> a = page.articles();
        assertThat(a).extracting(x -> x.names().reporters()).containsExactly(List.of("李建林"), List.of("徐慧前"),
                List.of("邵景良"), List.of("赵建玲"), List.of("张锦印"), List.of("王天阳"), List.of("惠康"), List.of("李向前"),
                List.of("张庆生"), List.of("余广庆"));
        assertThat(page.labels()).contains("人人建言献策 齐心共谋发展 汇聚推动濮阳高质量转型发展磅礴正能量");
        // Bodies printed back to back, told apart by the words of their headlines: the cuts are flagged.
        assertThat(a.get(0).flags()).contains(Flag.BODY_BOUNDARY_GUESSED);
        assertThat(a.get(0).headline()).isEqualTo("关于落地落实“让军人成为全社会尊崇职业”的意见建议");
        assertThat(a.get(1).paragraphTexts().getFirst()).startsWith("省委书记楼阳生的讲话");
        assertThat(a.get(2).paragraphs()).filteredOn(p -> p.kind() == Kind.SUBHEAD).hasSize(3); // 第一、第二、第三、
    }

    @Test
    void jiningPage() {
        List<PageArticle> a = split(SamplePages.JINING);
        assertThat(a.get(0).subheadline()).isEqualTo("——我市第八批第一书记选派工作综述");
        assertThat(a.get(0).continuedTo()).isEqualTo("2版");
        assertThat(a.get(4).dateline()).isEqualTo(new Dateline("本报济宁12月3日讯", "济宁", "12-03"));
        assertThat(a.get(4).paragraphTexts().getFirst()).startsWith("今天上午");
        assertThat(a.get(5).dateline().place()).isEqualTo("兖州");
        assertThat(a.get(5).headline()).isEqualTo("为高质量发展提供新引擎"); // wrapped at five characters a line: the big one
        assertThat(a.get(7).dateline()).isEqualTo(new Dateline("本报济宁讯", "济宁", null));
        assertThat(a.get(8).names().correspondents()).containsExactly("李超", "张培龙");
    }

    @Test
    void interviewPage() {
        List<PageArticle> a = split(SamplePages.XUCHANG_INTERVIEW);
        // The photo at the top shares no words with any text: a photo of its own.
        assertThat(a.getFirst().kind()).isEqualTo(ItemKind.PHOTO);
        assertThat(a.getFirst().captions()).singleElement().extracting(Caption::photographer).isEqualTo("牛书培");
        PageArticle interview = a.get(1);
        assertThat(interview.continuedFrom()).isEqualTo("第一版");
        assertThat(interview.headline()).isEqualTo("“万人助万企”，看许昌如何助民营经济撑起“半壁江山”");
        assertThat(interview.paragraphs()).filteredOn(p -> p.kind() == Kind.TURN).extracting(p -> p.speaker())
                .contains("史根治", "人民网记者");
        assertThat(a.get(3).kicker()).isEqualTo("黄旭东到许昌幼儿师范学校讲授思政课时指出");
        assertThat(a.get(6).subheadline()).isEqualTo("张庆一讲话");
    }

    @Test
    void xuchangPage() {
        List<PageArticle> a = split(SamplePages.XUCHANG_VILLAGES);
        assertThat(headlines(a)).containsExactly("为乡村高质量发展注入强动力",
                "振德健康医疗用品产业园——智能化医疗敷料生产的“桥头堡”");
        assertThat(a.get(0).subheadline()).isEqualTo("——聚焦全市扎实开展联乡帮村工作");
        assertThat(a.get(1).paragraphs().getFirst()).extracting(PageArticle.BodyParagraph::kind).isEqualTo(Kind.BOX);
        assertThat(a.get(1).captions()).containsExactly(new Caption("图为振德健康医疗用品产业园一瞥。（资料图片）", null));
        assertThat(a.get(0).paragraphTexts()).anyMatch(p -> p.contains("问题整改")).noneMatch(p -> p.contains("问 题"));
    }

    /**
     * Every Han character of each seed page ends up in an item, a label or the furniture. The only ones that go are the
     * doubled copies of two-layer headlines and the words of photo credits ({@code 本报记者 牛书培 摄} → 牛书培).
     */
    @Test
    void nothingButDoubledCopiesAndCreditWordsIsDropped() {
        java.util.Map<String, String> removed = java.util.Map.of(
                SamplePages.PUYANG_ORGANISATION, "",
                SamplePages.PUYANG_OPINIONS, "",
                SamplePages.JINING, "专题访谈",
                SamplePages.XUCHANG_INTERVIEW, "本报记者摄",
                SamplePages.XUCHANG_VILLAGES, "为乡村高质量发展注入强动力聚焦全市扎实开展联乡帮村工作摄摄");
        for (String page : SamplePages.ALL) {
            String raw = SamplePages.read(page);
            assertThat(hanCounts(keptText(splitter.splitPage(raw)) + removed.get(page))).as(page).isEqualTo(hanCounts(raw));
        }
    }

    /** Everything of a split page that carries text: items, labels, furniture (section labels are among the labels). */
    static String keptText(SplitPage page) {
        StringBuilder kept = new StringBuilder();
        for (PageArticle a : page.articles()) {
            a.headlines().forEach(kept::append);
            kept.append(a.byline() == null ? "" : a.byline());
            kept.append(a.dateline() == null ? "" : a.dateline().text());
            a.paragraphTexts().forEach(kept::append);
            a.captions().forEach(c -> kept.append(c.text() == null ? "" : c.text())
                    .append(c.photographer() == null ? "" : c.photographer()));
        }
        page.labels().forEach(kept::append);
        page.furniture().furniture().forEach(kept::append);
        return kept.toString();
    }

    private static java.util.Map<Integer, Long> hanCounts(String s) {
        return s.codePoints().filter(CharClass::isHan).boxed().collect(java.util.stream.Collectors.groupingBy(
                c -> c, java.util.TreeMap::new, java.util.stream.Collectors.counting()));
    }

    @Test
    void smallPages() {
        assertThat(splitter.split("")).isEmpty();
        assertThat(splitter.split(null)).isEmpty();
        List<PageArticle> two = splitter.split("""
                本报讯（记者 王金伟）10 月 28 日，我市召开会议。

                会议要求全面落实。

                我市召开联乡帮村工作会议

                本报济宁12月3日讯 今天上午，市长会见客人。

                市长会见客人
                """);
        assertThat(headlines(two)).containsExactly("我市召开联乡帮村工作会议", "市长会见客人");
        assertThat(two.get(0).paragraphTexts()).containsExactly("10月28日，我市召开会议。", "会议要求全面落实。");
        assertThat(two.get(1).dateline().place()).isEqualTo("济宁");
        assertThat(two).extracting(PageArticle::order).containsExactly(1, 2);
    }

    @Test
    void aJumpMarkUnderAHeadlineOpensItsText() {
        // 夜市重新开张 / （上接第一版） / 本报讯…: the jump mark is the continued text's, never a headline line.
        List<PageArticle> two = splitter.split("""
                本报讯（记者 王金伟）10 月 28 日，我市召开会议。会议要求全面落实。

                夜市重新开张
                （上接第一版）

                本报讯（记者 李新）今天上午，老街夜市重新开张，市民纷纷前来。摊主们说生意比去年好。
                """);
        assertThat(headlines(two)).containsExactly(null, "夜市重新开张");
        assertThat(two.get(1).continuedFrom()).isEqualTo("第一版");
        assertThat(two.get(1).subheadline()).isNull();
        assertThat(two.get(1).dateline()).isNotNull();
        // the mark stays at the start of the text, where the continuation is read from (DatelineExtractor)
        assertThat(two.get(1).paragraphTexts().getFirst()).startsWith("（上接第一版）今天上午");
    }

    @Test
    void captionBigramsAreTheDistinctHanPairsSorted() {
        int[] b = PageSplitter.sortedBigrams("建安区 建安区a农民");
        // Whitespace is skipped (letter-spaced text): 区 and 建 across the space pair up too.
        assertThat(b).containsExactly(java.util.stream.IntStream.of('建' << 16 | '安', '安' << 16 | '区', '区' << 16 | '建',
                '农' << 16 | '民').sorted().toArray());
        assertThat(PageSplitter.sortedBigrams("")).isEmpty();
        assertThat(PageSplitter.sortedBigrams("中")).isEmpty();
        assertThat(PageSplitter.sortedBigrams("abc，。")).isEmpty();
    }

    @Test
    void sharedCountIsTheSizeOfTheIntersection() {
        assertThat(PageSplitter.sharedCount(new int[] {-5, 1, 3, 9}, new int[] {-5, 2, 3, 4, 9, 10})).isEqualTo(3);
        assertThat(PageSplitter.sharedCount(new int[] {}, new int[] {1})).isZero();
        assertThat(PageSplitter.sharedCount(new int[] {1, 2}, new int[] {3, 4})).isZero();
    }
}
