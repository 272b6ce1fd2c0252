package news.gateway;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.transport.TransportException;
import java.io.IOException;
import java.util.function.Predicate;

/**
 * What counts against the {@code elasticsearch} circuit breaker (its {@code record-failure-predicate} in
 * application.yml): an unreachable or failing backend, never a refusal of one request (4xx).
 */
public class BackendFailure implements Predicate<Throwable> {
    @Override
    public boolean test(Throwable e) {
        return e instanceof IOException || e instanceof TransportException
                || (e instanceof ElasticsearchException ee && ee.status() >= 500);
    }
}
