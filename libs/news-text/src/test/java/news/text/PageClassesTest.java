package news.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import news.model.ArticleMetadata.Caption;
import news.text.PageArticle.Flag;
import news.text.PageArticle.ItemKind;
import org.junit.jupiter.api.Test;

/**
 * One made-up page per class of what pdftotext gives for papers the splitter has never seen (issue 11): small texts
 * shaped like real extraction output (hard-wrapped narrow columns, blank lines where the extraction puts them), each
 * checking that the class is handled.
 */
class PageClassesTest {
    private final PageSplitter splitter = new PageSplitter();

    private static List<PageArticle> articles(SplitPage page) {
        return page.articles().stream().filter(a -> a.kind() == ItemKind.ARTICLE).toList();
    }

    private static PageArticle byHeadline(List<PageArticle> articles, String headline) {
        return articles.stream().filter(a -> headline.equals(a.headline())).findFirst()
                .orElseThrow(() -> new AssertionError("no article headed " + headline + " in "
                        + articles.stream().map(PageArticle::headline).toList()));
    }

    private static String body(PageArticle a) {
        return String.join("", a.paragraphTexts());
    }

    @Test
    void furnitureIsPageMetadataNeverAnArticleOrHeadline() {
        SplitPage page = splitter.splitPage("""
                北原日报

                BEIYUAN DAILY

                国内统一连续出版物号 CN 41-0024 邮发代号 35-12 总第8312期 今日8版

                2
                0
                2
                2年
                1月5日
                星期三

                全市推进老旧小区改造

                本报讯（记者 王金伟）今年以来，全市共改造老旧小区
                一百二十个，惠及居民三万余户，群众满意度明显提升。

                改造工作还将继续推进，明年计划再改造八十个小区。

                责任编辑：王小明 /版式设计：李华 /文字校对：张三 李四
                """);
        assertThat(page.furniture().paperName()).isEqualTo("北原日报");
        assertThat(page.furniture().issue()).isEqualTo("总第8312期");
        assertThat(page.furniture().date()).isEqualTo("2022年1月5日星期三");
        assertThat(page.furniture().editors()).containsExactly("责任编辑：王小明", "版式设计：李华", "文字校对：张三 李四");
        assertThat(page.furniture().furniture()).contains("BEIYUAN DAILY");
        List<PageArticle> a = articles(page);
        assertThat(a).singleElement().extracting(PageArticle::headline).isEqualTo("全市推进老旧小区改造");
        assertThat(body(a.getFirst())).doesNotContain("责任编辑", "总第", "星期三", "北原日报");
        assertThat(a.getFirst().names().reporters()).containsExactly("王金伟");
    }

    @Test
    void aSectionNameInThePageBandIsFurnitureWhateverItSays() {
        // Between the page number and the date, or first on the page above them: no list of section names needed.
        for (String band : List.of("04\n\n山乡视线\n\n2026年9月12日 星期二\n\n", "田园周刊\n\n11\n\n2026年6月13日 星期一\n\n")) {
            SplitPage page = splitter.splitPage(band + """
                    老城墙修缮完工

                    本报讯（记者 王金伟）历时两年的老城墙修缮工程昨日
                    完工，修缮后的城墙将于下月向市民开放。
                    """);
            String name = band.contains("山乡视线") ? "山乡视线" : "田园周刊";
            assertThat(page.furniture().furniture()).as(band).contains(name);
            assertThat(articles(page)).singleElement().extracting(PageArticle::headline).isEqualTo("老城墙修缮完工");
        }
        assertThat(PageFurniture.isSectionName("视点")).isTrue();
        assertThat(PageFurniture.isSectionName("视点：")).isFalse();
        assertThat(PageFurniture.isSectionName("全市推进老旧小区改造")).isFalse();
    }

    @Test
    void aShortColumnLabelOverAHeadlineIsALabelWhenItsTextNeverSaysIt() {
        SplitPage page = splitter.splitPage("""
                山乡速写

                老城墙修缮完工

                本报讯（记者 王金伟）历时两年的老城墙修缮工程昨日
                完工，修缮后的城墙将于下月向市民开放。

                """);
        assertThat(articles(page)).singleElement().satisfies(a -> {
            assertThat(a.headline()).isEqualTo("老城墙修缮完工");
            assertThat(a.kicker()).isNull();
        });
        assertThat(page.labels()).contains("山乡速写");
        // A short line its text does speak of stays one of the headlines.
        SplitPage spoken = splitter.splitPage("""
                城墙完工

                老城墙修缮完工

                本报讯（记者 王金伟）历时两年的老城墙修缮工程昨日
                完工，修缮后的城墙将于下月向市民开放。

                """);
        assertThat(articles(spoken)).singleElement().extracting(PageArticle::headlines).asList().contains("城墙完工");
        assertThat(spoken.labels()).doesNotContain("城墙完工");
    }

    @Test
    void digitsOnePerLineAndClosingMarksAloneAreRejoined() {
        List<PageArticle> a = articles(splitter.splitPage("""
                本报讯（记者 李新）今年5月
                1
                6日，该厂举行投产仪式。厂长说：“这座电站
                ”
                。
                电站始建于
                1
                9
                8
                0年，装机容量
                3
                .
                5兆瓦，年发电量可观。

                老电站焕发新活力
                """));
        assertThat(a).singleElement();
        assertThat(body(a.getFirst())).contains("5月16日", "这座电站”。", "1980年", "3.5兆瓦");
        assertThat(a.getFirst().headline()).isEqualTo("老电站焕发新活力");
    }

    @Test
    void briefsWithoutHeadlinesEachEndingWithTheirCreditAreArticlesOfTheirOwn() {
        SplitPage page = splitter.splitPage("""
                简讯
                近日，市图书馆开展少儿阅读月活动，吸引
                三百余名小读者参加。（王芳 李强）
                市供电公司完成老城区电网改造，居民用电
                更加稳定。（赵敏）
                城东新区新建两所幼儿园，新增学位九百个。
                （通讯员 孙立 记者 周涛）
                """);
        List<PageArticle> a = articles(page);
        assertThat(a).hasSize(3).allSatisfy(x -> {
            assertThat(x.headline()).isNull();
            assertThat(x.flags()).contains(Flag.NO_HEADLINE);
        });
        assertThat(a).extracting(x -> x.names().reporters())
                .containsExactly(List.of("王芳", "李强"), List.of("赵敏"), List.of("周涛"));
        assertThat(a.get(2).names().correspondents()).containsExactly("孙立");
        assertThat(body(a.get(0))).startsWith("近日").endsWith("参加。").doesNotContain("简讯");
        assertThat(page.labels()).contains("简讯");
    }

    @Test
    void aJumpLineAloneOnItsLineEndsTheTextBeforeItAndIsNoHeadline() {
        // Texts whose headlines are printed elsewhere: the jump line between them must not pass for one.
        List<PageArticle> a = articles(splitter.splitPage("""
                本报讯（记者 方卫）占地三百亩的河滩公园昨天
                开门迎客，园内栽种的樱花、海棠吸引了大批市

                （下转第3版）

                本报讯（记者 钱敏）今年全县新修乡村公路一百
                二十公里，村民出行更加方便。
                """));
        assertThat(a).hasSize(2);
        assertThat(a).allSatisfy(x -> assertThat(x.headlines()).noneMatch(h -> h.contains("下转")));
        assertThat(a.getFirst().continuedTo()).contains("3");
        assertThat(a.get(1).continuedTo()).isNull();
    }

    @Test
    void briefsOpeningWithADatelineAndCreditsWrappedOverTwoLinesEndWhereTheirCreditEnds() {
        List<PageArticle> a = articles(splitter.splitPage("""
                简讯
                本报讯 市图书馆开展少儿阅读月活动，吸引三百
                余名小读者参加。（王芳 李强）
                市供电公司完成老城区电网改造，居民用电更加稳
                定，停电次数比去年少了一半。（赵敏 孙
                立）
                城东新区新建两所幼儿园，新增学位九百个。（周涛）
                """));
        assertThat(a).hasSize(3);
        assertThat(a).extracting(x -> x.names().reporters())
                .containsExactly(List.of("王芳", "李强"), List.of("赵敏", "孙立"), List.of("周涛"));
        assertThat(body(a.get(1))).startsWith("市供电公司").endsWith("一半。");
    }

    @Test
    void headlinesBunchedAboveTheTextsGoToTheTextWhoseOpeningTheyShareWordsWith() {
        // Both texts hold both headlines' words; each headline's words open only one of them, and the headlines are
        // printed in the other order.
        List<PageArticle> a = articles(splitter.splitPage("""
                渡口大桥今日通车
                记者 赵敏

                樱花节游客创新高
                记者 王林

                本报讯 樱花节游客创新高：今年公园樱花大道接待游客五十万人次，比
                去年多了三成。

                不少市民说，盼着渡口大桥今日通车之后，再来看一次花。

                本报讯 渡口大桥今日通车：大桥全长一千二百米，双向四车道，从城东
                过来只要十分钟。

                大桥一通车，去看樱花节游客创新高的公园也方便多了。

                施工单位说，大桥两侧的人行道下月开放。
                """));
        assertThat(a).extracting(PageArticle::headline).containsExactly("樱花节游客创新高", "渡口大桥今日通车");
        assertThat(a).extracting(x -> x.names().reporters()).containsExactly(List.of("王林"), List.of("赵敏"));
        assertThat(body(a.get(1))).startsWith("渡口大桥今日通车：");
    }

    @Test
    void signedCommentaryOnTopOrAtTheEnd() {
        List<PageArticle> a = articles(splitter.splitPage("""
                让文明新风吹进千家万户

                □ 张晓明

                移风易俗不是一句口号，需要每一个人从身边
                小事做起，从婚丧嫁娶的点滴改变做起。

                只有人人参与，文明新风才能真正落地生根。

                把好事办好更要把实事办实

                群众的事无小事，办实事贵在一个实字，只有
                沉下身子才能听到真声音。
                王立新

                """));
        assertThat(byHeadline(a, "让文明新风吹进千家万户").names().reporters()).containsExactly("张晓明");
        assertThat(byHeadline(a, "把好事办好更要把实事办实").names().reporters()).containsExactly("王立新");
        assertThat(body(byHeadline(a, "把好事办好更要把实事办实"))).doesNotContain("王立新");
    }

    @Test
    void aSignatureMarkedOnTopBetweenTwoTextsSignsTheOneBelow() {
        // □ X is the form printed on top of a text: after a brief that ends with its own credit it is not that brief's.
        List<PageArticle> a = articles(splitter.splitPage("""
                简讯

                村里的农家书屋昨天重新开放，三千多册新书上架，
                村民们可以借书回家阅读。（宋东伟 崔宇磊）

                □ 曾平春

                秋收时节的田野里，稻谷一片金黄，合作社的收割机
                在田间来回穿梭，农民们说今年的收成比去年好。

                """));
        assertThat(a).extracting(x -> x.names().reporters())
                .containsExactly(List.of("宋东伟", "崔宇磊"), List.of("曾平春"));
    }

    @Test
    void everyBylineFormYieldsItsNames() {
        // Headlines above their texts, as many papers print them.
        List<PageArticle> a = articles(splitter.splitPage("""
                博物馆新馆开馆

                本报讯（王芳）昨日，市博物馆新馆开馆，首日
                接待观众五千余人次，新馆展出文物两千余件。

                秋粮收购有序开展
                本报记者 刘强 实习生 陈思

                全市秋粮收购工作有序开展，各收购点秩序井
                然，农民售粮方便快捷，收购价格保持稳定。
                图为农民在收购点交售粮食。 特约记者 郑和 摄

                城市公园迎客来

                图为新建成的城市公园湖畔步道。 李玉中/摄

                周末的城市公园游人如织，湖畔步道和儿童
                乐园里满是市民的欢声笑语。
                """));
        assertThat(byHeadline(a, "博物馆新馆开馆").names().reporters()).containsExactly("王芳");
        PageArticle grain = byHeadline(a, "秋粮收购有序开展");
        assertThat(grain.names().reporters()).containsExactly("刘强", "陈思");
        assertThat(grain.captions()).extracting(Caption::photographer).containsExactly("郑和");
        assertThat(byHeadline(a, "城市公园迎客来").captions()).extracting(Caption::photographer).containsExactly("李玉中");
    }

    @Test
    void aPhotoWhoseOnlyTextIsItsCreditIsAPhoto() {
        SplitPage page = splitter.splitPage("""
                （冯艳超 摄）

                本报讯（记者 马怡华）全市冬季供暖工作全面启动，
                各供热企业提前完成设备检修。

                冬季供暖全面启动
                """);
        assertThat(page.articles()).filteredOn(x -> x.kind() == ItemKind.PHOTO).singleElement()
                .satisfies(p -> assertThat(p.captions()).extracting(Caption::photographer).containsExactly("冯艳超"));
        assertThat(articles(page)).singleElement().extracting(PageArticle::headline).isEqualTo("冬季供暖全面启动");
    }

    @Test
    void headlinesBunchedAfterTheirBodiesAndFarAwayFindTheirTexts() {
        // Two signed pieces back to back, their headlines after both in the other order. Only the words they share
        // tell which is which, and where one text ends.
        List<PageArticle> a = articles(splitter.splitPage("""
                黄河滩区居民迁建工程是民生工程，要让搬迁
                群众住得安心、过得舒心。

                迁建社区要配齐学校、卫生室，滩区群众的日
                子才能越过越红火。

                要坚持生态优先，湿地保护是一项长期任务。

                要加强湿地修复，守住候鸟栖息地，让湿地保
                护成果惠及子孙后代。

                守护湿地生态 造福子孙后代
                市林业局局长 周明

                让滩区群众住得安心过得舒心
                市发展改革委主任 吴刚

                本报讯（记者 赵伟）全市重点项目观摩会召开，
                与会人员实地观摩了二十个重点项目。

                全市重点项目观摩会召开
                """));
        PageArticle shoal = byHeadline(a, "让滩区群众住得安心过得舒心");
        assertThat(shoal.names().reporters()).containsExactly("吴刚");
        assertThat(body(shoal)).startsWith("黄河滩区").endsWith("越过越红火。");
        assertThat(shoal.flags()).contains(Flag.BODY_BOUNDARY_GUESSED);
        assertThat(body(byHeadline(a, "守护湿地生态 造福子孙后代"))).startsWith("要坚持生态优先").endsWith("子孙后代。");
        assertThat(a).hasSize(3);
    }

    @Test
    void aHeadlineOverTwoLinesIsOneAndKickerMainAndSubtitleAreKeptApart() {
        List<PageArticle> a = articles(splitter.splitPage("""
                市长在全市安全生产工作会议上强调

                压紧压实安全责任
                守住安全发展底线
                ——全市安全生产工作会议侧记

                本报讯（记者 李新）全市安全生产工作会议召开，
                会议部署了岁末年初安全生产重点工作。
                """));
        PageArticle x = a.getFirst();
        assertThat(x.kicker()).isEqualTo("市长在全市安全生产工作会议上强调");
        assertThat(x.headline()).isEqualTo("压紧压实安全责任守住安全发展底线");
        assertThat(x.subheadline()).isEqualTo("——全市安全生产工作会议侧记");
    }

    @Test
    void aHeadlineWrappedInsideAWordOntoAShortSecondLineIsOneHeadline() {
        // A long headline wrapped mid-word (活动动 / 员…) onto a short second line is no title with a short subtitle.
        List<PageArticle> a = articles(splitter.splitPage("""
                市委统战部开展“能力作风建设年”活动动
                员部署会议召开

                本报讯（记者 李新）市委统战部开展“能力作风建设年”活动
                动员部署会议召开，会议部署了今年的重点工作。
                """));
        PageArticle x = a.getFirst();
        assertThat(x.headline()).isEqualTo("市委统战部开展“能力作风建设年”活动动员部署会议召开");
        assertThat(x.subheadline()).isNull();
    }

    @Test
    void aShortSubtitleUnderALongTitleStaysASubtitle() {
        List<PageArticle> a = articles(splitter.splitPage("""
                全市老旧小区改造工作现场推进会召开
                明年再改八十个

                本报讯（记者 李新）全市老旧小区改造工作现场推进会召开，
                会议部署了明年的改造工作。
                """));
        PageArticle x = a.getFirst();
        assertThat(x.headline()).isEqualTo("全市老旧小区改造工作现场推进会召开");
        assertThat(x.subheadline()).isEqualTo("明年再改八十个");
    }

    @Test
    void aLongHeadlineWrappedBetweenTwoWordsOntoAShortLineIsOneHeadline() {
        // No word across 推动者 / 实践者, but the first line is no finished statement: its rest, not a subtitle.
        List<PageArticle> a = articles(splitter.splitPage("""
                当好建设现代化濮阳的宣传者推动者
                实践者

                本报讯（记者 李新）全市宣传思想工作会议提出，要当好建设现代化濮阳的
                宣传者、推动者、实践者，会议部署了今年的重点工作。
                """));
        PageArticle x = a.getFirst();
        assertThat(x.headline()).isEqualTo("当好建设现代化濮阳的宣传者推动者实践者");
        assertThat(x.subheadline()).isNull();
    }

    @Test
    void aTitleReportingAnEventKeepsTheLineUnderItApartAsItsSubtitle() {
        List<PageArticle> a = articles(splitter.splitPage("""
                城东污水处理厂二期工程开工
                市领导出席开工仪式并讲话

                本报讯（记者 李新）城东污水处理厂二期工程昨日开工，
                建成后日处理能力将翻一番。
                """));
        PageArticle x = a.getFirst();
        assertThat(x.headline()).isEqualTo("城东污水处理厂二期工程开工");
        assertThat(x.subheadline()).isEqualTo("市领导出席开工仪式并讲话");
    }

    @Test
    void aColumnLineCutOffByABlankLineIsRunningTextNoHeadlineAndStillOpensTheTextAfterIt() {
        // The line has a sentence closed inside it: a column line left alone between blank lines, not a headline.
        SplitPage page = splitter.splitPage("""
                城东污水处理厂二期工程开工

                本报讯（记者 李新）城东污水处理厂二期工程昨日开工，
                建成后日处理能力将翻一番。

                航展上一架战机失事。据目击者说，飞机在空

                中翻了个跟头后掉在树丛后面，地面上顿时腾起
                滚滚浓烟，所幸无人受伤。
                """);
        List<PageArticle> a = articles(page);
        assertThat(a).extracting(PageArticle::headline).doesNotContain("航展上一架战机失事。据目击者说，飞机在空");
        assertThat(page.labels()).noneMatch(l -> l.contains("战机"));
        assertThat(a.getFirst().headline()).isEqualTo("城东污水处理厂二期工程开工");
        assertThat(a.getFirst().paragraphs()).extracting(PageArticle.BodyParagraph::text).noneMatch(t -> t.contains("战机"));
        assertThat(a).hasSize(2);
        assertThat(a.getLast().headline()).isNull();
        assertThat(a.getLast().paragraphs()).extracting(PageArticle.BodyParagraph::text)
                .containsSubsequence("航展上一架战机失事。据目击者说，飞机在空", "中翻了个跟头后掉在树丛后面，地面上顿时腾起滚滚浓烟，所幸无人受伤。");
    }

    @Test
    void aLoneCutOffColumnLineIsNoArticleOfItsOwn() {
        // Nothing of its text follows it before the next headline: it goes to a text by its words, not alone.
        List<PageArticle> a = articles(splitter.splitPage("""
                城东污水处理厂二期工程开工

                本报讯（记者 李新）城东污水处理厂二期工程昨日开工，
                建成后日处理能力将翻一番。

                据介绍，污水处理厂二期工程占地四十亩。目前，首批设备

                山区小学用上了新食堂

                本报讯（记者 王芳）清晨六点，山区小学的新食堂里已经飘出饭菜香，
                孩子们第一次在学校吃上了热乎的早餐。
                """));
        assertThat(a).extracting(PageArticle::headline).containsExactly("城东污水处理厂二期工程开工", "山区小学用上了新食堂");
    }

    @Test
    void aColumnLabelOverAHeadlineBetweenTwoTextsOpensAnArticleAndIsNoSubheading() {
        List<PageArticle> a = articles(splitter.splitPage("""
                城东污水处理厂二期工程开工

                本报讯（记者 李新）城东污水处理厂二期工程昨日开工，
                建成后日处理能力将翻一番。

                走基层

                山区小学用上了新食堂

                清晨六点，山区小学的新食堂里已经飘出饭菜香，
                孩子们第一次在学校吃上了热乎的早餐。
                """));
        assertThat(a).extracting(PageArticle::headline).contains("城东污水处理厂二期工程开工", "山区小学用上了新食堂");
        assertThat(a.getFirst().paragraphs()).extracting(PageArticle.BodyParagraph::text).noneMatch(t -> t.contains("食堂"));
    }

    @Test
    void aSeriesKickerIsAKickerAndJumpLinesAreMarked() {
        List<PageArticle> a = articles(splitter.splitPage("""
                ——聚焦乡村振兴系列报道之二

                小庭院做成大产业

                本报讯（记者 王芳）在城郊村，家家户户利用庭院种
                植食用菌，户均年增收两万余元。（下转第3版）

                （上接第一版）全年新增就业岗位一万个，城镇调查
                失业率控制在合理区间。

                稳就业惠民生
                """));
        PageArticle yard = byHeadline(a, "小庭院做成大产业");
        assertThat(yard.kicker()).isEqualTo("——聚焦乡村振兴系列报道之二");
        assertThat(yard.continuedTo()).isEqualTo("第3版");
        assertThat(byHeadline(a, "稳就业惠民生").continuedFrom()).isEqualTo("第一版");
    }

    @Test
    void sectionAndColumnLabelsAreLabelsNeverPartOfAHeadline() {
        SplitPage page = splitter.splitPage("""
                【聚焦两会】

                代表委员热议高质量发展

                本报讯（记者 周涛）连日来，代表委员围绕高质量发展
                建言献策，提出多项务实建议。

                ■ 基层一线

                村里来了新书记

                本报讯（记者 孙立）新书记到任后走遍全村，为群众
                办成十件实事。
                """);
        assertThat(page.labels()).contains("聚焦两会", "基层一线");
        List<PageArticle> a = articles(page);
        assertThat(a).extracting(PageArticle::headline).containsExactly("代表委员热议高质量发展", "村里来了新书记");
        assertThat(byHeadline(a, "村里来了新书记").sectionLabel()).isEqualTo("基层一线");
    }

    @Test
    void twoColumnsReadAcrossOnOneLineArePutBackOneAfterTheOther() {
        // The left and the right column of one story share baselines: pdftotext prints each pair as one line.
        List<PageArticle> a = articles(splitter.splitPage("""
                探访星城

                北京时间八月二十九日消息，位于
                莫斯科东郊的星城始终给人以神秘
                感。尤里加加林从这里走向太空，
                使人类数千年的梦想成为了现实。
                现在星城仍在为俄罗斯培养宇航员
                太空游客同样在此接受严格的训练
                太空游第六人是一位电脑游戏界的 英雄。现在，加里奥特准备再创奇
                名人，他公司开发的游戏已经售出 迹远征太空。今年五月，他在紧张
                一亿多套。在这些游戏中，玩家假 地控制着操纵杆，但他并非在玩游
                想自己就是术士、武士或是超级的 戏，而是在接受宇航员任务训练，
                那个科幻小说中最最受欢迎的超级 准备开始全新的旅程。
                """));
        String text = body(a.getFirst());
        assertThat(text).contains("最最受欢迎的超级英雄。现在，加里奥特准备再创奇迹远征太空。");
        assertThat(text).endsWith("准备开始全新的旅程。");
    }
}
