package news.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import news.model.ArticleMetadata.Caption;
import news.text.PageAnnotations.Item;
import news.text.PageAnnotations.Kind;
import news.text.PageArticle.BodyParagraph;
import news.text.PageArticle.ItemKind;

/**
 * Scores what the splitter made of a page against the page's annotation. The rules (also in the module README):
 *
 * <ul>
 *   <li><b>Normal form</b> used for every comparison: NFKC, whitespace removed, bullets ({@code ■□●▲◆◇★☆▶►※})
 *       removed, dashes unified to {@code —}, continuation marks ({@code （上接第一版）}, {@code （下转2版）}) removed.</li>
 *   <li><b>Body</b> of a split article: its paragraphs except box-outs ({@link BodyParagraph.Kind#BOX}), joined;
 *       {@code first_words} and {@code last_words} are compared on <b>Han characters only</b> (NFKC), so {@code
 *       月日市委常委宣传} and {@code 12月30日，市委常委、宣传} are the same start.</li>
 *   <li><b>Articles</b> are the annotated items of kind {@code article} and {@code box} (an article in a frame).</li>
 *   <li><b>Matching</b>: each annotated article is matched to the split item (any kind) with the highest score: 3 if
 *       its body starts with {@code first_words}, 3 if it ends with {@code last_words}, 1 if it merely contains either,
 *       1 if the headlines are equal; ties go to the earlier item; score 0 leaves it unmatched (every measure then
 *       counts it wrong). Several annotated articles may match one split item (a merge: one of them then fails the
 *       body test).</li>
 *   <li><b>Headline</b> right: the matched item's main headline equals the annotated {@code headline} (both absent
 *       counts as right when the annotation says {@code "headline": null}). Kicker and subheadline are compared the
 *       same way and reported, not part of the targets.</li>
 *   <li><b>Body</b> right: the body starts with {@code first_words} and ends with {@code last_words} (a dateline
 *       {@code 本报讯（…）} at the start and an end credit {@code （X Y）} at the end are ignored on either side), and
 *       contains neither the first nor the last words (4 Han characters or more) of any other annotated article of the
 *       page nor of any annotated box-out.</li>
 *   <li><b>Names</b>: each annotated name counts once and is found when the matched item lists it in the same role:
 *       {@code byline_people} among the reporters, {@code correspondents} among the correspondents,
 *       {@code photographers} among its captions' photographers. A photo is matched to the caption (anywhere on the
 *       page) that starts with its {@code first_words}, or, for a credit-only photo, that names its photographer.
 *       Names the split output lists that the annotation does not are counted as extra.</li>
 *   <li><b>Count error</b>: |split items of kind ARTICLE − annotated articles|, per page and summed.</li>
 *   <li><b>Box-outs</b> (page key {@code boxouts}) are found when some split article's paragraphs contain them.</li>
 *   <li><b>Spaces</b>: bodies with a space between two Chinese characters; <b>furniture</b>: annotated furniture strings
 *       found inside a headline or a body, and annotated labels found inside a headline.</li>
 * </ul>
 */
public final class PageEval {

    private static final Pattern CONTINUATION = Pattern.compile(
            "[（(](?:上接|下转|接|转)第?[一二三四五六七八九十\\d]{1,3}版[）)]");
    private static final Pattern BULLETS = Pattern.compile("[■□●▲◆◇★☆▶►※\\s\\u3000]+");
    private static final Pattern DASHES = Pattern.compile("[―─－-]{2,}|[―─]");
    private static final Pattern HAN_SPACE_HAN = Pattern.compile("\\p{IsHan}[ \\u3000\\u00A0\\t]+\\p{IsHan}");

    private final DatelineExtractor datelines = new DatelineExtractor();
    private final BylineExtractor bylines = new BylineExtractor();

    /** Counts of one page or of a whole set; ratios are computed from them. */
    public record Score(int annotated, int split, int headlineRight, int headlineTotal, int bodyRight, int bodyTotal,
                        int namesFound, int namesTotal, int namesExtra, int countError, int kickerRight,
                        int kickerTotal, int subRight, int subTotal, int photosFound, int photosTotal, int boxesFound,
                        int boxesTotal, int spacedBodies, int furnitureLeaks, int pages, int pagesExact) {

        public static final Score ZERO = new Score(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

        public Score plus(Score o) {
            return new Score(annotated + o.annotated, split + o.split, headlineRight + o.headlineRight,
                    headlineTotal + o.headlineTotal, bodyRight + o.bodyRight, bodyTotal + o.bodyTotal,
                    namesFound + o.namesFound, namesTotal + o.namesTotal, namesExtra + o.namesExtra,
                    countError + o.countError, kickerRight + o.kickerRight, kickerTotal + o.kickerTotal,
                    subRight + o.subRight, subTotal + o.subTotal, photosFound + o.photosFound,
                    photosTotal + o.photosTotal, boxesFound + o.boxesFound, boxesTotal + o.boxesTotal,
                    spacedBodies + o.spacedBodies, furnitureLeaks + o.furnitureLeaks, pages + o.pages,
                    pagesExact + o.pagesExact);
        }

        public double headlineRecall() {
            return ratio(headlineRight, headlineTotal);
        }

        public double bodyBoundaries() {
            return ratio(bodyRight, bodyTotal);
        }

        public double nameRecall() {
            return ratio(namesFound, namesTotal);
        }

        static double ratio(int a, int b) {
            return b == 0 ? 1.0 : (double) a / b;
        }
    }

    /** A page's score and what went wrong on it, one line per miss. */
    public record PageResult(String page, Score score, List<String> misses) {}

    /** Scores the items {@code split} made of a page against its annotation. */
    public PageResult score(String pageName, PageAnnotations.Page truth, List<PageArticle> split) {
        List<String> misses = new ArrayList<>();
        List<Item> articles = truth.articles();
        List<String> bodies = split.stream().map(PageEval::bodyOf).toList();
        int headlineRight = 0;
        int headlineTotal = 0;
        int bodyRight = 0;
        int namesFound = 0;
        int namesTotal = 0;
        int kickerRight = 0;
        int kickerTotal = 0;
        int subRight = 0;
        int subTotal = 0;
        Set<Integer> matchedItems = new HashSet<>();
        for (int i = 0; i < articles.size(); i++) {
            Item e = articles.get(i);
            int m = match(e, split, bodies);
            String label = "article " + (i + 1) + " " + describe(e);
            PageArticle a = m < 0 ? null : split.get(m);
            if (a == null) {
                misses.add(label + ": no split item matches");
            } else {
                matchedItems.add(m);
            }
            if (e.headlineGiven()) {
                headlineTotal++;
                if (a != null && equalText(e.headline(), a.headline())) {
                    headlineRight++;
                } else if (a != null) {
                    misses.add(label + ": headline is " + quote(a.headline()));
                }
            }
            if (e.kickerGiven()) {
                kickerTotal++;
                if (a != null && equalText(e.kicker(), a.kicker())) {
                    kickerRight++;
                } else if (a != null) {
                    misses.add(label + ": kicker is " + quote(a.kicker()) + ", expected " + quote(e.kicker()));
                }
            }
            if (e.subheadlineGiven()) {
                subTotal++;
                if (a != null && equalText(e.subheadline(), a.subheadline())) {
                    subRight++;
                } else if (a != null) {
                    misses.add(label + ": subheadline is " + quote(a.subheadline()) + ", expected "
                            + quote(e.subheadline()));
                }
            }
            if (a != null) {
                String problem = bodyProblem(e, bodies.get(m), truth.items(), truth.boxouts());
                if (problem == null) {
                    bodyRight++;
                } else {
                    misses.add(label + ": body " + problem);
                }
            }
            List<String> expected = new ArrayList<>();
            int found = 0;
            for (String n : e.bylinePeople()) {
                expected.add("reporter " + n);
                found += a != null && a.names().reporters().contains(n) ? 1 : 0;
            }
            for (String n : e.correspondents()) {
                expected.add("correspondent " + n);
                found += a != null && a.names().correspondents().contains(n) ? 1 : 0;
            }
            for (String n : e.photographers()) {
                expected.add("photographer " + n);
                found += a != null && photographers(a).contains(n) ? 1 : 0;
            }
            namesTotal += expected.size();
            namesFound += found;
            if (a != null && found < expected.size()) {
                misses.add(label + ": names " + expected + " → reporters " + a.names().reporters() + ", correspondents "
                        + a.names().correspondents() + ", photographers " + photographers(a));
            }
        }
        // Photos: a caption anywhere on the page.
        int photosFound = 0;
        int photosTotal = 0;
        for (Item p : truth.items()) {
            if (p.kind() != Kind.PHOTO) {
                continue;
            }
            photosTotal++;
            Caption c = findCaption(p, split);
            if (c != null) {
                photosFound++;
            } else {
                misses.add("photo " + describe(p) + ": no caption found");
            }
            for (String n : p.photographers()) {
                namesTotal++;
                if (c != null && n.equals(c.photographer()) || c != null && c.photographer() != null
                        && List.of(c.photographer().split(" ")).contains(n)) {
                    namesFound++;
                } else {
                    misses.add("photo " + describe(p) + ": photographer " + n + " not found");
                }
            }
        }
        int boxesFound = 0;
        int boxesTotal = 0;
        for (String b : truth.boxouts()) {
            boxesTotal++;
            String f = han(b);
            boolean found = split.stream().anyMatch(a -> han(String.join("", a.paragraphTexts())).contains(f));
            if (found) {
                boxesFound++;
            } else {
                misses.add("box-out " + quote(abbreviate(b)) + ": not found");
            }
        }
        // Extra names: listed by a split item that was matched, absent from every annotation of the page.
        Set<String> annotatedNames = new HashSet<>();
        truth.items().forEach(it -> {
            annotatedNames.addAll(it.bylinePeople());
            annotatedNames.addAll(it.correspondents());
            annotatedNames.addAll(it.photographers());
        });
        int extra = 0;
        for (int m : matchedItems) {
            PageArticle a = split.get(m);
            Set<String> listed = new LinkedHashSet<>(a.names().reporters());
            listed.addAll(a.names().correspondents());
            for (String n : listed) {
                if (!annotatedNames.contains(n)) {
                    extra++;
                    misses.add("extra name " + n + " in split item " + a.order());
                }
            }
        }
        int splitArticles = (int) split.stream().filter(a -> a.kind() == ItemKind.ARTICLE).count();
        int countError = Math.abs(splitArticles - articles.size());
        if (countError != 0) {
            misses.add("count: " + splitArticles + " articles split, " + articles.size() + " annotated");
        }
        int spaced = 0;
        for (PageArticle a : split) {
            for (BodyParagraph p : a.paragraphs()) {
                if (HAN_SPACE_HAN.matcher(p.text()).find()) {
                    spaced++;
                    misses.add("space between Chinese characters in split item " + a.order() + ": "
                            + abbreviate(p.text()));
                    break;
                }
            }
        }
        int leaks = 0;
        for (String f : truth.furniture()) {
            String nf = norm(f);
            if (nf.isEmpty()) {
                continue;
            }
            for (PageArticle a : split) {
                String h = a.headlines().stream().map(PageEval::norm).reduce("", String::concat);
                if (h.contains(nf) || norm(bodyOf(a)).contains(nf)) {
                    leaks++;
                    misses.add("furniture " + quote(f) + " inside split item " + a.order());
                }
            }
        }
        for (String f : truth.labels()) {
            String nf = norm(f);
            for (PageArticle a : split) {
                String h = a.headlines().stream().map(PageEval::norm).reduce("", String::concat);
                if (!nf.isEmpty() && h.contains(nf)) {
                    leaks++;
                    misses.add("label " + quote(f) + " inside the headline of split item " + a.order());
                }
            }
        }
        Score s = new Score(articles.size(), splitArticles, headlineRight, headlineTotal, bodyRight, articles.size(),
                namesFound, namesTotal, extra, countError, kickerRight, kickerTotal, subRight, subTotal, photosFound,
                photosTotal, boxesFound, boxesTotal, spaced, leaks, 1, countError == 0 ? 1 : 0);
        return new PageResult(pageName, s, misses);
    }

    /** Index of the split item the annotated article matches, or -1. */
    int match(Item e, List<PageArticle> split, List<String> bodies) {
        String f = e.firstWords() == null ? null : han(e.firstWords());
        String l = e.lastWords() == null ? null : han(e.lastWords());
        int best = -1;
        int bestScore = 0;
        for (int k = 0; k < split.size(); k++) {
            String b = bodies.get(k);
            String hb = han(b);
            int score = 0;
            if (f != null && !f.isEmpty()) {
                score += startsWith(b, e.firstWords()) ? 3 : hb.contains(f) || hb.contains(han(withoutDateline(e.firstWords()))) ? 1 : 0;
            }
            if (l != null && !l.isEmpty()) {
                score += endsWith(b, e.lastWords()) ? 3 : hb.contains(l) ? 1 : 0;
            }
            if (e.headlineGiven() && e.headline() != null && equalText(e.headline(), split.get(k).headline())) {
                score += 1;
            }
            if (score > bestScore) {
                bestScore = score;
                best = k;
            }
        }
        return best;
    }

    /** Why the body is wrong, or null when it is right. */
    private String bodyProblem(Item e, String body, List<Item> all, List<String> boxouts) {
        String f = e.firstWords() == null ? null : han(e.firstWords());
        String l = e.lastWords() == null ? null : han(e.lastWords());
        if (f != null && !f.isEmpty() && !startsWith(body, e.firstWords())) {
            return "starts " + quote(abbreviate(norm(body))) + ", expected " + quote(e.firstWords());
        }
        if (l != null && !l.isEmpty() && !endsWith(body, e.lastWords())) {
            return "ends " + quote(tail(norm(body))) + ", expected " + quote(e.lastWords());
        }
        String hb = han(body);
        List<String> others = new ArrayList<>();
        for (Item o : all) {
            if (o != e && o.kind() != Kind.PHOTO) {
                others.add(o.firstWords());
                others.add(o.lastWords());
            }
        }
        others.addAll(boxouts);
        for (String w : others) {
            if (w == null) {
                continue;
            }
            String hw = han(w);
            if (hw.length() >= 4 && hb.contains(hw) && (f == null || !f.contains(hw)) && (l == null || !l.contains(hw))) {
                return "holds text of another item (" + quote(w) + ")";
            }
        }
        return null;
    }

    /**
     * Whether the body's Han characters start with those of {@code first}, a dateline opener ({@code 本报讯（…）}) on
     * either side aside.
     */
    private boolean startsWith(String body, String first) {
        String f = han(first);
        String g = han(withoutDateline(first));
        String b = han(body);
        String c = han(withoutDateline(body));
        return !f.isEmpty() && (b.startsWith(f) || c.startsWith(f)) || !g.isEmpty() && (b.startsWith(g) || c.startsWith(g));
    }

    /** Whether the body's Han characters end with those of {@code last}, an end credit on either side aside. */
    private boolean endsWith(String body, String last) {
        String l = han(last);
        String m = han(bylines.withoutEndCredit(last));
        String b = han(body);
        String c = han(bylines.withoutEndCredit(body));
        return !l.isEmpty() && (b.endsWith(l) || c.endsWith(l)) || !m.isEmpty() && (b.endsWith(m) || c.endsWith(m));
    }

    private String withoutDateline(String s) {
        return datelines.extract(s).map(DatelineExtractor.Match::rest).orElse(s);
    }

    /**
     * The Han characters of {@code s} only (NFKC, continuation marks removed): what {@code first_words} and
     * {@code last_words} are compared on.
     */
    static String han(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length());
        String t = CONTINUATION.matcher(Normalizer.normalize(s, Normalizer.Form.NFKC).replaceAll("\\s+", "")).replaceAll("");
        t.codePoints().filter(CharClass::isHan).forEach(b::appendCodePoint);
        return b.toString();
    }

    private static String bodyOf(PageArticle a) {
        StringBuilder b = new StringBuilder();
        for (BodyParagraph p : a.paragraphs()) {
            if (p.kind() != BodyParagraph.Kind.BOX) {
                b.append(p.text());
            }
        }
        if (a.kind() == ItemKind.PHOTO) {
            a.captions().forEach(c -> b.append(c.text() == null ? "" : c.text()));
        }
        return b.toString();
    }

    private static String allText(PageArticle a) {
        return String.join("", a.paragraphTexts());
    }

    private static Caption findCaption(Item p, List<PageArticle> split) {
        String f = p.firstWords() == null ? null : han(p.firstWords());
        for (PageArticle a : split) {
            for (Caption c : a.captions()) {
                String t = c.text() == null ? "" : han(c.text());
                if (f != null && !f.isEmpty() ? t.startsWith(f)
                        : c.photographer() != null && p.photographers().stream().anyMatch(c.photographer()::contains)) {
                    return c;
                }
            }
        }
        return null;
    }

    private static List<String> photographers(PageArticle a) {
        List<String> out = new ArrayList<>();
        for (Caption c : a.captions()) {
            if (c.photographer() != null) {
                out.addAll(List.of(c.photographer().split(" ")));
            }
        }
        return out;
    }

    /** The normal form all comparisons use (see the class comment). */
    public static String norm(String s) {
        if (s == null) {
            return "";
        }
        String t = Normalizer.normalize(s, Normalizer.Form.NFKC);
        t = BULLETS.matcher(t).replaceAll("");
        t = DASHES.matcher(t).replaceAll(m -> m.group().length() >= 2 ? "——" : "—");
        return CONTINUATION.matcher(t).replaceAll("");
    }

    static boolean equalText(String expected, String actual) {
        if (expected == null || actual == null) {
            return expected == null && actual == null;
        }
        return norm(expected).equals(norm(actual));
    }

    private static String describe(Item e) {
        String s = e.headline() != null ? e.headline() : e.firstWords() != null ? e.firstWords() : e.lastWords();
        return quote(abbreviate(s));
    }

    private static String quote(String s) {
        return s == null ? "null" : "「" + s + "」";
    }

    private static String abbreviate(String s) {
        return s == null ? null : s.length() <= 24 ? s : s.substring(0, 24) + "…";
    }

    private static String tail(String s) {
        return s.length() <= 24 ? s : "…" + s.substring(s.length() - 24);
    }
}
