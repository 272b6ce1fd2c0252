package news.text;

/**
 * Character classes that the repair steps share: what counts as CJK, as CJK punctuation, as a sentence end,
 * as an opening or closing mark, and how wide a character is on a printed page.
 *
 * <p>All methods take a Unicode code point (not a {@code char}), so characters outside the Basic Multilingual
 * Plane (CJK Extension B and later) are classified like any other ideograph. Every test is a constant-time switch or
 * range check; none allocates.
 */
public final class CharClass {

    private CharClass() {
    }

    // Flags of every BMP code point for the category checks below, computed once from java.lang.Character: the
    // repair steps ask them of every char, and Character's property lookup was a fifth of the split's time.
    private static final byte SPACE_SEPARATOR = 1, WHITESPACE_OR_SPACE_CHAR = 2, FORMAT = 4;
    private static final byte[] BMP_FLAGS = new byte[0x10000];

    static {
        for (int cp = 0; cp <= 0xFFFF; cp++) {
            int type = Character.getType(cp);
            int flags = 0;
            if (cp <= 0x3000 && type == Character.SPACE_SEPARATOR) {
                flags |= SPACE_SEPARATOR;
            }
            if (cp <= 0x3000 && (Character.isWhitespace(cp) || Character.isSpaceChar(cp))) {
                flags |= WHITESPACE_OR_SPACE_CHAR;
            }
            if ((cp < 0x2070 || cp > 0xFEFE) && type == Character.FORMAT) {
                flags |= FORMAT;
            }
            BMP_FLAGS[cp] = (byte) flags;
        }
    }

    private static boolean bmpFlag(int cp, byte flag) {
        return cp >= 0 && cp <= 0xFFFF && (BMP_FLAGS[cp] & flag) != 0;
    }

    /** A Han ideograph: any code point of the Han script, including 〇, 々 and the CJK extensions. */
    public static boolean isHan(int cp) {
        if (cp < 0x2E80) {
            return false;
        }
        if (cp >= 0x4E00 && cp <= 0x9FFF || cp >= 0x3400 && cp <= 0x4DBF) {
            return true;
        }
        // Fast paths for the punctuation blocks Chinese text is full of (UnicodeScript.of is a binary search):
        // CJK Symbols and Punctuation holds only 々 〇 〡-〩 〸-〻 of the Han script; the half/full-width forms none.
        if (cp >= 0x3000 && cp <= 0x303F) {
            return cp == 0x3005 || cp == 0x3007 || cp >= 0x3021 && cp <= 0x3029 || cp >= 0x3038 && cp <= 0x303B;
        }
        if (cp >= 0xFF00 && cp <= 0xFFEF) {
            return false;
        }
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
    }

    /**
     * A letter of a script written without spaces between words: Han, Hiragana, Katakana (including the prolonged
     * sound mark) and Bopomofo. Hangul is deliberately excluded: Korean separates words with spaces.
     */
    public static boolean isCjk(int cp) {
        if (cp < 0x2E80) {
            return false;
        }
        if (isHan(cp)) {
            return true;
        }
        if (cp >= 0x3000 && cp <= 0x303F) {
            return false; // no kana or bopomofo there
        }
        if (cp >= 0xFF00 && cp <= 0xFFEF) {
            return cp >= 0xFF66 && cp <= 0xFF9D && cp != 0xFF70; // half-width katakana (ｰ is Common)
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA
                || script == Character.UnicodeScript.BOPOMOFO
                || cp == 0x30FC; // ー prolonged sound mark (script COMMON)
    }

    /**
     * Punctuation that belongs to CJK typesetting and occupies a full em on the page: the CJK Symbols and Punctuation
     * block (、。〈〉《》「」『』【】〔〕… but not the ideographic space U+3000), the full-width punctuation of the
     * Halfwidth and Fullwidth Forms block (，！？：；（）［］…), the CJK compatibility and small form variants, the
     * half-width CJK marks ｡｢｣､, and the general punctuation that Chinese text uses as its own: “ ” ‘ ’ — ― … ‥ ·
     * and the katakana middle dot.
     */
    public static boolean isCjkPunctuation(int cp) {
        if (cp >= 0x3001 && cp <= 0x303F) {
            return !(cp >= 0x3005 && cp <= 0x3007) && !(cp >= 0x3021 && cp <= 0x3029) && !(cp >= 0x3038 && cp <= 0x303B);
        }
        if (cp >= 0xFF01 && cp <= 0xFF65) {
            return !isFullwidthAlnum(cp);
        }
        if (cp >= 0xFE10 && cp <= 0xFE1F || cp >= 0xFE30 && cp <= 0xFE6B) {
            return true;
        }
        return switch (cp) {
            case 0x2014, 0x2015, 0x2016, 0x2018, 0x2019, 0x201C, 0x201D, 0x2025, 0x2026, 0x00B7, 0x30FB, 0x2027 -> true;
            default -> false;
        };
    }

    /** {@link #isCjk} or {@link #isCjkPunctuation}: the characters next to which a space is never wanted. */
    public static boolean isCjkOrCjkPunctuation(int cp) {
        return isCjk(cp) || isCjkPunctuation(cp);
    }

    /**
     * Whether the character takes a full em on a CJK page (two columns of a monospaced layout): CJK letters, CJK
     * punctuation, Hangul, full-width forms and the geometric bullets ■●▲◆ that CJK fonts draw full-width.
     * Everything else (ASCII, Latin, digits, spaces) is narrow.
     */
    public static boolean isWide(int cp) {
        if (cp < 0x1100) {
            return cp == 0x00B7;
        }
        if (cp >= 0x2E80 && cp <= 0xA4CF) {
            return true; // CJK radicals to Yi, Han included: wide whatever the script tables say (the check below)
        }
        if (cp >= 0xFF01 && cp <= 0xFF60) {
            return true; // full-width forms (，：（）…): decided before the script look-ups below
        }
        if (isCjkOrCjkPunctuation(cp)) {
            return true;
        }
        return cp <= 0x115F
                || cp >= 0x25A0 && cp <= 0x25FF
                || cp >= 0x2605 && cp <= 0x2606
                || cp >= 0x2E80 && cp <= 0xA4CF
                || cp >= 0xAC00 && cp <= 0xD7A3
                || cp >= 0xF900 && cp <= 0xFAFF
                || cp >= 0xFF01 && cp <= 0xFF60
                || cp >= 0xFFE0 && cp <= 0xFFE6
                || cp >= 0x20000 && cp <= 0x3FFFD;
    }

    /** Full-width ASCII digit or letter: ０-９, Ａ-Ｚ, ａ-ｚ. */
    public static boolean isFullwidthAlnum(int cp) {
        return cp >= 0xFF10 && cp <= 0xFF19 || cp >= 0xFF21 && cp <= 0xFF3A || cp >= 0xFF41 && cp <= 0xFF5A;
    }

    public static boolean isAsciiDigit(int cp) {
        return cp >= '0' && cp <= '9';
    }

    public static boolean isAsciiLetter(int cp) {
        return cp >= 'a' && cp <= 'z' || cp >= 'A' && cp <= 'Z';
    }

    public static boolean isAsciiAlnum(int cp) {
        return isAsciiDigit(cp) || isAsciiLetter(cp);
    }

    /**
     * A horizontal space: ASCII space, tab, or any Unicode space separator (category Zs, which includes U+00A0 and
     * U+3000). Line and paragraph separators are not horizontal spaces.
     */
    public static boolean isHorizontalSpace(int cp) {
        return cp == ' ' || cp == '\t' || isSpaceSeparator(cp);
    }

    /**
     * Unicode category Zs (U+0020, U+00A0, U+1680, U+2000–U+200A, U+202F, U+205F, U+3000). Equal to
     * {@code Character.getType(cp) == SPACE_SEPARATOR}, but Chinese text (all above U+3000, the last Zs) never pays
     * for the category lookup.
     */
    public static boolean isSpaceSeparator(int cp) {
        return cp == ' ' || bmpFlag(cp, SPACE_SEPARATOR);
    }

    /**
     * {@code Character.isWhitespace(cp) || Character.isSpaceChar(cp)}: Java whitespace plus the no-break spaces; with
     * the same fast path as {@link #isSpaceSeparator} (no whitespace or separator lies above U+3000).
     */
    public static boolean isWhitespaceOrSpaceChar(int cp) {
        return bmpFlag(cp, WHITESPACE_OR_SPACE_CHAR);
    }

    /**
     * Unicode category Cf (format: soft hyphen, zero-width and bidi controls, BOM…). Equal to
     * {@code Character.getType(cp) == FORMAT}; the range U+2070–U+FEFE (all CJK blocks) has no Cf character.
     */
    public static boolean isFormat(int cp) {
        return cp <= 0xFFFF ? bmpFlag(cp, FORMAT) : Character.getType(cp) == Character.FORMAT;
    }

    /** A character that ends a sentence: 。！？… and their ASCII or half-width forms ! ? ｡ (not the ASCII period). */
    public static boolean isSentenceFinal(int cp) {
        return switch (cp) {
            case '。', '！', '？', '…', '‥', '!', '?', '｡', '︒', '﹒', '﹗', '﹖' -> true;
            default -> false;
        };
    }

    /**
     * A closing quote or bracket: ” ’ ） 》 〉 」 』 】 〕 〗 〙 〛 ］ ｝ ) ] } " '. These may follow a sentence end and still
     * belong to the sentence (“……。”), and Chinese typesetting never starts a line with one.
     */
    public static boolean isClosingMark(int cp) {
        return switch (cp) {
            case '”', '’', '）', '》', '〉', '」', '』', '】', '〕', '〗', '〙', '〛', '］', '｝', '｣', ')', ']', '}', '"', '\'' ->
                    true;
            default -> false;
        };
    }

    /** Whether the closing mark is a round parenthesis, which can close a parenthetical after a sentence end. */
    public static boolean isClosingParenthesis(int cp) {
        return cp == '）' || cp == ')';
    }

    /** An opening quote or bracket: “ ‘ （ 《 〈 「 『 【 〔 〖 〘 〚 ［ ｛ ( [ {. A line never ends a paragraph on one. */
    public static boolean isOpeningMark(int cp) {
        return switch (cp) {
            case '“', '‘', '（', '《', '〈', '「', '『', '【', '〔', '〖', '〘', '〚', '［', '｛', '｢', '(', '[', '{' -> true;
            default -> false;
        };
    }

    /**
     * Punctuation that a sentence continues after: the commas ， 、 , and the dashes — – -. A line ending in one of
     * these (or in an {@link #isOpeningMark opening mark}) is always continued by the next line.
     */
    public static boolean isContinuationMark(int cp) {
        return switch (cp) {
            case '，', '、', ',', '—', '–', '-', '―', '﹐', '﹑', '︐', '︑' -> true;
            default -> false;
        };
    }

    /** Clause-ending punctuation weaker than a sentence end: ； ： ; : (and their small-form variants). */
    public static boolean isClauseFinal(int cp) {
        return switch (cp) {
            case '；', '：', ';', ':', '﹔', '﹕' -> true;
            default -> false;
        };
    }

    /** Marks that Chinese typesetting never puts at the start of a line: commas, stops, closing marks. */
    public static boolean isLineStartForbidden(int cp) {
        return isClosingMark(cp) && cp != '"' && cp != '\''
                || switch (cp) {
                    case '，', '、', '。', '；', '：', '！', '？', '…', '‥', ',', '.', ';', ':', '!', '?', '｡', '､' -> true;
                    default -> false;
                };
    }

    /** A list bullet or marker glyph that starts an item: ■ □ ● ○ ◎ ▲ △ ▼ ◆ ◇ ★ ☆ ► ▶ • ※. */
    public static boolean isBullet(int cp) {
        return switch (cp) {
            case '■', '□', '●', '○', '◎', '▲', '△', '▼', '◆', '◇', '★', '☆', '►', '▶', '•', '※' -> true;
            default -> false;
        };
    }

    /** Chinese numerals used in list enumerators: 一 to 十, 百, and 〇/零. */
    public static boolean isChineseNumeral(int cp) {
        return switch (cp) {
            case '一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '百', '〇', '零' -> true;
            default -> false;
        };
    }
}
