package news.model;

/** The {@code news.classified} event: a normalized article plus its enrichment. */
public record ClassifiedArticle(NormalizedArticle article, Enrichment enrichment) {

    public String id() {
        return article.id();
    }
}
