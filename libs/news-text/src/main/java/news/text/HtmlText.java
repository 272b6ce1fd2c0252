package news.text;

import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.CDataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeFilter;

/**
 * The text of an HTML body ({@code text/html}), by jsoup's HTML5 parser: what a browser would show, as plain text.
 *
 * <ul>
 *   <li>Parsed as a browser parses it — broken, unclosed and mis-nested tags, attributes with {@code >} in quotes,
 *       {@code a<b and c>d} (a {@code b} tag) — so no markup survives as markup: only text nodes reach the output,
 *       never a tag, an attribute value or a comment.</li>
 *   <li>Character references are decoded exactly once, by the parser, on text only: {@code &lt;script&gt;} is the
 *       text {@code <script>} (eight characters of prose, which every consumer must escape like any other text),
 *       {@code &amp;lt;} is the text {@code &lt;}. Invalid references become U+FFFD, which
 *       {@link InvisibleCharFilter} then removes.</li>
 *   <li>Dropped with their content: {@code script style noscript template iframe object embed svg math select}, the
 *       document head, comments, CDATA sections (a CDATA section is not text in HTML) and processing
 *       instructions.</li>
 *   <li>{@code <br>} becomes {@code '\n'}; block elements ({@code p div li h1–h6 tr table blockquote section …})
 *       become {@link InvisibleCharFilter#PARAGRAPH_SEPARATOR U+2029} before and after, a hard paragraph break; table
 *       cells a space; inline tags nothing, so {@code 本<b>报</b>讯} stays one word. The text's own whitespace and
 *       newlines are kept for {@link ParagraphRebuilder}.</li>
 * </ul>
 *
 * <p>Text with neither {@code <} nor {@code &} is returned as it is, without parsing. Stateless and thread-safe;
 * linear (jsoup's tokenizer and tree builder do not recurse). A {@code null} input yields {@code ""}.
 */
public final class HtmlText {

    private static final Set<String> BLOCK_ELEMENTS = Set.of(
            "p", "div", "li", "ul", "ol", "dl", "dt", "dd", "tr", "table", "thead", "tbody", "tfoot", "caption",
            "blockquote", "section", "article", "header", "footer", "aside", "nav", "main", "figure", "figcaption",
            "pre", "hr", "address", "form", "fieldset", "h1", "h2", "h3", "h4", "h5", "h6", "center", "details",
            "summary");

    private static final Set<String> CELL_ELEMENTS = Set.of("td", "th");

    /** Elements whose content is code, embedded documents or widgets, never article text. */
    private static final Set<String> DROPPED_ELEMENTS = Set.of("head", "script", "style", "noscript", "template",
            "iframe", "object", "embed", "svg", "math", "select", "textarea", "title", "frameset", "applet");

    /** The visible text of {@code html}, with paragraph and line breaks as described above. */
    public String text(CharSequence html) {
        if (html == null) {
            return "";
        }
        String s = html.toString();
        if (s.indexOf('<') < 0 && s.indexOf('&') < 0) {
            return s;
        }
        // No base URI (nothing is resolved or fetched); errors are not tracked (a body is what it is).
        Document doc = Jsoup.parse(s, "", Parser.htmlParser());
        StringBuilder out = new StringBuilder(s.length());
        doc.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof CDataNode) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (node instanceof TextNode text) {
                    out.append(text.getWholeText());
                } else if (node instanceof Element e) {
                    String name = e.normalName();
                    if (DROPPED_ELEMENTS.contains(name)) {
                        return FilterResult.SKIP_ENTIRELY;
                    }
                    mark(name, out);
                }
                // comments, doctypes, XML declarations and script data (DataNode) are not text: nothing appended
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node instanceof Element e && !"br".equals(e.normalName())) {
                    mark(e.normalName(), out);
                }
                return FilterResult.CONTINUE;
            }
        });
        return out.toString();
    }

    private static void mark(String name, StringBuilder out) {
        if (name.equals("br")) {
            out.append('\n');
        } else if (BLOCK_ELEMENTS.contains(name)) {
            out.append(InvisibleCharFilter.PARAGRAPH_SEPARATOR);
        } else if (CELL_ELEMENTS.contains(name)) {
            out.append(' ');
        }
    }
}
