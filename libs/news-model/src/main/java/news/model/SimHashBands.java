package news.model;

import java.util.ArrayList;
import java.util.List;

/**
 * The four 16-bit bands of a 64-bit SimHash as index terms ({@code "0:3fa2"} … {@code "3:91c0"}). Two fingerprints
 * at most 3 bits apart agree on at least one band (pigeonhole), so a terms query on the bands finds every candidate
 * near-duplicate in the index, whichever normalizer instance emitted it and after any restart.
 */
public final class SimHashBands {
    public static final int BANDS = 4;

    private SimHashBands() {}

    /** The band terms of a fingerprint given as 16 hex digits; empty for null or malformed input. */
    public static List<String> of(String simhashHex) {
        if (simhashHex == null || simhashHex.length() != 16) {
            return List.of();
        }
        long fp;
        try {
            fp = Long.parseUnsignedLong(simhashHex, 16);
        } catch (NumberFormatException e) {
            return List.of();
        }
        List<String> bands = new ArrayList<>(BANDS);
        for (int b = 0; b < BANDS; b++) {
            bands.add(b + ":" + String.format("%04x", (fp >>> (16 * b)) & 0xFFFF));
        }
        return List.copyOf(bands);
    }
}
