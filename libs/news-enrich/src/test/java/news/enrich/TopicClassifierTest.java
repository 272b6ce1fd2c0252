package news.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import news.model.Subject;

class TopicClassifierTest {

    private final TopicClassifier classifier = TopicClassifier.shared();
    private final MediaTopics topics = MediaTopics.standard();

    /** Checks the shape every result must have and returns the best level-1 code. */
    private String top(String headline, String body) {
        List<Subject> subjects = classifier.classify(headline, body);
        assertWellFormed(subjects);
        return subjects.get(0).code();
    }

    private void assertWellFormed(List<Subject> subjects) {
        assertThat(subjects).isNotEmpty();
        assertThat(topics.level(subjects.get(0).code())).isEqualTo(1);
        for (int i = 0; i < subjects.size(); i++) {
            Subject s = subjects.get(i);
            MediaTopics.Topic t = topics.topic(s.code()).orElseThrow();
            assertThat(s.rel()).isEqualTo("classifies");
            assertThat(s.confidence()).isBetween(0, 100);
            assertThat(s.name()).isEqualTo(t.name());
            assertThat(s.nameZh()).isEqualTo(t.nameZh());
            if (i > 0) {
                assertThat(s.confidence()).isLessThanOrEqualTo(subjects.get(i - 1).confidence());
            }
            if (t.level() > 1) {
                // a narrower subject comes with its broader one, at least as confident
                Subject parent = subjects.stream().filter(p -> p.code().equals(t.broader())).findFirst().orElseThrow();
                assertThat(parent.confidence()).isGreaterThanOrEqualTo(s.confidence());
                assertThat(subjects.indexOf(parent)).isLessThan(i);
            }
        }
        assertThat(subjects.stream().map(Subject::code).distinct()).hasSameSizeAs(subjects);
    }

    @Test
    void obviousHeadlines() {
        assertThat(top("姚明率队夺得亚洲篮球锦标赛冠军", null)).isEqualTo("medtop:15000000");
        assertThat(top("央行宣布下调存款准备金率", null)).isEqualTo("medtop:04000000");
        assertThat(top("教育部公布高考改革方案", null)).isEqualTo("medtop:05000000");
    }

    @Test
    void fullArticlesOfTheKindsTheHeadlinesLack() {
        String home = "客厅装修如何选择沙发与地板 家居设计师建议，小户型客厅宜选浅色地板和布艺沙发，墙面刷乳胶漆，"
                + "搭配简约的茶几和落地灯，卧室衣柜选用推拉门更省空间，厨房橱柜台面以石英石为佳，装修预算要留出软装的部分。";
        List<Subject> subjects = classifier.classify(null, home);
        assertWellFormed(subjects);
        assertThat(subjects.get(0).code()).isEqualTo("medtop:10000000");
        assertThat(subjects).extracting(Subject::code).contains("medtop:20000565", "medtop:20000570");
        assertThat(subjects).filteredOn(s -> s.code().equals("medtop:20000570")).singleElement()
                .satisfies(s -> assertThat(s.nameZh()).isEqualTo("房屋和住所"));

        String fashion = "今秋流行什么色彩 时装周上各大品牌的新款连衣裙、风衣和手袋纷纷亮相，模特们身着复古格纹外套，"
                + "搭配高跟鞋与丝巾，时尚编辑认为今年秋冬的潮流是优雅的驼色与酒红色，彩妆也以红唇为主。";
        assertThat(top(null, fashion)).isEqualTo("medtop:10000000");
    }

    @Test
    void lexiconCoversTopicsTheTrainingSetLacks() {
        assertThat(top("寒潮来袭 明天起全省大风降温 气象台发布暴雪预警", null)).isEqualTo("medtop:17000000");
        assertThat(top("市生态环境局通报大气污染防治考核结果", "秋冬季大气污染防治攻坚，空气质量排名靠后的县区被约谈，扬尘管控要加强。"))
                .isEqualTo("medtop:06000000");
        assertThat(top("县人民医院开展新冠疫苗接种", "医生提醒患者按时接种疫苗，做好疫情防控。")).isEqualTo("medtop:07000000");
    }

    @Test
    void regionalGovernmentThemesGetLevelTwoSubjects() {
        String party = "县委组织部召开会议，要求各级党委抓好党支部书记队伍建设，党员干部要发挥作用，全面从严治党，"
                + "基层党组织要把党建工作同乡村振兴结合起来，县委书记强调各级领导班子要压实责任。";
        List<Subject> subjects = classifier.classify("以高质量党建引领基层党组织建设", party);
        assertWellFormed(subjects);
        assertThat(subjects.get(0).code()).isEqualTo("medtop:11000000");
        assertThat(subjects).anySatisfy(s -> assertThat(topics.level(s.code())).isGreaterThanOrEqualTo(2));
        assertThat(top("强链补链 招商引资 优化营商环境", "全县围绕主导产业开展招商，签约项目12个，总投资60亿元，企业发展信心增强。"))
                .isIn("medtop:04000000", "medtop:11000000");
    }

    @Test
    void headlineWeighsMoreThanBody() {
        String body = "会议强调，要抓好项目建设。";
        assertThat(top("篮球联赛总决赛今晚开打", body)).isEqualTo("medtop:15000000");
    }

    @Test
    void aRunnerUpLevelOneTopicComesAfterTheBest() {
        List<Subject> subjects = classifier.classify("县委书记调研产业集聚区重点项目建设",
                "县委书记深入产业集聚区，调研企业生产经营和项目建设情况，要求各级党组织和党员干部优化营商环境，服务企业发展。");
        assertWellFormed(subjects);
        List<Subject> roots = subjects.stream().filter(s -> topics.level(s.code()) == 1).toList();
        assertThat(roots).hasSizeBetween(1, 2);
        assertThat(roots.get(0).code()).isIn("medtop:04000000", "medtop:11000000");
    }

    @Test
    void emptyInputGetsTheFallbackSubject() {
        assertThat(classifier.classify(null, null))
                .singleElement()
                .satisfies(s -> {
                    assertThat(s.code()).isEqualTo(TopicClassifier.FALLBACK_CODE);
                    assertThat(s.confidence()).isZero();
                });
        assertThat(classifier.classify("   ", "\n\n  \n")).hasSize(1);
        assertThat(classifier.classify("!!!???", "……")).hasSize(1);
    }
}
