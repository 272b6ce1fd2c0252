package news.text;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import java.util.List;
import java.util.function.Function;

/**
 * A headline wrapped onto a second, shorter line ({@code 市委统战部开展“能力作风建设年”活动动} / {@code 员部署会议召开}) is
 * one headline, not a title and a short subtitle: the line breaks inside a word. A subtitle under a title starts a
 * phrase of its own ({@code …推进会召开} / {@code 明年再改八十个}). The four Han characters either side of the break are
 * segmented into words (HanLP's segmenter, Apache-2.0, already a dependency); a word across the break is a wrap. A
 * mere dictionary look-up is not enough: {@code 开明} is a word too. A second line of one or two characters
 * ({@code …攻击美国军舰} / {@code 被擒}) is a wrap whatever the words: no subtitle is that short. Thread-safe.
 */
final class HeadlineWrap {
    /** Han characters looked at on either side of the break. */
    static final int WINDOW = 4;

    private final Function<String, List<String>> words;

    /** With HanLP's segmenter. */
    HeadlineWrap() {
        this(HeadlineWrap::hanlpWords);
    }

    /** With another segmenter (tests): a text to its words, in order. */
    HeadlineWrap(Function<String, List<String>> words) {
        this.words = words;
    }

    /** A second line of at most this many Han characters is a wrapped last word: no subtitle is that short. */
    static final int MAX_TAIL = 2;

    /** Whether {@code second} is the rest of the headline {@code first} begins (else perhaps its subtitle). */
    boolean wraps(String first, String second) {
        String b = second.strip();
        if (b.startsWith("—") || b.startsWith("―")) {
            return false; // a subtitle's dash
        }
        int han = (int) b.codePoints().filter(CharClass::isHan).count();
        return han > 0 && han <= MAX_TAIL || wrapsInsideWord(first, second);
    }

    /** Whether {@code second} goes on with the word {@code first} broke off. */
    boolean wrapsInsideWord(String first, String second) {
        String a = first.replace(" ", "").strip();
        String b = second.replace(" ", "").strip();
        if (a.isEmpty() || b.isEmpty() || !CharClass.isHan(a.codePointBefore(a.length())) || !CharClass.isHan(b.codePointAt(0))) {
            return false;
        }
        String tail = BodyStitcher.tailHan(a, WINDOW);
        String head = BodyStitcher.headHan(b, WINDOW);
        int at = 0;
        for (String word : words.apply(tail + head)) {
            if (at < tail.length() && at + word.length() > tail.length()) {
                return true;
            }
            at += word.length();
        }
        return false;
    }

    private static List<String> hanlpWords(String text) {
        try {
            return Holder.SEGMENT.seg(text).stream().map(t -> t.word).toList();
        } catch (RuntimeException | ExceptionInInitializerError e) {
            return List.of(text); // no segmenter: no wrap is told
        }
    }

    /** HanLP's default segmenter, loaded on first use. */
    private static final class Holder {
        static final Segment SEGMENT = HanLP.newSegment().enableOffset(false);
    }
}
