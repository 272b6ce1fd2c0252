package news.indexer;

/** One consumed record: its key, payload and where it came from (for the dead-letter headers). */
record IndexRecord(String key, byte[] payload, String topic, int partition, long offset) {}
