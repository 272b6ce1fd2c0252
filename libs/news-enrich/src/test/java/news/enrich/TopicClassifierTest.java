package news.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import news.model.Subject;

class TopicClassifierTest {

    private final TopicClassifier classifier = TopicClassifier.shared();

    private String top(String headline, String body) {
        List<Subject> subjects = classifier.classify(headline, body);
        assertThat(subjects).isNotEmpty().hasSizeLessThanOrEqualTo(2);
        assertThat(subjects).allSatisfy(s -> {
            assertThat(s.rel()).isEqualTo("classifies");
            assertThat(s.confidence()).isBetween(0, 100);
        });
        return subjects.get(0).code();
    }

    @Test
    void obviousHeadlines() {
        assertThat(top("姚明率队夺得亚洲篮球锦标赛冠军", null)).isEqualTo("medtop:15000000");
        assertThat(top("央行宣布下调存款准备金率", null)).isEqualTo("medtop:04000000");
        assertThat(top("教育部公布高考改革方案", null)).isEqualTo("medtop:05000000");
    }

    @Test
    void lexiconCoversTopicsTheTrainingSetLacks() {
        assertThat(top("寒潮来袭 明天起全省大风降温 气象台发布暴雪预警", null)).isEqualTo("medtop:17000000");
        assertThat(top("市生态环境局通报大气污染防治考核结果", "秋冬季大气污染防治攻坚，空气质量排名靠后的县区被约谈，扬尘管控要加强。"))
                .isEqualTo("medtop:06000000");
        assertThat(top("县人民医院开展新冠疫苗接种", "医生提醒患者按时接种疫苗，做好疫情防控。")).isEqualTo("medtop:07000000");
    }

    @Test
    void regionalGovernmentThemes() {
        assertThat(top("以高质量党建引领基层党组织建设", "县委组织部召开会议，要求各级党委抓好党支部书记队伍建设，党员干部要发挥作用。"))
                .isEqualTo("medtop:11000000");
        assertThat(top("强链补链 招商引资 优化营商环境", "全县围绕主导产业开展招商，签约项目12个，总投资60亿元，企业发展信心增强。"))
                .isEqualTo("medtop:04000000");
    }

    @Test
    void headlineWeighsMoreThanBody() {
        String body = "会议强调，要抓好项目建设。";
        assertThat(top("篮球联赛总决赛今晚开打", body)).isEqualTo("medtop:15000000");
    }

    @Test
    void confidencesAreOrdered() {
        List<Subject> subjects = classifier.classify("县委书记调研产业集聚区重点项目建设",
                "县委书记深入产业集聚区，调研企业生产经营和项目建设情况，要求各级党组织和党员干部优化营商环境，服务企业发展。");
        if (subjects.size() == 2) {
            assertThat(subjects.get(0).confidence()).isGreaterThanOrEqualTo(subjects.get(1).confidence());
            assertThat(subjects.get(0).code()).isNotEqualTo(subjects.get(1).code());
        }
        assertThat(subjects.get(0).code()).isIn("medtop:04000000", "medtop:11000000");
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
