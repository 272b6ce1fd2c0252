package news.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A short line with a sentence closed inside it, a semicolon or two commas is running text, not a headline. */
class RunningTextTest {

    @Test
    void aColumnLineCutOffByABlankLineReadsAsRunningText() {
        assertThat(RunningText.readsAsRunningText("据波兰电视台报道，飞机在空中翻了个跟头后掉在树丛后面，地面上顿时腾起滚滚")).isTrue();
        assertThat(RunningText.readsAsRunningText("旗下产品。目前，位")).isTrue();
        assertThat(RunningText.readsAsRunningText("网站鼻祖；腾讯")).isTrue();
    }

    @Test
    void aHeadlineWithOneCommaOrAQuotedSentenceIsNot() {
        assertThat(RunningText.readsAsRunningText("“万人助万企”，看许昌如何助民营经济撑起“半壁江山”")).isFalse();
        assertThat(RunningText.readsAsRunningText("“我们不会放弃。”")).isFalse();
        assertThat(RunningText.readsAsRunningText("急停+虚晃！阿联终于犀利")).isFalse();
        assertThat(RunningText.readsAsRunningText("驱动“三驾马车”打造“四个强县”")).isFalse();
        assertThat(RunningText.readsAsRunningText("")).isFalse();
    }
}
