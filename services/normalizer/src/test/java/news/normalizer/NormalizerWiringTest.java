package news.normalizer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import news.model.ContentKind;
import news.model.EventCodec;
import news.model.InvalidEventException;
import news.model.NormalizedArticle;
import news.model.RawArticle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.cloud.stream.binder.test.EnableTestBinder;
import org.springframework.cloud.stream.binder.test.InputDestination;
import org.springframework.cloud.stream.binder.test.OutputDestination;
import org.springframework.core.env.Environment;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageHandler;
import org.springframework.messaging.SubscribableChannel;
import org.springframework.messaging.support.ErrorMessage;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.test.context.bean.override.convention.TestBean;

/**
 * The normalizer's stream wiring on the Spring Cloud Stream test binder (no broker): news.raw in, one keyed event per
 * article on news.normalized. A poison record fails the function with an {@link InvalidEventException} naming the
 * problem, once (it is not retried); the Kafka binder turns that failure into a news.raw.dlq record whose
 * x-exception-message carries the exception's message (enable-dlq, checked below; the test binder has no DLQ, so what
 * is asserted here is the failure the binder receives).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE,
        // a retry would wait this long first: a poison record that comes back quickly was not retried
        properties = "spring.cloud.stream.bindings.normalize-in-0.consumer.back-off-initial-interval=" + NormalizerWiringTest.RETRY_WAIT_MS)
@EnableTestBinder
class NormalizerWiringTest {
    static final long RETRY_WAIT_MS = 30_000;
    static final String IN = "news.raw";
    static final String OUT = "news.normalized";

    /** The index holds nothing (no search node): near-copies are found in this instance's memory only. */
    @TestBean
    NormalizerApplication.DuplicateLookup indexedFingerprints;

    static NormalizerApplication.DuplicateLookup indexedFingerprints() {
        return (id, simhash, maxDistance) -> Optional.empty();
    }

    @Autowired
    InputDestination input;

    @Autowired
    OutputDestination output;

    @Autowired
    SubscribableChannel errorChannel;

    @Autowired
    Environment environment;

    private final List<ErrorMessage> errors = new CopyOnWriteArrayList<>();
    private final MessageHandler collectErrors = m -> errors.add((ErrorMessage) m);

    @BeforeEach
    void listen() {
        output.clear();
        errorChannel.subscribe(collectErrors);
    }

    @AfterEach
    void stopListening() {
        errorChannel.unsubscribe(collectErrors);
    }

    private static Message<byte[]> raw(String id, String body) {
        RawArticle raw = new RawArticle(id, "wiring", null, ContentKind.PAGE, "zh-Hans", null, body,
                RawArticle.TEXT_PLAIN, null, null, null, Instant.parse("2026-11-22T00:00:00Z"));
        return MessageBuilder.withPayload(EventCodec.encode(raw)).setHeader("contentType", "application/json").build();
    }

    private List<Message<byte[]>> normalized() {
        List<Message<byte[]>> out = new ArrayList<>();
        for (Message<byte[]> m; (m = output.receive(500, OUT)) != null; ) {
            out.add(m);
        }
        return out;
    }

    @Test
    void aPageBecomesOneEventPerArticleKeyedByItsId() throws Exception {
        String page = Files.readString(Path.of("../../infra/samples/004_de0a8777002d9ed1.txt"));
        input.send(raw("sha256:wiring", page), IN);

        List<Message<byte[]>> out = normalized();
        assertThat(out).hasSize(3);
        assertThat(out).extracting(m -> new String((byte[]) m.getHeaders().get(KafkaHeaders.KEY), StandardCharsets.UTF_8))
                .containsExactly("sha256:wiring#1", "sha256:wiring#2", "sha256:wiring#3");
        assertThat(out).allSatisfy(m -> assertThat(String.valueOf(m.getHeaders().get("contentType"))).contains("application/json"));
        NormalizedArticle first = EventCodec.decode(out.getFirst().getPayload(), NormalizedArticle.class);
        assertThat(first.id()).isEqualTo("sha256:wiring#1");
        assertThat(first.headline()).isEqualTo("为乡村高质量发展注入强动力");
        assertThat(errors).isEmpty();
    }

    @Test
    void poisonRecordsFailOnceWithAReasonNamingTheProblemAndEmitNothing() {
        long started = System.nanoTime();
        input.send(MessageBuilder.withPayload("{}".getBytes(StandardCharsets.UTF_8)).build(), IN);
        input.send(MessageBuilder.withPayload("%PDF-1.7 not json".getBytes(StandardCharsets.UTF_8)).build(), IN);
        input.send(MessageBuilder.withPayload("{\"id\":\"x\",\"source\":\"s\",\"kind\":\"POEM\",\"body\":\"b\"}"
                .getBytes(StandardCharsets.UTF_8)).build(), IN);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).as("no retry (each would wait %d ms)", RETRY_WAIT_MS)
                .isLessThan(Duration.ofMillis(RETRY_WAIT_MS));

        assertThat(normalized()).isEmpty();
        assertThat(errors).as("one failure per record: not retried").hasSize(3);
        assertThat(errors).extracting(NormalizerWiringTest::reason).containsExactly(
                "RawArticle event without required fields id, source, kind, body",
                "not a valid RawArticle event (JSON expected): ",
                "not a valid RawArticle event (field kind): ");
    }

    /** What makes the Kafka binder write the failure above to news.raw.dlq. */
    @Test
    void theKafkaBinderDeadLettersFailedRecordsToNewsRawDlq() {
        assertThat(environment.getProperty("spring.cloud.stream.kafka.bindings.normalize-in-0.consumer.enable-dlq", Boolean.class)).isTrue();
        assertThat(environment.getProperty("spring.cloud.stream.kafka.bindings.normalize-in-0.consumer.dlq-name")).isEqualTo("news.raw.dlq");
    }

    /** The InvalidEventException's message, cut after the prefix for parser errors (their detail is Jackson's). */
    private static String reason(ErrorMessage error) {
        Throwable t = error.getPayload();
        while (t != null && !(t instanceof InvalidEventException)) {
            t = t.getCause();
        }
        assertThat(t).as("an InvalidEventException in " + error.getPayload()).isNotNull();
        String message = t.getMessage();
        int detail = message.indexOf("): ");
        return detail < 0 ? message : message.substring(0, detail + 3);
    }
}
