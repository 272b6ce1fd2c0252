package news.text;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the dateline that opens a Chinese newspaper report: {@code 本报讯}, {@code 本报济宁讯},
 * {@code 本报济宁12月3日讯}, {@code 本报兖州12月3日讯}, also letter-spaced ({@code 本 报 讯}) and with the
 * reporter's parenthesis straight after it ({@code 本报讯（记者 王金伟）}, {@code 本报讯 （记者 李振涛 通讯员 王 世冰 和志强）}).
 *
 * <p>The parenthesis is returned as raw text for {@link BylineExtractor}; the rest of the paragraph is the body.
 */
public final class DatelineExtractor {

    // 本报 + optional place (2-6 Han) + optional M月D日 + 讯; spaces allowed anywhere (letter-spaced extraction).
    private static final Pattern DATELINE = Pattern.compile(
            "^\\s*本\\s*报\\s*((?:\\p{IsHan}\\s*){1,6}?)?\\s*(?:(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日\\s*)?讯\\s*");
    // A parenthesis straight after the dateline holding a byline (记者 …, 通讯员 …) or a bare credit (李梦然).
    private static final Pattern SPACES = Pattern.compile("\\s+"); // compiled once, not per replaceAll
    private static final Pattern PARENTHESIS = Pattern.compile("^[（(]([^（()）]{1,60})[）)]\\s*");

    // A jump line opening a continued text: （上接第一版）, (上接2版).
    private static final Pattern JUMP_FROM = Pattern.compile(
            "^[（(]\\s*上\\s*接\\s*(?:第\\s*)?[一二三四五六七八九十0-9０-９\\s]{1,6}版\\s*[）)]\\s*");

    /** What a paragraph opening with a dateline consists of. */
    public record Match(Dateline dateline, String bylineText, String rest) {}

    /**
     * As {@link #extract}, and also after the jump line a continued text opens with ({@code （上接第一版）} /
     * {@code 本报讯（记者 王芳）…}): the column under the jump line starts with the opener. The jump mark stays at the
     * start of {@link Match#rest()}, where the continuation is read from.
     */
    public Optional<Match> extractAfterJump(String paragraph) {
        Optional<Match> m = extract(paragraph);
        if (m.isPresent() || paragraph == null) {
            return m;
        }
        String s = paragraph.stripLeading();
        if (s.isEmpty() || s.charAt(0) != '（' && s.charAt(0) != '(') {
            return m; // the cheap gate
        }
        Matcher j = JUMP_FROM.matcher(s);
        if (!j.lookingAt()) {
            return m;
        }
        String jump = s.substring(0, j.end()).strip();
        return extract(s.substring(j.end())).map(x -> new Match(x.dateline(), x.bylineText(), jump + x.rest()));
    }

    /** The dateline at the start of {@code paragraph}, if any. */
    public Optional<Match> extract(String paragraph) {
        if (paragraph == null || !paragraph.stripLeading().startsWith("本")) {
            return Optional.empty();
        }
        Matcher m = DATELINE.matcher(paragraph);
        if (!m.find()) {
            return Optional.empty();
        }
        String place = m.group(1) == null ? null : SPACES.matcher(m.group(1)).replaceAll("");
        String date = m.group(2) == null ? null
                : String.format("%02d-%02d", Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        if (date != null && (Integer.parseInt(m.group(2)) > 12 || Integer.parseInt(m.group(3)) > 31)) {
            date = null;
        }
        String text = SPACES.matcher(paragraph.substring(m.start(), m.end())).replaceAll("");
        String rest = paragraph.substring(m.end());
        String byline = null;
        Matcher p = PARENTHESIS.matcher(rest);
        if (p.find() && (BylineExtractor.looksLikeBylineContent(p.group(1))
                || BylineExtractor.looksLikeBylineContent(p.group(1).replace(" ", "")))) {
            byline = p.group(1).strip();
            rest = rest.substring(p.end());
        }
        return Optional.of(new Match(new Dateline(text, place, date), byline, rest.strip()));
    }
}
