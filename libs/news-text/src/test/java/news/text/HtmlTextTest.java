package news.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class HtmlTextTest {

    private static final String PS = "\u2029";

    private final HtmlText html = new HtmlText();

    @Test
    void nullIsEmpty() {
        assertThat(html.text(null)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "本报讯（记者 王金伟）", "a < b", "x<5", "3 > 2", "<新闻联播>", "R&D", "AT&T",
            "& ", "&;", "&#;", "&#x;", "<", ">", "<>", "< p>", "<1>", "&unknownentity;", "a&&b", "<_x>"})
    void textThatIsNoMarkupIsUnchanged(String text) {
        assertThat(html.text(text)).isEqualTo(text);
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
                Arguments.of("<table><tr><td>甲</td><td>乙</td></tr></table>", PS + PS + PS + " 甲  乙 " + PS + PS + PS),
                Arguments.of("<!-- 注释 -->正文", "正文"),
                Arguments.of("前<!-- a > b -->后", "前后"),
                Arguments.of("<!DOCTYPE html><html><head><title>页面标题</title></head><body>正文</body></html>", "正文"),
                Arguments.of("<?xml version=\"1.0\"?>正文", "正文"),
                Arguments.of("<script>var a = '<b>';</script>正文", "正文"),
                Arguments.of("<style type=\"text/css\">p { color: red }</style>正文", "正文"),
                Arguments.of("<SCRIPT>x</SCRIPT >正文", "正文"),
                Arguments.of("正文<script>never closed", "正文"),
                Arguments.of("if a<b and c>d", "if ad"));
    }

    @ParameterizedTest
    @MethodSource("tags")
    void extractsTheTextOfTheMarkup(String markup, String expected) {
        assertThat(html.text(markup)).isEqualTo(expected);
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
                // jsoup leaves a surrogate reference as the lone surrogate; InvisibleCharFilter drops it (TextRepairTest)
                Arguments.of("&#xD800;", "\uD800"),
                Arguments.of("&#x110000;", "\uFFFD"),
                Arguments.of("&#99999999999999999999;", "\uFFFD"),
                Arguments.of("&#150;", "–"),
                Arguments.of("&#147;引&#148;", "“引”"),
                Arguments.of("&amp;lt;", "&lt;"),
                Arguments.of("&amp", "&"),
                Arguments.of("a &amp b", "a & b"),
                Arguments.of("&nbsp", "\u00A0"),
                Arguments.of("&#x4e2d;<br>&#x56fd;", "中\n国"));
    }

    @ParameterizedTest
    @MethodSource("references")
    void decodesCharacterReferencesOnce(String markup, String expected) {
        assertThat(html.text(markup)).isEqualTo(expected);
    }

    // ---- hostile bodies: whatever the markup, only text comes out, and escaped markup stays text ------------------

    static Stream<Arguments> hostile() {
        return Stream.of(
                // escaped markup is the text it spells, decoded once; a second decoding would make it live
                Arguments.of("<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>", PS + "<script>alert(1)</script>" + PS),
                Arguments.of("&amp;lt;script&amp;gt;", "&lt;script&gt;"),
                Arguments.of("&#60;img src=x onerror=alert(1)&#62;", "<img src=x onerror=alert(1)>"),
                // real markup is gone with its content where that is code
                Arguments.of("前<script>document.write('<p>注入</p>')</script>后", "前后"),
                Arguments.of("前<script><!--\nalert('<\\/script>')\n--></script>后", "前后"),
                Arguments.of("前<style>@import 'x.css'; body{background:url(javascript:alert(1))}</style>后", "前后"),
                Arguments.of("前<noscript><img src=x onerror=alert(1)>无脚本</noscript>后", "前后"),
                Arguments.of("前<iframe src=\"javascript:alert(1)\">框架</iframe>后", "前后"),
                Arguments.of("前<svg onload=alert(1)><text>矢量</text></svg>后", "前后"),
                Arguments.of("前<template><b>模板</b></template>后", "前后"),
                // attributes never reach the text, whatever they hold
                Arguments.of("<img src=x onerror=\"alert('<script>')\">图", "图"),
                Arguments.of("<a href=\"javascript:alert('&lt;x&gt;')\" title='<script>'>链接</a>", "链接"),
                Arguments.of("<div data-x=\"</div><script>alert(1)</script>\">正文</div>", PS + "正文" + PS),
                Arguments.of("<p title=\">\">段</p>", PS + "段" + PS),
                // comments, CDATA, processing instructions and bogus comments are not text
                Arguments.of("前<!-- <script>alert(1)</script> -->后", "前后"),
                Arguments.of("前<!--> 后", "前 后"),
                // in HTML a CDATA section is a bogus comment ending at the first '>', as a browser shows it; the
                // <script> inside is gone, the rest is plain text
                Arguments.of("前<![CDATA[<script>alert(1)</script>]]>后", "前alert(1)]]>后"),
                Arguments.of("前<?php echo '<b>'; ?>后", "前'; ?>后"),
                Arguments.of("前<!-- 没有结束", "前"),
                // nested, unclosed and mis-nested tags parse as a browser parses them
                Arguments.of("<b><i>粗斜</b>斜</i>", "粗斜斜"),
                Arguments.of("<p>一<p>二", PS + "一" + PS + PS + "二" + PS),
                Arguments.of("<div><div><div>深</div>", PS + PS + PS + "深" + PS + PS + PS),
                Arguments.of("<b 没有结束", ""),
                Arguments.of("<b <i>斜体</i>", "斜体"),
                // the classic filter evasion: "scr<script" is one (unknown) tag name, "ipt>alert(1)" is text
                Arguments.of("<scr<script>ipt>alert(1)</script>后", "ipt>alert(1)后"),
                Arguments.of("</p>孤立的结束标签</b>", "孤立的结束标签"),
                Arguments.of("<<b>>加粗<</b>>", "<>加粗<>"),
                // an unterminated script runs to the end, as in a browser
                Arguments.of("<p>段<script>一</p>二", PS + "段" + PS));
    }

    @ParameterizedTest
    @MethodSource("hostile")
    void hostileBodiesGiveOnlyTheirText(String markup, String expected) {
        assertThat(html.text(markup)).isEqualTo(expected);
    }

    @Test
    void noTagSurvivesInTheText() {
        String hostile = "<p onclick=alert(1)>甲<img src=x onerror=alert(1)></p><script>alert(2)</script>"
                + "<!--<script>-->乙<style>x</style><iframe srcdoc='<script>alert(3)</script>'></iframe>丙";
        String text = html.text(hostile);
        assertThat(text).isEqualTo(PS + "甲" + PS + "乙丙");
        assertThat(text).doesNotContain("<", ">", "alert");
    }

    @Test
    void keepsNewlinesAndSpacesOfTheText() {
        assertThat(html.text("问 题 整 改\n\n<b>本 报 讯</b>")).isEqualTo("问 题 整 改\n\n本 报 讯");
    }

    @Test
    void deepAndLongMarkupIsLinear() {
        String deep = "<div>".repeat(100_000) + "深" + "</div>".repeat(100_000);
        assertThat(html.text(deep)).contains("深");
        String open = "<a ".repeat(50_000) + "中";
        assertThat(html.text(open)).doesNotContain("<a");
        String amps = "&".repeat(10_000) + "&#" + "1".repeat(10_000);
        assertThat(html.text(amps)).startsWith("&&&");
    }
}
