package news.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import news.text.NearDuplicateIndex.Verdict.Kind;
import org.junit.jupiter.api.Test;

class NearDuplicateIndexTest {
    private static final String BODY = SamplePages.read(SamplePages.XUCHANG_VILLAGES);
    private final NearDuplicateIndex index = new NearDuplicateIndex(100, 3, 200);

    @Test
    void exactResendIsAReplayButANewVersionIsNot() {
        assertThat(index.judge("a", "v1", BODY).kind()).isEqualTo(Kind.NEW);
        index.remember("a", "v1", BODY);
        assertThat(index.judge("a", "v1", BODY).kind()).isEqualTo(Kind.REPLAY);
        assertThat(index.judge("a", "v2", BODY).kind()).isEqualTo(Kind.NEW);
        assertThat(index.judge("a", "v1", BODY + "更正。").kind()).isEqualTo(Kind.NEW);
    }

    @Test
    void nearCopyUnderAnotherIdIsLinkedToTheFirst() {
        index.remember("a", "v1", BODY);
        NearDuplicateIndex.Verdict v = index.judge("b", "v1", BODY.replaceFirst("日前", "近日"));
        assertThat(v.kind()).isEqualTo(Kind.DUPLICATE);
        assertThat(v.duplicateOf()).isEqualTo("a");
        assertThat(index.judge("c", "v1", SamplePages.read(SamplePages.JINING)).kind()).isEqualTo(Kind.NEW);
    }

    @Test
    void shortBodiesAreNeverDuplicates() {
        index.remember("a", "v1", "短讯。");
        assertThat(index.judge("b", "v1", "短讯。").kind()).isEqualTo(Kind.NEW);
    }

    @Test
    void boundedByCapacity() {
        NearDuplicateIndex small = new NearDuplicateIndex(2, 3, 200);
        small.remember("a", "v", BODY);
        small.remember("b", "v", "乙");
        small.remember("c", "v", "丙");
        assertThat(small.size()).isEqualTo(2);
        assertThat(small.judge("a", "v", BODY).kind()).isEqualTo(Kind.NEW);
        assertThatThrownBy(() -> new NearDuplicateIndex(0, 3, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void closestCandidatePicksTheNearestOtherIdWithinTheDistance() {
        long fp = 0x0123456789abcdefL;
        java.util.Map<String, Long> candidates = new java.util.HashMap<>();
        candidates.put("self", fp);
        candidates.put("far", fp ^ 0xF0FL);           // 8 bits away
        candidates.put("b", fp ^ 0x3L);               // 2 bits
        candidates.put("a", fp ^ 0x5L);               // 2 bits, smaller id: wins the tie
        candidates.put("c", fp ^ 0x1L);               // 1 bit: nearest
        assertThat(NearDuplicateIndex.closest("self", fp, candidates, 3)).isEqualTo("c");
        candidates.remove("c");
        assertThat(NearDuplicateIndex.closest("self", fp, candidates, 3)).isEqualTo("a");
        assertThat(NearDuplicateIndex.closest("self", fp, java.util.Map.of("far", fp ^ 0xF0FL), 3)).isNull();
        assertThat(NearDuplicateIndex.closest("self", fp, java.util.Map.of("self", fp), 3)).isNull();
    }
}
