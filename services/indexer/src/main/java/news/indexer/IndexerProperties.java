package news.indexer;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param alias          alias the gateway searches
 * @param indexVersion   the alias points at {@code <alias>-v<indexVersion>} (the template matches {@code <alias>-v*})
 * @param templateName   index template name
 * @param maxAttempts    bulk attempts for transient failures before the batch is handed back to the container
 *                       (which re-seeks and retries it without committing: nothing is ever skipped)
 * @param initialBackoff first retry delay; doubles per attempt, full jitter
 * @param maxBackoff     retry delay cap
 */
@ConfigurationProperties("news.index")
public record IndexerProperties(String alias, int indexVersion, String templateName, int maxAttempts,
                                Duration initialBackoff, Duration maxBackoff) {

    public String indexName() {
        return alias + "-v" + indexVersion;
    }
}
