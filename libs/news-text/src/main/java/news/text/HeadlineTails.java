package news.text;

/**
 * The last piece of a headline that wrapped onto a line of its own, which the paragraph rebuilder kept apart from it
 * or ran into the text below: {@code 瑞典企业家将波音747改造成旅} / {@code 馆}, {@code …预计减少} / {@code 5.5%},
 * {@code 新发现小行星可帮助解释彗星起} / {@code 源北京时间8月…}, a headline across a wide module
 * {@code 学习贯彻十九届六中全会精神以优异成绩迎} / {@code 接党的二十大胜利召开} over a narrow column of its text.
 * Such a piece has no punctuation and continues the headline's last word; a long one is only taken under a headline
 * clearly wider than it (the text's own first line under a headline of its column is never taken). Pure.
 */
final class HeadlineTails {
    /** A piece of at most this many Han characters (or a number alone) is a tail when the word runs on into it. */
    static final int SHORT_TAIL = 4;
    /** A longer piece only under a headline at least this many times as wide. */
    static final double WIDE_HEADLINE = 1.5;
    /** Longest piece taken (Han characters). */
    static final int MAX_TAIL = 12;

    private HeadlineTails() {
    }

    /**
     * Whether {@code line} (space-free) is the rest of the one-line headline {@code headline} (space-free).
     *
     * @param wrap tells a word running on across the break ({@link HeadlineWrap})
     */
    static boolean isTail(String headline, String line, HeadlineWrap wrap) {
        if (headline.isEmpty() || line.isEmpty() || !BodyStitcher.isDisplayLine(line) || hasMark(line)) {
            return false;
        }
        int han = PageSplitter.countHan(line);
        if (han == 0) {
            // 预计减少 / 5.5%: a number alone, after a headline ending in a Han character
            return line.length() <= 6 && isNumber(line) && CharClass.isHan(headline.charAt(headline.length() - 1));
        }
        if (han > MAX_TAIL || !CharClass.isHan(line.charAt(0)) || !CharClass.isHan(headline.charAt(headline.length() - 1))) {
            return false;
        }
        if (han <= SHORT_TAIL) {
            return wrap.wraps(headline, line);
        }
        return ParagraphRebuilder.width(headline) >= WIDE_HEADLINE * ParagraphRebuilder.width(line)
                && wrap.wrapsInsideWord(headline, line);
    }

    private static boolean hasMark(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '！' || c == '？' || c == '：' || c == '（' || c == '(' || c == '“' || c == '”') {
                return true;
            }
        }
        return false;
    }

    private static boolean isNumber(String s) {
        boolean digit = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (CharClass.isAsciiDigit(c)) {
                digit = true;
            } else if (c != '.' && c != '%' && c != '％') {
                return false;
            }
        }
        return digit;
    }
}
