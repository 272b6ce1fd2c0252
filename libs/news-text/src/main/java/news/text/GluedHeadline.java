package news.text;

import java.util.List;

/**
 * A headline printed straight over its text with no blank line between them, so that pdftotext (and the paragraph
 * rebuilder after it) runs the two together ({@code 刘烨获聘希望之家爱心大使} / {@code 5 月 8 日，由“中华} / …).
 * Its first line (or two) is set apart when
 * <ul>
 *   <li>the next line opens a text with a dateline ({@code 招行将推iPhone} / {@code 本报三门峡11月} /
 *       {@code 25日讯（记者…}): whatever comes before an opener is not that text's, a headline or the end of the text
 *       before ({@code 阶段投资(} / {@code growthcapital)中比较} / {@code 本报汝州8月25日讯…});</li>
 *   <li>it has no sentence punctuation and is followed by a byline ({@code 记者 X}, {@code □ X}), or is clearly wider
 *       than every line of the column under it (spaces left out: pdftotext spaces out digits and Latin words).</li>
 * </ul>
 * A headline that wrapped leaves a short last piece on the next line ({@code 瑞典企业家将波音747改造成旅} / {@code 馆}),
 * taken with it. A jump line ({@code （上接第一版）}) or a dateline on the first line is the text's own.
 */
final class GluedHeadline {
    /** A wrapped headline's last piece holds at most this share of a column line's characters. */
    static final double WRAPPED_TAIL = 0.5;
    /** Lines of the column looked at. */
    static final int COLUMN_LINES = 6;
    /** The headline is wider than every one of them by more than this (half-em units: one Han character is 2). */
    static final int WIDER = 2;

    private GluedHeadline() {
    }

    /** How many of the paragraph's first lines are a headline printed over its text: 0, 1 or 2. */
    static int headLines(List<String> lines) {
        if (lines.size() < 2) {
            return 0;
        }
        String rawFirst = lines.getFirst().strip();
        if (rawFirst.isEmpty() || rawFirst.charAt(0) == '（' || rawFirst.charAt(0) == '(' || rawFirst.startsWith("本报")) {
            return 0; // a jump line or a dateline: the text's own first line
        }
        // Whatever comes before a dateline opener is not its text: a headline, or the end of the text before.
        for (int head = 1; head <= 2 && head < lines.size(); head++) {
            if (opens(lines, head, false)) {
                return head;
            }
        }
        if (!BodyStitcher.isDisplayLine(rawFirst)) {
            return 0; // running text
        }
        String first = WhitespaceCollapser.withoutSpaces(rawFirst);
        int han = PageSplitter.countHan(first);
        if (han < 4 || latinLetters(first) > han
                || CharClass.isOpeningMark(first.codePointBefore(first.length()))
                || CharClass.isContinuationMark(first.codePointBefore(first.length()))) {
            return 0; // running text, two columns on a line
        }
        String second = WhitespaceCollapser.withoutSpaces(lines.get(1));
        boolean tail = lines.size() >= 3 && !second.isEmpty() && BodyStitcher.isDisplayLine(second)
                && CharClass.isHan(second.charAt(0)) && !opens(lines, 1, true)
                && ParagraphRebuilder.width(second) <= WRAPPED_TAIL * ParagraphRebuilder.width(WhitespaceCollapser.withoutSpaces(lines.get(2)));
        int head = tail ? 2 : 1;
        if (head < lines.size() && opens(lines, head, true)) {
            return head; // a headline over its byline
        }
        int column = 0;
        for (int i = head; i < Math.min(lines.size(), head + COLUMN_LINES); i++) {
            column = Math.max(column, ParagraphRebuilder.width(WhitespaceCollapser.withoutSpaces(lines.get(i))));
        }
        boolean wider = lines.size() - head >= 3 && ParagraphRebuilder.width(first) > column + WIDER;
        return wider ? head : 0;
    }

    /** Whether line {@code i} opens a text: a dateline opener (also wrapped before its 讯), or a byline. */
    private static boolean opens(List<String> lines, int i, boolean byline) {
        String raw = lines.get(i).strip();
        char c = raw.isEmpty() ? 0 : raw.charAt(0);
        if (c != '本' && c != '（' && c != '(' && !(byline && (c == '记' || c == '□'))) {
            return false; // the cheap gate: every form below starts with one of these
        }
        String line = WhitespaceCollapser.withoutSpaces(raw);
        String wrapped = i + 1 < lines.size() ? line + WhitespaceCollapser.withoutSpaces(lines.get(i + 1)) : line;
        return ParagraphRebuilder.isArticleOpener(wrapped) || line.startsWith("本报讯")
                || byline && (line.startsWith("记者") || line.startsWith("本报记者") || line.startsWith("□"));
    }

    private static int latinLetters(String compact) {
        int n = 0;
        for (int i = 0; i < compact.length(); i++) {
            if (CharClass.isAsciiLetter(compact.charAt(i))) {
                n++;
            }
        }
        return n;
    }
}
