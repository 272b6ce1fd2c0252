package news.client;

import java.util.List;

/**
 * What the server acknowledged: the ids of the articles it wrote to the pipeline (202 means Kafka has them).
 *
 * @param ids      the acknowledged article ids, in the order sent
 * @param attempts how many HTTP attempts it took (1 = no retry)
 */
public record PushResult(List<String> ids, int attempts) {
    public PushResult {
        ids = List.copyOf(ids);
    }
}
