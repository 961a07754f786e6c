package dev.akconf.hostile;

import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.akconf.cli.CliRun;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.node.ObjectNode;

/**
 * Drives the akconf CLI in-process against a {@link HostileAuthentik} and checks what must hold after
 * every attack: no stack trace, no 8-character fragment of the token in stdout, stderr or any file
 * under the working directory (plan file, JUnit, metrics). Short timeouts are passed as options.
 */
public final class HostileCli {

    /** A configuration of one group, {@code ops}, declared not to be a superuser group. */
    public static final String GROUP_YAML = """
            kind: Group
            name: ops
            spec:
              is_superuser: false
            """;

    /** Options that keep every attack short: 1 s reads, no retries. */
    public static final List<String> FAST = List.of("--read-timeout", "1", "--connect-timeout", "1", "--retry-time", "0");

    private HostileCli() {
    }

    /** Writes {@code yaml} as {@code dir/config/main.yaml} and returns the config directory. */
    public static Path config(Path dir, String yaml) {
        try {
            Path config = Files.createDirectories(dir.resolve("config"));
            Files.writeString(config.resolve("main.yaml"), yaml);
            return config;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A live group {@code ops} with the given pk that differs from {@link #GROUP_YAML} (is_superuser true). */
    public static ObjectNode liveGroup(String pk) {
        ObjectNode g = Baseline.JSON.createObjectNode();
        g.put("pk", pk);
        g.put("name", "ops");
        g.put("is_superuser", true);
        g.putArray("parents");
        g.putObject("attributes");
        return g;
    }

    /** Runs {@code args} plus those of {@link #FAST} it does not set itself, checking for stack traces and token fragments in output and under {@code dir}. */
    public static CliRun run(HostileAuthentik ak, Path dir, String... args) {
        return run(ak.env(), dir, args);
    }

    public static CliRun run(Map<String, String> env, Path dir, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        for (int i = 0; i < FAST.size(); i += 2) {
            if (!all.contains(FAST.get(i))) { // an attack may set its own value
                all.addAll(FAST.subList(i, i + 2));
            }
        }
        CliRun run = CliRun.run(env, all.toArray(String[]::new));
        assertFalse(run.all().contains("\tat "), () -> "no stack trace: " + run);
        assertFalse(run.all().contains("internal error"), () -> "no internal error: " + run);
        Leaks.assertNoFragment(HostileAuthentik.TOKEN, run.out(), "stdout");
        Leaks.assertNoFragment(HostileAuthentik.TOKEN, run.err(), "stderr");
        Leaks.assertNoFragmentInFiles(HostileAuthentik.TOKEN, dir);
        return run;
    }
}
