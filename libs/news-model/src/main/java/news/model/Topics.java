package news.model;

/** Kafka topic names of the pipeline, defined once. Each consuming stage has a dead-letter topic {@code <topic>.dlq}. */
public final class Topics {
    public static final String RAW = "news.raw";
    public static final String NORMALIZED = "news.normalized";
    public static final String CLASSIFIED = "news.classified";

    /** Every pipeline topic has this many partitions; the article id is the key, so one article stays ordered. */
    public static final int PARTITIONS = 3;

    private Topics() {}

    public static String deadLetter(String topic) {
        return topic + ".dlq";
    }
}
