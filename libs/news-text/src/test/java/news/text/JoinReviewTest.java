package news.text;

import static news.text.JoinReview.IMPOSSIBLE;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Made-up score matrices: which start each contested open end goes on in. */
class JoinReviewTest {
    @Test
    void twoTextsPrintedColumnByColumnInTurnAreUncrossed() {
        // Pieces A1 B1 A2 B2 as printed; pass 0 joined A1→B1, B1→A2, A2→B2. Ends A1, B1, A2; starts B1, A2, B2.
        // A1 reads on into A2 and B1 into B2 much better than into what was printed after them.
        double[][] score = {
                {0.40, 1.20, IMPOSSIBLE}, // A1: B1 (printed), A2, -
                {IMPOSSIBLE, 0.40, 1.10}, // B1: -, A2 (printed), B2
                {IMPOSSIBLE, IMPOSSIBLE, 0.45}, // A2: B2 (printed)
        };
        int[] printed = {0, 1, 2};

        int[] match = JoinReview.assign(score, printed, 0.3, 0.8);

        assertThat(match).containsExactly(1, 2, -1); // A1→A2, B1→B2, A2 left open (its continuation is elsewhere)
    }

    @Test
    void thePrintedNextPieceStaysUnlessAnotherStartBeatsItByThePrior() {
        double[][] score = {{0.60, 0.85}};

        assertThat(JoinReview.assign(score, new int[] {0}, 0.3, 0.8)).containsExactly(0); // 0.85 < 0.60 + 0.3
        assertThat(JoinReview.assign(score, new int[] {0}, 0.2, 0.8)).containsExactly(1); // 0.85 > 0.60 + 0.2
    }

    @Test
    void aStartScoringUnderTheConfidentScoreIsNeverTakenInsteadOfThePrintedOne() {
        double[][] score = {{0.0, 0.79}};

        assertThat(JoinReview.assign(score, new int[] {0}, 0.0, 0.8)).containsExactly(0);
    }

    @Test
    void anEndWithoutAPossibleStartIsLeftOpen() {
        double[][] score = {{IMPOSSIBLE, 0.5}};

        assertThat(JoinReview.assign(score, new int[] {0}, 0.3, 0.8)).containsExactly(-1);
        assertThat(JoinReview.assign(new double[0][0], new int[0], 0.3, 0.8)).isEmpty();
    }
}
