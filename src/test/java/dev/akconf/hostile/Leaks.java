package dev.akconf.hostile;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Asserts that no run of 8 or more characters of a secret appears in text or in the files of a directory. */
public final class Leaks {

    /** The shortest fragment that counts as a leak (issue 14: "any run of 8+ characters of the token"). */
    public static final int FRAGMENT = 8;

    private Leaks() {
    }

    /** Fails naming where the first 8-character fragment of {@code secret} occurs in {@code text}. */
    public static void assertNoFragment(String secret, String text, String where) {
        for (int i = 0; i + FRAGMENT <= secret.length(); i++) {
            String fragment = secret.substring(i, i + FRAGMENT);
            int at = text.indexOf(fragment);
            if (at >= 0) {
                fail("a fragment of the secret (offset " + i + ") appears in " + where + " at " + at + ":\n" + text);
            }
        }
    }

    /** Every regular file under {@code dir}, read as UTF-8 (invalid bytes replaced). */
    public static void assertNoFragmentInFiles(String secret, Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            List<Path> regular = files.filter(Files::isRegularFile).toList();
            for (Path f : regular) {
                assertNoFragment(secret, new String(Files.readAllBytes(f), StandardCharsets.UTF_8), f.toString());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
