package dev.akconf.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.akconf.testing.FakeAuthentik;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** import into a directory that already declares the resources refuses, names both places and points to refresh (issue 16). */
class ImportIntoConfigTest {

    private FakeAuthentik authentik;

    @TempDir
    Path dir;

    @BeforeEach
    void start() {
        authentik = FakeAuthentik.start("incident");
    }

    @AfterEach
    void stop() {
        authentik.close();
    }

    private CliRun run(String... args) {
        return CliRun.run(Map.of("AUTHENTIK_URL", authentik.url(), "AUTHENTIK_TOKEN", FakeAuthentik.TOKEN), args);
    }

    @Test
    void aResourceDeclaredElsewhereInTheDirectoryIsNotWrittenAgain() throws IOException {
        Path config = Files.createDirectories(dir.resolve("config"));
        Files.copy(Path.of("config/catch-all-provider.yaml"), config.resolve("catch-all-provider.yaml"));

        CliRun run = run("import", "--all", "--out", config.toString());
        assertEquals(64, run.exitCode(), run::toString);
        assertTrue(run.err().contains("ProxyProvider \"Domain wide catch all\" is already declared at "
                + config.resolve("catch-all-provider.yaml") + ":4:1"), run::toString);
        assertTrue(run.err().contains("would declare it again in " + config.resolve("proxy-providers.yaml")), run::toString);
        assertTrue(run.err().contains("akconf refresh -c " + config), run::toString);
        assertFalse(Files.exists(config.resolve("proxy-providers.yaml")), "nothing written");
        assertFalse(Files.exists(config.resolve("applications.yaml")), "nothing written");
    }

    @Test
    void reimportingIntoItsOwnFilesIsNotAClash() throws IOException {
        Path out = dir.resolve("imported");
        assertEquals(0, run("import", "--all", "--out", out.toString()).exitCode());
        CliRun again = run("import", "--all", "--out", out.toString(), "--force");
        assertEquals(0, again.exitCode(), again::toString);
    }
}
