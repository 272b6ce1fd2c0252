package news.text.pdf;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import news.pdf.gen.TruthArticle;
import news.text.PageArticle;
import news.text.PageSplitter;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.JsonNode;

/** Ad-hoc: scores a generated corpus folder (truth/, pdf/, txt/) with {@link PageScore}; prints misses with -v. */
public final class ScoreGenerated {
    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int limit = args.length > 1 ? Integer.parseInt(args[1]) : Integer.MAX_VALUE;
        boolean verbose = args.length > 2;
        JsonMapper mapper = JsonMapper.builder().build();
        PdfPageSplitter pdf = new PdfPageSplitter();
        PageSplitter text = new PageSplitter();
        PageScore pdfScore = new PageScore();
        PageScore textScore = new PageScore();
        int strings = 0;
        int intact = 0;
        news.pdf.PdfLayoutReader layoutReader = new news.pdf.PdfLayoutReader();
        List<Path> truths;
        try (var s = Files.list(dir.resolve("truth"))) {
            truths = s.sorted().limit(limit).toList();
        }
        for (Path t : truths) {
            String name = t.getFileName().toString().replace(".json", "");
            JsonNode root = mapper.readTree(t.toFile());
            List<TruthArticle> truth = new ArrayList<>();
            for (JsonNode a : root.get("articles")) {
                truth.add(mapper.treeToValue(a, TruthArticle.class));
            }
            List<PageArticle> fromPdf = pdf.split(Files.readAllBytes(dir.resolve("pdf").resolve(name + ".pdf")));
            if (args.length > 2 && args[2].equals(name)) {
                for (TruthArticle a : truth) {
                    System.out.println("TRUTH " + a.kind() + " | " + a.headline() + " | " + a.firstWords() + "…" + a.lastWords()
                            + " | " + a.bylinePeople() + a.correspondents() + a.photographers());
                }
                for (PageArticle a : fromPdf) {
                    String b = PageScore.han(PageScore.bodyOf(a));
                    System.out.println("OUT   " + a.order() + " | " + a.headline() + " | sub=" + a.subheadline() + " | "
                            + (b.length() > 16 ? b.substring(0, 8) + "…" + b.substring(b.length() - 8) : b) + " | "
                            + PageScore.namesOf(a) + " | byline=" + a.byline() + " | label=" + a.sectionLabel());
                }
            }
            pdfScore.add(name, truth, fromPdf);
            String stream = TruthArticle.hanAndDigits(String.join("", layoutReader.read(
                    Files.readAllBytes(dir.resolve("pdf").resolve(name + ".pdf"))).stream().map(news.pdf.PageLayout::text).toList()));
            for (TruthArticle a : truth) {
                for (String typeset : a.typeset()) {
                    String want = TruthArticle.hanAndDigits(typeset);
                    if (want.isEmpty()) {
                        continue;
                    }
                    strings++;
                    if (stream.contains(want)) {
                        intact++;
                    } else if (verbose) {
                        System.out.println(name + ": not intact: " + (typeset.length() > 40 ? typeset.substring(0, 40) : typeset));
                    }
                }
            }
            Path txt = dir.resolve("txt").resolve(name + ".txt");
            if (Files.exists(txt)) {
                textScore.add(name, truth, text.split(Files.readString(txt)));
            }
        }
        System.out.printf("layout reading order: %d of %d typeset strings intact (%.4f)%n", intact, strings, (double) intact / strings);
        System.out.println(pdfScore.table("PDF (PdfPageSplitter)"));
        System.out.println(textScore.table("pdftotext + PageSplitter"));
        if (verbose) {
            pdfScore.misses.forEach(System.out::println);
            pdfScore.extras.forEach(System.out::println);
        }
    }
}
