package news.text;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import news.model.ArticleMetadata.Caption;
import news.text.PageAnnotations.Item;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Ad-hoc (like {@code pdf.CountCensus}): why byline names are missed on a generated folder's text pages, each missed
 * name put in a class — the article unmatched, the name in the matched item under another role, given to another item,
 * in the item's text but not read as a name, in another item's text, split over lines, absent — with the form of the
 * byline as the truth typeset it ({@code 本报记者 N 摄}, {@code （N N）}, …). {@code NameCensus DIR [-v]}; -v prints every
 * miss (for the dev set only: held-out sets are read in total).
 */
public final class NameCensus {
    static final Map<String, Integer> classes = new TreeMap<>();
    static final Pattern LONG_HAN = Pattern.compile("[\\p{IsHan}“”，、：]{7,}");
    static boolean verbose;

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        verbose = args.length > 1;
        PageAnnotations ann = PageAnnotations.parse(Files.readString(dir.resolve("annotations.txt.json")));
        JsonMapper json = JsonMapper.builder().build();
        PageSplitter splitter = new PageSplitter();
        PageEval eval = new PageEval();
        int total = 0;
        for (var e : new TreeMap<>(ann.pages()).entrySet()) {
            String page = e.getKey();
            String text = Files.readString(dir.resolve("txt").resolve(page), StandardCharsets.UTF_8);
            String flat = text.replaceAll("\\s+", "");
            JsonNode truth = json.readTree(dir.resolve("truth").resolve(page.replace(".txt", ".json")).toFile());
            List<JsonNode> tArticles = new ArrayList<>();
            truth.get("articles").forEach(tArticles::add);
            List<PageArticle> split = splitter.split(text);
            List<String> bodies = split.stream().map(NameCensus::allText).toList();
            List<Item> items = e.getValue().items();
            for (int i = 0; i < items.size(); i++) {
                Item it = items.get(i);
                if (it.kind() == PageAnnotations.Kind.PHOTO) {
                    continue; // photos are scored by caption anywhere; counted apart below
                }
                JsonNode t = tArticles.get(i);
                int m = eval.match(it, split, split.stream().map(NameCensus::bodyOf).toList());
                PageArticle a = m < 0 ? null : split.get(m);
                if (a != null) {
                    // Precision: names the matched item lists that are another text's of the page, not this one's.
                    List<String> own = new ArrayList<>(it.bylinePeople());
                    own.addAll(it.correspondents());
                    own.addAll(it.photographers());
                    List<String> listed = new ArrayList<>(a.names().reporters());
                    listed.addAll(a.names().correspondents());
                    listed.addAll(roleNames(a, "P"));
                    for (String x : listed) {
                        if (!own.contains(x)) {
                            boolean other = items.stream().anyMatch(o -> o.bylinePeople().contains(x)
                                    || o.correspondents().contains(x) || o.photographers().contains(x));
                            classes.merge(other ? "~listed: another text's name" : "~listed: no text's name", 1, Integer::sum);
                        }
                    }
                }
                for (String role : List.of("R", "C", "P")) {
                    List<String> names = role.equals("R") ? it.bylinePeople() : role.equals("C") ? it.correspondents() : it.photographers();
                    for (String n : names) {
                        total++;
                        if (a != null && roleNames(a, role).contains(n)) {
                            continue;
                        }
                        String form = form(t, n);
                        String cls;
                        String context = "";
                        if (a == null) {
                            cls = "unmatched-article";
                        } else if (a.names().reporters().contains(n) || a.names().correspondents().contains(n)
                                || roleNames(a, "P").contains(n)) {
                            cls = "own-item-wrong-role";
                        } else if (someNameContains(a, n)) {
                            cls = "own-item-name-merged/truncated";
                        } else {
                            int other = -1;
                            for (int k = 0; k < split.size(); k++) {
                                if (k != m && (roleNames(split.get(k), "R").contains(n) || roleNames(split.get(k), "C").contains(n)
                                        || roleNames(split.get(k), "P").contains(n))) {
                                    other = k;
                                    break;
                                }
                            }
                            if (other >= 0) {
                                cls = "given-to-other-item(" + (Math.abs(other - m) == 1 ? "adjacent" : "far") + ")";
                            } else if (bodies.get(m).contains(n)) {
                                cls = "in-own-text-not-read";
                                context = around(marked(a), n);
                            } else {
                                int k2 = -1;
                                for (int k = 0; k < split.size(); k++) {
                                    if (bodies.get(k).contains(n)) {
                                        k2 = k;
                                        break;
                                    }
                                }
                                if (k2 >= 0) {
                                    cls = "in-other-item-text";
                                    context = "item " + split.get(k2).order() + " " + around(marked(split.get(k2)), n);
                                } else if (text.contains(n)) {
                                    cls = "in-page-not-in-items";
                                } else if (flat.contains(n)) {
                                    cls = "split-over-lines";
                                } else {
                                    cls = "absent-from-page";
                                }
                            }
                        }
                        classes.merge(cls, 1, Integer::sum);
                        classes.merge(cls + " | " + role + " " + category(form), 1, Integer::sum);
                        if (verbose) {
                            System.out.println(page + " #" + (i + 1) + " " + role + " " + n + " : " + cls + " : " + form
                                    + (a == null ? "" : " → item " + a.order() + " R" + a.names().reporters() + " C"
                                    + a.names().correspondents() + " P" + roleNames(a, "P") + " byline=" + a.byline())
                                    + (context.isEmpty() ? "" : " ctx=" + context));
                        }
                    }
                }
            }
        }
        int missed = 0;
        for (var c : classes.entrySet()) {
            if (!c.getKey().contains(" | ")) {
                missed += c.getValue();
            }
        }
        classes.forEach((k, v) -> System.out.printf("%5d %s%n", v, k));
        System.out.println("names of articles/boxes " + total + ", missed " + missed);
    }

    /** The typeset string holding the name, generalised: names → N, long runs of text → H. */
    static String form(JsonNode t, String name) {
        List<String> all = new ArrayList<>();
        for (String f : List.of("bylinePeople", "correspondents", "photographers")) {
            t.get(f).forEach(x -> all.add(x.asString()));
        }
        all.sort((x, y) -> y.length() - x.length());
        for (JsonNode s : t.get("typeset")) {
            String v = s.asString();
            if (v.contains(name)) {
                for (String n : all) {
                    v = v.replace(n, n.equals(name) ? "@" : "N");
                }
                v = LONG_HAN.matcher(v).replaceAll("H");
                if (v.length() > 40) {
                    int at = v.indexOf('@');
                    v = (at > 15 ? "…" + v.substring(at - 15) : v);
                    v = v.length() > 40 ? v.substring(0, 20) + "…" + v.substring(v.length() - 12) : v;
                }
                return v;
            }
        }
        return "?";
    }

    /** The byline form of a generalised typeset string. */
    static String category(String form) {
        if (form.matches("[@N](?: [@N])*")) {
            return "bare-names";
        }
        if (form.startsWith("□")) {
            return "□ X";
        }
        if (form.contains("讯（") || form.startsWith("…") && form.contains("（") && !form.contains("摄")) {
            return "opener 讯（…）";
        }
        if (form.endsWith("摄") || form.endsWith("摄）")) {
            return form.startsWith("H") || form.startsWith("…") ? "caption + credit" : "credit line " + form.replaceAll("[@N]", "X");
        }
        if (form.endsWith("）")) {
            return "end credit （X Y）";
        }
        if (form.contains("记者") || form.contains("通讯员") || form.contains("实习生")) {
            return "byline line";
        }
        return "other " + form;
    }

    /** Where the name sits in the item's text: 25 characters before it, the name, 12 after; [ marks the text's start. */
    static String around(String text, String name) {
        int at = text.indexOf(name);
        int from = Math.max(0, at - 25);
        return (from == 0 ? "[" : "…") + text.substring(from, Math.min(text.length(), at + name.length() + 12)).replace('\n', '/');
    }

    static List<String> roleNames(PageArticle a, String role) {
        if (role.equals("R")) {
            return a.names().reporters();
        }
        if (role.equals("C")) {
            return a.names().correspondents();
        }
        List<String> out = new ArrayList<>();
        for (Caption c : a.captions()) {
            if (c.photographer() != null) {
                out.addAll(List.of(c.photographer().split(" ")));
            }
        }
        return out;
    }

    static boolean someNameContains(PageArticle a, String n) {
        List<String> all = new ArrayList<>(a.names().reporters());
        all.addAll(a.names().correspondents());
        all.addAll(roleNames(a, "P"));
        for (String x : all) {
            if (!x.equals(n) && (x.contains(n) || n.contains(x) && x.length() >= 2 || x.length() >= 2 && n.startsWith(x.substring(0, 2)))) {
                return true;
            }
        }
        return false;
    }

    static String allText(PageArticle a) {
        StringBuilder b = new StringBuilder();
        b.append(a.headlines()).append(a.byline());
        a.paragraphs().forEach(p -> b.append(p.text()));
        a.captions().forEach(c -> b.append(c.text()).append(c.photographer()));
        return b.toString();
    }

    /** The item's text with its parts marked: H| headlines, B| byline, ¶ between paragraphs, C| captions. */
    static String marked(PageArticle a) {
        StringBuilder b = new StringBuilder("H|").append(String.join("/", a.headlines())).append(" B|").append(a.byline());
        a.paragraphs().forEach(p -> b.append(" ¶").append(p.text()));
        a.captions().forEach(c -> b.append(" C|").append(c.text()).append(c.photographer()));
        return b.toString();
    }

    static String bodyOf(PageArticle a) {
        StringBuilder b = new StringBuilder();
        for (PageArticle.BodyParagraph p : a.paragraphs()) {
            if (p.kind() != PageArticle.BodyParagraph.Kind.BOX) {
                b.append(p.text());
            }
        }
        if (a.kind() == PageArticle.ItemKind.PHOTO) {
            a.captions().forEach(c -> b.append(c.text() == null ? "" : c.text()));
        }
        return b.toString();
    }
}
