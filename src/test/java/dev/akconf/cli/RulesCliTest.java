package dev.akconf.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The guardrails as a user meets them: validate, --strict, explain. */
class RulesCliTest {

    @TempDir
    Path dir;

    /** The post-mortem's fix as it was made by hand, bundled for the demo: 7-day validity, the patch on the wrong outpost. */
    private static final Path POSTMORTEM = Path.of("src/main/resources/demo/postmortem");

    private Path postmortem() throws IOException {
        Path copy = Files.createDirectory(dir.resolve("postmortem"));
        try (Stream<Path> files = Files.list(POSTMORTEM)) {
            for (Path f : files.toList()) {
                Files.copy(f, copy.resolve(f.getFileName()));
            }
        }
        return copy;
    }

    @Test
    void validateStopsTheIncidentOnTheStandaloneOutpostWithAk001() throws IOException {
        Path config = postmortem();
        CliRun run = CliRun.run("validate", "-c", config.toString());
        assertEquals(3, run.exitCode(), run::toString);
        assertTrue(run.out().contains("catch-all-outpost.yaml:4:7: error: AK001: 181,440 session files expected (18/min for 7 d), "
                + "16,384 fit in 64 MiB /dev/shm"), run::toString);
        assertTrue(run.out().contains("full in about 15 h"), run::toString);
        assertTrue(run.out().contains("embedded-outpost.yaml:10:7: warning: AK004: Authentik will not act on "
                + "kubernetes_json_patches.deployment: the managed embedded outpost runs inside the authentik server"), run::toString);
        assertTrue(run.out().contains("authentik/outposts/controllers/k8s/deployment.py"), run::toString);
    }

    @Test
    void theIncidentsNumbersOnTheEmbeddedOutpostAreNoFinding() throws IOException {
        // Sessions of the embedded outpost live in PostgreSQL (internal/outpost/proxyv2/refresh.go): nothing fills.
        Path config = postmortem();
        Files.delete(config.resolve("catch-all-outpost.yaml"));
        Path embedded = config.resolve("embedded-outpost.yaml");
        String text = Files.readString(embedded);
        Files.writeString(embedded, text.substring(0, text.indexOf("  config:")).replace("providers: []",
                "providers:\n    - Domain wide catch all"));
        CliRun run = CliRun.run("validate", "-c", config.toString());
        assertEquals(0, run.exitCode(), run::toString);
        assertTrue(!run.out().contains("AK001"), run::toString);
    }

    @Test
    void theReviewedFixPasses() {
        CliRun run = CliRun.run("validate", "-c", "config");
        assertEquals(0, run.exitCode(), run::toString);
        assertTrue(!run.out().contains("AK001"), run::toString);
    }

    @Test
    void jsonCarriesTheRuleId() throws IOException {
        CliRun run = CliRun.run("validate", "-c", postmortem().toString(), "--output", "json");
        assertTrue(run.out().contains("\"rule\" : \"AK001\""), run::toString);
    }

    @Test
    void strictTurnsWarningsIntoErrors() throws IOException {
        Path f = Files.writeString(dir.resolve("app.yaml"), "kind: Application\nslug: a\nspec:\n  name: A\n  provider: elsewhere\n");
        assertEquals(0, CliRun.run("validate", "-c", f.toString()).exitCode());
        CliRun strict = CliRun.run("validate", "-c", f.toString(), "--strict");
        assertEquals(3, strict.exitCode(), strict::toString);
        assertTrue(strict.out().contains("error: provider \"elsewhere\" is not declared"), strict::toString);
    }

    @Test
    void aSuppressionNamesARealRuleAtItsKey() throws IOException {
        Path f = Files.writeString(dir.resolve("s.yaml"),
                "kind: Outpost\nname: o\nakconf.io/suppress: {AK1: x}\nspec: {type: proxy, providers: [p]}\n");
        CliRun run = CliRun.run("validate", "-c", f.toString());
        assertEquals(3, run.exitCode(), run::toString);
        assertTrue(run.out().contains(f + ":3:22: error: \"akconf.io/suppress\": \"AK1\" is not a rule id"), run::toString);
    }

    @Test
    void explainListsAndExplains() {
        CliRun list = CliRun.run("explain");
        assertEquals(0, list.exitCode());
        assertTrue(list.out().contains("AK001  session store capacity"), list::toString);
        assertTrue(list.out().contains("AK002") && list.out().contains("AK003") && list.out().contains("AK004"), list::toString);
        CliRun one = CliRun.run("explain", "AK001");
        assertTrue(one.out().contains("18/min x 7 days = 181,440 files"), one::toString);
        assertTrue(one.out().contains("64 MiB / 4,096 B = 16,384 files"), one::toString);
        assertTrue(one.out().contains("full in about 15 h"), one::toString);
        assertTrue(one.out().contains("512 MiB / 4,096 B = 131,072 files"), one::toString);
        assertTrue(one.out().contains("about 5 days"), one::toString);
        assertTrue(one.out().contains("count against the container's memory limit"), one::toString);
        assertTrue(CliRun.run("explain", "AK004").out().contains("Authentik will not act on"), "AK004 explained");
        assertTrue(one.out().contains("akconf.io/suppress"), one::toString);
        assertEquals(64, CliRun.run("explain", "AK999").exitCode());
    }
}
