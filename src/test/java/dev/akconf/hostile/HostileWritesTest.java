package dev.akconf.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.akconf.cli.CliRun;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 14 item 2: akconf follows no redirect, and a write is APPLIED only when Authentik answered with
 * the object written. Every other answer is FAILED with exit 4, never 0 (counted as done) and never 1.
 */
@Timeout(60)
class HostileWritesTest {

    private static final String PK = "3f1e5d4c-0000-4000-8000-000000000001";

    @TempDir
    Path dir;

    private HostileAuthentik withLiveGroup() {
        HostileAuthentik ak = HostileAuthentik.start();
        ak.objects("/core/groups/").add(HostileCli.liveGroup(PK));
        return ak;
    }

    private CliRun apply(HostileAuthentik ak) {
        return HostileCli.run(ak, dir, "apply", "-c", HostileCli.config(dir, HostileCli.GROUP_YAML).toString(), "--auto-approve");
    }

    private static void assertFailedWrite(CliRun run, String expected) {
        assertEquals(4, run.exitCode(), run::toString);
        assertTrue(run.all().contains("FAILED"), run::toString);
        assertFalse(run.all().contains("APPLIED"), run::toString);
        assertTrue(run.all().contains(expected), () -> "mentions " + expected + ": " + run);
    }

    @ParameterizedTest(name = "PATCH answered {0}")
    @ValueSource(ints = {301, 302, 303, 307, 308})
    void aRedirectedPatchFailsAndIsNotFollowed(int status) {
        try (HostileAuthentik ak = withLiveGroup()) {
            ak.on("PATCH", "/core/groups/", r -> Reply.redirect(status, "https://evil.example:8443/steal?x=1"));
            CliRun run = apply(ak);
            assertFailedWrite(run, String.valueOf(status));
            assertTrue(run.all().contains("https://evil.example:8443"), run::toString);
            assertFalse(run.all().contains("steal"), "only the host is named: " + run);
            assertEquals(List.of("PATCH"), ak.writes().stream().map(HostileRequest::method).toList(), "one write, no retry");
            assertTrue(ak.requests().stream().noneMatch(r -> r.path().contains("steal")), "not followed");
        }
    }

    @Test
    void aRedirectedPostFails() {
        try (HostileAuthentik ak = HostileAuthentik.start()) {
            ak.on("POST", "/core/groups/", r -> Reply.redirect(302, "/elsewhere/"));
            CliRun run = apply(ak);
            assertFailedWrite(run, "302");
            assertTrue(run.all().contains("a redirect to http://127.0.0.1:" + ak.port()), run::toString);
        }
    }

    @Test
    void aLocationThatIsNotAUrlIsNotQuoted() {
        try (HostileAuthentik ak = withLiveGroup()) {
            ak.on("PATCH", "/core/groups/", r -> Reply.redirect(302, "https://ev\u001b[2Jil.example/"));
            CliRun run = apply(ak);
            assertFailedWrite(run, "not an http(s) URL");
            assertFalse(run.all().contains("\u001b"), run::toString);
        }
    }

    static Stream<Arguments> answersThatAreNotTheObject() {
        return Stream.of(
                Arguments.of("PATCH", Reply.json(200, "{}"), "an empty JSON object"),
                Arguments.of("PATCH", Reply.status(204, Map.of(), new byte[0]), "an empty body"),
                Arguments.of("PATCH", Reply.json(200, "[]"), "a JSON array"),
                Arguments.of("PATCH", Reply.json(200, "{\"pk\": \"another\", \"name\": \"ops\"}"), "an object with another pk"),
                Arguments.of("PATCH", Reply.json(200, "{\"pk\": [1], \"name\": \"ops\"}"), "pk is a JSON array"),
                Arguments.of("PATCH", Reply.status(200, Map.of("Content-Type", "text/html"), "<html>login</html>".getBytes()), "non-JSON"),
                Arguments.of("POST", Reply.json(200, "{}"), "an empty JSON object"),
                Arguments.of("POST", Reply.json(201, "{\"pk\": \"x1\", \"name\": \"someone-else\"}"), "whose name is not the one written"),
                Arguments.of("POST", Reply.json(201, "{\"name\": \"ops\"}"), "pk is missing"),
                Arguments.of("POST", Reply.status(204, Map.of(), new byte[0]), "an empty body"));
    }

    @ParameterizedTest(name = "{0} answered with {2}")
    @MethodSource("answersThatAreNotTheObject")
    void aWriteCountsOnlyWhenAnsweredWithTheObject(String method, Reply answer, String expected) {
        try (HostileAuthentik ak = method.equals("PATCH") ? withLiveGroup() : HostileAuthentik.start()) {
            ak.on(method, "/core/groups/", r -> answer);
            assertFailedWrite(apply(ak), expected);
        }
    }

    @Test
    void theObjectItselfIsApplied() {
        try (HostileAuthentik ak = withLiveGroup()) {
            CliRun run = apply(ak);
            assertEquals(0, run.exitCode(), run::toString);
            assertTrue(run.all().contains("APPLIED") || run.all().contains("Apply complete"), run::toString);
        }
    }
}
