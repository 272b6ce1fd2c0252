package news.text;

import static org.assertj.core.api.Assertions.assertThat;

import news.model.ArticleMetadata.Caption;
import org.junit.jupiter.api.Test;

class CaptionExtractorTest {
    private final CaptionExtractor captions = new CaptionExtractor();

    @Test
    void captionWithInlineCredit() {
        assertThat(captions.caption("图为建安区举办农民培训班。董凡 摄"))
                .contains(new Caption("图为建安区举办农民培训班。", "董凡"));
    }

    @Test
    void filePhotoHasNoPhotographer() {
        assertThat(captions.caption("图为振德健康医疗用品产业园一瞥。资料图片"))
                .contains(new Caption("图为振德健康医疗用品产业园一瞥。（资料图片）", null));
    }

    @Test
    void creditOnItsOwnLine() {
        assertThat(captions.isCreditOnly("本报记者 牛书培 摄")).isTrue();
        assertThat(captions.photographer("本报记者 牛书培 摄")).contains("牛书培");
        assertThat(captions.isCreditOnly("李玉中 摄")).isTrue();
        assertThat(captions.caption("图为建安区水利局工作人员在该区五女店镇冶庄村农田配备调制水泵。"))
                .contains(new Caption("图为建安区水利局工作人员在该区五女店镇冶庄村农田配备调制水泵。", null));
    }

    @Test
    void bodyTextIsNoCaption() {
        assertThat(captions.caption("我市召开会议，部署工作。")).isEmpty();
        assertThat(captions.caption("他拿起相机拍摄")).isEmpty();
        assertThat(captions.isCreditOnly("我们一起摄")).isFalse();
        assertThat(captions.caption(null)).isEmpty();
    }
}
