package news.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import news.model.ArticleMetadata.Caption;
import news.text.PageArticle.BodyParagraph.Kind;
import org.junit.jupiter.api.Test;

/**
 * The five sample pages, with the article counts and headlines verified by reading the pages (see README.md of this
 * module for the per-page list and the cases where the page layout is ambiguous).
 */
class PageSplitterTest {
    private final PageSplitter splitter = new PageSplitter();

    private List<PageArticle> split(String page) {
        return splitter.split(SamplePages.read(page));
    }

    private static List<String> headlines(List<PageArticle> articles) {
        return articles.stream().map(PageArticle::headline).toList();
    }

    @Test
    void puyangPage() {
        List<PageArticle> a = split(SamplePages.PUYANG_ORGANISATION);
        assertThat(headlines(a)).containsExactly(
                "以高质量党建引领全面转型高质量发展驱动“三驾马车”打造“四个强县”清丰县",
                "一封信件揭开一段跨越20余年的情谊",
                "我市2021年三季度改革创新实践案例评选结果出炉",
                "改进作风 狠抓落实 坚决打赢秋冬季大气污染综合治理攻坚战",
                "市直各部门传达学习贯彻省第十一次党代会精神");
        assertThat(a.get(0).names().reporters()).containsExactly("李振涛");
        assertThat(a.get(0).names().correspondents()).containsExactly("王世冰", "和志强");
        assertThat(a.get(0).dateline().text()).isEqualTo("本报讯");
        assertThat(a.get(0).paragraphs().get(0).kind()).isEqualTo(Kind.BOX); // the quote box before it
        assertThat(a.get(1).names().reporters()).containsExactly("段利梅");
        assertThat(a.get(2).sectionLabel()).isEqualTo("改革兴豫·濮阳动态");
        assertThat(a.get(2).subheadline()).isEqualTo("18个案例入选");
        assertThat(a.get(2).names().reporters()).containsExactly("刘海娜");
        assertThat(a.get(2).paragraphTexts().getLast()).endsWith("新力量。").doesNotContain("刘海娜");
        assertThat(a.get(3).subheadline()).isEqualTo("万正峰在全市生态环境保护委员会第二次会议上强调");
        assertThat(a.get(4).paragraphs()).filteredOn(p -> p.kind() == Kind.SUBHEAD).extracting(p -> p.text())
                .containsExactly("甄选帮带主体", "实施精准结对", "创新帮带方式", "聚焦实战解题", "紧盯工作进展", "提升工作实效");
    }

    @Test
    void opinionPage() {
        List<PageArticle> a = split(SamplePages.PUYANG_OPINIONS);
        assertThat(a).hasSize(7);
        assertThat(a.get(0).sectionLabel()).isEqualTo("人人建言献策 齐心共谋发展 汇聚推动濮阳高质量转型发展磅礴正能量");
        assertThat(a).extracting(x -> x.names().reporters())
                .containsExactly(List.of("邵景良"), List.of("赵建玲"), List.of("张锦印"), List.of("惠康"),
                        List.of("李向前"), List.of("李建林"), List.of("余广庆"));
        assertThat(headlines(a)).contains("望远才觉天地阔 实干方能破浪行", "当好建设现代化濮阳的宣传者推动者实践者");
    }

    @Test
    void jiningPage() {
        List<PageArticle> a = split(SamplePages.JINING);
        assertThat(headlines(a)).containsExactly(
                "选优派强 接续奋斗",
                "为全面推进乡村振兴提供干部人才支持",
                "全力以赴助企发展",
                "把握机遇努力攀登",
                "于永生会见白俄罗斯驻华大使",
                "国家高分辨率对地观测系统济宁数据与应用中心揭牌仪式暨应用研讨会举行",
                "多部门联合发力促进营商环境提质增效",
                "橙香连鲁渝 消费助振兴",
                "嘉祥：“开工那些事”变为“开工一件事”");
        assertThat(a.get(0).subheadline()).isEqualTo("——我市第八批第一书记选派工作综述");
        assertThat(a.get(0).sectionLabel()).isEqualTo("助企攀登 推进制造强市建设··专题访谈");
        assertThat(a.get(0).names().correspondents()).containsExactly("谭曰鹏", "吴计建", "崔昊", "周慧喆");
        assertThat(a.get(0).continuedTo()).isEqualTo("2版");
        assertThat(a.get(3).names().reporters()).containsExactly("刘传伏", "王汝雅");
        assertThat(a.get(3).names().correspondents()).containsExactly("吴丛");
        assertThat(a.get(4).dateline()).isEqualTo(new Dateline("本报济宁12月3日讯", "济宁", "12-03"));
        assertThat(a.get(5).dateline().place()).isEqualTo("兖州");
        assertThat(a.get(7).dateline()).isEqualTo(new Dateline("本报济宁讯", "济宁", null));
        assertThat(a.get(8).names().correspondents()).containsExactly("李超", "张培龙");
        assertThat(a.get(4).paragraphTexts().getFirst()).startsWith("今天上午");
    }

    @Test
    void interviewPage() {
        List<PageArticle> a = split(SamplePages.XUCHANG_INTERVIEW);
        assertThat(headlines(a)).containsExactly(
                "“万人助万企”，看许昌如何助民营经济撑起“半壁江山”万人助企联乡帮村",
                "下基层察实情 到一线解难题",
                "黄旭东到许昌幼儿师范学校讲授思政课时指出",
                "许昌市公共卫生医疗中心项目开工",
                "学习贯彻十九届六中全会精神以优异成绩迎接党的二十大胜利召开",
                "市委统战部开展“能力作风建设年”活动动员部署会议召开",
                "深化教育综合改革办好人民满意教育",
                "加快构建完善的养老服务体系",
                "“颍川风尚”美术精品展元旦启幕");
        PageArticle interview = a.getFirst();
        assertThat(interview.continuedFrom()).isEqualTo("第一版");
        assertThat(interview.paragraphs()).filteredOn(p -> p.kind() == Kind.TURN).extracting(p -> p.speaker())
                .contains("史根治", "人民网记者");
        assertThat(interview.captions()).singleElement().extracting(Caption::photographer).isEqualTo("牛书培");
        assertThat(a.get(4).names().reporters()).containsExactly("王金伟");
        assertThat(a.get(8).names().reporters()).containsExactly("李梦然");
    }

    @Test
    void xuchangPage() {
        List<PageArticle> a = split(SamplePages.XUCHANG_VILLAGES);
        assertThat(headlines(a)).containsExactly("为乡村高质量发展注入强动力",
                "振德健康医疗用品产业园——智能化医疗敷料生产的“桥头堡”");
        assertThat(a.get(0).subheadline()).isEqualTo("——聚焦全市扎实开展联乡帮村工作");
        assertThat(a.get(0).names()).isEqualTo(new Byline(List.of("王金伟"), List.of("马智科")));
        assertThat(a.get(1).names()).isEqualTo(new Byline(List.of("冯子建"), List.of("王晓宝")));
        assertThat(a.get(1).paragraphs().getFirst()).extracting(PageArticle.BodyParagraph::kind).isEqualTo(Kind.BOX);
        assertThat(a.get(1).captions()).containsExactly(new Caption("图为振德健康医疗用品产业园一瞥。（资料图片）", null));
        assertThat(a.get(0).captions()).extracting(Caption::photographer).containsExactly("李玉中", "董凡");
        assertThat(a.get(0).paragraphTexts()).anyMatch(p -> p.contains("问题整改"))
                .noneMatch(p -> p.contains("问 题"));
    }

    /**
     * Every Han character of each seed page ends up in some article part. The only ones that go are the doubled copies
     * of two-layer headlines and the words of photo credits ({@code 本报记者 牛书培 摄} → photographer 牛书培).
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
            StringBuilder kept = new StringBuilder();
            for (PageArticle a : splitter.split(raw)) {
                a.headlines().forEach(kept::append);
                kept.append(a.byline() == null ? "" : a.byline());
                kept.append(a.sectionLabel() == null ? "" : a.sectionLabel());
                kept.append(a.dateline() == null ? "" : a.dateline().text());
                a.paragraphTexts().forEach(kept::append);
                a.captions().forEach(c -> kept.append(c.text()).append(c.photographer() == null ? "" : c.photographer()));
            }
            assertThat(hanCounts(kept + removed.get(page))).as(page).isEqualTo(hanCounts(raw));
        }
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
    void captionBigramsAreTheDistinctHanPairsSorted() {
        int[] b = PageSplitter.sortedBigrams("建安区 建安区a农民");
        assertThat(b).containsExactly(java.util.stream.IntStream.of('建' << 16 | '安', '安' << 16 | '区', '农' << 16 | '民')
                .sorted().toArray());
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
