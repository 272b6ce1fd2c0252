package news.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A headline's second line that goes on with the word the first broke off is a wrap, not a subtitle (HanLP's words). */
class HeadlineWrapTest {
    private final HeadlineWrap wrap = new HeadlineWrap();

    @Test
    void aWordAcrossTheBreakIsAWrap() {
        assertThat(wrap.wrapsInsideWord("市委统战部开展“能力作风建设年”活动动", "员部署会议召开")).isTrue();
        assertThat(wrap.wrapsInsideWord("坚持走中国特色社会主", "义道路")).isTrue();
    }

    @Test
    void aPhraseOfItsOwnIsNoWrapEvenWhenTheCharactersAcrossFormAWord() {
        assertThat(wrap.wrapsInsideWord("全市老旧小区改造工作现场推进会召开", "明年再改八十个")).isFalse(); // 开明 is a word
        assertThat(wrap.wrapsInsideWord("市委统战部开展“能力作风建设年”活动动员", "部署会议召开")).isFalse();
    }

    @Test
    void aMarkOrALatinLetterAtTheBreakIsNoWrap() {
        assertThat(wrap.wrapsInsideWord("全市安全生产工作会议召开。", "安全第一")).isFalse();
        assertThat(wrap.wrapsInsideWord("招行将推iPhone", "4分期付款")).isFalse();
        assertThat(wrap.wrapsInsideWord("", "部署")).isFalse();
    }

    @Test
    void aLastWordOfOneOrTwoCharactersIsAWrapAndALongerPhraseMayBeASubtitle() {
        assertThat(wrap.wraps("6名海盗在印度洋海域攻击美国军舰", "被擒")).isTrue();
        assertThat(wrap.wraps("瑞士火箭人即将飞越英吉利海峡火箭", "人")).isTrue();
        assertThat(wrap.wraps("我市三季度改革创新实践案例评选结果出炉", "18个案例入选")).isFalse();
        assertThat(wrap.wraps("全市安全生产工作会议召开", "——李新")).isFalse();
    }

    @Test
    void theSegmenterDecides() {
        HeadlineWrap oneWord = new HeadlineWrap(text -> java.util.List.of(text));
        assertThat(oneWord.wrapsInsideWord("开明", "开明")).isTrue();
        HeadlineWrap characters = new HeadlineWrap(text -> text.codePoints().mapToObj(Character::toString).toList());
        assertThat(characters.wrapsInsideWord("活动动", "员部署")).isFalse();
    }
}
