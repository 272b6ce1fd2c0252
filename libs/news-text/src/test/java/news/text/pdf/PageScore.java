package news.text.pdf;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import news.model.ArticleMetadata.Caption;
import news.pdf.gen.TruthArticle;
import news.text.PageArticle;

/**
 * A minimal scorer of split pages against generated ground truth (until {@code ./news eval pages} lands): each truth
 * piece is matched to the output article with its headline, else the one whose body holds its first words.
 * <ul>
 *   <li>headline recall: truth headlines found as the matched article's main headline (spaces ignored);</li>
 *   <li>body boundaries: the matched body starts with the first words, ends with the last words and holds no more
 *       Han characters than the truth (nothing of another piece merged in);</li>
 *   <li>byline names: reporters, correspondents and photographers of the truth found in the matched article;</li>
 *   <li>article count: pages whose article count is exact.</li>
 * </ul>
 */
final class PageScore {
    int pages;
    int pagesExact;
    int truthArticles;
    int outputArticles;
    int headlines;
    int headlineHits;
    int bodies;
    int bodyHits;
    int names;
    int nameHits;
    final List<String> misses = new ArrayList<>();

    void add(String page, List<TruthArticle> truth, List<PageArticle> out) {
        pages++;
        truthArticles += truth.size();
        outputArticles += out.size();
        if (truth.size() == out.size()) {
            pagesExact++;
        } else {
            misses.add(page + ": " + out.size() + " articles, truth " + truth.size());
        }
        Set<PageArticle> used = new HashSet<>();
        try {
            return0(page, truth, out, used);
        } finally {
            for (PageArticle a : out) {
                if (!used.contains(a)) {
                    String b = han(bodyOf(a));
                    extras.add(page + ": extra " + a.headline() + " | " + (b.length() > 20 ? b.substring(0, 10) + "…" + b.substring(b.length() - 6) : b)
                            + " | " + namesOf(a) + " | label=" + a.sectionLabel());
                }
            }
        }
    }

    private void return0(String page, List<TruthArticle> truth, List<PageArticle> out, Set<PageArticle> used) {
        for (TruthArticle t : truth) {
            PageArticle m = match(t, out, used);
            if (m != null) {
                used.add(m);
            }
            if (t.headline() != null) {
                headlines++;
                if (m != null && m.headline() != null && squash(m.headline()).equals(squash(t.headline()))) {
                    headlineHits++;
                } else {
                    misses.add(page + ": headline " + t.headline() + " → " + (m == null ? "no match" : m.headline()));
                }
            }
            if (!t.body().isEmpty()) {
                bodies++;
                String body = m == null ? "" : han(bodyOf(m));
                String truthBody = TruthArticle.hanAndDigits(String.join("", t.body())).replaceAll("\\d", "");
                if (m != null && body.startsWith(t.firstWords()) && body.endsWith(t.lastWords())
                        && body.length() <= truthBody.length()) {
                    bodyHits++;
                } else {
                    misses.add(page + ": body " + t.firstWords() + "…" + t.lastWords() + " (" + truthBody.length()
                            + ") → " + (m == null ? "no match" : abbreviate(body) + " (" + body.length() + ")"));
                }
            }
            List<String> want = new ArrayList<>(t.bylinePeople());
            want.addAll(t.correspondents());
            want.addAll(t.photographers());
            Set<String> got = m == null ? Set.of() : namesOf(m);
            for (String w : want) {
                names++;
                if (got.contains(w)) {
                    nameHits++;
                } else {
                    misses.add(page + ": name " + w + " of " + (t.headline() == null ? t.firstWords() : t.headline())
                            + " → " + got);
                }
            }
        }
    }

    /** Output articles no truth piece matched (extra pieces), for reading the misses. */
    final List<String> extras = new ArrayList<>();

    private static PageArticle match(TruthArticle t, List<PageArticle> out, Set<PageArticle> used) {
        if (t.headline() != null) {
            for (PageArticle a : out) {
                if (!used.contains(a) && a.headline() != null && squash(a.headline()).equals(squash(t.headline()))) {
                    return a;
                }
            }
        }
        String first = t.firstWords();
        if (!first.isEmpty()) {
            for (PageArticle a : out) {
                if (!used.contains(a) && han(bodyOf(a)).startsWith(first)) {
                    return a;
                }
            }
            for (PageArticle a : out) {
                if (!used.contains(a) && han(bodyOf(a)).contains(first)) {
                    return a;
                }
            }
        }
        for (PageArticle a : out) {
            if (!used.contains(a) && t.photographers().stream().anyMatch(p -> namesOf(a).contains(p))) {
                return a;
            }
        }
        return null;
    }

    /** The body as scored: the paragraphs, or for a photo its caption text. */
    static String bodyOf(PageArticle a) {
        if (a.paragraphs().isEmpty()) {
            return String.join("", a.captions().stream().map(Caption::text).toList());
        }
        return String.join("", a.paragraphTexts());
    }

    static Set<String> namesOf(PageArticle a) {
        Set<String> s = new HashSet<>(a.names().reporters());
        s.addAll(a.names().correspondents());
        for (Caption c : a.captions()) {
            if (c.photographer() != null) {
                s.addAll(List.of(c.photographer().split("\\s+")));
            }
        }
        return s;
    }

    static String han(String s) {
        return TruthArticle.hanAndDigits(s).replaceAll("\\d", "");
    }

    private static String squash(String s) {
        return s.replaceAll("[\\s\u3000]", "");
    }

    private static String abbreviate(String s) {
        return s.length() <= 20 ? s : s.substring(0, 8) + "…" + s.substring(s.length() - 8);
    }

    double headlineRecall() {
        return headlines == 0 ? 1 : (double) headlineHits / headlines;
    }

    double bodyBoundaries() {
        return bodies == 0 ? 1 : (double) bodyHits / bodies;
    }

    double nameRecall() {
        return names == 0 ? 1 : (double) nameHits / names;
    }

    double exactCount() {
        return pages == 0 ? 1 : (double) pagesExact / pages;
    }

    String table(String what) {
        return String.format(Locale.ROOT, "%-28s pages %4d  pieces %5d (out %5d)  headline %.3f  body %.3f  names %.3f  count exact %.3f",
                what, pages, truthArticles, outputArticles, headlineRecall(), bodyBoundaries(), nameRecall(), exactCount());
    }
}
