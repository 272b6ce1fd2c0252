package news.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The canonical sample pages in {@code infra/samples/*.txt}: text extracted from five real regional newspaper pages.
 *
 * <p>Located relative to the working directory (Surefire runs in the module directory, so normally
 * {@code ../../infra/samples}), searching upwards so that running from the repository root or an IDE also works;
 * the system property {@code news.samples.dir} overrides the search.
 */
final class SamplePages {

    static final String PUYANG_ORGANISATION = "000_02c6cc3feb3fca82.txt";
    static final String PUYANG_OPINIONS = "001_dfcc9372242be090.txt";
    static final String JINING = "002_85b82fb2a4452231.txt";
    static final String XUCHANG_INTERVIEW = "003_9ec069737824a45c.txt";
    static final String XUCHANG_VILLAGES = "004_de0a8777002d9ed1.txt";

    static final List<String> ALL =
            List.of(PUYANG_ORGANISATION, PUYANG_OPINIONS, JINING, XUCHANG_INTERVIEW, XUCHANG_VILLAGES);

    private SamplePages() {
    }

    static Path directory() {
        String override = System.getProperty("news.samples.dir");
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        Path dir = Path.of("").toAbsolutePath();
        for (Path p = dir; p != null; p = p.getParent()) {
            Path candidate = p.resolve("infra").resolve("samples");
            if (Files.isRegularFile(candidate.resolve(PUYANG_ORGANISATION))) {
                return candidate;
            }
        }
        throw new IllegalStateException("infra/samples not found above " + dir
                + "; set -Dnews.samples.dir to the directory holding the sample pages");
    }

    static String read(String name) {
        try {
            return Files.readString(directory().resolve(name), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Stream<String> names() {
        return ALL.stream();
    }
}
