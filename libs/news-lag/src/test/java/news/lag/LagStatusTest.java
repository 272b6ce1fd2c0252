package news.lag;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LagStatusTest {

    @Test
    void codesAreBurrows() {
        assertThat(List.of(LagStatus.values())).extracting(LagStatus::code).containsExactly(0, 1, 2, 3, 4, 5, 6);
        assertThat(List.of(LagStatus.values())).extracting(Enum::name)
                .containsExactly("NOTFOUND", "OK", "WARN", "ERR", "STOP", "STALL", "REWIND");
    }

    @Test
    void groupIsErrWhenAnyPartitionIsStopStallOrRewind() {
        assertThat(LagStatus.ofGroup(List.of(LagStatus.OK, LagStatus.STOP))).isEqualTo(LagStatus.ERR);
        assertThat(LagStatus.ofGroup(List.of(LagStatus.WARN, LagStatus.STALL))).isEqualTo(LagStatus.ERR);
        assertThat(LagStatus.ofGroup(List.of(LagStatus.REWIND))).isEqualTo(LagStatus.ERR);
    }

    @Test
    void groupIsWarnWhenTheWorstIsWarn() {
        assertThat(LagStatus.ofGroup(List.of(LagStatus.OK, LagStatus.WARN, LagStatus.OK))).isEqualTo(LagStatus.WARN);
    }

    @Test
    void groupIsOkWhenAllAreOkOrItHasNoPartitions() {
        assertThat(LagStatus.ofGroup(List.of(LagStatus.OK, LagStatus.OK))).isEqualTo(LagStatus.OK);
        assertThat(LagStatus.ofGroup(List.of())).isEqualTo(LagStatus.OK);
    }
}
