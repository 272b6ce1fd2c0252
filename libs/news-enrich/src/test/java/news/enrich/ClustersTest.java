package news.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class ClustersTest {

    /** Items 0-3 always stand between 10 and 11, items 4-7 between 12 and 13. */
    private static List<int[]> sequences() {
        List<int[]> out = new ArrayList<>();
        for (int r = 0; r < 20; r++) {
            for (int item = 0; item < 8; item++) {
                out.add(item < 4 ? new int[] {10, item, 11} : new int[] {12, item, 13});
            }
        }
        return out;
    }

    @Test
    void itemsBetweenTheSameNeighboursShareAClusterAndSeedsMakeItReproducible() {
        int[] clusters = Clusters.kmeans(sequences(), 14, 4, 42);
        assertThat(clusters[0]).isEqualTo(clusters[1]).isEqualTo(clusters[2]).isEqualTo(clusters[3]);
        assertThat(clusters[4]).isEqualTo(clusters[5]).isEqualTo(clusters[6]).isEqualTo(clusters[7]);
        assertThat(clusters[0]).isNotEqualTo(clusters[4]);
        assertThat(Clusters.kmeans(sequences(), 14, 4, 42)).isEqualTo(clusters);
        List<int[]> rare = List.of(new int[] {1, 2, 3});
        assertThat(Clusters.kmeans(rare, 4, 2, 42)).containsOnly(-1); // seen fewer than MIN_COUNT times
    }

    @Test
    void learntFromTextWrittenAndReadBack() throws IOException {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            texts.add("张伟昨天在北京参观了工厂。");
            texts.add("李明昨天在上海参观了学校。");
        }
        Clusters clusters = Clusters.learn(texts);
        assertThat(clusters.isEmpty()).isFalse();
        assertThat(clusters.fine('京')).isPositive();
        assertThat(clusters.fine('鑫')).isZero(); // never seen
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        clusters.write(new DataOutputStream(bytes));
        Clusters read = Clusters.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
        assertThat(read.chars()).isEqualTo(clusters.chars());
        assertThat(read.words()).isEqualTo(clusters.words());
        assertThat(read.fine('京')).isEqualTo(clusters.fine('京'));
        assertThat(read.coarse('海')).isEqualTo(clusters.coarse('海'));
        assertThat(read.word(CharFeatures.wordHash("参观"))).isEqualTo(clusters.word(CharFeatures.wordHash("参观")))
                .isPositive();
    }
}
