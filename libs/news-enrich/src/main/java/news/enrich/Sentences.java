package news.enrich;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits Chinese text into sentences at 。！？!?… and line breaks (not at ；, which joins clauses); closing quotes stay
 * with their sentence.
 */
final class Sentences {

    /** A sentence: {@code [start, end)} in the text. */
    record Span(int start, int end) {
        int length() {
            return end - start;
        }
    }

    private Sentences() {}

    static boolean isSentenceEnd(char c) {
        return c == '。' || c == '！' || c == '？' || c == '!' || c == '?' || c == '…';
    }

    private static boolean isClosing(char c) {
        return c == '”' || c == '’' || c == '」' || c == '』' || c == '）' || c == ')' || c == '"' || c == '…';
    }

    /** Sentence spans, trimmed of surrounding whitespace; blank sentences are dropped. Linear in the text. */
    static List<Span> split(String text) {
        List<Span> out = new ArrayList<>();
        int n = text.length();
        int start = 0;
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            int end = -1;
            if (c == '\n' || c == '\r') {
                end = i;
                i++;
            } else if (isSentenceEnd(c)) {
                i++;
                while (i < n && (isSentenceEnd(text.charAt(i)) || isClosing(text.charAt(i)))) {
                    i++;
                }
                end = i;
            } else {
                i++;
            }
            if (end >= 0) {
                add(text, start, end, out);
                start = i;
            }
        }
        add(text, start, n, out);
        return out;
    }

    private static void add(String text, int start, int end, List<Span> out) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            out.add(new Span(start, end));
        }
    }
}
