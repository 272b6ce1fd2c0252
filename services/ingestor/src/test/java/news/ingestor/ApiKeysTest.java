package news.ingestor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApiKeysTest {
    static final String KEY = "news_abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG";

    @Test
    void sha256IsTheHexDigestTheLauncherWrites() {
        // printf %s abc | sha256sum
        assertThat(ApiKeys.sha256("abc")).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void fileKeysResolveToTheirNewsroomAndRevokedOnesAreKnownAsRevoked(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("keys");
        Files.writeString(file, "# comment\n\npyrb " + ApiKeys.sha256(KEY) + " active\nold sha256:" + ApiKeys.sha256("old") + " revoked\n");
        ApiKeys keys = new ApiKeys(file, null, Clock.systemUTC(), Duration.ZERO);
        assertThat(keys.check(KEY)).isEqualTo(new ApiKeys.Valid("pyrb"));
        assertThat(keys.check("old")).isEqualTo(new ApiKeys.Revoked("old"));
        assertThat(keys.check("other")).isInstanceOf(ApiKeys.Unknown.class);
        assertThat(keys.check("")).isInstanceOf(ApiKeys.Unknown.class);
        assertThat(keys.check(null)).isInstanceOf(ApiKeys.Unknown.class);
        assertThat(keys.activeKeys()).isEqualTo(1);
    }

    @Test
    void aMissingFileMeansNoKeysUntilItAppears(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("keys");
        ApiKeys keys = new ApiKeys(file, null, Clock.systemUTC(), Duration.ZERO);
        assertThat(keys.check(KEY)).isInstanceOf(ApiKeys.Unknown.class);
        Files.writeString(file, "demo " + ApiKeys.sha256(KEY) + "\n");
        assertThat(keys.check(KEY)).isEqualTo(new ApiKeys.Valid("demo"));
        Files.delete(file);
        assertThat(keys.check(KEY)).isInstanceOf(ApiKeys.Unknown.class);
    }

    @Test
    void inlineKeysAreMergedAndAFileRevocationWins(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("keys");
        Files.writeString(file, "wire " + ApiKeys.sha256("k2") + " revoked\n");
        ApiKeys keys = new ApiKeys(file, "wire:" + ApiKeys.sha256("k1") + ", wire:SHA256:" + ApiKeys.sha256("k2").toUpperCase(),
                Clock.systemUTC(), Duration.ZERO);
        assertThat(keys.check("k1")).isEqualTo(new ApiKeys.Valid("wire"));
        assertThat(keys.check("k2")).isEqualTo(new ApiKeys.Revoked("wire"));
    }

    @Test
    void badConfigurationIsRefusedWithoutEchoingTheValue() {
        assertThatThrownBy(() -> ApiKeys.parseInline("pyrb:" + KEY))
                .hasMessageContaining("not 64 hex digits").hasMessageNotContaining(KEY);
        assertThatThrownBy(() -> ApiKeys.parseInline("pyrb")).hasMessageContaining("NEWSROOM:SHA256HEX");
        assertThatThrownBy(() -> ApiKeys.parseFile(List.of("bad/room " + ApiKeys.sha256("x")), "f")).hasMessageContaining("bad/room");
        assertThatThrownBy(() -> ApiKeys.parseFile(List.of("pyrb " + ApiKeys.sha256("x") + " maybe"), "f")).hasMessageContaining("active|revoked");
    }
}
