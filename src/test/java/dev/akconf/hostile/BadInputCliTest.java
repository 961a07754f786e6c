package dev.akconf.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.akconf.cli.CliRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Bad input from the user's side, end to end through the CLI: YAML tags the core schema does not
 * allow for the value, files that are not regular files, and usage errors that must not echo a value.
 * Each is one line and a documented exit code, never a stack trace or an exception's class name.
 */
class BadInputCliTest {

    @TempDir
    Path dir;

    private static final String PROVIDER = """
            kind: ProxyProvider
            name: p
            spec:
              mode: forward_single
              external_host: https://app.example.com
              authorization_flow: default-provider-authorization-implicit-consent
              invalidation_flow: default-provider-invalidation-flow
            """;

    static void assertClean(CliRun run) {
        assertFalse(run.all().contains("Exception") || run.all().contains("\tat ") || run.all().contains("internal error"), run::toString);
    }

    private CliRun validate(String yaml) throws IOException {
        Path f = Files.writeString(dir.resolve("c.yaml"), yaml);
        CliRun run = CliRun.run("validate", "-c", f.toString());
        assertClean(run);
        return run;
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "  intercept_header_auth: !!bool TRUE_ish | 8:26 | !!bool \"TRUE_ish\" is not a valid bool",
        "  intercept_header_auth: !!null yes      | 8:26 | !!null \"yes\" is not a valid null",
        "  access_token_validity: !!int hours=24  | 8:26 | !!int \"hours=24\" is not a valid int",
        "  access_token_validity: !!int 1_000     | 8:26 | !!int \"1_000\" is not a valid int",
        "  access_token_validity: !!float abc     | 8:26 | !!float \"abc\" is not a valid float",
        "  access_token_validity: !!float .inf    | 8:26 | is not a number JSON can carry",
        "  access_token_validity: !!binary aGk=   | 8:26 | unsupported YAML tag !!binary",
        "  access_token_validity: !!timestamp 2001-12-14 | 8:26 | unsupported YAML tag !!timestamp",
        "  access_token_validity: !Find [a, b]    | 8:26 | unsupported YAML tag !Find",
        "  access_token_validity: !!str {a: b}    | 8:26 | unsupported YAML tag !!str",
    })
    void tagsThatDoNotFitTheValueAreRefusedAtTheirPosition(String line, String position, String message) throws IOException {
        CliRun run = validate(PROVIDER + line.strip().replaceFirst("^", "  ") + "\n");
        assertEquals(3, run.exitCode(), run::toString);
        assertTrue(run.out().contains("c.yaml:" + position + ": error: ") && run.out().contains(message), run::toString);
    }

    @Test
    void coreSchemaTagsAreHonouredExactly() throws IOException {
        dev.akconf.diag.Diagnostics diags = new dev.akconf.diag.Diagnostics();
        var doc = new dev.akconf.config.YamlReader(dev.akconf.config.YamlLimits.DEFAULT).read("t.yaml", """
                s: !!str 123
                t: !!bool TRUE
                f: !!bool False
                n: !!null ~
                e: !!null
                i: !!int 0x1F
                o: !!int 0o17
                m: !!int -42
                x: !!float 1
                y: !!float -2.5e3
                q: !!int "7"
                b: ! 12
                """, diags).get(0).root();
        assertFalse(diags.hasErrors(), () -> diags.sorted().toString());
        assertEquals("{\"s\":\"123\",\"t\":true,\"f\":false,\"n\":null,\"e\":null,\"i\":31,\"o\":15,\"m\":-42,"
                + "\"x\":1.0,\"y\":-2500.0,\"q\":7,\"b\":\"12\"}", doc.toString());
        // And through the CLI: the tagged values are checked by the schema as what they are.
        CliRun run = validate(PROVIDER + "  cookie_domain: !!str 123\n  intercept_header_auth: !!bool FALSE\n");
        assertEquals(0, run.exitCode(), run::toString);
        CliRun wrongType = validate(PROVIDER + "  intercept_header_auth: !!str true\n");
        assertEquals(3, wrongType.exitCode(), "!!str true is the text \"true\", not a boolean: " + wrongType);
    }

    @Test
    void aFifoOrADeviceUnderConfigIsOneLineAndNoHang(@TempDir Path tmp) throws Exception {
        Path fifo = tmp.resolve("pipe.yaml");
        assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "mkfifo");
        for (CliRun run : List.of(CliRun.run("validate", "-c", fifo.toString()), CliRun.run("validate", "-c", tmp.toString()))) {
            assertEquals(3, run.exitCode(), run::toString);
            assertTrue(run.out().contains(fifo + ": error: is a FIFO (named pipe)"), run::toString);
            assertClean(run);
        }
        CliRun zero = CliRun.run("validate", "-c", "/dev/zero");
        assertEquals(3, zero.exitCode(), zero::toString);
        assertTrue(zero.out().contains("/dev/zero: error: is a character device"), zero::toString);
    }

    @Test
    void outputFilesMustBeRegularFiles(@TempDir Path tmp) throws Exception {
        Path config = Files.writeString(tmp.resolve("c.yaml"), PROVIDER);
        Path fifo = tmp.resolve("out.fifo");
        assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "mkfifo");
        Map<String, String> env = Map.of("AUTHENTIK_URL", "http://127.0.0.1:9", "AUTHENTIK_TOKEN", "t");
        for (String[] args : List.of(new String[] {"plan", "-c", config.toString(), "--out", fifo.toString()},
                new String[] {"drift", "-c", config.toString(), "--junit", fifo.toString()},
                new String[] {"drift", "-c", config.toString(), "--metrics", fifo.toString()})) {
            CliRun run = CliRun.run(env, args);
            assertEquals(64, run.exitCode(), run::toString);
            assertTrue(run.err().contains(fifo + ": is a FIFO (named pipe); akconf writes only regular files"), run::toString);
            assertClean(run);
            assertTrue(Files.exists(fifo) && !Files.isRegularFile(fifo), "the FIFO is still there");
        }
        Path file = Files.writeString(tmp.resolve("a-file"), "x");
        CliRun underAFile = CliRun.run(env, "drift", "-c", config.toString(), "--junit", file.resolve("sub/drift.xml").toString());
        assertEquals(64, underAFile.exitCode(), underAFile::toString);
        assertTrue(underAFile.err().contains(file + " is not a directory"), underAFile::toString);
        assertClean(underAFile);
        CliRun importToFile = CliRun.run(env, "import", "--all", "--out", file.toString());
        assertEquals(64, importToFile.exitCode(), importToFile::toString);
        assertTrue(importToFile.err().contains("exists and is not a directory"), importToFile::toString);
    }

    @Test
    void aDeviceNodeIsNeverReplaced(@TempDir Path tmp) throws Exception {
        Path device = tmp.resolve("null");
        assumeTrue(new ProcessBuilder("mknod", device.toString(), "c", "1", "3").start().waitFor() == 0, "mknod (needs CAP_MKNOD)");
        Path config = Files.writeString(tmp.resolve("c.yaml"), PROVIDER);
        CliRun run = CliRun.run(Map.of("AUTHENTIK_URL", "http://127.0.0.1:9", "AUTHENTIK_TOKEN", "t"),
                "plan", "-c", config.toString(), "--out", device.toString());
        assertEquals(64, run.exitCode(), run::toString);
        assertTrue(run.err().contains("is a character device"), run::toString);
        assertFalse(Files.isRegularFile(device), "still a device node");
    }

    @Test
    void aPermissionProblemIsSaidInWords(@TempDir Path tmp) throws Exception {
        Path config = Files.writeString(tmp.resolve("c.yaml"), PROVIDER);
        Path locked = Files.createDirectories(tmp.resolve("locked"));
        Files.setPosixFilePermissions(locked, java.nio.file.attribute.PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            org.junit.jupiter.api.Assumptions.assumeFalse(Files.isWritable(locked), "running as root: every directory is writable");
            CliRun run = CliRun.run(Map.of("AUTHENTIK_URL", "http://127.0.0.1:9", "AUTHENTIK_TOKEN", "t"),
                    "drift", "-c", config.toString(), "--metrics", locked.resolve("akconf.prom").toString());
            assertEquals(64, run.exitCode(), run::toString);
            assertTrue(run.err().contains("permission denied: cannot create a file in " + locked), run::toString);
            assertClean(run);
        } finally {
            Files.setPosixFilePermissions(locked, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void missingParentDirectoriesAreCreated(@TempDir Path tmp) throws Exception {
        try (dev.akconf.sim.Simulator sim = dev.akconf.sim.Simulator.start(dev.akconf.sim.SimOptions.builder()
                .seed(dev.akconf.sim.SimState.incident()).build())) {
            Map<String, String> env = Map.of("AUTHENTIK_URL", sim.url(), "AUTHENTIK_TOKEN", sim.token());
            Path out = tmp.resolve("a/b/plan.json");
            CliRun run = CliRun.run(env, "plan", "-c", "config", "--out", out.toString());
            assertEquals(0, run.exitCode(), run::toString);
            assertTrue(Files.readString(out).contains("\"format_version\""));
        }
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {
        "--token ak-SECRETSECRETSECRET",
        "--token=ak-SECRETSECRETSECRET",
        "--read-timeout ak-SECRETSECRETSECRET",
        "--url http://x ak-SECRETSECRETSECRET",
        "--output ak-SECRETSECRETSECRET",
    })
    void usageErrorsNeverRepeatAValue(String line) {
        List<String> args = new java.util.ArrayList<>(List.of("plan"));
        args.addAll(List.of(line.split(" ")));
        CliRun run = CliRun.run(args.toArray(String[]::new));
        assertEquals(64, run.exitCode(), run::toString);
        assertFalse(run.all().contains("SECRET"), run::toString);
        assertTrue(run.err().startsWith("akconf: "), run::toString);
    }
}
