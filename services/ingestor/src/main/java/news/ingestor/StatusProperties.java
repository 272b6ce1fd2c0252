package news.ingestor;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param index         the article status index (written by the indexer)
 * @param articlesAlias the search index alias: an article whose status has expired is still found there
 */
@ConfigurationProperties("news.status")
public record StatusProperties(String index, String articlesAlias) {}
