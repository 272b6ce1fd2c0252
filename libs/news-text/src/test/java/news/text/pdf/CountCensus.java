package news.text.pdf;

import java.nio.file.*;
import java.util.*;
import news.pdf.gen.TruthArticle;
import news.text.PageArticle;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.JsonNode;

/**
 * Ad-hoc (like {@link ScoreGenerated}): the article-count errors of the PDF path on a generated folder (truth/, pdf/),
 * counted as {@code ./news eval pages} does (split items of kind ARTICLE against annotated articles and boxes), each
 * unmatched split article put in a class. {@code CountCensus DIR [-v]}; -v also prints truth and output of each page
 * with a count error (for the dev set only: held-out sets are read in total).
 */
public final class CountCensus {
    static Map<String, Integer> classes = new TreeMap<>();
    static void cls(String k, String page, String detail) {
        classes.merge(k, 1, Integer::sum);
        System.out.println("C " + k + " " + page + " " + detail);
    }
    static String han(PageArticle x) {
        return TruthArticle.hanAndDigits(String.join("", x.paragraphs().stream().map(p -> p.text()).toList())).replaceAll("\\d", "");
    }
    static void classify(String page, List<TruthArticle> truth, List<PageArticle> out) {
        Set<TruthArticle> used = new HashSet<>();
        List<PageArticle> unmatched = new ArrayList<>();
        for (PageArticle o : out) {
            if (o.kind() != PageArticle.ItemKind.ARTICLE) continue;
            String b = han(o);
            TruthArticle hit = null;
            for (TruthArticle t : truth) {
                if (used.contains(t) || t.kind().equals("photo")) continue;
                if (t.headline() != null && o.headline() != null && t.headline().replace(" ", "").equals(o.headline().replace(" ", ""))
                        || !b.isEmpty() && !t.firstWords().isEmpty() && b.startsWith(t.firstWords())) { hit = t; break; }
            }
            if (hit != null) used.add(hit); else unmatched.add(o);
        }
        for (PageArticle o : unmatched) {
            String b = han(o);
            String d = o.headline() + " | " + (b.length() > 24 ? b.substring(0, 12) + "…" + b.substring(b.length() - 8) : b) + " | byline=" + o.byline();
            boolean photoTitle = o.headline() != null && truth.stream().anyMatch(t -> t.kind().equals("photo") && o.headline().equals(t.headline()));
            if (photoTitle) cls("photo-with-title-as-article", page, d);
            else if (b.isEmpty() && o.headline() == null && o.byline() != null) cls("bare-signature/byline", page, d);
            else if (b.isEmpty() && o.headline() == null) cls("empty-headless", page, d);
            else if (b.isEmpty()) cls("headline-without-body", page, d);
            else if (b.length() <= 12) cls("short-fragment(<=12 han)", page, d);
            else if (o.headline() == null) {
                // a piece of a truth body?
                boolean inside = truth.stream().anyMatch(t -> TruthArticle.hanAndDigits(String.join("", t.body())).replaceAll("\\d", "").contains(b.substring(0, Math.min(12, b.length()))));
                cls(inside ? "headless-piece-of-a-body" : "headless-other", page, d);
            } else cls("other", page, d);
        }
        for (TruthArticle t : truth) {
            if (!t.kind().equals("photo") && !used.contains(t)) cls("truth-unmatched(merge/miss)", page, t.kind() + " " + t.headline() + " | " + t.firstWords());
        }
    }
    public static void main(String[] a) throws Exception {
        Path dir = Path.of(a[0]);
        JsonMapper m = JsonMapper.builder().build();
        PdfPageSplitter sp = new PdfPageSplitter();
        List<Path> truths;
        try (var s = Files.list(dir.resolve("truth"))) { truths = s.sorted().toList(); }
        int err = 0, exact = 0;
        for (Path t : truths) {
            String name = t.getFileName().toString().replace(".json", "");
            List<TruthArticle> truth = new ArrayList<>();
            for (JsonNode n : m.readTree(t.toFile()).get("articles")) truth.add(m.treeToValue(n, TruthArticle.class));
            List<PageArticle> out = sp.split(Files.readAllBytes(dir.resolve("pdf").resolve(name + ".pdf")));
            long ta = truth.stream().filter(x -> !x.kind().equals("photo")).count();
            long oa = out.stream().filter(x -> x.kind() == PageArticle.ItemKind.ARTICLE).count();
            err += Math.abs(ta - oa);
            if (ta == oa) { exact++; continue; }
            classify(name, truth, out);
            if (a.length < 2) continue;
            System.out.println("== " + name + " out " + oa + " truth " + ta);
            for (TruthArticle x : truth) {
                System.out.println("  T " + x.kind() + " | " + x.headline() + " | " + x.firstWords() + "…" + x.lastWords());
            }
            for (PageArticle x : out) {
                String b = String.join("", x.paragraphs().stream().map(p -> p.text()).toList());
                b = TruthArticle.hanAndDigits(b);
                System.out.println("  O " + x.kind() + " | " + x.headline() + " | " + (b.length() > 30 ? b.substring(0, 12) + "…" + b.substring(b.length() - 12) : b)
                    + " | caps=" + x.captions().size() + " | byline=" + x.byline());
            }
        }
        classes.forEach((k, v) -> System.out.println(String.format("%-40s %d", k, v)));
        System.out.println("count error " + err + ", exact " + exact + " of " + truths.size());
    }
}
