package news.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextComparisonTest {
    private static final List<String> PAGES = List.of("""
            本报讯（记者 王芳）全市乡村振兴工作会议昨日召开，会议总结了今年的工作。
            会议要求，各地要把乡村振兴摆在突出位置。
            """);

    @Test
    void aFolderWithoutTheSplittersClassesIsRefusedByName(@TempDir Path empty) {
        assertThatThrownBy(() -> TextComparison.run(empty, PAGES, 100, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(empty.toString())
                .hasMessageContaining("not a news-text classes folder");
    }

    @Test
    void theBuildComparedWithItsOwnClassesGivesARowForEachBuildWithTheirRatio() throws Exception {
        Path own = Path.of(PageSplitter.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        long bytes = PAGES.getFirst().getBytes(StandardCharsets.UTF_8).length;
        String table = TextComparison.run(own, PAGES, bytes, 0);
        List<String> lines = table.lines().toList();
        assertThat(lines).hasSize(4);
        assertThat(lines.get(2)).startsWith("before (" + own + ")");
        assertThat(lines.get(3)).startsWith("after (this build)");
        assertThat(ratio(lines.get(2))).isEqualTo("1.000"); // the first build is the base
        assertThat(Double.parseDouble(ratio(lines.get(3)))).isPositive();
        String[] after = lines.get(3).trim().split("\\s+");
        assertThat(after[after.length - 2]).isEqualTo("3"); // three measured batches after the warm-up
    }

    private static String ratio(String row) {
        String[] cells = row.trim().split("\\s+");
        return cells[cells.length - 1];
    }
}
