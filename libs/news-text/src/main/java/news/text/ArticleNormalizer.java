package news.text;

import java.util.List;
import java.util.function.Function;
import news.model.ContentKind;
import news.model.NormalizedArticle;
import news.model.RawArticle;

/**
 * The normalizer stage as a plain function: a {@code news.raw} event in, a {@code news.normalized} event out.
 * Headline and byline are repaired as single lines (name separators kept), the body into paragraphs.
 *
 * <p>A whole page has no headline of its own yet (splitting pages into articles comes later): it is titled by its
 * first line, shortened to {@value #PAGE_TITLE_MAX} characters.
 */
public final class ArticleNormalizer implements Function<RawArticle, NormalizedArticle> {
    static final int PAGE_TITLE_MAX = 40;

    private final TextRepair repair = new TextRepair();

    @Override
    public NormalizedArticle apply(RawArticle raw) {
        List<String> paragraphs = repair.paragraphs(raw.body());
        String headline = raw.headline() == null || raw.headline().isBlank()
                ? (raw.kind() == ContentKind.PAGE ? pageTitle(raw.body()) : null)
                : repair.line(raw.headline());
        return new NormalizedArticle(raw.id(), raw.source(), raw.uri(), raw.kind(), raw.language(), headline, paragraphs,
                blankToNull(repair.line(raw.byline())), blankToNull(repair.line(raw.located())),
                raw.versionCreated(), raw.receivedAt());
    }

    private String pageTitle(String body) {
        for (String line : body.split("\\R")) {
            String title = repair.line(line);
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
