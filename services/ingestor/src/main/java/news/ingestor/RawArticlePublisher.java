package news.ingestor;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import news.model.EventCodec;
import news.model.RawArticle;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.stereotype.Component;
import org.springframework.util.MimeTypeUtils;

/**
 * Writes raw articles to {@code news.raw}. The binding is synchronous (acks=all, idempotent producer, see
 * application.yml), so {@link #publish} returns only after Kafka acknowledged every record: a 202 never hides a lost write.
 */
@Component
class RawArticlePublisher {
    static final String BINDING = "raw-out";
    private static final Logger log = LoggerFactory.getLogger(RawArticlePublisher.class);

    /** Room left in a Kafka request for the record's key, headers and batch framing. */
    static final int RECORD_OVERHEAD = 16 * 1024;

    private final StreamBridge bridge;
    private final int maxRecordBytes;
    private final int concurrency;

    RawArticlePublisher(StreamBridge bridge,
                        @Value("${spring.cloud.stream.kafka.binder.producer-properties.max.request.size:1048576}") int maxRequestSize,
                        @Value("${news.ingest.send-concurrency:32}") int concurrency) {
        this.bridge = bridge;
        this.maxRecordBytes = maxRequestSize - RECORD_OVERHEAD;
        if (concurrency < 1) {
            throw new IllegalArgumentException("news.ingest.send-concurrency must be at least 1");
        }
        this.concurrency = concurrency;
    }

    /**
     * Sends every article and returns once Kafka acknowledged all of them. All records are encoded and their sizes
     * checked before the first send, so a batch with one article too large for a Kafka record writes nothing (413).
     * A batch is sent by up to {@code news.ingest.send-concurrency} synchronous sends at a time (virtual threads), so
     * the producer batches them into few requests instead of one round trip per article; each send still waits for
     * its acknowledgement (acks=all), and the call waits for every one. If a send fails, the call fails (503): the
     * articles already acknowledged stay written, and a resend of the batch overwrites them with the same ids.
     */
    void publish(List<RawArticle> articles) {
        List<Message<byte[]>> messages = new ArrayList<>(articles.size());
        for (RawArticle article : articles) {
            byte[] payload = EventCodec.encode(article);
            if (payload.length > maxRecordBytes) {
                throw new PayloadTooLargeException("article " + article.id() + " is too large for a Kafka record ("
                        + payload.length + " bytes encoded, at most " + maxRecordBytes + "); nothing was accepted");
            }
            messages.add(MessageBuilder.withPayload(payload)
                    .setHeader(KafkaHeaders.KEY, article.id().getBytes(StandardCharsets.UTF_8))
                    .setHeader("contentType", MimeTypeUtils.APPLICATION_JSON_VALUE)
                    .build());
        }
        if (messages.size() == 1 || concurrency == 1) {
            for (int i = 0; i < messages.size(); i++) {
                send(articles.get(i), messages.get(i));
            }
            return;
        }
        sendConcurrently(articles, messages);
    }

    private void sendConcurrently(List<RawArticle> articles, List<Message<byte[]>> messages) {
        Semaphore inFlight = new Semaphore(concurrency);
        List<Future<?>> sends = new ArrayList<>(messages.size());
        try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < messages.size(); i++) {
                RawArticle article = articles.get(i);
                Message<byte[]> message = messages.get(i);
                inFlight.acquireUninterruptibly();
                sends.add(executor.submit(() -> {
                    try {
                        send(article, message);
                    } finally {
                        inFlight.release();
                    }
                }));
            }
        } // close() waits for every send
        RuntimeException first = null;
        for (Future<?> f : sends) {
            try {
                f.get();
            } catch (ExecutionException e) {
                RuntimeException cause = e.getCause() instanceof RuntimeException r ? r
                        : new KafkaUnavailableException("Kafka did not acknowledge the write", e.getCause());
                // a size refusal says more to the sender than an unavailable broker
                if (first == null || cause instanceof PayloadTooLargeException && !(first instanceof PayloadTooLargeException)) {
                    first = cause;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new KafkaUnavailableException("interrupted while waiting for Kafka", e);
            }
        }
        if (first != null) {
            throw first;
        }
    }

    private void send(RawArticle article, Message<byte[]> message) {
        boolean sent;
        try {
            sent = bridge.send(BINDING, message);
        } catch (RuntimeException e) {
            if (hasCause(e, RecordTooLargeException.class)) {
                throw new PayloadTooLargeException("article " + article.id() + " is too large for a Kafka record (" + message.getPayload().length + " bytes encoded)");
            }
            log.warn("kafka write failed id={} source={} error={}", article.id(), article.source(), rootMessage(e));
            throw new KafkaUnavailableException("Kafka did not acknowledge the write", e);
        }
        if (!sent) {
            throw new KafkaUnavailableException("Kafka did not acknowledge the write", null);
        }
        log.debug("accepted id={} source={} kind={} bodyChars={}", article.id(), article.source(), article.kind(),
                article.body().length());
    }

    private static boolean hasCause(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName() + ": " + t.getMessage();
    }
}
