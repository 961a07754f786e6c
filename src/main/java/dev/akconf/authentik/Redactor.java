package dev.akconf.authentik;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Masks secrets (the API token, and any sensitive value the caller adds) in text that quotes the
 * server, as a last line of defence: the token only travels in a header, but server bodies and
 * exception messages are not ours to trust, and a server that received the token can echo it back,
 * whole or in part. Any run of {@value #FRAGMENT} or more consecutive characters of a secret becomes
 * {@value #MASK}; a secret shorter than that is masked where it occurs whole (from
 * {@value #SHORTEST} characters: masking every "on" in a message would hide it).
 * Callers mask <em>before</em> they shorten a text, so a secret cut in two is still found.
 */
final class Redactor {

    static final String MASK = "***";
    /** Issue 14: "mask any run of 8+ characters of the token". */
    static final int FRAGMENT = 8;
    static final int SHORTEST = 4;

    private final List<String> secrets = new ArrayList<>();
    private final Set<String> windows = new HashSet<>();
    private final Set<Long> byteWindowSet = new HashSet<>();
    /** The 8-byte windows packed into longs, sorted, behind a 65,536-bit filter: a scan costs a few ns a byte. */
    private long[] byteWindows = new long[0];
    private final long[] filter = new long[1024];
    private final List<byte[]> shortBytes = new ArrayList<>();

    Redactor(String token) {
        this(token == null ? List.of() : List.of(token));
    }

    Redactor(List<String> secrets) {
        for (String s : secrets) {
            if (s == null || s.length() < SHORTEST) {
                continue;
            }
            this.secrets.add(s);
            for (int i = 0; i + FRAGMENT <= s.length(); i++) {
                windows.add(s.substring(i, i + FRAGMENT));
            }
            byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
            if (utf8.length < FRAGMENT) {
                shortBytes.add(utf8);
            }
            for (int i = 0; i + FRAGMENT <= utf8.length; i++) {
                byteWindowSet.add(pack(utf8, i));
            }
        }
        byteWindows = byteWindowSet.stream().mapToLong(Long::longValue).sorted().toArray();
        for (long w : byteWindows) {
            int h = slot(w);
            filter[h >>> 6] |= 1L << h;
        }
    }

    /** The secrets masked (those of at least {@value #SHORTEST} characters). */
    List<String> secrets() {
        return List.copyOf(secrets);
    }

    /** {@code text} with every secret fragment masked; null stays null. */
    String apply(String text) {
        if (text == null || secrets.isEmpty()) {
            return text;
        }
        StringBuilder out = null;
        int copied = 0;
        for (int i = 0; i < text.length(); ) {
            int end = matchEnd(text, i);
            if (end < 0) {
                i++;
                continue;
            }
            if (out == null) {
                out = new StringBuilder(text.length());
            }
            out.append(text, copied, i).append(MASK);
            copied = end;
            i = end;
        }
        return out == null ? text : out.append(text, copied, text.length()).toString();
    }

    /**
     * Whether {@code bytes} (an answer as received) may hold a secret fragment: a cheap scan of
     * every 8-byte window, so answers that hold none (all of them, normally) are not parsed twice.
     */
    boolean mayOccurIn(byte[] bytes) {
        if (secrets.isEmpty()) {
            return false;
        }
        long v = 0;
        for (int i = 0; i < bytes.length; i++) {
            v = (v << 8) | (bytes[i] & 0xff); // the 8 bytes ending at i
            if (i >= FRAGMENT - 1) {
                int h = slot(v);
                if ((filter[h >>> 6] & (1L << h)) != 0 && java.util.Arrays.binarySearch(byteWindows, v) >= 0) {
                    return true;
                }
            }
        }
        for (byte[] s : shortBytes) {
            outer:
            for (int i = 0; i + s.length <= bytes.length; i++) {
                for (int j = 0; j < s.length; j++) {
                    if (bytes[i + j] != s[j]) {
                        continue outer;
                    }
                }
                return true;
            }
        }
        return false;
    }

    /** End of the longest secret run starting at {@code i}, or -1 when none starts there. */
    private int matchEnd(String text, int i) {
        int best = -1;
        if (i + FRAGMENT <= text.length() && windows.contains(text.substring(i, i + FRAGMENT))) {
            int end = i + FRAGMENT;
            // Extend while the longer run is still part of some secret.
            while (end < text.length() && anyContains(text.substring(i, end + 1))) {
                end++;
            }
            best = end;
        }
        for (String s : secrets) {
            if (s.length() < FRAGMENT && text.startsWith(s, i)) {
                best = Math.max(best, i + s.length());
            }
        }
        return best;
    }

    private boolean anyContains(String run) {
        for (String s : secrets) {
            if (s.contains(run)) {
                return true;
            }
        }
        return false;
    }

    private static int slot(long window) {
        return (int) ((window * 0x9E3779B97F4A7C15L) >>> 48);
    }

    private static long pack(byte[] b, int at) {
        long v = 0;
        for (int k = 0; k < FRAGMENT; k++) {
            v = (v << 8) | (b[at + k] & 0xff);
        }
        return v;
    }

    @Override
    public String toString() {
        return "Redactor[" + MASK + "]";
    }
}
