package dev.akconf.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.akconf.cli.CliRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/**
 * AK002 end to end: undoing the /dev/shm fix that is in effect is flagged by plan and refused by
 * apply unless allowed; removing a patch that never had an effect is not.
 */
class GuardrailsEndToEndTest {

    @TempDir
    Path dir;

    /** config/ with the standalone outpost's deployment patches emptied. */
    private Path undone() throws IOException {
        Path config = SimHarness.copyConfig(dir);
        Path outpost = config.resolve("catch-all-outpost.yaml");
        String text = Files.readString(outpost);
        // 24 h sessions need 25,920 files; 64 MiB holds 16,384: AK001 is suppressed so that AK002 is what is tested.
        Files.writeString(outpost, text.substring(0, text.indexOf("    kubernetes_json_patches:"))
                .replace("name: Catch-all proxy outpost\n", "name: Catch-all proxy outpost\nakconf.io/suppress: {AK001: \"test of AK002\"}\n")
                + "    kubernetes_json_patches:\n      deployment: []\n");
        return config;
    }

    @Test
    void emptiedPatchesAreFlaggedRefusedAndAppliedOnlyWhenAllowed() throws IOException {
        try (SimHarness h = SimHarness.incident()) {
            CliRun fix = h.run("apply", "-c", "config", "--auto-approve");
            assertEquals(0, fix.exitCode(), "Authentik gets the fix first; removing the embedded outpost's no-op patch is no AK002: " + fix);
            assertFalse(fix.out().contains("AK002"), fix::toString);
            Path config = undone();

            CliRun plan = h.run("plan", "-c", config.toString());
            assertEquals(0, plan.exitCode(), plan::toString);
            assertTrue(plan.out().contains("! AK002 Outpost \"Catch-all proxy outpost\": removes the 512 MiB memory volume at /dev/shm"),
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
    void shrinkingTheVolumeOrCappingItsMemoryIsFlagged() throws IOException {
        try (SimHarness h = SimHarness.incident()) {
            assertEquals(0, h.run("apply", "-c", "config", "--auto-approve").exitCode());
            Path config = SimHarness.copyConfig(dir);
            Path outpost = config.resolve("catch-all-outpost.yaml");
            SimHarness.replace(outpost, "sizeLimit: 512Mi", "sizeLimit: 256Mi");
            CliRun plan = h.run("plan", "-c", config.toString());
            assertTrue(plan.out().contains("AK002 Outpost \"Catch-all proxy outpost\": shrinks /dev/shm from 512 MiB to 256 MiB"), plan::toString);

            SimHarness.replace(outpost, "sizeLimit: 256Mi", "sizeLimit: 512Mi");
            Files.writeString(outpost, Files.readString(outpost) + """
                            - op: add
                              path: /spec/template/spec/containers/0/resources
                              value: {limits: {memory: 256Mi}}
                    """);
            CliRun capped = h.run("plan", "-c", config.toString());
            assertTrue(capped.out().contains("AK002 Outpost \"Catch-all proxy outpost\": shrinks /dev/shm from 512 MiB to 256 MiB"),
                    "the memory limit caps the tmpfs: " + capped);
        }
    }

    @Test
    void removingAPatchThatNeverTookEffectIsNotProtected() throws IOException {
        try (SimHarness h = SimHarness.incident()) {
            // The seed's embedded outpost carries the post-mortem's patch; config/ declares null.
            CliRun plan = h.run("plan", "-c", "config");
            assertEquals(0, plan.exitCode(), plan::toString);
            assertTrue(plan.out().contains("- config.kubernetes_json_patches.deployment:"), plan::toString);
            assertFalse(plan.out().contains("AK002"), plan::toString);
            assertFalse(plan.err().contains("warning"), "config/ plans without warnings: " + plan);
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
