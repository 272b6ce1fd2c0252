package news.text;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import news.model.ArticleMetadata.Caption;

/**
 * Recognises photo captions and their credits: {@code 图为建安区举办农民培训班。董凡 摄},
 * {@code 图为振德健康医疗用品产业园一瞥。资料图片}, a credit on its own line ({@code 本报记者 牛书培 摄},
 * {@code 李玉中 摄}) after the caption it belongs to.
 *
 * <p>A file photo ({@code 资料图片}) has no photographer: the caption keeps the mark in parentheses.
 */
public final class CaptionExtractor {
    static final String FILE_PHOTO = "资料图片";

    // "[本报记者|特约记者|通讯员|实习生] NAME(S) 摄" or "NAME/摄" at the end; names 2-4 Han each, up to three.
    private static final Pattern CREDIT = Pattern.compile(
            "(?:(?:(?:本报|特约|摄影|见习|实习)?(?:记者|通讯员)|实习生)\\s*)?(\\p{IsHan}{2,4}(?:[\\s、]+\\p{IsHan}{2,4}){0,2})"
                    + "\\s*[/／]?\\s*摄(?:影)?\\s*$");
    // A credit in parentheses closing a caption: （李玉中） （李玉中 摄）.
    private static final Pattern PAREN_CREDIT = Pattern.compile(
            "[（(]\\s*(\\p{IsHan}{2,4}(?:[\\s、]+\\p{IsHan}{2,4}){0,2})\\s*[/／]?\\s*摄(?:影)?\\s*[）)]\\s*$"
                    + "|[（(]\\s*(\\p{IsHan}{2,4}(?:[\\s、]+\\p{IsHan}{2,4}){0,2})\\s*[）)]\\s*$");
    private static final Pattern FILE_PHOTO_END = Pattern.compile("[（(]?\\s*资料图片\\s*[）)]?\\s*$");

    /** True when the paragraph is only a photo credit ({@code 李玉中 摄}). */
    public boolean isCreditOnly(String paragraph) {
        // Cheap checks first: the regex scans from every position of a long paragraph.
        if (paragraph == null || paragraph.length() > 40) {
            return false;
        }
        String s = paragraph.strip();
        if (s.endsWith("摄") || s.endsWith("摄影")) {
            Matcher m = CREDIT.matcher(s);
            return m.find() && m.start() == 0 && names(m.group(1));
        }
        if (s.endsWith("）") || s.endsWith(")")) {
            Matcher m = PAREN_CREDIT.matcher(s);
            return m.find() && m.start() == 0 && s.contains("摄") && names(group(m));
        }
        return false;
    }

    /** The photographer named by a credit-only paragraph, else empty. */
    public Optional<String> photographer(String credit) {
        if (credit == null) {
            return Optional.empty();
        }
        String s = credit.strip();
        Matcher m = s.endsWith("摄") || s.endsWith("摄影") ? CREDIT.matcher(s)
                : s.endsWith("）") || s.endsWith(")") ? PAREN_CREDIT.matcher(s) : null;
        return m != null && m.find() && names(group(m)) ? Optional.of(joinNames(group(m))) : Optional.empty();
    }

    /**
     * The paragraph as a caption when it is one by itself: it starts with {@code 图为} or ends with a credit
     * ({@code … 董凡 摄}, {@code …资料图片}).
     */
    public Optional<Caption> caption(String paragraph) {
        if (paragraph == null || paragraph.isBlank()) {
            return Optional.empty();
        }
        String s = paragraph.strip();
        boolean filePhoto = s.endsWith(FILE_PHOTO) || s.endsWith(FILE_PHOTO + "）") || s.endsWith(FILE_PHOTO + ")");
        Matcher file = filePhoto ? FILE_PHOTO_END.matcher(s) : null;
        if (file != null && file.find() && file.start() > 0) {
            return Optional.of(new Caption(s.substring(0, file.start()).strip() + "（" + FILE_PHOTO + "）", null));
        }
        if ((s.endsWith("）") || s.endsWith(")")) && (s.startsWith("图为") || s.startsWith("图：") || s.startsWith("上图")
                || s.startsWith("下图") || s.startsWith("▲"))) {
            // 图为…。（李玉中） — a caption credited in parentheses.
            Matcher credit = PAREN_CREDIT.matcher(s).region(Math.max(0, s.length() - 24), s.length());
            if (credit.find() && credit.start() > 0 && names(group(credit))) {
                return Optional.of(new Caption(stripMark(s.substring(0, credit.start()).strip()), joinNames(group(credit))));
            }
        }
        if (s.endsWith("摄") || s.endsWith("摄影")) {
            // Only the tail can hold the credit: match there, not from every position of a long paragraph.
            int offset = Math.max(0, s.length() - 40);
            Matcher credit = CREDIT.matcher(s).region(offset, s.length());
            if (credit.find() && credit.start() > 0 && names(credit.group(1))) {
                String text = s.substring(0, credit.start()).strip();
                int before = text.isEmpty() ? 0 : text.codePointBefore(text.length());
                if (CharClass.isSentenceFinal(before) || CharClass.isClosingMark(before) || s.startsWith("图为")
                        || s.startsWith("▲")) {
                    return Optional.of(new Caption(stripMark(text), joinNames(credit.group(1))));
                }
            }
        }
        if (s.startsWith("图为") || s.startsWith("图：") || s.startsWith("上图") || s.startsWith("下图")) {
            return Optional.of(new Caption(s, null));
        }
        if (s.startsWith("▲") || s.startsWith("△")) {
            // ▲ points at the photo above: the line is its caption.
            String text = stripMark(s);
            return text.isEmpty() ? Optional.empty() : Optional.of(new Caption(text, null));
        }
        return Optional.empty();
    }

    /**
     * Whether a caption's text reads as one by itself ({@code 图为…}, {@code ▲…}, {@code 上图…}), not as a paragraph of
     * running text that a credit line under it made a caption.
     */
    static boolean looksLikeCaption(String text) {
        return text != null && (text.startsWith("图为") || text.startsWith("图：") || text.startsWith("上图")
                || text.startsWith("下图") || text.startsWith("▲") || text.startsWith("△"));
    }

    private static String stripMark(String s) {
        return s.replaceFirst("^[▲△]\\s*", "");
    }

    /** The names group of a credit match (the pattern's alternatives each have one). */
    private static String group(Matcher m) {
        for (int g = 1; g <= m.groupCount(); g++) {
            if (m.group(g) != null) {
                return m.group(g);
            }
        }
        return "";
    }

    private static boolean names(String group) {
        for (String piece : group.strip().split("[\\s、]+")) {
            if (!PersonNames.isPlausibleName(piece)) {
                return false;
            }
        }
        return true;
    }

    private static String joinNames(String group) {
        return String.join(" ", group.strip().split("[\\s、]+"));
    }
}
