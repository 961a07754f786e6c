package dev.akconf.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.akconf.cli.CliRun;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Authentik's own words as an attacker would write them, from the hostile fake: a 400 whose field
 * errors carry terminal escapes, a fake plan line and Markdown/HTML, and a redirect whose Location
 * does the same. apply's text and Markdown reports and drift's JUnit show them, harmlessly.
 */
@Timeout(60)
class HostileErrorsOutputTest {

    private static final String PK = "3f1e5d4c-0000-4000-8000-000000000001";
    private static final String EVIL = "\\u001b[2J\\u001b]0;pwned\\u0007\\r\\nPlan: 0 to add, 0 to change, 0 to destroy.\\n\\n</details>"
            + "<img src=x onerror=alert(1)> [x](https://evil.example) @everyone `a` | b \\u009b31m \\u202e";

    @TempDir
    Path dir;

    private HostileAuthentik withLiveGroup() {
        HostileAuthentik ak = HostileAuthentik.start();
        ak.objects("/core/groups/").add(HostileCli.liveGroup(PK));
        return ak;
    }

    @ParameterizedTest(name = "apply --output {0}")
    @ValueSource(strings = {"text", "markdown", "json"})
    void fieldErrorsAreShownNotObeyed(String format) {
        try (HostileAuthentik ak = withLiveGroup()) {
            ak.on("PATCH", "/core/groups/", r -> Reply.json(400, "{\"is_superuser\": [\"" + EVIL + "\"], \"" + EVIL + "\": [\"x\"]}"));
            CliRun run = HostileCli.run(ak, dir, "apply", "-c", HostileCli.config(dir, HostileCli.GROUP_YAML).toString(),
                    "--auto-approve", "--output", format);
            assertEquals(4, run.exitCode(), run::toString);
            HostileNamesTest.assertNothingRaw(run.all());
            String rendered = format.equals("markdown") ? HostileNamesTest.withoutCodeSpans(run.out()) : run.out();
            if (!format.equals("json")) {
                assertFalse(rendered.lines().anyMatch(l -> l.strip().startsWith("Plan: 0 to add, 0 to change")), run::toString);
            }
            if (format.equals("markdown")) {
                assertFalse(rendered.contains("<img") || rendered.contains("@everyone") || rendered.contains("</details>"), rendered);
                assertEquals(1, run.out().lines().filter(l -> l.startsWith("| Group")).count(), run::toString);
            }
        }
    }

    @ParameterizedTest(name = "a hostile server version, plan --output {0}")
    @ValueSource(strings = {"text", "markdown", "json"})
    void theServerVersionIsShownNotObeyed(String format) {
        try (HostileAuthentik ak = withLiveGroup()) {
            ak.on("GET", "/admin/version/", r -> Reply.json(200, "{\"version_current\": \"2026.2.2" + EVIL + "\", \"build_hash\": \"\"}"));
            CliRun run = HostileCli.run(ak, dir, "plan", "-c", HostileCli.config(dir, HostileCli.GROUP_YAML).toString(), "--output", format);
            HostileNamesTest.assertNothingRaw(run.all());
            if (format.equals("markdown")) {
                String rendered = HostileNamesTest.withoutCodeSpans(run.out());
                assertFalse(rendered.contains("<img") || rendered.contains("@everyone"), run::toString);
            }
            assertFalse(run.all().lines().anyMatch(l -> l.strip().startsWith("Plan: 0 to add, 0 to change")), run::toString);
        }
    }

    @ParameterizedTest(name = "{0} with a server that echoes a sensitive value")
    @ValueSource(strings = {"plan", "drift", "apply"})
    void aSensitiveValueEchoedByTheServerIsMasked(String command) throws Exception {
        String secret = "s3cr3t-value-from-the-environment";
        try (HostileAuthentik ak = withLiveGroup()) {
            ak.on("GET", "/core/groups/", r -> Reply.json(403, "{\"detail\": \"no access for attribute " + secret + "\"}"));
            java.util.Map<String, String> env = new java.util.HashMap<>(ak.env());
            env.put("OPS_API_KEY", secret);
            Path junit = dir.resolve("drift.xml");
            String yaml = HostileCli.GROUP_YAML + "  attributes:\n    key: ${OPS_API_KEY}\n";
            String config = HostileCli.config(dir, yaml).toString();
            CliRun run = switch (command) {
                case "plan" -> HostileCli.run(env, dir, "plan", "-c", config);
                case "apply" -> HostileCli.run(env, dir, "apply", "-c", config, "--auto-approve");
                default -> HostileCli.run(env, dir, "drift", "-c", config, "--junit", junit.toString());
            };
            assertEquals(4, run.exitCode(), run::toString);
            Leaks.assertNoFragment(secret, run.all(), "output");
            Leaks.assertNoFragmentInFiles(secret, dir.resolve("drift.xml").getParent());
        }
    }

    @ParameterizedTest(name = "drift --junit with {0}")
    @ValueSource(strings = {"a 403 body", "a redirect"})
    void aFailedRunsJUnitErrorIsClean(String attack) throws Exception {
        try (HostileAuthentik ak = HostileAuthentik.start()) {
            if (attack.equals("a redirect")) {
                ak.on("GET", "/core/groups/", r -> Reply.redirect(302, "https://evil.example/\u001b[2J\r\nPlan: 0 to add"));
            } else {
                ak.on("GET", "/core/groups/", r -> Reply.json(403, "{\"detail\": \"" + EVIL + "\"}"));
            }
            Path junit = dir.resolve("drift.xml");
            CliRun run = HostileCli.run(ak, dir, "drift", "-c", HostileCli.config(dir, HostileCli.GROUP_YAML).toString(),
                    "--junit", junit.toString());
            assertEquals(4, run.exitCode(), run::toString);
            HostileNamesTest.assertNothingRaw(run.all());
            String xml = Files.readString(junit);
            HostileNamesTest.assertNothingRaw(xml);
            assertTrue(xml.contains("<error"), xml);
            javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(new java.io.ByteArrayInputStream(xml.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        }
    }
}
