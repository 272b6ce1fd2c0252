import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import news.text.PageArticle;
import news.text.PageSplitter;

/**
 * Builds src/main/resources/news/pdf/gen/articles.jsonl, the known articles the page generator typesets (run once;
 * see README.md). Seed articles: the five pages of infra/samples split with PageSplitter, keeping the ones that read
 * right (a headline, running text only, no box or interview turns; the pieces listed in SKIP were checked by hand
 * and read wrong). cnews: the headline (text before the first space) and body of the Sina articles of
 * /work/shared/datasets/cnews-articles/articles.tsv, 300-2,400 characters, at most 40 per label, in file order.
 *
 * java -cp libs/news-text/target/classes:$(cat cp.txt) tools/page-generator/corpus/BuildCorpus.java SAMPLES TSV OUT [KEEP_SEEDS_FROM]
 *
 * <p>The 2026-12-02 build kept the seed articles of the first one (KEEP_SEEDS_FROM = the previous articles.jsonl)
 * and rebuilt the cnews part with the agency tails, lead fragments and listing links removed.
 */
public class BuildCorpus {
    static final Set<String> SKIP = Set.of("000#1", "000#5", "001#2", "001#4", "001#7", "003#1");
    static final Pattern AGENCY_TAIL = Pattern.compile(
            "(?:综合)?(?:中新网|中新社|新华网|新华社|国际在线|人民网|中广网|环球网|晨报|[\\p{IsHan}]{0,3}日报|上海|北京)"
            + "[\\p{IsHan}\\d]{0,10}?(?:\\d+月\\d+日)?(?:电|报道|讯)$");
    static final Pattern LEAD_TAIL = Pattern.compile("^(?:[^（()）]{1,14}[)）]|.{0,60}?[（(]文/[^（()）]{1,10}[)）])[：:—\\-]*");
    static final Pattern LISTING = Pattern.compile("[（(]?(?:论坛)?\\s*(?:相册)?\\s*户型\\s*样板间\\s*(?:点评)?\\s*地图搜索\\s*[)）]?");
    static final Pattern LEAD = Pattern.compile(".{0,40}?(记者|报道|讯|消息|日电|通讯员|编辑|来源).{0,20}");

    public static void main(String[] args) throws Exception {
        List<String> out = new ArrayList<>();
        if (args.length > 3) {
            // The seed articles of an earlier build (KEEP_SEEDS_FROM): today's splitter splits the samples
            // differently, and the generated pages should not change with it.
            Files.readAllLines(Path.of(args[3]), StandardCharsets.UTF_8).stream()
                    .filter(l -> l.startsWith("{\"source\":\"seed ")).forEach(out::add);
        }
        PageSplitter splitter = new PageSplitter();
        for (Path p : args.length > 3 ? List.<Path>of() : Files.list(Path.of(args[0])).sorted().toList()) {
            String page = p.getFileName().toString().substring(0, 3);
            for (PageArticle a : splitter.split(Files.readString(p))) {
                String id = page + "#" + a.order();
                boolean clean = a.paragraphs().stream().allMatch(b -> b.kind() == PageArticle.BodyParagraph.Kind.TEXT
                        || b.kind() == PageArticle.BodyParagraph.Kind.SUBHEAD);
                if (SKIP.contains(id) || a.headline() == null || !clean || a.headline().length() > 40) {
                    continue;
                }
                String sub = a.subheadline();
                String kicker = null;
                if (sub != null && !sub.startsWith("——") && a.headlines().indexOf(sub) < a.headlines().indexOf(a.headline())) {
                    kicker = sub;
                    sub = null;
                }
                // continuation marks belong to the page, not the article: the generator prints its own
                List<String> paras = a.paragraphs().stream()
                        .map(b -> (b.kind() == PageArticle.BodyParagraph.Kind.SUBHEAD ? "#" : "")
                                + b.text().replaceAll("[（(](上接|下转)[^（()）]{1,8}版[)）]", "").strip())
                        .filter(t -> !t.isEmpty() && !t.equals("#")).toList();
                out.add(json("seed " + p.getFileName() + " #" + a.order(), kicker, a.headline(), sub, paras));
            }
        }
        int[] perLabel = new int[64];
        List<String> labels = new ArrayList<>();
        int line = 0;
        for (String row : Files.readAllLines(Path.of(args[1]), StandardCharsets.UTF_8)) {
            line++;
            String[] f = row.split("\t", 2);
            if (f.length < 2) continue;
            String text = f[1].strip();
            int sp = text.indexOf(' ');
            if (sp < 6 || sp > 30) continue;
            // Sina headlines carry "(组图)" and the agency line glued to them ("…星城(组图)新浪科技讯"): dropped.
            String headline = text.substring(0, sp).replaceAll("[（(]([组图]+|视频|附图|图文)[)）]", "").replaceFirst("新浪.{0,4}$", "");
            // An agency line glued to the end ("…弹道导弹中新网12月24日电", "…国际在线报道", "…晨报讯") and a forum
            // link ("…(论坛"): not part of a printed headline.
            headline = AGENCY_TAIL.matcher(headline).replaceFirst("").replaceFirst("[（(]论坛$", "").strip();
            if (headline.length() < 4 || headline.matches(".*[（(][^)）]*") || headline.contains("记者") || headline.contains("：") && headline.length() < 8) continue;
            // Scraped property listings ("(论坛 相册 户型 样板间 点评 地图搜索)"): no printed article, left out.
            if (LISTING.matcher(text).find()) continue;
            List<String> segs = new ArrayList<>(List.of(text.substring(sp + 1).strip().split("\\s+")));
            String sub = null;
            if (!segs.isEmpty() && segs.getFirst().length() <= 40 && LEAD.matcher(segs.getFirst()).matches()) segs.removeFirst();
            if (!segs.isEmpty() && segs.getFirst().length() <= 24 && !segs.getFirst().matches(".*[。！？”]$")
                    && !segs.getFirst().matches(".*[（()）].*")) sub = segs.removeFirst();
            if (!segs.isEmpty()) {
                // Sina's lead-in ("…新浪体育讯12月24日，…"): the glued subtitle and the agency line are dropped.
                segs.set(0, segs.getFirst().replaceFirst("^.{0,40}?新浪[^\\s，。]{0,6}讯", ""));
                // The rest of a lead cut at its first space: "吴庆才)美国国防部…" (of "(记者 吴庆才)"), "张跃)新浪乐居…",
                // "…北京消息(文/孙封蕾)：CNET获悉…". A printed article does not open with half a parenthesis.
                java.util.regex.Matcher tail = LEAD_TAIL.matcher(segs.getFirst());
                if (tail.find()) {
                    // ... unless the cut fell inside a sentence ("陆毅(听歌blog)的妻子…"): such articles are left out.
                    if (tail.group().matches(".*[A-Za-z].*") || segs.getFirst().substring(tail.end()).matches("^[、，。：；的].*")) continue;
                    segs.set(0, segs.getFirst().substring(tail.end()));
                }
            }
            List<String> paras = new ArrayList<>();
            for (String s : segs) {
                if (s.length() < 2) continue;
                if (!paras.isEmpty() && !paras.getLast().matches(".*[。！？”…）]$")) paras.set(paras.size() - 1, paras.getLast() + s);
                else paras.add(s);
            }
            // Names in the running text's first lines (记者 X, X 摄, an author's parenthesis) would be bylines the
            // generated truth does not know: such articles are left out.
            String head = String.join("", paras);
            head = head.substring(0, Math.min(120, head.length()));
            if (head.matches(".*(记者|通讯员|摄|编辑|撰文|作者|[（(][\\p{IsHan}\\s]{2,8}[)）]).*")) continue;
            if (!paras.isEmpty()) {
                // the agency's end credit ("…发生了什么。(孝文）"): the generator prints its own credits
                paras.set(paras.size() - 1, paras.getLast().replaceFirst("[（(][^（()）。，！？]{1,20}[)）]\\s*$", "").strip());
            }
            int len = paras.stream().mapToInt(String::length).sum();
            if (len < 300 || len > 2400 || paras.isEmpty()) continue;
            int li = labels.indexOf(f[0]);
            if (li < 0) { labels.add(f[0]); li = labels.size() - 1; }
            if (perLabel[li]++ >= 40) continue;
            out.add(json("cnews " + f[0] + " line " + line, null, headline, sub, paras));
        }
        Files.write(Path.of(args[2]), out, StandardCharsets.UTF_8);
        System.out.println(out.size() + " articles");
    }

    static String json(String source, String kicker, String headline, String sub, List<String> paras) {
        StringBuilder b = new StringBuilder("{\"source\":").append(q(source)).append(",\"kicker\":").append(q(kicker))
                .append(",\"headline\":").append(q(headline)).append(",\"subheadline\":").append(q(sub)).append(",\"paragraphs\":[");
        for (int i = 0; i < paras.size(); i++) b.append(i == 0 ? "" : ",").append(q(paras.get(i)));
        return b.append("]}").toString();
    }

    static String q(String s) {
        if (s == null) return "null";
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') b.append('\\').append(c);
            else if (c < 0x20) b.append(String.format("\\u%04x", (int) c));
            else b.append(c);
        }
        return b.append('"').toString();
    }
}
