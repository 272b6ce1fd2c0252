package news.ingestor;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * @param maxBodySize      largest accepted single article or page (413 above)
 * @param maxBatchSize     largest accepted NDJSON batch (413 above)
 * @param defaultSource    newsroom id when API keys are switched off and the request names none (X-Newsroom header)
 * @param retryAfterSeconds Retry-After sent with 503 when Kafka does not acknowledge
 */
@ConfigurationProperties("news.ingest")
public record IngestProperties(DataSize maxBodySize, DataSize maxBatchSize, String defaultSource, int retryAfterSeconds) {}
