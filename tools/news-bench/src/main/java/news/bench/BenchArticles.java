package news.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import news.model.EventCodec;
import news.text.PageArticle;
import news.text.PageSplitter;
import news.text.SimHash;
import tools.jackson.databind.node.ObjectNode;

/**
 * The benchmark's articles, made of real text: the bodies of the full cnews articles and of the seed pages' articles,
 * headed by THUCNews headlines.
 *
 * <p>A run needs more articles (about 12,000) than there are real bodies (about 1,300), and sending the same body twice
 * would not measure the pipeline: the normalizer links a near-copy to its original from memory and skips its
 * near-duplicate lookup in the index. So article {@code i} joins the first half (by sentences) of body {@code a} to the
 * second half of body {@code b}, a different pair {@code (a, b)} for every {@code i} below {@code P·(P−1)}: every text
 * is real, no two bodies are near-copies, and the lengths keep the corpus's distribution.
 */
public final class BenchArticles {
    /** The normalizer's near-duplicate distance (news.normalizer.duplicates.max-distance). */
    static final int NEAR_COPY_BITS = 3;
    /** The most characters taken from either half (whole sentences): bodies of about 900 characters, like the corpus's. */
    static final int MAX_HALF_CHARS = 700;

    /** One body of real text and where it came from. */
    public record Body(String origin, String text) {}

    /** One benchmark article: its id (also the ninjs uri), headline and body. */
    public record Article(String id, String headline, String body) {
        /** The article as a one-line ninjs 3 object, as a newsroom sends it. */
        public String ninjs() {
            ObjectNode n = EventCodec.mapper().createObjectNode();
            n.put("uri", id);
            n.put("language", "zh-Hans");
            n.putArray("headlines").addObject().put("role", "main").put("value", headline);
            n.putArray("bodies").addObject().put("contentType", "text/plain").put("value", body);
            return n.toString();
        }
    }

    private final List<Body> bodies;
    private final List<String> headlines;

    public BenchArticles(List<Body> bodies, List<String> headlines) {
        if (bodies.size() < 2) {
            throw new IllegalArgumentException("at least two bodies are needed, got " + bodies.size());
        }
        if (headlines.isEmpty()) {
            throw new IllegalArgumentException("no headlines");
        }
        this.bodies = List.copyOf(bodies);
        this.headlines = List.copyOf(headlines);
    }

    /**
     * The bundled corpora: {@code cnews} lines {@code LABEL<TAB>TEXT}, {@code titles} lines {@code LABEL<TAB>HEADLINE},
     * and every {@code *.txt} page under {@code samples}, split into articles by the project's {@link PageSplitter}.
     */
    public static BenchArticles load(Path cnews, Path titles, Path samples) throws IOException {
        List<Body> bodies = new ArrayList<>();
        int line = 0;
        for (String l : Files.readAllLines(cnews, StandardCharsets.UTF_8)) {
            line++;
            String text = afterTab(l);
            if (!text.isBlank()) {
                bodies.add(new Body(cnews.getFileName() + ":" + line, text.strip()));
            }
        }
        PageSplitter splitter = new PageSplitter();
        List<Path> pages;
        try (Stream<Path> files = Files.list(samples)) {
            pages = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        for (Path page : pages) {
            for (PageArticle a : splitter.split(Files.readString(page, StandardCharsets.UTF_8))) {
                String text = String.join("\n", a.paragraphTexts()).strip();
                if (text.length() >= 100) {
                    bodies.add(new Body(page.getFileName() + "#" + a.order(), text));
                }
            }
        }
        List<String> heads = Files.readAllLines(titles, StandardCharsets.UTF_8).stream()
                .map(BenchArticles::afterTab).map(String::strip).filter(h -> !h.isEmpty()).toList();
        return new BenchArticles(distinctHalves(bodies), heads);
    }

    /**
     * The bodies whose halves are no near-copy (SimHash within {@value #NEAR_COPY_BITS} bits, the normalizer's rule) of
     * a half of an earlier one: the corpora hold a few stories twice under other openings, and two articles built on
     * such halves would be near-copies.
     */
    static List<Body> distinctHalves(List<Body> bodies) {
        List<Body> kept = new ArrayList<>();
        List<long[]> prints = new ArrayList<>();
        for (Body b : bodies) {
            long first = SimHash.of(firstHalf(b.text())), second = SimHash.of(secondHalf(b.text()));
            boolean copy = false;
            for (long[] p : prints) {
                if (SimHash.distance(first, p[0]) <= NEAR_COPY_BITS || SimHash.distance(second, p[1]) <= NEAR_COPY_BITS
                        || SimHash.distance(first, p[1]) <= NEAR_COPY_BITS || SimHash.distance(second, p[0]) <= NEAR_COPY_BITS) {
                    copy = true;
                    break;
                }
            }
            if (!copy) {
                kept.add(b);
                prints.add(new long[] {first, second});
            }
        }
        return kept;
    }

    private static String afterTab(String line) {
        int tab = line.indexOf('\t');
        return tab < 0 ? line : line.substring(tab + 1);
    }

    public int bodyCount() {
        return bodies.size();
    }

    /** How many distinct articles {@link #article} can make. */
    public long capacity() {
        return (long) bodies.size() * (bodies.size() - 1);
    }

    /** Article number {@code i} (0-based) under the id {@code idPrefix + i}. */
    public Article article(String idPrefix, int i) {
        if (i < 0 || i >= capacity()) {
            throw new IllegalArgumentException("article " + i + " outside 0.." + (capacity() - 1));
        }
        int p = bodies.size();
        int a = i % p;
        int b = (a + 1 + i / p) % p; // i / p < p - 1, so b != a, and (a, b) is a different pair for every i
        String body = atMost(firstHalf(bodies.get(a).text()), MAX_HALF_CHARS) + "\n"
                + atMost(secondHalf(bodies.get(b).text()), MAX_HALF_CHARS);
        return new Article(idPrefix + i, headlines.get(i % headlines.size()), body);
    }

    /**
     * The leading sentences of {@code text} up to {@code max} characters (at least one sentence). Without a bound, the
     * long half of a long article outweighs the short half of another in the fingerprint, and the articles that share
     * it come out as near-copies.
     */
    static String atMost(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        StringBuilder b = new StringBuilder();
        for (String sentence : sentences(text)) {
            if (!b.isEmpty() && b.length() + sentence.length() > max) {
                break;
            }
            b.append(sentence);
        }
        return b.toString();
    }

    /** The sentences of {@code text}, each with its closing punctuation (。！？ and their run-on quotes). */
    static List<String> sentences(String text) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '。' || c == '！' || c == '？' || c == '\n') {
                int end = i + 1;
                while (end < text.length() && "”’」』）)".indexOf(text.charAt(end)) >= 0) {
                    end++;
                }
                addSentence(out, text.substring(start, end));
                start = end;
                i = end - 1;
            }
        }
        addSentence(out, text.substring(start));
        return out;
    }

    private static void addSentence(List<String> out, String s) {
        if (!s.isBlank()) {
            out.add(s.strip());
        }
    }

    /** The leading sentences that make up at least half of the text (the whole text when it is one sentence). */
    static String firstHalf(String text) {
        return String.join("", sentences(text).subList(0, halfIndex(text)));
    }

    /** The sentences after {@link #firstHalf}; the whole text when it is one sentence. */
    static String secondHalf(String text) {
        List<String> s = sentences(text);
        int half = halfIndex(text);
        return half >= s.size() ? String.join("", s) : String.join("", s.subList(half, s.size()));
    }

    private static int halfIndex(String text) {
        List<String> s = sentences(text);
        int total = s.stream().mapToInt(String::length).sum(), sum = 0;
        for (int i = 0; i < s.size(); i++) {
            sum += s.get(i).length();
            if (sum * 2 >= total) {
                return i + 1;
            }
        }
        return s.size();
    }
}
