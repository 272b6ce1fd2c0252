package news.ingestor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The newsroom API keys, known only by their SHA-256 hashes. Keys are 256-bit random tokens, not passwords: a fast
 * hash is already infeasible to invert for them, so a slow KDF (bcrypt, Argon2) would only add milliseconds to every
 * request. A leaked keys file therefore reveals no usable key.
 *
 * <p>Sources, merged: the keys file (one line per key: {@code NEWSROOM SHA256HEX active|revoked}, {@code #} comments;
 * written by {@code ./news keys}) and an inline list ({@code NEWSROOM:SHA256HEX,…}, from an env var). The file is
 * re-read when it changes, so {@code ./news keys revoke} takes effect without a restart.
 */
final class ApiKeys {
    /** What a presented key resolves to. */
    sealed interface Verdict {}
    record Valid(String newsroom) implements Verdict {}
    record Revoked(String newsroom) implements Verdict {}
    record Unknown() implements Verdict {}

    record Entry(String newsroom, String sha256, boolean revoked) {}

    static final Pattern NEWSROOM = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    private static final Pattern HEX64 = Pattern.compile("[0-9a-f]{64}");
    /** A presented key is at most this long; anything longer is refused without hashing. */
    static final int MAX_KEY_LENGTH = 256;

    private final Path file;
    private final List<Entry> inline;
    private final Clock clock;
    private final Duration recheckEvery;

    private volatile Map<String, Entry> byHash = Map.of();
    private volatile FileTime loadedModified;
    private volatile long loadedSize = -1;
    private volatile Instant lastCheck = Instant.MIN;

    ApiKeys(Path file, String inlineKeys, Clock clock, Duration recheckEvery) {
        this.file = file;
        this.inline = parseInline(inlineKeys);
        this.clock = clock;
        this.recheckEvery = recheckEvery;
        reload();
    }

    Verdict check(String presentedKey) {
        if (presentedKey == null || presentedKey.isEmpty() || presentedKey.length() > MAX_KEY_LENGTH) {
            return new Unknown();
        }
        refreshIfChanged();
        Entry e = byHash.get(sha256(presentedKey));
        if (e == null) {
            return new Unknown();
        }
        return e.revoked() ? new Revoked(e.newsroom()) : new Valid(e.newsroom());
    }

    int activeKeys() {
        refreshIfChanged();
        return (int) byHash.values().stream().filter(e -> !e.revoked()).count();
    }

    static String sha256(String key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    private void refreshIfChanged() {
        Instant now = clock.instant();
        if (file == null || now.isBefore(lastCheck.plus(recheckEvery))) {
            return;
        }
        lastCheck = now;
        try {
            FileTime modified = Files.getLastModifiedTime(file);
            long size = Files.size(file);
            if (!modified.equals(loadedModified) || size != loadedSize) {
                reload();
            }
        } catch (NoSuchFileException e) {
            if (loadedSize != -1) {
                reload();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the API keys file " + file, e);
        }
    }

    private synchronized void reload() {
        Map<String, Entry> keys = new LinkedHashMap<>();
        for (Entry e : inline) {
            keys.put(e.sha256(), e);
        }
        if (file != null) {
            try {
                FileTime modified = Files.getLastModifiedTime(file);
                long size = Files.size(file);
                // A revocation in the file wins over the same key given inline.
                for (Entry e : parseFile(Files.readAllLines(file, StandardCharsets.UTF_8), file.toString())) {
                    keys.put(e.sha256(), e);
                }
                loadedModified = modified;
                loadedSize = size;
            } catch (NoSuchFileException e) {
                loadedModified = null;
                loadedSize = -1;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the API keys file " + file, e);
            }
        }
        byHash = Map.copyOf(keys);
    }

    static List<Entry> parseFile(List<String> lines, String name) {
        return lines.stream()
                .map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                .map(l -> {
                    String[] parts = l.split("\\s+");
                    if (parts.length < 2 || parts.length > 3 || (parts.length == 3 && !parts[2].matches("active|revoked"))) {
                        throw new IllegalArgumentException(name + ": expected 'NEWSROOM SHA256HEX [active|revoked]', got a line with "
                                + parts.length + " fields");
                    }
                    return entry(parts[0], parts[1], parts.length == 3 && parts[2].equals("revoked"), name);
                })
                .toList();
    }

    static List<Entry> parseInline(String inline) {
        if (inline == null || inline.isBlank()) {
            return List.of();
        }
        return java.util.Arrays.stream(inline.split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .map(s -> {
                    int colon = s.indexOf(':');
                    if (colon < 0) {
                        throw new IllegalArgumentException("inline API keys: expected NEWSROOM:SHA256HEX, got an item without ':'");
                    }
                    return entry(s.substring(0, colon), s.substring(colon + 1), false, "inline API keys");
                })
                .toList();
    }

    private static Entry entry(String newsroom, String hash, boolean revoked, String where) {
        if (!NEWSROOM.matcher(newsroom).matches()) {
            throw new IllegalArgumentException(where + ": newsroom '" + newsroom + "' must be 1-64 letters, digits, '.', '_' or '-'");
        }
        String hex = hash.regionMatches(true, 0, "sha256:", 0, 7) ? hash.substring(7) : hash;
        hex = hex.toLowerCase(java.util.Locale.ROOT);
        if (!HEX64.matcher(hex).matches()) {
            // Never echo the value: someone may have pasted a plaintext key here.
            throw new IllegalArgumentException(where + ": the hash for newsroom '" + newsroom + "' is not 64 hex digits (SHA-256)");
        }
        return new Entry(newsroom, hex, revoked);
    }

    Optional<Path> file() {
        return Optional.ofNullable(file);
    }
}
