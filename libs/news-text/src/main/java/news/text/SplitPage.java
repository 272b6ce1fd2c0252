package news.text;

import java.util.List;

/**
 * What {@link PageSplitter#splitPage} finds on a page: its items (articles and photos printed on their own) in page
 * order, the page furniture, and the section and column labels (printed over articles or across the page).
 *
 * @param articles  articles and photos, in page order
 * @param furniture masthead, numbers, date, editor line: never an article
 * @param labels    section, column and banner labels as printed (each article's {@code sectionLabel} repeats the ones
 *                  printed over it), and headline lines no text on the page belongs to
 */
public record SplitPage(List<PageArticle> articles, PageFurniture.PageMetadata furniture, List<String> labels) {
    public SplitPage {
        articles = List.copyOf(articles);
        labels = List.copyOf(labels);
    }
}
