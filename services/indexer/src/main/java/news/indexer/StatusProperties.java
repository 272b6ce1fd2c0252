package news.indexer;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param index     the status index: one document per newsroom and article (see {@link news.model.status.StatusEvent})
 * @param retention how long an article's status is kept after its last step; older entries are deleted hourly
 */
@ConfigurationProperties("news.status")
public record StatusProperties(String index, Duration retention) {}
