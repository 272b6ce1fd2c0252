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
    void emptyInput() {
        assertThat(extractor.extract(null, null)).isEqualTo(EntityExtractor.Entities.empty());
        assertThat(extractor.extract("", "，。！")).isEqualTo(EntityExtractor.Entities.empty());
    }
}
