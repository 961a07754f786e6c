package dev.akconf.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.akconf.cli.CliRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/** AK002 end to end: undoing the /dev/shm fix is flagged by plan and refused by apply unless allowed. */
class GuardrailsEndToEndTest {

    @TempDir
    Path dir;

    /** config/ with the outpost's deployment patches emptied. */
    private Path undone() throws IOException {
        Path config = SimHarness.copyConfig(dir);
        Path outpost = config.resolve("embedded-outpost.yaml");
        String text = Files.readString(outpost);
        Files.writeString(outpost, text.substring(0, text.indexOf("    kubernetes_json_patches:"))
                + "    kubernetes_json_patches:\n      deployment: []\n");
        return config;
    }

    @Test
    void emptiedPatchesAreFlaggedRefusedAndAppliedOnlyWhenAllowed() throws IOException {
        try (SimHarness h = SimHarness.incident()) {
            assertEquals(0, h.run("apply", "-c", "config", "--auto-approve").exitCode(), "Authentik gets the fix first");
            Path config = undone();

            CliRun plan = h.run("plan", "-c", config.toString());
            assertEquals(0, plan.exitCode(), plan::toString);
            assertTrue(plan.out().contains("! AK002 Outpost \"authentik Embedded Outpost\": removes the 512 MiB memory volume at /dev/shm"),
                    plan::toString);

            h.sim.clearRequests();
            CliRun refused = h.run("apply", "-c", config.toString(), "--auto-approve");
            assertEquals(3, refused.exitCode(), refused::toString);
            assertTrue(refused.err().contains("--allow AK002"), refused::toString);
            assertEquals(List.of(), h.writes(), "nothing written");

            CliRun allowed = h.run("apply", "-c", config.toString(), "--auto-approve", "--allow", "AK002");
            assertEquals(0, allowed.exitCode(), allowed::toString);
            assertEquals(1, h.writes().size());
            assertEquals(0, h.run("plan", "-c", config.toString(), "--detailed-exitcode").exitCode());
        }
    }

    @Test
    void theAllowanceIsRecordedInTheSavedPlan() throws IOException {
        try (SimHarness h = SimHarness.incident()) {
            h.run("apply", "-c", "config", "--auto-approve");
            Path config = undone();
            Path refusedPlan = dir.resolve("refused.json");
            Path allowedPlan = dir.resolve("allowed.json");
            h.run("plan", "-c", config.toString(), "--out", refusedPlan.toString());
            h.run("plan", "-c", config.toString(), "--out", allowedPlan.toString(), "--allow", "AK002");
            var json = JsonMapper.builder().build();
            assertEquals("AK002", json.readTree(allowedPlan.toFile()).at("/rule_findings/0/rule").asString());
            assertEquals("AK002", json.readTree(allowedPlan.toFile()).at("/allowed_rules/0").asString());

            assertEquals(3, h.run("apply", refusedPlan.toString()).exitCode());
            CliRun apply = h.run("apply", allowedPlan.toString());
            assertEquals(0, apply.exitCode(), apply::toString);
        }
    }

    @Test
    void raisingTheValidityAboveTheBoundIsFlagged() throws IOException {
        try (SimHarness h = SimHarness.incident()) {
            assertEquals(0, h.run("apply", "-c", "config", "--auto-approve").exitCode(), "Authentik at 24 h first");
            Path config = SimHarness.copyConfig(dir);
            SimHarness.replace(config.resolve("catch-all-provider.yaml"), "hours=24", "hours=48");
            CliRun plan = h.run("plan", "-c", config.toString());
            assertTrue(plan.out().contains("AK002 ProxyProvider \"Domain wide catch all\": raises access_token_validity to 48 h, above the 24 h bound"),
                    plan::toString);
        }
    }
}
