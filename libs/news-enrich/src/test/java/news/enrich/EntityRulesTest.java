package news.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import news.model.Entity.EntityType;

class EntityRulesTest {

    @Test
    void dottedNamesMustBeMostlyTransliterationChars() {
        assertThat(EntityRules.acceptPersonName("阿卜杜勒·拉赫曼")).isEqualTo("阿卜杜勒·拉赫曼");
        assertThat(EntityRules.acceptPersonName("乔治·布什")).isEqualTo("乔治·布什");
        assertThat(EntityRules.acceptPersonName("兴豫·濮阳")).isNull(); // a slogan
    }

    @Test
    void aPrepositionBeforeAPlaceIsNoName() {
        assertThat(EntityRules.acceptPersonName("于嘉祥")).isNull(); // 落户于嘉祥
        assertThat(EntityRules.acceptPersonName("于永生")).isEqualTo("于永生");
        assertThat(EntityRules.acceptPersonName("济宁美")).isNull(); // 济宁美术馆: a city's short name and a char
        assertThat(EntityRules.acceptPersonName("许昌盛")).isNull();
        assertThat(EntityRules.acceptPersonName("许文昌")).isEqualTo("许文昌");
    }

    @Test
    void mentionsLoseQuotesThatCannotBelongToThem() {
        String text = "”子岸镇“";
        assertThat(EntityRules.trimPunctuation(text, new EntityEvaluation.Span(0, 5, EntityType.PLACE)))
                .isEqualTo(new EntityEvaluation.Span(1, 4, EntityType.PLACE));
        EntityEvaluation.Span clean = new EntityEvaluation.Span(1, 4, EntityType.PLACE);
        assertThat(EntityRules.trimPunctuation(text, clean)).isSameAs(clean);
        assertThat(EntityRules.trimPunctuation("”“", new EntityEvaluation.Span(0, 2, EntityType.PLACE))).isNull();
        // an opening quote at the start and a closing one at the end stay (《人民日报》)
        String paper = "《人民日报》";
        EntityEvaluation.Span quoted = new EntityEvaluation.Span(0, 6, EntityType.ORGANISATION);
        assertThat(EntityRules.trimPunctuation(paper, quoted)).isSameAs(quoted);
        assertThat(EntityRules.trimPunctuation("《联乡", new EntityEvaluation.Span(0, 3, EntityType.PLACE)))
                .isEqualTo(new EntityEvaluation.Span(1, 3, EntityType.PLACE));
    }

    @Test
    void aNameOnlyUsedInEpithetsIsNoMention() {
        // 老庄 (Laozi and Zhuangzi) of 老庄之道, 李杜 (Li Bai and Du Fu) of 李杜故里: compounds, not people
        assertThat(EntityRules.onlyInEpithets("老庄", "这里被誉为老庄之道的发源地，老庄之道影响深远。")).isTrue();
        assertThat(EntityRules.onlyInEpithets("李杜", "江油是李杜故里之一。")).isTrue();
        // one plain mention is enough to be a mention
        assertThat(EntityRules.onlyInEpithets("王林", "王林之乡的说法不对，王林本人说。")).isFalse();
        assertThat(EntityRules.onlyInEpithets("王林", "没有提到。")).isFalse();
    }

    @Test
    void organisationsOfTheFacetEndInAHeadAndAreNoPhrases() {
        assertThat(EntityRules.acceptOrganisationName("开封市人民政府")).isEqualTo("开封市人民政府");
        assertThat(EntityRules.acceptOrganisationName("县委组织部")).isEqualTo("县委组织部");
        assertThat(EntityRules.acceptOrganisationName("新华社")).isEqualTo("新华社");
        assertThat(EntityRules.acceptOrganisationName("人大")).isEqualTo("人大"); // a known abbreviation
        assertThat(EntityRules.acceptOrganisationName("国家发展和改革委员会")).isEqualTo("国家发展和改革委员会");
        assertThat(EntityRules.acceptOrganisationName("中国足球协会")).isEqualTo("中国足球协会");
        // no head: a word, a district, a slogan
        assertThat(EntityRules.acceptOrganisationName("平安")).isNull();
        assertThat(EntityRules.acceptOrganisationName("金水区")).isNull();
        assertThat(EntityRules.acceptOrganisationName("法治开封平安开封")).isNull();
        // a verb-like word and a head: a description, not a name
        assertThat(EntityRules.acceptOrganisationName("服务队")).isNull();
        assertThat(EntityRules.acceptOrganisationName("指挥部")).isNull();
        assertThat(EntityRules.acceptOrganisationName("工作组")).isNull();
        // a verb before a generic body: a phrase (帮镇联村机制 助推 县委 …)
        assertThat(EntityRules.acceptOrganisationName("帮镇联村机制助推县委")).isNull();
        assertThat(EntityRules.acceptOrganisationName("全面配合市政府")).isNull();
        assertThat(EntityRules.acceptOrganisationName("中共开封市委")).isEqualTo("中共开封市委");
        assertThat(EntityRules.acceptOrganisationName("县人大常委会党组")).isEqualTo("县人大常委会党组");
        assertThat(EntityRules.acceptOrganisationName("下派乡镇党委")).isNull();
        // a verb phrase ending in a head; a function char glued before a level
        assertThat(EntityRules.acceptOrganisationName("扩建老旧医院")).isNull();
        assertThat(EntityRules.acceptOrganisationName("上村党支部")).isEqualTo("村党支部");
        assertThat(EntityRules.acceptOrganisationName("任县人大常委会")).isEqualTo("县人大常委会");
        assertThat(EntityRules.acceptOrganisationName("上海证券交易所")).isEqualTo("上海证券交易所");
        // a head alone, a meeting, a name after a quote or plus
        assertThat(EntityRules.acceptOrganisationName("委员会")).isNull();
        assertThat(EntityRules.acceptOrganisationName("县第九次党代会")).isNull();
        assertThat(EntityRules.acceptOrganisationName("创业学院“青年创客工作室")).isEqualTo("青年创客工作室");
        assertThat(EntityRules.acceptOrganisationName("链长+商会")).isNull(); // 商会 alone: a head
    }

    @Test
    void aOneCharPlaceNeedsACountryContext() {
        java.util.function.BiFunction<String, int[], Boolean> check = (text, spans) -> {
            java.util.List<EntityEvaluation.Span> places = new java.util.ArrayList<>();
            for (int i = 0; i < spans.length; i += 2) {
                places.add(new EntityEvaluation.Span(spans[i], spans[i + 1], EntityType.PLACE));
            }
            return EntityRules.inCountryContext(text, places.get(0), places);
        };
        assertThat(check.apply("中美两国签署协议", new int[] {0, 1, 1, 2})).isTrue(); // 中 before the place 美
        assertThat(check.apply("美中两国签署协议", new int[] {1, 2, 0, 1})).isTrue(); // 中 after the place 美
        assertThat(check.apply("中、日、韩三国", new int[] {2, 3, 0, 1, 4, 5})).isTrue(); // 日 between places
        assertThat(check.apply("中方表示欢迎", new int[] {0, 1})).isTrue();
        assertThat(check.apply("与德企合作", new int[] {1, 2})).isTrue();
        assertThat(check.apply("主席访美期间", new int[] {3, 4})).isTrue();
        assertThat(check.apply("落实立德树人根本任务", new int[] {3, 4})).isFalse(); // 德 of 立德树人
        assertThat(check.apply("以德治国", new int[] {1, 2})).isFalse();
    }
}
