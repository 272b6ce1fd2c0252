package news.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class HtmlStripperTest {

    private static final String PS = "\u2029";

    private final HtmlStripper stripper = new HtmlStripper();

    @Test
    void nullIsEmpty() {
        assertThat(stripper.strip(null)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "本报讯（记者 王金伟）", "a < b", "x<5", "3 > 2", "<新闻联播>", "R&D", "AT&T",
            "& ", "&;", "&#;", "&#x;", "<", ">", "<>", "< p>", "<1>", "<-->", "&unknownentity;", "a&&b", "<_x>"})
    void plainTextIsUnchanged(String text) {
        assertThat(stripper.strip(text)).isEqualTo(text);
    }

    static Stream<Arguments> tags() {
        return Stream.of(
                Arguments.of("<b>加粗</b>", "加粗"),
                Arguments.of("本<b>报</b>讯", "本报讯"),
                Arguments.of("<span class=\"x\">文字</span>", "文字"),
                Arguments.of("<a href='http://x.cn/?a=1&b=2'>链接</a>", "链接"),
                Arguments.of("<img src=\"a>b.png\" alt=\"图\">图片", "图片"),
                Arguments.of("<IMG SRC=x.png>大写", "大写"),
                Arguments.of("<o:p>office</o:p>", "office"),
                Arguments.of("<font\ncolor=red>跨行</font>", "跨行"),
                Arguments.of("<br>", "\n"),
                Arguments.of("第一行<br>第二行", "第一行\n第二行"),
                Arguments.of("第一行<br/>第二行<BR />第三行", "第一行\n第二行\n第三行"),
                Arguments.of("<p>第一段</p><p>第二段</p>", PS + "第一段" + PS + PS + "第二段" + PS),
                Arguments.of("<div>块</div>", PS + "块" + PS),
                Arguments.of("<h1>标题</h1>正文", PS + "标题" + PS + "正文"),
                Arguments.of("<li>一</li><li>二</li>", PS + "一" + PS + PS + "二" + PS),
                Arguments.of("<td>甲</td><td>乙</td>", " 甲  乙 "),
                Arguments.of("<!-- 注释 -->正文", "正文"),
                Arguments.of("前<!-- a > b -->后", "前后"),
                Arguments.of("<!DOCTYPE html><html><body>正文</body></html>", "正文"),
                Arguments.of("<?xml version=\"1.0\"?>正文", "正文"),
                Arguments.of("<script>var a = '<b>';</script>正文", "正文"),
                Arguments.of("<style type=\"text/css\">p { color: red }</style>正文", "正文"),
                Arguments.of("<SCRIPT>x</SCRIPT >正文", "正文"),
                Arguments.of("正文<script>never closed", "正文"),
                Arguments.of("if a<b and c>d", "if ad"));
    }

    @ParameterizedTest
    @MethodSource("tags")
    void stripsTags(String html, String expected) {
        assertThat(stripper.strip(html)).isEqualTo(expected);
    }

    static Stream<Arguments> references() {
        return Stream.of(
                Arguments.of("&amp;", "&"),
                Arguments.of("&lt;p&gt;", "<p>"),
                Arguments.of("&quot;引号&quot;", "\"引号\""),
                Arguments.of("&apos;", "'"),
                Arguments.of("a&nbsp;b", "a\u00A0b"),
                Arguments.of("&ldquo;两个确保&rdquo;", "“两个确保”"),
                Arguments.of("&mdash;&mdash;", "——"),
                Arguments.of("&hellip;", "…"),
                Arguments.of("&middot;", "·"),
                Arguments.of("&#x4e2d;&#x56FD;", "中国"),
                Arguments.of("&#X4E2D;", "中"),
                Arguments.of("&#20013;&#22269;", "中国"),
                Arguments.of("&#x20000;", "\uD840\uDC00"),
                Arguments.of("&#20013", "中"),
                Arguments.of("&#20013国", "中国"),
                Arguments.of("&#0;", "\uFFFD"),
                Arguments.of("&#xD800;", "\uFFFD"),
                Arguments.of("&#x110000;", "\uFFFD"),
                Arguments.of("&#99999999999999999999;", "\uFFFD"),
                Arguments.of("&#150;", "–"),
                Arguments.of("&#147;引&#148;", "“引”"),
                Arguments.of("&#129;", "\u0081"),
                Arguments.of("&amp;lt;", "&lt;"),
                Arguments.of("&amp", "&"),
                Arguments.of("a &amp b", "a & b"),
                Arguments.of("&nbsp", "\u00A0"),
                Arguments.of("&ampx", "&ampx"),
                Arguments.of("&AMP;", "&AMP;"),
                Arguments.of("&mdash", "&mdash"),
                Arguments.of("&#x4e2d;<br>&#x56fd;", "中\n国"));
    }

    @ParameterizedTest
    @MethodSource("references")
    void decodesCharacterReferences(String html, String expected) {
        assertThat(stripper.strip(html)).isEqualTo(expected);
    }

    @Test
    void keepsNewlinesAndSpacesOfTheText() {
        assertThat(stripper.strip("问 题 整 改\n\n<b>本 报 讯</b>")).isEqualTo("问 题 整 改\n\n本 报 讯");
    }

    @Test
    void unclosedTagIsText() {
        assertThat(stripper.strip("<b 没有结束")).isEqualTo("<b 没有结束");
        assertThat(stripper.strip("<b <i>斜体</i>")).isEqualTo("<b 斜体");
    }

    @Test
    void unclosedCommentIsText() {
        assertThat(stripper.strip("前<!-- 没有结束")).isEqualTo("前<!-- 没有结束");
        assertThat(stripper.strip("<!-- a <!-- b")).isEqualTo("<!-- a <!-- b");
    }

    @Test
    void overlongTagIsText() {
        String attr = "x".repeat(HtmlStripper.MAX_TAG_LENGTH + 10);
        String text = "<a " + attr + ">";
        assertThat(stripper.strip(text)).isEqualTo(text);
    }

    @Test
    void manyUnclosedTagStartsAreText() {
        String text = "<a ".repeat(50_000) + "中";
        assertThat(stripper.strip(text)).isEqualTo(text);
        String quoted = "<a x=\"".repeat(2_000) + "中";
        assertThat(stripper.strip(quoted)).isEqualTo(quoted);
    }

    @Test
    void manyAmpersandsAreText() {
        String text = "&".repeat(10_000) + "&#" + "1".repeat(10_000);
        assertThat(stripper.strip(text)).startsWith("&&&").hasSize(10_001);
    }
}
