package news.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DeliveryCheckTest {
    @Test
    void everyAcknowledgedArticleOnceIsExactlyOnce() {
        DeliveryCheck.ExactlyOnce e = DeliveryCheck.exactlyOnce(Set.of("a", "b", "c"), Set.of("a"), List.of("c", "a", "b"), 3);
        assertThat(e.holds()).isTrue();
        assertThat(e.acknowledged()).isEqualTo(3);
        assertThat(e.resent()).isEqualTo(1);
    }

    @Test
    void aMissingOneIsLostAnUnacknowledgedOneExtraAndACopyTwice() {
        DeliveryCheck.ExactlyOnce e = DeliveryCheck.exactlyOnce(Set.of("a", "b", "c", "d"), Set.of("a", "b"),
                List.of("a", "a", "b", "x", "d"), 5);
        assertThat(e.lost()).containsExactly("c");
        assertThat(e.extra()).containsExactly("x");
        assertThat(e.duplicated()).containsExactly("a");
        assertThat(e.resentDuplicated()).containsExactly("a");
        assertThat(e.holds()).isFalse();
    }

    @Test
    void theIndexsOwnCountMustAgreeWithTheDocumentsFound() {
        // every id found once, but the index counts one more document under the prefix than the scan returned
        assertThat(DeliveryCheck.exactlyOnce(Set.of("a", "b"), Set.of(), List.of("a", "b"), 3).holds()).isFalse();
        assertThat(DeliveryCheck.exactlyOnce(Set.of("a", "b"), Set.of(), List.of("a", "b"), 2).holds()).isTrue();
    }

    @Test
    void aPoisonRecordMatchesTheDeadLetterThatPointsAtItsTopicPartitionAndOffset() {
        var raw = new DeliveryCheck.Produced("news.raw", 2, 41, "{}");
        var normalized = new DeliveryCheck.Produced("news.normalized", 0, 7, "JSON cut off");
        var lost = new DeliveryCheck.Produced("news.classified", 1, 9, "{}");
        List<DeliveryCheck.DeadLetter> dlq = List.of(
                new DeliveryCheck.DeadLetter("news.raw.dlq", 2, 0, "news.raw", 2, 40L, "another record's reason"),
                new DeliveryCheck.DeadLetter("news.raw.dlq", 2, 1, "news.raw", 2, 41L,
                        "error occurred in message handler [org.springframework.cloud.stream.function.FunctionConfiguration$FunctionToDestinationBinder$1@ba2c47e]; RawArticle event without required fields id, source, kind, body"),
                // in the wrong dead-letter topic, and with a bug's words for a reason
                new DeliveryCheck.DeadLetter("news.raw.dlq", 0, 3, "news.normalized", 0, 7L,
                        "Cannot invoke \"String.length()\" because \"id\" is null"));
        List<DeliveryCheck.PoisonOutcome> out = DeliveryCheck.deadLetters(List.of(raw, normalized, lost), PoisonRecords.DEAD_LETTER_TOPIC, dlq);
        assertThat(out.get(0).found().offset()).isEqualTo(1);
        assertThat(out.get(0).holds()).isTrue();
        assertThat(out.get(1).inRightTopic()).isFalse();
        assertThat(out.get(1).readable()).isFalse();
        assertThat(out.get(1).expectedTopic()).isEqualTo("news.normalized.dlq");
        assertThat(out.get(2).found()).isNull();
        assertThat(out.get(2).holds()).isFalse();
    }

    @Test
    void aReadableReasonNamesTheProblemWithTheRecordNotWhereTheCodeBroke() {
        assertThat(DeliveryCheck.readableReason("NormalizedArticle event without required fields id, source, kind")).isTrue();
        assertThat(DeliveryCheck.readableReason("not a valid RawArticle event (JSON expected): Unexpected end-of-input")).isTrue();
        assertThat(DeliveryCheck.readableReason("java.lang.NullPointerException")).isFalse();
        assertThat(DeliveryCheck.readableReason("Cannot invoke \"String.strip()\" because the return value of \"x()\" is null")).isFalse();
        assertThat(DeliveryCheck.readableReason("  ")).isFalse();
        assertThat(DeliveryCheck.readableReason(null)).isFalse();
        // the framework's wrapper alone names nothing
        assertThat(DeliveryCheck.readableReason("error occurred in message handler [a.B$1@1f]; ")).isFalse();
        assertThat(DeliveryCheck.withoutWrapper("error occurred in message handler [a.B$1@1f]; body is empty")).isEqualTo("body is empty");
    }
}
