package news.text;

import java.util.List;

/**
 * Whether the lines of a short heading block read as one subheading set over two or three lines
 * ({@code 甄选帮带主体} / {@code 实施精准结对}) rather than a column label over the next article's headline
 * ({@code 走基层} / {@code 美国陆军将临时扩编2.2万人}, {@code 编者按} / {@code 星际野蛮酋长降临衡阳}): a first line shaped like a
 * label (a few Han characters and nothing else) under which a line at least twice as long is printed. Such a block
 * opens an article; before, every block of two or three short heading lines over text was taken as a subheading.
 * Pure.
 */
final class SubheadingPairs {
    private SubheadingPairs() {
    }

    /** Whether {@code lines} (two or three short heading lines) may be one subheading: not a label over a longer line. */
    static boolean linesAlike(List<String> lines) {
        String first = lines.getFirst().replace(" ", "");
        if (!PageSplitter.isLabelShaped(first)) {
            return true;
        }
        int label = PageSplitter.countHan(first);
        for (int i = 1; i < lines.size(); i++) {
            if (PageSplitter.countHan(lines.get(i)) >= 2 * label) {
                return false;
            }
        }
        return true;
    }
}
