package news.indexer;

import java.util.Set;

/**
 * Which Elasticsearch bulk-item errors mean "this document can never be indexed" (dead-letter it) as opposed to
 * "try again later". The malformed set is the one Kafka Connect's Elasticsearch sink uses.
 */
final class IndexFailures {
    private static final Set<String> MALFORMED = Set.of(
            "mapper_parsing_exception",
            "strict_dynamic_mapping_exception",
            "illegal_argument_exception",
            "document_parsing_exception",
            "action_request_validation_exception");

    private IndexFailures() {}

    /** The index holds a newer external version of the document: the record is stale, not failed. */
    static boolean isStale(String errorType) {
        return "version_conflict_engine_exception".equals(errorType);
    }

    /** A whole request answered with this status is worth retrying: too many requests, or the cluster unavailable. */
    static boolean isTransientStatus(int status) {
        return status == 429 || status >= 500;
    }

    static boolean isMalformed(String errorType) {
        return errorType != null && MALFORMED.contains(errorType);
    }
}
