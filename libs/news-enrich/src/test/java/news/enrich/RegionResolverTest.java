package news.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import news.model.Entity;
import news.model.Entity.EntityType;
import news.model.Region;

class RegionResolverTest {

    private final Gazetteer gazetteer = Gazetteer.standard();
    private final RegionResolver resolver = new RegionResolver(gazetteer);

    private static Entity place(String name, int count) {
        return new Entity(name, EntityType.PLACE, 0, count);
    }

    @Test
    void gazetteerHasEveryLevelWithShortNames() {
        assertThat(gazetteer.size()).isGreaterThan(3000);
        assertThat(gazetteer.lookup("清丰县")).singleElement()
                .satisfies(d -> assertThat(d.toRegion("清丰县").paths())
                        .containsExactly("河南省", "河南省/濮阳市", "河南省/濮阳市/清丰县"));
        assertThat(gazetteer.lookup("清丰")).extracting(Gazetteer.Division::county).containsExactly("清丰县");
        assertThat(gazetteer.lookup("内蒙古")).extracting(Gazetteer.Division::province).containsExactly("内蒙古自治区");
        assertThat(Gazetteer.shortName("延边朝鲜族自治州", Gazetteer.Level.CITY)).isEqualTo("延边");
        assertThat(Gazetteer.shortName("恩施土家族苗族自治州", Gazetteer.Level.CITY)).isEqualTo("恩施");
        assertThat(Gazetteer.shortName("范县", Gazetteer.Level.COUNTY)).as("one char left is no name").isNull();
        assertThat(gazetteer.lookup("市辖区")).as("placeholder rows are not places").isEmpty();
        assertThat(gazetteer.lookup("中原")).as("an everyday word, not 中原区").isEmpty();
        // municipalities have no prefecture level
        assertThat(gazetteer.lookup("海淀区")).singleElement()
                .satisfies(d -> assertThat(d.toRegion("海淀区").display()).isEqualTo("北京市 › 海淀区"));
    }

    @Test
    void resolvesShortAndFullNamesToPathsOrderedByMentions() {
        List<Region> regions = resolver.resolve(List.of(place("濮阳", 5), place("清丰", 2)),
                "清丰县委书记在濮阳市调研。");
        assertThat(regions).extracting(Region::display)
                .containsExactly("河南省 › 濮阳市", "河南省 › 濮阳市 › 清丰县");
        assertThat(regions.get(1).name()).isEqualTo("清丰县");
    }

    @Test
    void ambiguousNamesNeedContextAndAreLeftOutWithout() {
        // 朝阳区 exists in 北京 and in 长春: no context → no guess
        assertThat(resolver.resolve(List.of(place("朝阳区", 1)), "")).isEmpty();
        assertThat(resolver.resolve(List.of(place("朝阳区", 1), place("北京市", 1)), ""))
                .extracting(Region::display).containsExactly("北京市 › 朝阳区", "北京市");
        assertThat(resolver.resolve(List.of(place("朝阳区", 1), place("长春市", 1)), ""))
                .extracting(Region::display).containsExactly("吉林省 › 长春市 › 朝阳区", "吉林省 › 长春市");
    }

    @Test
    void bareNameOfACityAndItsCountyMeansTheCity() {
        // 濮阳 is 濮阳市 and 濮阳县 (inside it)
        assertThat(resolver.resolve(List.of(place("濮阳", 1)), "")).extracting(Region::display)
                .containsExactly("河南省 › 濮阳市");
    }

    @Test
    void foreignAndUnknownPlacesGiveNothing() {
        assertThat(resolver.resolve(List.of(place("白俄罗斯", 3), place("黄河", 2)), "白俄罗斯")).isEmpty();
        assertThat(resolver.resolve(List.of(), null)).isEmpty();
    }

    @Test
    void placesAreListedOnceUnderTheirCanonicalName() {
        RegionResolver resolver = new RegionResolver(Gazetteer.standard());
        List<news.model.Entity> places = List.of(place("清丰", 5, 3), place("清丰县", 2, 40), place("濮阳", 4, 0),
                place("万州", 1, 60), place("黄河", 2, 80));
        List<news.model.Entity> canonical = resolver.canonicalPlaces(places, "濮阳清丰县委……万州……黄河");
        assertThat(canonical).extracting(news.model.Entity::name).containsExactly("清丰县", "濮阳市", "黄河", "万州区");
        assertThat(canonical.get(0).count()).isEqualTo(7);
        assertThat(canonical.get(0).offset()).isEqualTo(3);
        // a county named in full stays the county
        assertThat(resolver.canonicalPlaces(List.of(place("濮阳县", 1, 0)), "濮阳县")).extracting(news.model.Entity::name)
                .containsExactly("濮阳县");
        assertThat(resolver.canonicalPlaces(List.of(), "")).isEmpty();
    }

    private static news.model.Entity place(String name, int count, int offset) {
        return new news.model.Entity(name, news.model.Entity.EntityType.PLACE, offset, count);
    }

    @Test
    void positionalDistrictNamesNeedTheirCityOrProvince() {
        // only 北京 has a 东城区 in the national list, but many cities call an area that: no context, no 北京
        List<Region> xuchang = resolver.resolve(List.of(place("魏都区", 1), place("东城区", 1)),
                "市领导前往魏都区、东城区调研社区服务。");
        assertThat(xuchang).extracting(Region::display).containsExactly("河南省 › 许昌市 › 魏都区");
        assertThat(resolver.resolve(List.of(place("东城区", 1), place("北京市", 1)), "北京市东城区的胡同里"))
                .extracting(Region::display).contains("北京市 › 东城区");
        assertThat(resolver.canonicalPlaces(List.of(place("东城区", 1)), "前往东城区调研"))
                .extracting(Entity::name).containsExactly("东城区");
        assertThat(RegionResolver.positionalName("西城区")).isTrue();
        assertThat(RegionResolver.positionalName("城关镇")).isTrue();
        assertThat(RegionResolver.positionalName("海淀区")).isFalse();
        assertThat(RegionResolver.positionalName("东区")).isFalse();
        assertThat(resolver.resolve(List.of(place("海淀区", 1)), "海淀区的学校")).hasSize(1);
    }

    @Test
    void placesTheTextDoesNotUseAsPlacesLeaveTheFacet() {
        // a slogan cut in the middle (助企 联乡 帮村), an epithet, the start of a longer word
        assertThat(resolver.canonicalPlaces(List.of(place("企联乡", 2)), "全县开展“百名干部助企联乡帮村”行动，助企联乡帮村见实效。"))
                .isEmpty();
        assertThat(resolver.canonicalPlaces(List.of(place("礼仪", 1), place("曲阜", 1)), "曲阜素有礼仪之乡的美誉。"))
                .extracting(Entity::name).containsExactly("曲阜市");
        assertThat(resolver.canonicalPlaces(List.of(place("城中", 1)), "加快推进城中村改造。")).isEmpty();
        // townships the gazetteer cannot know, used as townships, stay
        assertThat(resolver.canonicalPlaces(List.of(place("马庄桥镇", 1)), "清丰县马庄桥镇的农民在收玉米。"))
                .extracting(Entity::name).containsExactly("马庄桥镇");
        assertThat(resolver.canonicalPlaces(List.of(place("柳林乡", 1)), "柳林乡党委组织党员学习。"))
                .extracting(Entity::name).containsExactly("柳林乡");
        assertThat(resolver.canonicalPlaces(List.of(place("柳林乡", 1)), null)).hasSize(1);
    }

    @Test
    void facilitiesNamedAfterAPlaceAreNotPlaces() {
        assertThat(EntityRules.acceptPlaceName("济宁中心", gazetteer)).isNull();
        assertThat(EntityRules.acceptPlaceName("开封市医院", gazetteer)).isNull();
        assertThat(EntityRules.acceptPlaceName("市美术馆", gazetteer)).isNull();
        assertThat(EntityRules.acceptPlaceName("洛阳大剧院", gazetteer)).isNull();
        assertThat(EntityRules.acceptPlaceName("经济技术开发区", gazetteer)).as("a kind of zone, no name").isNull();
        assertThat(EntityRules.acceptPlaceName("济宁", gazetteer)).isEqualTo("济宁");
    }

    @Test
    void aTownshipCutFromACityNameAndACampaignIsNoPlace() {
        // 开封市 + 帮镇联村 (a made-up campaign): the "township" 市帮镇 follows 开封, but its 市 belongs to 开封市
        assertThat(resolver.canonicalPlaces(List.of(place("市帮镇", 2)),
                "开封市帮镇联村工作全面铺开，全市帮镇联村干部下沉一线。")).isEmpty();
        // a real township after its county stays
        assertThat(resolver.canonicalPlaces(List.of(place("朱仙镇", 1)), "祥符区朱仙镇的年画远近闻名。"))
                .extracting(Entity::name).containsExactly("朱仙镇");
    }

    @Test
    void campaignSlogansAndPhrasesAreNoPlaces() {
        // a common word before a known place: the campaign, not the place
        assertThat(EntityRules.acceptPlaceName("平安开封", gazetteer)).isNull();
        assertThat(EntityRules.acceptPlaceName("法治洛阳", gazetteer)).isNull();
        assertThat(EntityRules.acceptPlaceName("美丽信阳", gazetteer)).isNull();
        // a place and a verb-like word: the programme on the river, not a place
        assertThat(EntityRules.acceptPlaceName("贾鲁河治理", gazetteer)).isNull();
        assertThat(EntityRules.acceptPlaceName("惠济河生态", gazetteer)).isNull();
        // a counted group of provinces
        assertThat(EntityRules.acceptPlaceName("晋冀鲁三省", gazetteer)).isNull();
        // names stay: a gazetteer place, a river, a square, a delta
        assertThat(EntityRules.acceptPlaceName("开封市", gazetteer)).isEqualTo("开封市");
        assertThat(EntityRules.acceptPlaceName("贾鲁河", gazetteer)).isEqualTo("贾鲁河");
        assertThat(EntityRules.acceptPlaceName("天安门广场", gazetteer)).isEqualTo("天安门广场");
        assertThat(EntityRules.acceptPlaceName("长江三角洲", gazetteer)).isEqualTo("长江三角洲");
        assertThat(EntityRules.acceptPlaceName("马鞍山市", gazetteer)).isEqualTo("马鞍山市");
        // common words, a generic word after a stray char, a dateline
        assertThat(EntityRules.acceptPlaceName("广场", gazetteer)).isNull();
        assertThat(EntityRules.acceptPlaceName("中华", gazetteer)).isNull();
        assertThat(EntityRules.acceptPlaceName("靓乡村", gazetteer)).isNull();
        assertThat(EntityRules.acceptPlaceName("新农村", gazetteer)).isNull();
        assertThat(EntityRules.acceptPlaceName("开封讯", gazetteer)).isEqualTo("开封");
        assertThat(EntityRules.acceptPlaceName("内地", gazetteer)).isEqualTo("内地");
        assertThat(EntityRules.acceptPlaceName("大陆", gazetteer)).isEqualTo("大陆");
    }
}
