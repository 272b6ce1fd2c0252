package news.infra.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Points Elasticsearch's native access at the operating system's libzstd. A distribution ships its own
 * copy in lib/platform, which is not on Maven Central; without it native access is disabled and any index
 * using zstd (index.codec: best_compression, logsdb/time_series indices) fails its shards on the first flush.
 */
final class NativeLibraries {

    /** Where Debian/Ubuntu (libzstd1, a required package), Fedora and Alpine install libzstd. */
    private static final List<String> ZSTD_CANDIDATES = List.of(
        "/usr/lib/x86_64-linux-gnu/libzstd.so.1",
        "/usr/lib/aarch64-linux-gnu/libzstd.so.1",
        "/usr/lib64/libzstd.so.1",
        "/usr/lib/libzstd.so.1",
        "/lib/x86_64-linux-gnu/libzstd.so.1",
        "/lib/aarch64-linux-gnu/libzstd.so.1"
    );

    private NativeLibraries() {}

    /** Sets es.nativelibs.path (unless already given) to home/native holding a libzstd link; returns a note or null. */
    static String configure(Path home) throws IOException {
        if (System.getProperty("es.nativelibs.path") != null) {
            return null;
        }
        Path dir = Files.createDirectories(home.resolve("native"));
        System.setProperty("es.nativelibs.path", dir.toString());
        Path link = dir.resolve(System.mapLibraryName("zstd"));
        Files.deleteIfExists(link);
        for (String candidate : ZSTD_CANDIDATES) {
            Path target = Path.of(candidate);
            if (Files.isReadable(target)) {
                Files.createSymbolicLink(link, target);
                return null;
            }
        }
        return "no system libzstd found (apt-get install libzstd1): native access is disabled and "
            + "index.codec best_compression will not work";
    }
}
