package news.bench;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The guarantees the fault benchmark checks, as pure functions of what it observed: every acknowledged article in the
 * index exactly once (none lost, none extra, none twice, the resent ones included), and every poison record in the
 * right dead-letter topic with a reason a person can read.
 */
public final class DeliveryCheck {
    private DeliveryCheck() {}

    /**
     * Exactly once, by id.
     *
     * @param lost              acknowledged, not in the index
     * @param extra             in the index under the run's prefix, never acknowledged
     * @param duplicated        ids held by more than one document (possible only across the alias's indices)
     * @param resentDuplicated  resent ids held by more than one document
     * @param documents         documents under the run's prefix (all indices of the alias)
     * @param countByPrefix     the index's own count of documents under the prefix (must equal documents)
     */
    public record ExactlyOnce(int acknowledged, int documents, long countByPrefix, int resent, List<String> lost,
                              List<String> extra, List<String> duplicated, List<String> resentDuplicated) {
        public boolean holds() {
            return lost.isEmpty() && extra.isEmpty() && duplicated.isEmpty() && resentDuplicated.isEmpty()
                    && documents == acknowledged && countByPrefix == acknowledged;
        }
    }

    /**
     * @param acknowledged ids the ingestor answered 202 for
     * @param resent       ids sent a second time after their first 202
     * @param indexedIds   the id of every document under the run's prefix, one entry per document (so an id held twice
     *                     appears twice)
     * @param countByPrefix the index's count of documents under the prefix
     */
    public static ExactlyOnce exactlyOnce(Set<String> acknowledged, Set<String> resent, Collection<String> indexedIds,
                                          long countByPrefix) {
        Map<String, Integer> copies = new HashMap<>();
        for (String id : indexedIds) {
            copies.merge(id, 1, Integer::sum);
        }
        List<String> lost = new ArrayList<>(), extra = new ArrayList<>(), duplicated = new ArrayList<>(),
                resentDuplicated = new ArrayList<>();
        for (String id : new TreeSet<>(acknowledged)) {
            if (!copies.containsKey(id)) {
                lost.add(id);
            }
        }
        for (Map.Entry<String, Integer> e : new java.util.TreeMap<>(copies).entrySet()) {
            if (!acknowledged.contains(e.getKey())) {
                extra.add(e.getKey());
            }
            if (e.getValue() > 1) {
                duplicated.add(e.getKey());
                if (resent.contains(e.getKey())) {
                    resentDuplicated.add(e.getKey());
                }
            }
        }
        return new ExactlyOnce(acknowledged.size(), indexedIds.size(), countByPrefix, resent.size(), lost, extra, duplicated,
                resentDuplicated);
    }

    /** Where a poison record was produced: its topic, partition and offset, and what kind it is. */
    public record Produced(String topic, int partition, long offset, String kind) {}

    /** A dead-letter record as read back: its topic and the headers that say where it came from and why. */
    public record DeadLetter(String topic, int partition, long offset, String originalTopic, Integer originalPartition,
                             Long originalOffset, String reason) {}

    /** One poison record's outcome: the dead letter found for it (null when none) and whether it is where it must be. */
    public record PoisonOutcome(Produced poison, String expectedTopic, DeadLetter found) {
        public boolean inRightTopic() {
            return found != null && found.topic().equals(expectedTopic);
        }

        public boolean readable() {
            return found != null && readableReason(found.reason());
        }

        public boolean holds() {
            return inRightTopic() && readable();
        }
    }

    /** Matches every poison record to the dead letter whose original topic/partition/offset headers point at it. */
    public static List<PoisonOutcome> deadLetters(List<Produced> poison, Map<String, String> deadLetterTopicOf,
                                                  List<DeadLetter> deadLetters) {
        List<PoisonOutcome> out = new ArrayList<>();
        for (Produced p : poison) {
            DeadLetter match = null;
            for (DeadLetter d : deadLetters) {
                if (p.topic().equals(d.originalTopic()) && d.originalPartition() != null && d.originalPartition() == p.partition()
                        && d.originalOffset() != null && d.originalOffset() == p.offset()) {
                    // one in the expected topic wins over a copy somewhere else
                    if (match == null || d.topic().equals(deadLetterTopicOf.get(p.topic()))) {
                        match = d;
                    }
                }
            }
            out.add(new PoisonOutcome(p, deadLetterTopicOf.get(p.topic()), match));
        }
        return out;
    }

    /** Signs of a programming error rather than a reason about the record: a stack's words, not a person's. */
    private static final Pattern BUG = Pattern.compile(
            "NullPointerException|Cannot invoke \"|Cannot read field \"|because \"[^\"]+\" is null|ClassCastException"
                    + "|IndexOutOfBoundsException|UnsupportedOperationException|NoSuchElementException");

    /**
     * Whether a dead-letter reason can be read by a person: present, not blank, and naming the problem with the record
     * rather than an internal error (a NullPointerException and its "Cannot invoke …" text say where the code broke, not
     * what is wrong with the record).
     */
    public static boolean readableReason(String reason) {
        String r = withoutWrapper(reason);
        return r != null && !r.isBlank() && !BUG.matcher(r).find();
    }

    /** Spring's wrapper of a handler's exception: "error occurred in message handler [CLASS@HASH]; " then the reason. */
    private static final Pattern WRAPPER = Pattern.compile("^(?:error occurred in message handler \\[[^\\]]*\\];?\\s*)+");

    /**
     * The reason without the framework's wrapper around it: the binder's dead letters begin with "error occurred in
     * message handler [org.springframework…FunctionToDestinationBinder$1@6f1c]; ", which names no problem with the
     * record; what follows it is the stage's own message.
     */
    public static String withoutWrapper(String reason) {
        return reason == null ? null : WRAPPER.matcher(reason.strip()).replaceFirst("");
    }
}
