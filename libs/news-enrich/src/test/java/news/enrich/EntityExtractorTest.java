package news.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import news.model.Entity;
import news.model.Entity.EntityType;

class EntityExtractorTest {

    private final EntityExtractor extractor = new EntityExtractor();

    @Test
    void findsPeoplePlacesAndOrganisations() {
        String body = "10月28日，清丰县委书记曹拥军在濮阳市调研。濮阳市人民检察院和清丰县公安局负责人陪同。\n\n曹拥军说，要做好服务。";
        EntityExtractor.Entities e = extractor.extract("曹拥军调研企业", body);
        Entity cao = e.people().stream().filter(p -> p.name().equals("曹拥军")).findFirst().orElseThrow();
        assertThat(cao.type()).isEqualTo(EntityType.PERSON);
        assertThat(cao.count()).isEqualTo(3); // headline + 2 body mentions
        assertThat(cao.offset()).isEqualTo(body.indexOf("曹拥军"));
        assertThat(e.places()).extracting(Entity::name).contains("濮阳市");
        assertThat(e.places()).allSatisfy(p -> assertThat(p.type()).isEqualTo(EntityType.PLACE));
        assertThat(e.organisations()).allSatisfy(o -> assertThat(o.type()).isEqualTo(EntityType.ORGANISATION));
        assertThat(e.organisations()).extracting(Entity::name).contains("清丰县公安局");
    }

    @Test
    void interviewSpeakerLabelsAreRecognized() {
        EntityExtractor.Entities e = extractor.extract(null, "记者：项目进展如何？\n\n史根治：项目建设是经济工作的主抓手。");
        assertThat(e.people()).extracting(Entity::name).containsExactly("史根治");
    }

    @Test
    void junkIsFiltered() {
        assertThat(EntityRules.accept("万余人", EntityType.PERSON)).isNull();
        assertThat(EntityRules.accept("李书记", EntityType.PERSON)).isNull();
        assertThat(EntityRules.accept("何将", EntityType.PERSON)).isNull();
        assertThat(EntityRules.accept("孙村", EntityType.PERSON)).isNull();
        assertThat(EntityRules.accept("曹拥军", EntityType.PERSON)).isEqualTo("曹拥军");
        assertThat(EntityRules.accept("的城市", EntityType.PLACE)).isNull();
        assertThat(EntityRules.accept("一区", EntityType.PLACE)).isNull();
        assertThat(EntityRules.accept("联乡", EntityType.PLACE)).isNull();
        assertThat(EntityRules.accept("来濮阳", EntityType.PLACE)).isEqualTo("濮阳");
        assertThat(EntityRules.accept("鄢陵县", EntityType.PLACE)).isEqualTo("鄢陵县");
        assertThat(EntityRules.accept("153人", EntityType.ORGANISATION)).isNull();
        assertThat(EntityRules.accept("一些单位", EntityType.ORGANISATION)).isNull();
        assertThat(EntityRules.accept("产业发展", EntityType.ORGANISATION)).isNull();
        assertThat(EntityRules.accept("第十一次党代会", EntityType.ORGANISATION)).isNull();
        assertThat(EntityRules.accept("为市公安局", EntityType.ORGANISATION)).isEqualTo("市公安局");
        assertThat(EntityRules.accept("时任市人大常委会", EntityType.ORGANISATION)).isEqualTo("市人大常委会");
        assertThat(EntityRules.accept("、", EntityType.PLACE)).isNull();
        assertThat(EntityRules.accept("张", EntityType.PERSON)).isNull();
    }

    @Test
    void oneCharMentionsAreFoundAndTheFacetNamesWhatTheyStandFor() {
        String s = "中美两国领导人在北京会谈。";
        assertThat(extractor.mentions(s)).contains(new EntityEvaluation.Span(0, 1, EntityType.PLACE),
                new EntityEvaluation.Span(1, 2, EntityType.PLACE));
        EntityExtractor.Entities e = extractor.extract(null, s);
        assertThat(e.places()).extracting(Entity::name).contains("中国", "美国", "北京").doesNotContain("中", "美");
    }

    @Test
    void peopleFacetHasNoNonNames() {
        // sentences of the seed pages where the first cut found 关键一, 应派, 高点, 宣外, 文旅, 施策 as people
        String body = "二、持续用好深化改革关键一招。改革出题目，发展做文章。\n\n"
                + "坚持“突出重点、应派尽派，科学精准、选优配强”，努力选派一支队伍。\n\n"
                + "一、必须谋篇布局未来产业，抢占发展制高点。坚持高点定位、深远谋划。\n\n"
                + "统筹网上网下、内宣外宣，宣传阐释好省委工作会议精神。\n\n"
                + "加快建设世界杂技之窗等重点文旅项目，积极探索文旅融合发展新产业新业态。\n\n"
                + "要精准施策，坚持每日空气质量分析研判例会制度。系统施治抓环境。";
        assertThat(extractor.extract(null, body).people()).isEmpty();
    }

    @Test
    void personFacetRules() {
        assertThat(EntityRules.acceptPersonName("曹拥军")).isEqualTo("曹拥军");
        assertThat(EntityRules.acceptPersonName("克林顿")).isEqualTo("克林顿"); // transliterated, no Chinese surname
        assertThat(EntityRules.acceptPersonName("尤里·先科")).isEqualTo("尤里·先科");
        assertThat(EntityRules.acceptPersonName("刘")).isNull();
        assertThat(EntityRules.acceptPersonName("冀鲁豫")).isNull();
        assertThat(EntityRules.acceptPersonName("宣外宣")).isNull();
        assertThat(EntityRules.acceptPersonName("关键")).isNull(); // a common word, though 关 is a surname
        assertThat(EntityRules.acceptPersonName("牛书培摄")).isNull();
        assertThat(EntityRules.acceptPersonName("安全关")).isNull();
        assertThat(EntityRules.acceptPersonName("关键一")).isNull();
        assertThat(EntityRules.acceptPersonName("田镇新")).isNull();
        assertThat(EntityRules.acceptPersonName("刘海娜")).isEqualTo("刘海娜");
        assertThat(EntityRules.acceptMention("李鹏", EntityType.PERSON)).isTrue();
        assertThat(EntityRules.acceptMention("李，鹏", EntityType.PERSON)).isFalse();
        assertThat(EntityRules.acceptMention("1998", EntityType.ORGANISATION)).isFalse();
    }

    @Test
    void placeFacetRules() {
        Gazetteer g = Gazetteer.standard();
        assertThat(EntityRules.acceptPlaceName("美", g)).isEqualTo("美国");
        assertThat(EntityRules.acceptPlaceName("塞", g)).isNull();
        assertThat(EntityRules.acceptPlaceName("联乡", g)).isNull();
        assertThat(EntityRules.acceptPlaceName("达斡尔族", g)).isNull();
        assertThat(EntityRules.acceptPlaceName("城区", g)).isNull();
        assertThat(EntityRules.acceptPlaceName("五星乡", g)).isEqualTo("五星乡");
        assertThat(EntityRules.acceptPlaceName("范县", g)).isEqualTo("范县");
    }

    @Test
    void emptyInput() {
        assertThat(extractor.extract(null, null)).isEqualTo(EntityExtractor.Entities.empty());
        assertThat(extractor.extract("", "，。！")).isEqualTo(EntityExtractor.Entities.empty());
    }
}
