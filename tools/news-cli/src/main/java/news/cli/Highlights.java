package news.cli;

/** The gateway's highlighted fragments (HTML-encoded text with {@code <em>} around hits) for a terminal. */
final class Highlights {
    static final String BOLD = "\u001B[1m";
    static final String RESET = "\u001B[0m";

    private Highlights() {}

    /** {@code <em>} becomes bold (or {@code [..]} without colour); other tags go; entities are decoded. */
    static String forTerminal(String html, boolean ansi) {
        String s = html.replace("<em>", ansi ? BOLD : "[").replace("</em>", ansi ? RESET : "]");
        s = s.replaceAll("<[^>]*>", "");
        return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'").replace("&#x27;", "'")
                .replace("&#x2F;", "/").replace("&amp;", "&").replaceAll("\\s+", " ").strip();
    }
}
