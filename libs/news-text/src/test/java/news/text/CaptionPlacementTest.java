package news.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CaptionPlacementTest {
    // paragraphs: 0 A's text, 1 A's text, 2 B's headline, 3 B's byline, 4 caption, 5 credit, 6 B's text, 7 caption,
    // 8 B's text, 9 caption, 10 C's headline, 11 C's text, 12 a label, 13 caption, 14 C's text
    private final int[] owner = {0, 0, 1, 1, -1, -1, 1, -1, 1, -1, 2, 2, -1, -1, 2};
    private final boolean[] head = {false, false, true, true, false, false, false, false, false, false, true, false,
            false, false, false};
    private final boolean[] skip = {false, false, false, false, true, true, false, true, false, true, false, false,
            false, true, false};

    @Test
    void aCaptionUnderAHeadlineOverItsTextIsThatArticlesPhoto() {
        assertThat(CaptionPlacement.byPosition(owner, head, skip, 4)).isEqualTo(1);
    }

    @Test
    void aCaptionAmongTheHeadlineLinesOfAnArticleIsItsPhoto() {
        int[] owner = {0, 0, -1, 0, 0};
        boolean[] head = {true, true, false, true, false};
        boolean[] skip = {false, false, true, false, false};
        assertThat(CaptionPlacement.byPosition(owner, head, skip, 2)).isEqualTo(0);
        // after its text and before its headline printed after it: unknown
        boolean[] after = {false, false, false, true, true};
        assertThat(CaptionPlacement.byPosition(owner, after, skip, 2)).isEqualTo(-1);
    }

    @Test
    void aCaptionInsideATextIsThatArticlesPhoto() {
        assertThat(CaptionPlacement.byPosition(owner, head, skip, 7)).isEqualTo(1);
    }

    @Test
    void aCaptionBetweenOneTextAndTheNextHeadlineOrNextToALabelTellsNothing() {
        assertThat(CaptionPlacement.byPosition(owner, head, skip, 9)).isEqualTo(-1);
        assertThat(CaptionPlacement.byPosition(owner, head, skip, 13)).isEqualTo(-1);
    }

    @Test
    void aCaptionRightOverTheFirstParagraphOfATextWhoseHeadlineIsElsewhereIsItsPhoto() {
        // 0 A's text, 1 caption, 2 B's first paragraph (B's headline printed elsewhere), 3 B's text
        int[] owner = {0, -1, 1, 1};
        boolean[] head = {false, false, false, false};
        boolean[] skip = {false, true, false, false};
        boolean[] opens = {true, false, true, false};
        assertThat(CaptionPlacement.byPosition(owner, head, skip, opens, 1)).isEqualTo(1);
        assertThat(CaptionPlacement.byPosition(owner, head, skip, null, 1)).as("not asked").isEqualTo(-1);
        boolean[] notOpening = {true, false, false, false};
        assertThat(CaptionPlacement.byPosition(owner, head, skip, notOpening, 1)).isEqualTo(-1);
    }
}
