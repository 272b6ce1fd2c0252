package news.indexer;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param index     the status index: one document per newsroom and article (see {@link news.model.status.StatusEvent})
 * @param retention how long an article's status is kept after its last step; older entries are deleted hourly
 * @param enabled   whether the indexer records status at all (default true; {@code NEWS_STATUS_ENABLED=false} turns off
 *                  the status consumer group and the indexer's own steps, to measure what status costs: the status
 *                  endpoint then knows nothing of new articles)
 */
@ConfigurationProperties("news.status")
public record StatusProperties(String index, Duration retention, @DefaultValue("true") boolean enabled) {}
