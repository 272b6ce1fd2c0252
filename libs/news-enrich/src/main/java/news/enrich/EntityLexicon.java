package news.enrich;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.hankcs.hanlp.collection.trie.DoubleArrayTrie;

import news.model.Entity.EntityType;

/**
 * Names the entity model has seen, as a lexicon for its features: every gold entity of two chars or more of the
 * training sentences with the types it was tagged with (a bit mask: 中国 is a place and, in an organisation's name, an
 * organisation), plus the gazetteer's division names (full and short). Keys are normalised as
 * {@link CharFeatures#normalise} normalises chars, so full- and half-width forms match alike.
 *
 * <p>Training uses it jackknifed ({@link NerTrainer}): the features of a training sentence come from a lexicon built
 * without that sentence's fold, so the model learns how far a lexicon match can be trusted on names it has not seen,
 * not that every training entity is in it. The model file stores the lexicon of the whole training part, and the
 * external names ({@link #withExternal}: another corpus's gold names, under bits of their own). Immutable.
 */
final class EntityLexicon {

    static final int PER = 1;
    static final int LOC = 2;
    static final int ORG = 4;
    static final int GAZETTEER = 8;
    /**
     * The types of a name from an external list (CLUENER's gold names, trained on by no sentence of the lexicon's
     * corpus), shifted by {@link #EXTERNAL_SHIFT}: matched as templates of their own, not jackknifed, since those
     * names are as foreign to a training sentence as to a sentence at run time.
     */
    static final int EXTERNAL_SHIFT = 4;
    static final int INTERNAL_MASK = 0x0F;
    /** Longer gold spans (a few very long organisation names) are not entries. */
    static final int MAX_LENGTH = 24;

    private static final EntityLexicon EMPTY = new EntityLexicon(new TreeMap<>());

    private final TreeMap<String, Integer> entries;
    private final DoubleArrayTrie<Integer> trie;

    private final boolean external;

    private EntityLexicon(TreeMap<String, Integer> entries) {
        this.entries = entries;
        this.trie = entries.isEmpty() ? null : new DoubleArrayTrie<>(entries);
        this.external = entries.values().stream().anyMatch(t -> (t & ~INTERNAL_MASK) != 0);
    }

    static EntityLexicon empty() {
        return EMPTY;
    }

    /** The gold entities of {@code sentences}, plus the gazetteer's names when {@code gazetteer}. */
    static EntityLexicon of(List<BioCorpus.Sentence> sentences, boolean gazetteer) {
        TreeMap<String, Integer> entries = new TreeMap<>();
        for (BioCorpus.Sentence s : sentences) {
            for (EntityEvaluation.Span span : s.spans()) {
                int len = span.end() - span.begin();
                if (len >= 2 && len <= MAX_LENGTH) {
                    entries.merge(normalise(s.text().substring(span.begin(), span.end())), bit(span.type()),
                            (a, b) -> a | b);
                }
            }
        }
        if (gazetteer) {
            for (String name : Gazetteer.standard().names()) {
                if (name.length() >= 2) {
                    entries.merge(normalise(name), GAZETTEER, (a, b) -> a | b);
                }
            }
        }
        return new EntityLexicon(entries);
    }

    /**
     * This lexicon plus the gold names of {@code external} (another corpus), as external entries (their types
     * shifted by {@link #EXTERNAL_SHIFT}).
     */
    EntityLexicon withExternal(List<BioCorpus.Sentence> external) {
        if (external.isEmpty()) {
            return this;
        }
        TreeMap<String, Integer> merged = new TreeMap<>(entries);
        for (BioCorpus.Sentence s : external) {
            for (EntityEvaluation.Span span : s.spans()) {
                int len = span.end() - span.begin();
                if (len >= 2 && len <= MAX_LENGTH) {
                    merged.merge(normalise(s.text().substring(span.begin(), span.end())),
                            bit(span.type()) << EXTERNAL_SHIFT, (a, b) -> a | b);
                }
            }
        }
        return new EntityLexicon(merged);
    }

    /** Whether some entry is external. */
    boolean external() {
        return external;
    }

    static int bit(EntityType type) {
        return switch (type) {
            case PERSON -> PER;
            case PLACE -> LOC;
            case ORGANISATION -> ORG;
            default -> 0;
        };
    }

    static String normalise(String s) {
        char[] c = new char[s.length()];
        for (int i = 0; i < c.length; i++) {
            c[i] = (char) CharFeatures.normalise(s.charAt(i));
        }
        return new String(c);
    }

    int size() {
        return entries.size();
    }

    /** The types of an entry (0 when it is none). */
    int types(String name) {
        return entries.getOrDefault(normalise(name), 0);
    }

    /**
     * For each char of {@code normalised}: the longest entry starting there ({@code beginLen}, its types in
     * {@code beginTypes}), the longest ending there, and the longest the char is strictly inside of.
     */
    void match(char[] normalised, int[] beginLen, int[] beginTypes, int[] endLen, int[] endTypes, int[] insideLen,
               int[] insideTypes) {
        match(normalised, beginLen, beginTypes, endLen, endTypes, insideLen, insideTypes, null);
    }

    /**
     * As above, and the same for the external entries (their types unshifted) into {@code external}'s six arrays
     * (begin, begin types, end, end types, inside, inside types), in one scan; {@code external} may be null.
     */
    void match(char[] normalised, int[] beginLen, int[] beginTypes, int[] endLen, int[] endTypes, int[] insideLen,
               int[] insideTypes, int[][] external) {
        if (trie == null || normalised.length == 0) {
            return;
        }
        DoubleArrayTrie<Integer>.Searcher searcher = trie.getSearcher(normalised, 0);
        while (searcher.next()) {
            int len = searcher.length;
            int b = searcher.begin;
            int types = searcher.value & INTERNAL_MASK;
            if (types != 0) {
                record(b, len, types, beginLen, beginTypes, endLen, endTypes, insideLen, insideTypes);
            }
            int externalTypes = searcher.value >>> EXTERNAL_SHIFT;
            if (external != null && externalTypes != 0) {
                record(b, len, externalTypes, external[0], external[1], external[2], external[3], external[4],
                        external[5]);
            }
        }
    }

    private static void record(int b, int len, int types, int[] beginLen, int[] beginTypes, int[] endLen,
                               int[] endTypes, int[] insideLen, int[] insideTypes) {
        int e = b + len - 1;
        if (len > beginLen[b]) {
            beginLen[b] = len;
            beginTypes[b] = types;
        }
        if (len > endLen[e]) {
            endLen[e] = len;
            endTypes[e] = types;
        }
        for (int x = b + 1; x < e; x++) {
            if (len > insideLen[x]) {
                insideLen[x] = len;
                insideTypes[x] = types;
            }
        }
    }

    void write(DataOutputStream out) throws IOException {
        out.writeInt(entries.size());
        for (Map.Entry<String, Integer> e : entries.entrySet()) {
            out.writeUTF(e.getKey());
            out.writeByte(e.getValue());
        }
    }

    static EntityLexicon read(DataInputStream in) throws IOException {
        int count = in.readInt();
        if (count < 0 || count > 10_000_000) {
            throw new IOException("bad lexicon size " + count);
        }
        TreeMap<String, Integer> entries = new TreeMap<>();
        for (int i = 0; i < count; i++) {
            String name = in.readUTF();
            int types = in.readUnsignedByte();
            if (name.isEmpty() || types == 0) {
                throw new IOException("bad lexicon entry " + i);
            }
            entries.put(name, types);
        }
        return new EntityLexicon(entries);
    }
}
