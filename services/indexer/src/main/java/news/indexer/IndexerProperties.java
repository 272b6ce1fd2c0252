package news.indexer;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param alias          alias the gateway searches
 * @param indexVersion   the alias points at {@code <alias>-v<indexVersion>} (the template matches {@code <alias>-v*})
 * @param templateName   index template name
 *
 * <p>(news.index.max-attempts, initial-backoff and max-backoff are read by the bulk retry declared in application.yml.)
 */
@ConfigurationProperties("news.index")
public record IndexerProperties(String alias, int indexVersion, String templateName) {

    public String indexName() {
        return alias + "-v" + indexVersion;
    }
}
