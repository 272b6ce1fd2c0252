package news.enrich;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import news.model.ContentKind;
import news.model.Enrichment;
import news.model.Entity;
import news.model.NormalizedArticle;
import news.model.RawArticle;
import news.model.Region;
import news.model.Subject;
import news.text.ArticleNormalizer;

/**
 * A golden check for speed work: every field of the enrichment of a fixed sample, written as plain text (one block per
 * article, fields one per line), so that two builds can be compared with {@code diff}. The sample: the seed pages
 * whole and in traditional chars, the articles the normalizer splits from them, and {@code cnews} cnews articles evenly spaced over the file.
 */
final class EnrichmentSnapshot {

    /** One input of the sample: a stable id and the article. */
    record Sample(String id, NormalizedArticle article, String headline, String body) {}

    private EnrichmentSnapshot() {}

    /** The fixed sample: seed pages (whole and split into articles), then {@code cnews} evenly spaced cnews articles. */
    static List<Sample> sample(Path seedFolder, Path cnewsFile, int cnews) throws IOException {
        List<Sample> out = new ArrayList<>();
        ArticleNormalizer normalizer = new ArticleNormalizer();
        try (Stream<Path> s = Files.list(seedFolder)) {
            for (Path f : s.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                RawArticle page = new RawArticle(f.getFileName().toString(), "snapshot", null, ContentKind.PAGE, "zh",
                        null, Files.readString(f), RawArticle.TEXT_PLAIN, null, null, null, Instant.EPOCH);
                NormalizedArticle whole = normalizer.apply(page);
                out.add(new Sample("page " + f.getFileName(), whole, null, null));
                // the same page in traditional chars: the enricher's conversion path
                out.add(new Sample("traditional " + f.getFileName(), null,
                        com.hankcs.hanlp.HanLP.convertToTraditionalChinese(whole.headline() == null ? "" : whole.headline()),
                        com.hankcs.hanlp.HanLP.convertToTraditionalChinese(whole.bodyText())));
                for (NormalizedArticle a : normalizer.normalizeAll(page)) {
                    out.add(new Sample("seed " + a.id(), a, null, null));
                }
            }
        }
        if (cnews > 0) {
            List<ArticleCorpus.Article> all = ArticleCorpus.read(cnewsFile, TopicLabels.standard());
            int n = Math.min(cnews, all.size());
            for (int k = 0; k < n; k++) {
                int i = (int) ((long) k * all.size() / n);
                ArticleCorpus.Article a = all.get(i);
                out.add(new Sample("cnews " + (i + 1), null, a.headline(), a.body()));
            }
        }
        return out;
    }

    static Enrichment enrich(ArticleEnricher enricher, Sample s) {
        return s.article() != null ? enricher.enrich(s.article()) : enricher.enrich(s.headline(), s.body());
    }

    static void write(ArticleEnricher enricher, List<Sample> samples, PrintWriter out) {
        for (Sample s : samples) {
            out.print(describe(s.id(), enrich(enricher, s)));
        }
        out.flush();
    }

    /** Every field of the enrichment, one per line. */
    static String describe(String id, Enrichment e) {
        StringBuilder b = new StringBuilder();
        b.append("== ").append(id).append('\n');
        for (Subject x : e.subjects()) {
            b.append("subject ").append(x.code()).append(' ').append(x.confidence()).append(' ').append(x.rel())
                    .append(' ').append(x.name()).append(" / ").append(x.nameZh()).append('\n');
        }
        entities(b, "person", e.people());
        entities(b, "place", e.places());
        entities(b, "org", e.organisations());
        entities(b, "credit", e.credits());
        b.append("keywords ").append(String.join(" ", e.keywords())).append('\n');
        b.append("summary ").append(e.summary()).append('\n');
        for (Region r : e.regions()) {
            b.append("region ").append(r.code()).append(' ').append(r.display()).append(" (").append(r.name())
                    .append(")\n");
        }
        if (e.headlineSimplified() != null || e.bodySimplified() != null) {
            b.append("simplified ").append(e.headlineSimplified()).append(" | ").append(e.bodySimplified() == null
                    ? 0 : e.bodySimplified().hashCode()).append('\n');
        }
        return b.toString();
    }

    private static void entities(StringBuilder b, String kind, List<Entity> list) {
        for (Entity x : list) {
            b.append(kind).append(' ').append(x.name()).append(" @").append(x.offset()).append(" ×").append(x.count())
                    .append('\n');
        }
    }
}
