package news.enrich;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.hankcs.hanlp.corpus.tag.Nature;
import com.hankcs.hanlp.seg.common.Term;

class NameDictionaryTest {

    private static final int K = CharFeatures.TEMPLATES;

    @Test
    void readsOnlyTheNamesOfJiebasFormat() throws IOException {
        String dict = "北京 34488 ns\n克林顿 295 nr\n多特蒙德 75 nrt\n新华社 4854 nt\n发展 9999 vn\n中国 1 ns\n中国 2 nt\n";
        NameDictionary d = NameDictionary.read(new ByteArrayInputStream(dict.getBytes(StandardCharsets.UTF_8)));
        assertThat(d.size()).isEqualTo(5);
        assertThat(d.groups("北京")).isEqualTo(NameDictionary.PLACE);
        assertThat(d.groups("克林顿")).isEqualTo(NameDictionary.PERSON);
        assertThat(d.groups("多特蒙德")).isEqualTo(NameDictionary.FOREIGN_PERSON);
        assertThat(d.groups("新华社")).isEqualTo(NameDictionary.ORGANISATION);
        assertThat(d.groups("发展")).isZero();
        assertThat(d.groups("中国")).isEqualTo(NameDictionary.PLACE | NameDictionary.ORGANISATION);
    }

    @Test
    void aNameInsideAFourCharPhraseThatStartsBeforeItIsInASetPhraseAndOneAtItsStartIsNot() throws IOException {
        String dict = "研精覃思 3 vn\n诺贝尔奖 50 n\n诺贝尔 80 nr\n东张西望 9 i\n张西望 2 nr\n";
        NameDictionary d = NameDictionary.read(new ByteArrayInputStream(dict.getBytes(StandardCharsets.UTF_8)));
        String text = "他研精覃思，获诺贝尔奖。";
        assertThat(d.insideSetPhrase(text, 3, 5)).as("覃思 of 研精覃思").isTrue();
        assertThat(d.insideSetPhrase(text, 7, 10)).as("诺贝尔 at the start of 诺贝尔奖").isFalse();
        assertThat(d.insideSetPhrase("他东张西望", 3, 5)).as("西望 of 东张西望").isTrue();
        assertThat(d.insideSetPhrase("覃思", 0, 2)).as("nothing before the name").isFalse();
        assertThat(d.groups("张西望")).as("a phrase's chars listed as a name stay a name").isEqualTo(NameDictionary.PERSON);
    }

    @Test
    void aFileWithoutNamesIsNoDictionary() {
        assertThatThrownBy(() -> NameDictionary.read(new ByteArrayInputStream("发展 9999 vn\n".getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(IOException.class).hasMessageContaining("not jieba's dict.txt");
    }

    @Test
    void everyMatchMarksItsCharsByPositionAndTheLongestWins() {
        NameDictionary d = NameDictionary.of(Map.of("中央军事委员会", NameDictionary.ORGANISATION, "中央", NameDictionary.PLACE,
                "俄", NameDictionary.PLACE));
        char[] text = "俄中央军事委员会".toCharArray();
        int[] all = new int[text.length];
        int[] longest = new int[text.length];
        d.match(text, all, longest);
        int g = NameDictionary.GROUP_BITS;
        assertThat(all[0]).as("俄 alone: S").isEqualTo(NameDictionary.PLACE << (3 * g));
        // 中: B of the organisation and of the place 中央
        assertThat(all[1]).isEqualTo(NameDictionary.ORGANISATION | NameDictionary.PLACE);
        // 央: M of the organisation, E of 中央
        assertThat(all[2]).isEqualTo(NameDictionary.ORGANISATION << g | NameDictionary.PLACE << (2 * g));
        assertThat(all[7]).isEqualTo(NameDictionary.ORGANISATION << (2 * g));
        assertThat(longest[2]).isEqualTo(7 << 8 | 1 << 4 | NameDictionary.ORGANISATION);
        assertThat(longest[0]).isEqualTo(1 << 8 | 3 << 4 | NameDictionary.PLACE);
    }

    @Test
    void jiebasDictionaryIsOnTheClasspathAndFeedsTwoTemplates() {
        NameDictionary d = NameDictionary.standard();
        assertThat(d.size()).isGreaterThan(100_000);
        assertThat(d.groups("亚特兰大")).isEqualTo(NameDictionary.PLACE);
        assertThat(d.groups("新华社")).isEqualTo(NameDictionary.ORGANISATION);
        String text = "他在亚特兰大";
        Term t = new Term(text, Nature.create("n"));
        t.offset = 0;
        long[] keys = new long[text.length() * K];
        CharFeatures.extract(text, 0, text.length(), List.of(t), keys);
        assertThat(keys[CharFeatures.NAMES_ALL]).as("他: no name").isZero();
        for (int i = 2; i < text.length(); i++) {
            assertThat(CharFeatures.template(keys[i * K + CharFeatures.NAMES_ALL])).isEqualTo(CharFeatures.NAMES_ALL);
            assertThat(CharFeatures.payload(keys[i * K + CharFeatures.NAMES_LONGEST]) >> 8).isEqualTo(4);
        }
    }
}
