package news.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StructureMarksTest {
    private final StructureMarks marks = new StructureMarks();

    @Test
    void sectionLabels() {
        assertThat(marks.sectionLabel("■ 改革兴豫·濮阳动态")).contains("改革兴豫·濮阳动态");
        assertThat(marks.sectionLabel("■本报记者 刘传伏")).isEmpty();
        assertThat(marks.sectionLabel("改革兴豫·濮阳动态")).isEmpty();
    }

    @Test
    void continuationMarks() {
        StructureMarks.Continuation from = marks.continuation("（上接第一版）河南省第十一次党代会").orElseThrow();
        assertThat(from.from()).isTrue();
        assertThat(from.page()).isEqualTo("第一版");
        StructureMarks.Continuation to = marks.continuation("由市财政统一保障。（下转2版）").orElseThrow();
        assertThat(to.from()).isFalse();
        assertThat(to.page()).isEqualTo("2版");
        assertThat(marks.continuation("（下转第二版）").orElseThrow().page()).isEqualTo("第二版");
        assertThat(marks.continuation("（镇、街道）")).isEmpty();
    }

    @Test
    void interviewTurns() {
        assertThat(marks.speaker("人民网记者：刚才您也提到组织广大干部")).contains("人民网记者");
        assertThat(marks.speaker("史根治：“万人助万企”主要是激活存量")).contains("史根治");
        assertThat(marks.speaker("下一步建议：一是健全配套政策。")).isEmpty();
        assertThat(marks.speaker("他表示：要加强")).isEmpty();
    }
}
