package news.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SimHashTest {
    private static final String BODY = SamplePages.read(SamplePages.XUCHANG_VILLAGES);

    @Test
    void identicalTextsHaveTheSameFingerprintAndSmallEditsStayClose() {
        assertThat(SimHash.of(BODY)).isEqualTo(SimHash.of(BODY));
        String edited = BODY.replaceFirst("许昌", "许 昌").replaceFirst("日前", "近日");
        assertThat(SimHash.distance(SimHash.of(BODY), SimHash.of(edited))).isLessThanOrEqualTo(3);
    }

    @Test
    void differentPagesAreFarApart() {
        String other = SamplePages.read(SamplePages.JINING);
        assertThat(SimHash.distance(SimHash.of(BODY), SimHash.of(other))).isGreaterThan(10);
    }

    @Test
    void whitespaceIsIgnoredAndHexHas16Digits() {
        assertThat(SimHash.of("问题整改")).isEqualTo(SimHash.of("问 题 整\n改"));
        assertThat(SimHash.hex(SimHash.of("问题整改"))).hasSize(16).matches("[0-9a-f]{16}");
        assertThat(SimHash.of(null)).isZero();
        assertThat(SimHash.of("字")).isZero();
    }
}
