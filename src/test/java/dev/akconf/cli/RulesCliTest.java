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

    /** config/ as it was before the fix: 7-day validity, no /dev/shm patch. */
    private Path incident() throws IOException {
        Path copy = Files.createDirectory(dir.resolve("incident"));
        try (Stream<Path> files = Files.list(Path.of("config"))) {
            for (Path f : files.toList()) {
                Files.copy(f, copy.resolve(f.getFileName()));
            }
        }
        Path provider = copy.resolve("catch-all-provider.yaml");
        Files.writeString(provider, Files.readString(provider).replace("access_token_validity: hours=24", "access_token_validity: days=7"));
        Path outpost = copy.resolve("embedded-outpost.yaml");
        String text = Files.readString(outpost);
        Files.writeString(outpost, text.substring(0, text.indexOf("    kubernetes_json_patches:")));
        return copy;
    }

    @Test
    void validateStopsTheIncidentWithAk001() throws IOException {
        CliRun run = CliRun.run("validate", "-c", incident().toString());
        assertEquals(3, run.exitCode(), run::toString);
        assertTrue(run.out().contains("embedded-outpost.yaml:4:7: error: AK001: 181,440 session files expected"), run::toString);
        assertTrue(run.out().contains("full in about 41 h"), run::toString);
    }

    @Test
    void theReviewedFixPasses() {
        CliRun run = CliRun.run("validate", "-c", "config");
        assertEquals(0, run.exitCode(), run::toString);
        assertTrue(!run.out().contains("AK001"), run::toString);
    }

    @Test
    void jsonCarriesTheRuleId() throws IOException {
        CliRun run = CliRun.run("validate", "-c", incident().toString(), "--output", "json");
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
        assertTrue(list.out().contains("AK002") && list.out().contains("AK003"), list::toString);
        CliRun one = CliRun.run("explain", "AK001");
        assertTrue(one.out().contains("18/min x 7 days = 181,440 files"), one::toString);
        assertTrue(one.out().contains("full in about 41 h"), one::toString);
        assertTrue(one.out().contains("akconf.io/suppress"), one::toString);
        assertEquals(64, CliRun.run("explain", "AK999").exitCode());
    }
}
