package news.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Repairs the text of one article as extracted from a printed page: the single entry point the normalizer calls for
 * the headline, the byline and the body.
 *
 * <p>It composes the single-purpose steps of this package, in this order:
 * <ol>
 *   <li>{@link HtmlText} (HTML only, {@link #forHtml}) — the text of the HTML by jsoup: tags, scripts and styles out,
 *       character references decoded once, {@code <br>}/{@code <p>} to breaks;</li>
 *   <li>{@link InvisibleCharFilter} — control, zero-width and replacement characters out, line breaks unified;</li>
 *   <li>{@link WidthNormalizer} — full-width letters, digits and math symbols to ASCII, Chinese punctuation kept;</li>
 *   <li>{@link ParagraphRebuilder} (body only) — hard-wrapped lines joined into paragraphs;</li>
 *   <li>{@link WhitespaceCollapser} then {@link CjkSpaceRemover} — whitespace runs to one space, spaces next to
 *       Chinese removed.</li>
 * </ol>
 *
 * <p>Nothing here drops or reorders a Chinese character or a digit of the input (markup and invisible characters
 * aside). Immutable and thread-safe: one instance can serve every thread. Every method accepts {@code null} and
 * treats it as empty text.
 */
public final class TextRepair {

    /** Null for plain text: markup is only parsed in text that is HTML. */
    private final HtmlText html;
    private final InvisibleCharFilter invisible = new InvisibleCharFilter();
    private final WidthNormalizer width = new WidthNormalizer();
    private final ParagraphRebuilder paragraphs = new ParagraphRebuilder();
    private final WhitespaceCollapser whitespace = new WhitespaceCollapser();
    private final CjkSpaceRemover bodySpaces = CjkSpaceRemover.removingAll();
    private final CjkSpaceRemover lineSpaces = CjkSpaceRemover.keepingGroupSeparators();

    private TextRepair(boolean markup) {
        this.html = markup ? new HtmlText() : null;
    }

    /** Repair for an HTML body ({@code text/html}): its text as {@link HtmlText} extracts it, then the same steps. */
    public static TextRepair forHtml() {
        return new TextRepair(true);
    }

    /**
     * Repair for plain text as sent ({@code text/plain} bodies, pages of print-PDF text, ninjs headlines and bylines):
     * no markup step, so {@code 当 a<b 且 c>d 时} and {@code &lt;} stay exactly as written.
     */
    public static TextRepair forPlainText() {
        return new TextRepair(false);
    }

    /**
     * Repairs article body text into paragraphs: trimmed, single-spaced, none empty, in source order. Within a
     * paragraph every space next to a Chinese character or Chinese punctuation is removed.
     */
    public List<String> paragraphs(String raw) {
        List<String> result = new ArrayList<>();
        for (String paragraph : paragraphs.rebuild(clean(raw))) {
            String repaired = bodySpaces.remove(whitespace.collapse(paragraph));
            if (!repaired.isEmpty()) {
                result.add(repaired);
            }
        }
        return List.copyOf(result);
    }

    /**
     * Repairs one-line text such as a headline or a byline: line breaks become spaces, whitespace is collapsed and
     * trimmed, and spaces next to Chinese are removed — except a space between two groups of at least two Han
     * characters, which in a byline or headline is a real separator ({@code 本报记者 王金伟 通讯员 马智科},
     * {@code 强化顶层设计 选优配强队伍}); letter-spaced text is still joined ({@code 本 报 讯（记 者 王 金 伟）} →
     * {@code 本报讯（记者王金伟）}).
     */
    public String line(String raw) {
        return lineSpaces.remove(whitespace.collapse(clean(raw)));
    }

    /**
     * Like {@link #line} but applies the body rule: every space next to Chinese is removed, group separators too
     * ({@code 本报记者 王金伟} → {@code 本报记者王金伟}).
     */
    public String compactLine(String raw) {
        return bodySpaces.remove(whitespace.collapse(clean(raw)));
    }

    /** {@link #line} for text that already went through {@link #prepare} (no second markup/width pass). */
    String lineOfPrepared(String prepared) {
        return lineSpaces.remove(whitespace.collapse(prepared));
    }

    /** {@link #compactLine} for text that already went through {@link #prepare}. */
    String compactLineOfPrepared(String prepared) {
        return bodySpaces.remove(whitespace.collapse(prepared));
    }

    /** Steps 1–3 only (markup, invisible characters, width): the text still has its lines, for page splitting. */
    String prepare(String raw) {
        return clean(raw);
    }

    /** Steps 1–3, shared by all entry points. */
    private String clean(String raw) {
        return width.normalize(invisible.filter(html == null ? (raw == null ? "" : raw) : html.text(raw)));
    }
}
