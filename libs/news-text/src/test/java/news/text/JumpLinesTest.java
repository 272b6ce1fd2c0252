package news.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JumpLinesTest {
    @Test
    void aJumpMarkFromAnotherPageAloneOnItsLine() {
        assertThat(JumpLines.isJumpFromAlone("（上接第一版）")).isTrue();
        assertThat(JumpLines.isJumpFromAlone("(上接2版)")).isTrue();
        assertThat(JumpLines.isJumpFromAlone("（上接第12版）")).isTrue();
    }

    @Test
    void notAJumpFromMarkAlone() {
        assertThat(JumpLines.isJumpFromAlone("（下转第一版）")).isFalse(); // continued on, not from
        assertThat(JumpLines.isJumpFromAlone("（上接第一版）本报讯")).isFalse(); // the text's own first line
        assertThat(JumpLines.isJumpFromAlone("夜市重新开张（上接第一版）")).isFalse();
        assertThat(JumpLines.isJumpFromAlone("（上海第一版）")).isFalse();
        assertThat(JumpLines.isJumpFromAlone("（上接）")).isFalse();
        assertThat(JumpLines.isJumpFromAlone("")).isFalse();
    }

    @Test
    void aJumpToMarkEndsALine() {
        assertThat(JumpLines.endsWithJumpTo("记者了解（下转2版）")).isTrue();
        assertThat(JumpLines.endsWithJumpTo("（上接第一版）")).isFalse();
    }
}
