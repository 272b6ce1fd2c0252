package news.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Property (jqwik): untangling interleaved columns only reorders whole lines. Every non-blank line comes out exactly
 * once, unchanged (so no Han character or digit is lost or altered), and each block of the output (a stream) holds
 * lines in the order they were printed — within a stream nothing is reordered.
 */
class InterleavedColumnsProperties {
    private static final InterleavedColumns COLUMNS = new InterleavedColumns();

    /** Column texts: from a small alphabet (so that character pairs repeat, as words do), digits, marks. */
    @Provide
    Arbitrary<String> page() {
        Arbitrary<String> word = Arbitraries.of("水库", "夜市", "青山镇", "老街", "今年", "合作社", "村民", "摊位", "，", "。",
                "2026", "5", "“", "”", "本报讯（记者 张三）", "记者 李四", "□ 王五", "（下转第2版）", "的", "了", "在");
        Arbitrary<String> text = word.list().ofMinSize(5).ofMaxSize(120).map(l -> String.join("", l));
        Arbitrary<Integer> width = Arbitraries.integers().between(6, 14);
        Arbitrary<List<String>> column = Combinators.combine(text, width).as(InterleavedColumnsProperties::wrap);
        // Random picks, or columns read strictly in turn (what pdftotext does on most interleaved blocks).
        Arbitrary<List<Integer>> pattern = Arbitraries.oneOf(Arbitraries.integers().between(0, 2).list().ofMaxSize(200),
                Arbitraries.just(java.util.stream.IntStream.range(0, 300).map(i -> i % 6).boxed().toList()));
        Arbitrary<Boolean> sparse = Arbitraries.of(false, false, true);
        return Combinators.combine(column.list().ofMinSize(1).ofMaxSize(3), pattern, sparse)
                .as(InterleavedColumnsProperties::print);
    }

    @Property(tries = 300)
    void linesAreOnlyReorderedAndEachStreamKeepsItsOrder(@ForAll("page") String page) {
        String out = COLUMNS.untangle(page);
        net.jqwik.api.statistics.Statistics.collect(out.equals(page) ? "kept" : "rewritten");

        assertThat(nonBlank(out)).as("the same lines").isEqualTo(nonBlank(page));
        List<String> printed = Arrays.stream(page.split("\n")).filter(l -> !l.isBlank()).toList();
        for (String block : out.split("\n\\s*\n")) {
            List<String> stream = Arrays.stream(block.split("\n")).filter(l -> !l.isBlank()).toList();
            assertThat(isSubsequence(stream, printed)).as("stream in printed order: %s", stream).isTrue();
        }
        assertThat(RepairPreservesHanAndDigitsProperties.hanAndDigits(out).chars().sorted().toArray())
                .isEqualTo(RepairPreservesHanAndDigitsProperties.hanAndDigits(page).chars().sorted().toArray());
    }

    private static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < text.length(); i += width) {
            lines.add(text.substring(i, Math.min(text.length(), i + width)));
        }
        return lines;
    }

    /** The columns' lines in the order the pattern picks them (the rest after), one or two line breaks apart. */
    private static String print(List<List<String>> columns, List<Integer> pattern, boolean sparse) {
        int[] next = new int[columns.size()];
        List<String> out = new ArrayList<>();
        for (int p : pattern) {
            int c = p % columns.size(); // in turn for 6 % k == 0 (one, two, three columns)
            if (next[c] < columns.get(c).size()) {
                out.add(columns.get(c).get(next[c]++));
            }
        }
        for (int c = 0; c < columns.size(); c++) {
            out.addAll(columns.get(c).subList(next[c], columns.get(c).size()));
        }
        return String.join(sparse ? "\n\n" : "\n", out) + "\n";
    }

    private static List<String> nonBlank(String text) {
        return Arrays.stream(text.split("\n")).filter(l -> !l.isBlank()).sorted().toList();
    }

    private static boolean isSubsequence(List<String> part, List<String> whole) {
        int j = 0;
        for (String line : part) {
            while (j < whole.size() && !whole.get(j).equals(line)) {
                j++;
            }
            if (j == whole.size()) {
                return false;
            }
            j++;
        }
        return true;
    }
}
