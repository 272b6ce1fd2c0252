/**
 * Text repair for Chinese newspaper text extracted from print PDFs (and, occasionally, from HTML).
 *
 * <p>{@link news.text.TextRepair} is the entry point: {@code paragraphs(body)} for article bodies, {@code line(text)}
 * for headlines and bylines. It composes small single-purpose steps, each usable and tested on its own, in the spirit
 * of an analysis chain:
 *
 * <ol>
 *   <li>{@link news.text.HtmlText} (text/html bodies only) — the text of the HTML by jsoup, character references
 *       decoded once;</li>
 *   <li>{@link news.text.InvisibleCharFilter} — control, format (zero-width) and replacement characters out;</li>
 *   <li>{@link news.text.WidthNormalizer} — full-width letters, digits and math symbols to ASCII, Chinese punctuation
 *       kept;</li>
 *   <li>{@link news.text.ParagraphRebuilder} — hard-wrapped lines and stray blank lines rebuilt into paragraphs;</li>
 *   <li>{@link news.text.WhitespaceCollapser} and {@link news.text.CjkSpaceRemover} — whitespace collapsed, the spaces
 *       that extraction put between Chinese characters removed.</li>
 * </ol>
 *
 * <p>{@link news.text.CharClass} holds the character classes they share. Every class is immutable and thread-safe,
 * runs in linear time, accepts {@code null} as empty text, and never drops or reorders a Chinese character or a digit.
 * Runtime dependencies: jsoup (HTML bodies), HanLP (person names in bylines).
 */
package news.text;
