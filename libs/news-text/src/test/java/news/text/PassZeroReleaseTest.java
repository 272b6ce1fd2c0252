package news.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Releasing and restoring pass-0 joins on made-up chains. */
class PassZeroReleaseTest {
    @Test
    void anUnsupportedJoinOfLongPiecesIsReleasedAndAShortOneOrASupportedOneIsKept() {
        // 0 → 1 → 2 → 3 as printed; 0 → 1 and 2 → 3 are unsupported, 1 → 2 is not; piece 3 is short.
        int[] next = {1, 2, 3, -1};
        int[] previous = {-1, 0, 1, 2};
        int[] han = {120, 80, 90, 30};
        Set<Integer> unsupported = Set.of(0, 2);

        int[] released = PassZeroRelease.release(next, previous, unsupported::contains, i -> han[i]);

        assertThat(released).containsExactly(1, -1, -1, -1);
        assertThat(next).containsExactly(-1, 2, 3, -1);
        assertThat(previous).containsExactly(-1, -1, 1, 2);
    }

    @Test
    void nothingReleasedGivesNull() {
        int[] next = {1, -1};
        int[] previous = {-1, 0};

        assertThat(PassZeroRelease.release(next, previous, i -> false, i -> 100)).isNull();
        assertThat(PassZeroRelease.release(next, previous, i -> true, i -> PassZeroRelease.MIN_HAN - 1)).isNull();
        assertThat(next).containsExactly(1, -1);
    }

    @Test
    void aReleasedPairIsJoinedAgainOnlyWhenNeitherSideFoundAnotherPiece() {
        // Released 0 → 1 and 2 → 3; afterwards 0 went on in 4, while 2 and 3 found nothing.
        int[] released = {1, -1, 3, -1, -1};
        int[] next = {4, -1, -1, -1, -1};
        int[] previous = {-1, -1, -1, -1, 0};

        int restored = PassZeroRelease.restore(released, next, previous);

        assertThat(restored).isEqualTo(1);
        assertThat(next).containsExactly(4, -1, 3, -1, -1);
        assertThat(previous).containsExactly(-1, -1, -1, 2, 0);
    }

    @Test
    void hanCharactersAreCountedWithoutDigitsLatinOrMarks() {
        assertThat(PassZeroRelease.hanChars(List.of("青山镇2026年，CBA", "水库。"))).isEqualTo(6);
    }
}
