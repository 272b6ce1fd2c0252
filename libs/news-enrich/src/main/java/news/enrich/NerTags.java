package news.enrich;

import java.util.ArrayList;
import java.util.List;

import com.hankcs.hanlp.model.perceptron.common.TaskType;
import com.hankcs.hanlp.model.perceptron.tagset.TagSet;

import news.model.Entity.EntityType;

/**
 * The character tags of the entity model: BIOES over PER, LOC, ORG ({@code O}, then per type {@code B-} begin,
 * {@code I-} inside, {@code E-} end, {@code S-} single char), as a HanLP {@link TagSet} so that HanLP's perceptron
 * machinery indexes its parameters the same way. BIOES rather than BIO because the end of a name is then a decision of
 * its own (measured: fewer boundary errors). The decoder only produces valid sequences: after {@code B-X} or
 * {@code I-X} comes {@code I-X} or {@code E-X}, anywhere else {@code O}, {@code B-} or {@code S-}. Files stay BIO.
 */
final class NerTags {

    static final String[] NAMES = {"O", "B-PER", "I-PER", "E-PER", "S-PER", "B-LOC", "I-LOC", "E-LOC", "S-LOC",
            "B-ORG", "I-ORG", "E-ORG", "S-ORG"};
    static final int SIZE = NAMES.length;
    static final int O = 0;
    /** The pseudo tag before the first char (HanLP's BOS: the row after the real tags). */
    static final int BOS = SIZE;

    private static final int BEGIN = 1;
    private static final int INSIDE = 2;
    private static final int END = 3;
    private static final int SINGLE = 4;
    private static final EntityType[] TYPES = {EntityType.PERSON, EntityType.PLACE, EntityType.ORGANISATION};

    private NerTags() {}

    /** A fresh, locked HanLP tag set with the tags in id order. */
    static TagSet tagSet() {
        TagSet set = new TagSet(TaskType.NER);
        for (String name : NAMES) {
            set.add(name);
        }
        set.lock();
        return set;
    }

    private static int part(int tag) {
        return tag == O || tag == BOS ? 0 : (tag - 1) % 4 + 1;
    }

    /** The entity type of a tag other than O. */
    static EntityType type(int tag) {
        return TYPES[(tag - 1) / 4];
    }

    private static int tag(EntityType type, int part) {
        return 4 * type.ordinal() + part;
    }

    /** Whether {@code tag} may follow {@code previous} ({@link #BOS} at the first char). */
    static boolean allowed(int previous, int tag) {
        int p = part(previous);
        int c = part(tag);
        if (p == BEGIN || p == INSIDE) {
            return (c == INSIDE || c == END) && type(previous) == type(tag);
        }
        return c != INSIDE && c != END;
    }

    /** The tags that continue an entity begun before (I-, E-), as a bit mask. */
    static int continuing() {
        int mask = 0;
        for (int t = 1; t < SIZE; t++) {
            if (part(t) == INSIDE || part(t) == END) {
                mask |= 1 << t;
            }
        }
        return mask;
    }

    /** The tags after which an entity goes on (B-, I-), as a bit mask. */
    static int continued() {
        int mask = 0;
        for (int t = 1; t < SIZE; t++) {
            if (part(t) == BEGIN || part(t) == INSIDE) {
                mask |= 1 << t;
            }
        }
        return mask;
    }

    /** Whether a sequence may end with this tag. */
    static boolean canEnd(int tag) {
        int c = part(tag);
        return c != BEGIN && c != INSIDE;
    }

    /** The tags of {@code length} chars with these (non-overlapping) spans. */
    static int[] encode(List<EntityEvaluation.Span> spans, int length) {
        int[] tags = new int[length];
        for (EntityEvaluation.Span s : spans) {
            if (s.end() - s.begin() == 1) {
                tags[s.begin()] = tag(s.type(), SINGLE);
                continue;
            }
            tags[s.begin()] = tag(s.type(), BEGIN);
            for (int i = s.begin() + 1; i < s.end() - 1; i++) {
                tags[i] = tag(s.type(), INSIDE);
            }
            tags[s.end() - 1] = tag(s.type(), END);
        }
        return tags;
    }

    /** The spans of a valid tag sequence, offsets shifted by {@code base}. */
    static List<EntityEvaluation.Span> spans(int[] tags, int length, int base) {
        List<EntityEvaluation.Span> out = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < length; i++) {
            switch (part(tags[i])) {
                case SINGLE -> out.add(new EntityEvaluation.Span(base + i, base + i + 1, type(tags[i])));
                case BEGIN -> start = i;
                case END -> {
                    if (start >= 0) {
                        out.add(new EntityEvaluation.Span(base + start, base + i + 1, type(tags[i])));
                    }
                    start = -1;
                }
                case INSIDE -> { }
                default -> start = -1;
            }
        }
        return out;
    }
}
