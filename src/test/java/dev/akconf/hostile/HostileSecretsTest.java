package dev.akconf.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.akconf.cli.CliRun;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.node.ObjectNode;

/**
 * Issue 14 item 1: a server that received the token and echoes it, whole or in part, in an error body,
 * a detail, field errors or object names never gets 8 consecutive characters of it printed or written
 * ({@link HostileCli} checks stdout, stderr and every file after each run).
 */
@Timeout(60)
class HostileSecretsTest {

    private static final String TOKEN = HostileAuthentik.TOKEN;
    private static final String PK = "3f1e5d4c-0000-4000-8000-000000000001";

    @TempDir
    Path dir;

    private String plan(HostileAuthentik ak, int expectedExit) {
        CliRun run = HostileCli.run(ak, dir, "plan", "-c", HostileCli.config(dir, HostileCli.GROUP_YAML).toString(),
                "--out", dir.resolve("plan.json").toString(), "--show-unmanaged");
        assertEquals(expectedExit, run.exitCode(), run::toString);
        return run.all();
    }

    @Test
    void aDetailEchoingTheAuthorizationHeader() {
        try (HostileAuthentik ak = HostileAuthentik.start()) {
            ak.on("GET", "/admin/version/", r -> Reply.json(403, "{\"detail\": \"bad " + r.header("Authorization") + "\"}"));
            assertTrue(plan(ak, 4).contains("bad Bearer ***"));
        }
    }

    /** The case: the body was cut at 120 characters before masking, so a token across the cut leaked. */
    @ParameterizedTest(name = "token starting at character {0}")
    @ValueSource(ints = {61, 100, 113, 119})
    void aTokenStraddlingTheCut(int at) {
        try (HostileAuthentik ak = HostileAuthentik.start()) {
            String body = "x".repeat(at) + TOKEN + " trailing text";
            ak.on("GET", "/admin/version/", r -> Reply.status(500, Map.of("Content-Type", "text/plain"), body.getBytes()));
            assertTrue(plan(ak, 4).contains("500 Internal Server Error"));
        }
    }

    /** The issue saw the cut token in the JUnit {@code <error message>} of drift, too. */
    @Test
    void aTokenStraddlingTheCutInDriftsJunitAndMetrics() throws java.io.IOException {
        try (HostileAuthentik ak = HostileAuthentik.start()) {
            String body = "x".repeat(100) + TOKEN;
            ak.on("GET", "/core/groups/", r -> Reply.status(500, Map.of("Content-Type", "text/plain"), body.getBytes()));
            Path junit = dir.resolve("junit.xml");
            CliRun run = HostileCli.run(ak, dir, "drift", "-c", HostileCli.config(dir, HostileCli.GROUP_YAML).toString(),
                    "--junit", junit.toString(), "--metrics", dir.resolve("drift.prom").toString());
            assertEquals(4, run.exitCode(), run::toString);
            assertTrue(java.nio.file.Files.readString(junit).contains("500 Internal Server Error"), "the error is in the JUnit file");
        }
    }

    @ParameterizedTest(name = "{0}-character fragment")
    @ValueSource(ints = {8, 20, 59})
    void fragmentsInFieldErrorsOfAFailedWrite(int length) {
        try (HostileAuthentik ak = HostileAuthentik.start()) {
            ak.objects("/core/groups/").add(HostileCli.liveGroup(PK));
            String fragment = TOKEN.substring(1, 1 + length);
            ak.on("PATCH", "/core/groups/", r -> Reply.json(400,
                    "{\"name\": [\"taken by " + fragment + "\"], \"attributes\": {\"x\": [\"" + fragment + fragment + "\"]}}"));
            CliRun run = HostileCli.run(ak, dir, "apply", "-c", HostileCli.config(dir, HostileCli.GROUP_YAML).toString(),
                    "--auto-approve", "--output", "json");
            assertEquals(4, run.exitCode(), run::toString);
            assertTrue(run.out().contains("taken by ***"), run::toString);
        }
    }

    @Test
    void fragmentsInObjectNamesAreMaskedInEveryOutputAndFile() {
        try (HostileAuthentik ak = HostileAuthentik.start()) {
            ak.objects("/core/groups/").add(HostileCli.liveGroup(PK));
            for (int length : new int[] {8, 20, 59, 60}) {
                ObjectNode g = Pages.json("{\"is_superuser\": false}");
                g.put("pk", "pk-" + length);
                g.put("name", "echo-" + TOKEN.substring(60 - length));
                ak.objects("/core/groups/").add(g);
            }
            String all = plan(ak, 0);
            assertTrue(all.contains("echo-***"), all);
            CliRun drift = HostileCli.run(ak, dir, "drift", "-c", HostileCli.config(dir, HostileCli.GROUP_YAML).toString(),
                    "--junit", dir.resolve("junit.xml").toString(), "--metrics", dir.resolve("drift.prom").toString(),
                    "--output", "markdown");
            assertEquals(2, drift.exitCode(), drift::toString);
            CliRun json = HostileCli.run(ak, dir, "plan", "-c", HostileCli.config(dir, HostileCli.GROUP_YAML).toString(),
                    "--output", "json");
            assertEquals(0, json.exitCode(), json::toString);
        }
    }

    /** A sensitive value from a secret-looking ${VAR}, echoed by a 400, is masked like the token. */
    @Test
    void aSensitiveValueEchoedByAFailedWrite() {
        String secret = "Xq9zv7Kp2Lm4Rt8Wn3Hb6";
        try (HostileAuthentik ak = HostileAuthentik.start()) {
            ak.objects("/core/groups/").add(HostileCli.liveGroup(PK));
            ak.on("PATCH", "/core/groups/", r -> Reply.json(400, "{\"attributes\": [\"refused " + secret.substring(2) + "\"]}"));
            Path config = HostileCli.config(dir, HostileCli.GROUP_YAML + "  attributes: {note: \"${NOTE_SECRET}\"}\n");
            Map<String, String> env = new java.util.HashMap<>(ak.env());
            env.put("NOTE_SECRET", secret);
            CliRun run = HostileCli.run(env, dir, "apply", "-c", config.toString(), "--auto-approve");
            assertEquals(4, run.exitCode(), run::toString);
            assertTrue(run.all().contains("refused ***"), run::toString);
            Leaks.assertNoFragment(secret, run.all(), "the output");
        }
    }

    /** The same from a saved plan: its file keeps ${NOTE_SECRET}, and apply masks the value it substitutes. */
    @Test
    void aSensitiveValueEchoedByAFailedWriteOfASavedPlan() {
        String secret = "Xq9zv7Kp2Lm4Rt8Wn3Hb6";
        try (HostileAuthentik ak = HostileAuthentik.start()) {
            ak.objects("/core/groups/").add(HostileCli.liveGroup(PK));
            ak.on("PATCH", "/core/groups/", r -> Reply.json(400, "{\"attributes\": [\"refused " + secret.substring(2) + "\"]}"));
            Path config = HostileCli.config(dir, HostileCli.GROUP_YAML + "  attributes: {note: \"${NOTE_SECRET}\"}\n");
            Map<String, String> env = new java.util.HashMap<>(ak.env());
            env.put("NOTE_SECRET", secret);
            Path planFile = dir.resolve("plan.json");
            CliRun plan = HostileCli.run(env, dir, "plan", "-c", config.toString(), "--out", planFile.toString());
            assertEquals(0, plan.exitCode(), plan::toString);
            CliRun run = HostileCli.run(env, dir, "apply", planFile.toString());
            assertEquals(4, run.exitCode(), run::toString);
            assertTrue(run.all().contains("refused ***"), run::toString);
            Leaks.assertNoFragment(secret, run.all(), "the output");
            Leaks.assertNoFragmentInFiles(secret, dir);
        }
    }

    @Test
    void aRedirectToAHostNamedAfterTheToken() {
        try (HostileAuthentik ak = HostileAuthentik.start()) {
            String host = TOKEN.substring(0, 40).toLowerCase() + ".example";
            ak.on("GET", "/admin/version/", r -> Reply.redirect(302, "https://" + host + "/"));
            String all = plan(ak, 4);
            assertTrue(all.contains("302 Found"), all);
        }
    }

    @Test
    void aReasonPhraseWithControlsAndTheToken() {
        try (HostileAuthentik ak = HostileAuthentik.start()) {
            ak.on("GET", "/admin/version/", r -> Reply.raw("HTTP/1.1 418 \u001b]0;pwned\u0007" + TOKEN
                    + "\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}"));
            String all = plan(ak, 4);
            assertTrue(all.contains("418 \\x1b]0;pwned\\x07"), all);
            assertTrue(!all.contains("\u001b") && !all.contains("\u0007"), all);
        }
    }

    @Test
    void aNonJsonSuccessEchoingTheToken() {
        try (HostileAuthentik ak = HostileAuthentik.start()) {
            ak.on("GET", "/admin/version/", r -> Reply.status(200, Map.of("Content-Type", "text/html"),
                    ("<html>" + "y".repeat(90) + TOKEN + "</html>").getBytes()));
            assertTrue(plan(ak, 4).contains("non-JSON response"));
        }
    }
}
