package news.ingestor;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * @param maxBodySize      largest accepted single article or page (413 above)
 * @param maxBatchSize     largest accepted NDJSON batch (413 above)
 * @param defaultSource    newsroom id when API keys are switched off and the request names none (X-Newsroom header)
 * @param retryAfterSeconds Retry-After sent with 503 when Kafka does not acknowledge
 * @param maxPdfSize       largest accepted print PDF page (413 above); it travels base64 in the news.raw record, a
 *                         third larger, under Kafka's 5 MB record limit
 * @param futureTolerance  how far ahead of the ingest clock a versionCreated may be (400 beyond it)
 */
@ConfigurationProperties("news.ingest")
public record IngestProperties(DataSize maxBodySize, DataSize maxBatchSize, String defaultSource, int retryAfterSeconds,
                               DataSize maxPdfSize, java.time.Duration futureTolerance) {
    static final DataSize DEFAULT_MAX_PDF_SIZE = DataSize.ofMegabytes(3);

    public IngestProperties {
        if (maxPdfSize == null) {
            maxPdfSize = DEFAULT_MAX_PDF_SIZE;
        }
        if (futureTolerance == null) {
            futureTolerance = news.model.NinjsReader.DEFAULT_FUTURE_TOLERANCE;
        }
    }
}
