package dev.akconf.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.akconf.cli.CliRun;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fake's well-behaved baseline: without scripts, plan and apply work as against Authentik. */
class HostileBaselineTest {

    @TempDir
    Path dir;

    @Test
    void planAndApplyAgainstTheBaseline() {
        try (HostileAuthentik ak = HostileAuthentik.start()) {
            ak.objects("/core/groups/").add(HostileCli.liveGroup("3f1e5d4c-0000-4000-8000-000000000001"));
            Path config = HostileCli.config(dir, HostileCli.GROUP_YAML);
            CliRun plan = HostileCli.run(ak, dir, "plan", "-c", config.toString(), "--detailed-exitcode");
            assertEquals(2, plan.exitCode(), plan::toString);
            CliRun apply = HostileCli.run(ak, dir, "apply", "-c", config.toString(), "--auto-approve");
            assertEquals(0, apply.exitCode(), apply::toString);
            assertTrue(ak.writes().stream().anyMatch(r -> r.method().equals("PATCH")), "a PATCH was sent");
            CliRun again = HostileCli.run(ak, dir, "plan", "-c", config.toString(), "--detailed-exitcode");
            assertEquals(0, again.exitCode(), again::toString);
        }
    }

    @Test
    void aWrongTokenIs403() {
        try (HostileAuthentik ak = HostileAuthentik.start()) {
            Path config = HostileCli.config(dir, HostileCli.GROUP_YAML);
            CliRun plan = HostileCli.run(java.util.Map.of("AUTHENTIK_URL", ak.url(), "AUTHENTIK_TOKEN", "wrong-token-123"),
                    dir, "plan", "-c", config.toString());
            assertEquals(4, plan.exitCode(), plan::toString);
            assertTrue(plan.err().contains("403"), plan::toString);
        }
    }
}
