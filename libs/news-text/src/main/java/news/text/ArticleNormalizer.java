package news.text;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import news.model.ArticleMetadata;
import news.model.ArticleMetadata.Caption;
import news.model.ContentKind;
import news.model.Headline;
import news.model.NormalizedArticle;
import news.model.RawArticle;
import news.pdf.PdfPageException;
import news.text.pdf.PdfPageSplitter;

/**
 * The normalizer stage as a plain function: a {@code news.raw} event in, {@code news.normalized} events out.
 *
 * <p>{@link #normalizeAll}: a whole page is split into its articles ({@link PageSplitter}), each an event of its own
 * with id {@code pageId#order}, {@code meta.pageId}/{@code pageOrder} and the extracted headline, byline, dateline,
 * captions, section label and the splitter's flags ({@code meta.splitFlags}); the subtitle is {@code meta.subheadline}
 * and the kicker a headline of role {@code kicker} in {@code meta.otherHeadlines}. A photo printed on its own becomes an event when it has a caption (its text is the body). An article sent on its own is repaired (headline and byline as single lines, name
 * separators kept; the body into paragraphs) and its dateline, byline parenthesis, end credit and captions are moved
 * out of the body into {@code meta}. Every event carries the SimHash of its body.
 *
 * <p>{@link #apply} is the single-article form (a page stays one article titled by its first line).
 */
public final class ArticleNormalizer implements Function<RawArticle, NormalizedArticle> {
    static final int PAGE_TITLE_MAX = 40;

    private final TextRepair html = TextRepair.forHtml();
    private final TextRepair plain = TextRepair.forPlainText();
    private final PageSplitter splitter = new PageSplitter();
    private final PdfPageSplitter pdfSplitter = new PdfPageSplitter();
    private final DatelineExtractor datelines = new DatelineExtractor();
    private final BylineExtractor bylines = new BylineExtractor();
    private final CaptionExtractor captions = new CaptionExtractor();

    /** Id of the article at {@code order} (1-based) on the page with id {@code pageId}. */
    public static String articleId(String pageId, int order) {
        return pageId + "#" + order;
    }

    /**
     * One event per article: a page's articles in page order, or the single article. A print PDF page
     * ({@link RawArticle#APPLICATION_PDF}) is split from its layout ({@link PdfPageSplitter}); a photo's text is its
     * caption; pieces without any text are left out.
     *
     * @throws IllegalArgumentException for a PDF page that cannot be read (the ingestor checks pages before they are
     *                                  sent, so this is a damaged record: the binder dead-letters it)
     */
    public List<NormalizedArticle> normalizeAll(RawArticle raw) {
        if (!raw.pubStatus().visible()) {
            // a kill or hold of an article or a whole page: nothing to repair or split, passed on as it is
            return List.of(NormalizedArticle.statusChange(raw));
        }
        if (raw.kind() != ContentKind.PAGE) {
            return List.of(apply(raw));
        }
        boolean pdf = RawArticle.APPLICATION_PDF.equals(raw.bodyFormat());
        List<PageArticle> articles = pdf ? pdfArticles(raw) : splitter.split(raw.body());
        if (articles.isEmpty()) {
            return pdf ? List.of() : List.of(apply(raw));
        }
        List<NormalizedArticle> out = new ArrayList<>();
        for (PageArticle a : articles) {
            List<String> paragraphs = a.paragraphTexts();
            if (a.kind() == PageArticle.ItemKind.PHOTO) {
                // A photo printed on its own is news when it has a caption (图片新闻); a bare credit is not.
                String caption = a.captions().isEmpty() ? null : a.captions().getFirst().text();
                if (caption == null || caption.isBlank()) {
                    continue;
                }
                paragraphs = List.of(caption);
            } else if (paragraphs.isEmpty()) {
                // a PDF piece with no running text: its captions are what there is to read
                paragraphs = a.captions().stream().map(Caption::text).filter(t -> !t.isBlank()).toList();
            }
            if (paragraphs.isEmpty() && a.headline() == null) {
                continue; // a photo credit alone: nothing to read or index
            }
            String headline = a.headline() != null ? a.headline() : fallbackTitle(paragraphs);
            // The kicker stays apart from the sub-headline: a headline of its own role, as ninjs carries it.
            List<Headline> kicker = a.kicker() == null ? List.of() : List.of(new Headline(Headline.KICKER, a.kicker()));
            ArticleMetadata meta = new ArticleMetadata(a.subheadline(), a.names().reporters(),
                    a.names().correspondents(), a.dateline() == null ? null : a.dateline().place(),
                    a.dateline() == null ? null : a.dateline().date(), a.captions(), raw.id(), a.order(),
                    a.sectionLabel(), SimHash.hex(SimHash.of(String.join("\n", paragraphs))), null,
                    a.flags().stream().map(Enum::name).toList(), kicker);
            out.add(new NormalizedArticle(articleId(raw.id(), a.order()), raw.source(), raw.uri(), ContentKind.ARTICLE,
                    raw.language(), headline, paragraphs, a.byline(),
                    a.dateline() == null ? null : a.dateline().place(), raw.versionCreated(), raw.receivedAt(), meta));
        }
        return List.copyOf(out);
    }

    private List<PageArticle> pdfArticles(RawArticle raw) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(raw.body());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("page " + raw.id() + ": the PDF body is not base64", e);
        }
        try {
            return pdfSplitter.split(bytes);
        } catch (PdfPageException e) {
            throw new IllegalArgumentException("page " + raw.id() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public NormalizedArticle apply(RawArticle raw) {
        // Only a text/html body is HTML; plain text (pages of print-PDF text, headlines, bylines, places) is kept as
        // sent, markup-like characters included (当 a<b 且 c>d 时).
        TextRepair body = RawArticle.TEXT_HTML.equals(raw.bodyFormat()) ? html : plain;
        List<String> paragraphs = new ArrayList<>(body.paragraphs(raw.body()));
        String headline = raw.headline() == null || raw.headline().isBlank()
                ? (raw.kind() == ContentKind.PAGE ? pageTitle(raw.body()) : null)
                : new DoubledTextRepair().repair(plain.line(raw.headline()));
        String byline = blankToNull(plain.line(raw.byline()));
        String located = blankToNull(plain.line(raw.located()));
        if (raw.kind() == ContentKind.PAGE) {
            return new NormalizedArticle(raw.id(), raw.source(), raw.uri(), raw.kind(), raw.language(), headline,
                    paragraphs, byline, located, raw.versionCreated(), raw.receivedAt(),
                    simhashOnly(paragraphs));
        }
        Byline names = byline == null ? Byline.NONE : bylines.parse(byline);
        Dateline dateline = null;
        if (!paragraphs.isEmpty()) {
            Optional<DatelineExtractor.Match> m = datelines.extract(paragraphs.getFirst());
            if (m.isPresent()) {
                dateline = m.get().dateline();
                if (m.get().bylineText() != null) {
                    names = bylines.parse(m.get().bylineText()).plus(names);
                    byline = byline == null ? m.get().bylineText() : byline;
                }
                replaceOrRemove(paragraphs, 0, m.get().rest());
            }
        }
        if (!paragraphs.isEmpty()) {
            int last = paragraphs.size() - 1;
            Byline credit = bylines.endCredit(paragraphs.get(last));
            if (!credit.hasNoNames()) {
                names = names.plus(credit);
                byline = byline == null ? String.join(" ", credit.reporters()) : byline;
                replaceOrRemove(paragraphs, last, bylines.withoutEndCredit(paragraphs.get(last)));
            }
        }
        List<Caption> found = new ArrayList<>();
        for (int i = paragraphs.size() - 1; i >= 0 && paragraphs.size() > 1; i--) {
            Optional<Caption> c = captions.caption(paragraphs.get(i));
            if (c.isPresent()) {
                found.addFirst(c.get());
                paragraphs.remove(i);
            }
        }
        String place = located != null ? located : dateline == null ? null : dateline.place();
        String subheadline = raw.subheadline() == null || raw.subheadline().isBlank() ? null
                : blankToNull(new DoubledTextRepair().repair(plain.line(raw.subheadline())));
        List<Headline> otherHeadlines = raw.otherHeadlines().stream()
                .map(h -> new Headline(h.role(), blankToNull(new DoubledTextRepair().repair(plain.line(h.value())))))
                .filter(h -> h.value() != null).toList();
        ArticleMetadata meta = new ArticleMetadata(subheadline, names.reporters(), names.correspondents(),
                dateline == null ? null : dateline.place(), dateline == null ? null : dateline.date(), found, null,
                null, null, SimHash.hex(SimHash.of(String.join("\n", paragraphs))), null, List.of(), otherHeadlines);
        return new NormalizedArticle(raw.id(), raw.source(), raw.uri(), raw.kind(), raw.language(), headline,
                paragraphs, byline, place, raw.versionCreated(), raw.receivedAt(), meta);
    }

    private static ArticleMetadata simhashOnly(List<String> paragraphs) {
        return new ArticleMetadata(null, List.of(), List.of(), null, null, List.of(), null, null, null,
                SimHash.hex(SimHash.of(String.join("\n", paragraphs))), null);
    }

    private static void replaceOrRemove(List<String> paragraphs, int index, String text) {
        if (text == null || text.isBlank()) {
            paragraphs.remove(index);
        } else {
            paragraphs.set(index, text.strip());
        }
    }

    private static String fallbackTitle(List<String> paragraphs) {
        if (paragraphs.isEmpty()) {
            return null;
        }
        String first = paragraphs.getFirst();
        return first.length() <= PAGE_TITLE_MAX ? first : first.substring(0, PAGE_TITLE_MAX) + "…";
    }

    private String pageTitle(String body) {
        for (String line : body.split("\\R")) {
            String title = plain.line(line);
            if (!title.isEmpty()) {
                return title.length() <= PAGE_TITLE_MAX ? title : title.substring(0, PAGE_TITLE_MAX) + "…";
            }
        }
        return null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
