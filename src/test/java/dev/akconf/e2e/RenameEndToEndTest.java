package dev.akconf.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.akconf.cli.CliRun;
import dev.akconf.sim.SimRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A rename with {@code id:} and the references to the new name, in one change: plan, apply, re-plan clean. */
class RenameEndToEndTest {

    @TempDir
    Path dir;

    @Test
    void theCatchAllProviderIsRenamedWithItsReferencesInOneChange() throws IOException {
        try (SimHarness h = SimHarness.incident()) {
            Path config = SimHarness.copyConfig(dir);
            assertEquals(0, h.run("apply", "-c", config.toString(), "--auto-approve").exitCode(), "start from a clean state");
            JsonNode before = JsonMapper.builder().build().readTree(h.run("plan", "-c", config.toString(), "--output", "json").out());
            String pk = before.path("resource_changes").valueStream()
                    .filter(c -> c.path("address").asString().equals("ProxyProvider.Domain wide catch all"))
                    .findFirst().orElseThrow().path("id").asString();

            // The provider keeps its object (id) under a new name; every reference says the new name.
            int references = 0;
            try (Stream<Path> files = Files.list(config)) {
                for (Path f : files.toList()) {
                    String text = Files.readString(f);
                    String renamed = text.replace("\nname: Domain wide catch all\n", "\nid: " + pk + "\nname: Catch all\n")
                            .replace("provider: Domain wide catch all", "provider: Catch all")
                            .replace("- Domain wide catch all", "- Catch all");
                    references += renamed.split("Catch all", -1).length - 1 - (text.split("Catch all", -1).length - 1);
                    Files.writeString(f, renamed);
                }
            }
            assertTrue(references >= 3, "the provider and at least the application's and an outpost's references: " + references);

            CliRun plan = h.run("plan", "-c", config.toString(), "--no-color", "--detailed-exitcode");
            assertEquals(2, plan.exitCode(), plan::toString);
            assertTrue(plan.out().contains("~ ProxyProvider \"Catch all\""), plan::toString);
            assertTrue(plan.out().contains("~ name = \"Domain wide catch all\" -> \"Catch all\""), plan::toString);
            assertTrue(plan.out().contains("Plan: 0 to add, 1 to change, 0 to destroy."),
                    "the references resolve to the same object: nothing else changes\n" + plan);

            h.sim.clearRequests();
            CliRun apply = h.run("apply", "-c", config.toString(), "--auto-approve");
            assertEquals(0, apply.exitCode(), apply::toString);
            List<SimRequest> writes = h.writes();
            assertEquals("PATCH /api/v3/providers/proxy/" + pk + "/", writes.get(0).method() + " " + writes.get(0).path(), apply::toString);
            assertTrue(writes.get(0).body().contains("\"name\":\"Catch all\""), writes.get(0).body());

            CliRun again = h.run("plan", "-c", config.toString(), "--detailed-exitcode");
            assertEquals(0, again.exitCode(), again::toString);
        }
    }

    @Test
    void aReferenceByTheOldNameIsAnErrorAtPlan() throws IOException {
        try (SimHarness h = SimHarness.incident()) {
            Path config = SimHarness.copyConfig(dir);
            JsonNode before = JsonMapper.builder().build().readTree(h.run("plan", "-c", config.toString(), "--output", "json").out());
            String pk = before.path("resource_changes").valueStream()
                    .filter(c -> c.path("address").asString().equals("ProxyProvider.Domain wide catch all"))
                    .findFirst().orElseThrow().path("id").asString();
            try (Stream<Path> files = Files.list(config)) {
                for (Path f : files.toList()) {
                    Files.writeString(f, Files.readString(f).replace("\nname: Domain wide catch all\n", "\nid: " + pk + "\nname: Catch all\n"));
                }
            }
            CliRun plan = h.run("plan", "-c", config.toString());
            assertEquals(3, plan.exitCode(), plan::toString);
            assertTrue(plan.err().contains("provider \"Domain wide catch all\" is renamed to \"Catch all\" in this configuration "
                    + "(by its id): refer to it by its new name"), plan::toString);
        }
    }
}
