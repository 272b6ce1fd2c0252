package news.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class HeadingLinesTest {
    @Test
    void theFirstBylineLineIsWhereTheParagraphIsCut() {
        assertThat(HeadingLines.bylineStart(6, k -> k >= 4)).isEqualTo(4);
        assertThat(HeadingLines.bylineStart(3, k -> false)).isEqualTo(-1);
        // a paragraph that opens with a byline is a byline, not a headline with one under it
        assertThat(HeadingLines.bylineStart(2, k -> true)).isEqualTo(1);
        assertThat(HeadingLines.bylineStart(1, k -> true)).isEqualTo(-1);
    }

    @Test
    void onlyALineStartingWithARoleWordOrABulletMayOpenAByline() {
        assertThat(HeadingLines.mayOpenByline("记者 朱辉 本报通讯员")).isTrue();
        assertThat(HeadingLines.mayOpenByline("■本报记者 王芳")).isTrue();
        assertThat(HeadingLines.mayOpenByline("星起源")).isFalse();
        assertThat(HeadingLines.mayOpenByline("  ")).isFalse();
    }

    @Test
    void theSplitterKeepsTheBylineOfANarrowColumnOutOfItsHeadline() {
        String page = """
                新发现小
                行星可帮
                助解释彗
                星起源
                记者 朱辉 本报通讯员
                彭升升

                本报讯 北京时间8月20日消息，研究人员18日表示，一颗新发现的小行星可能帮助解释彗星的起源，这颗小行星正逐渐远离太阳。
                """;

        List<PageArticle> articles = new PageSplitter().split(page);

        assertThat(articles).hasSize(1);
        assertThat(articles.getFirst().headline()).isEqualTo("新发现小行星可帮助解释彗星起源");
        assertThat(articles.getFirst().names().reporters()).contains("朱辉");
        assertThat(articles.getFirst().names().correspondents()).contains("彭升升");
    }
}
