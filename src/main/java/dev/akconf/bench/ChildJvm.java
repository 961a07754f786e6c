package dev.akconf.bench;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Starts akconf the way {@code ./akconf} does: {@code java <bin/akconf-java-opts> $AKCONF_JAVA_OPTS -jar
 * target/akconf.jar ARGS}, with the class-data-sharing archive when the launcher has recorded one, and
 * times it from process start to exit.
 *
 * @param command everything before akconf's own arguments
 */
public record ChildJvm(List<String> command) {

    private static final Pattern PEAK = Pattern.compile("\"peak_heap_bytes\"\\s*:\\s*(\\d+)");

    public ChildJvm {
        command = List.copyOf(command);
    }

    /** The command for the jar this class was loaded from (else {@code target/akconf.jar} under the working directory). */
    public static ChildJvm locate(String extraJavaOpts) throws IOException, InterruptedException {
        Path jar = ownJar();
        Path root = jar.toAbsolutePath().getParent().getParent();
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        Path opts = root.resolve("bin/akconf-java-opts");
        if (Files.isRegularFile(opts)) {
            Process p = new ProcessBuilder("bash", opts.toString()).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (p.waitFor() != 0) {
                throw new IOException(opts + " failed: " + out.strip());
            }
            out.lines().filter(l -> !l.isBlank()).forEach(cmd::add);
        }
        if (extraJavaOpts != null && !extraJavaOpts.isBlank()) {
            // Word-split like the launcher's unquoted ${AKCONF_JAVA_OPTS}.
            cmd.addAll(Arrays.asList(extraJavaOpts.strip().split("\\s+")));
        }
        cmd.add("-jar");
        cmd.add(jar.toString());
        return new ChildJvm(cmd);
    }

    /** Whether the child JVMs map the launcher's class-data-sharing archive. */
    public boolean usesArchive() {
        return command.stream().anyMatch(o -> o.startsWith("-XX:SharedArchiveFile="));
    }

    /**
     * Runs akconf with {@code args}; stdout and stderr go to {@code <label>.out} and {@code <label>.err}
     * in {@code dir}, and the child reports its peak heap through {@link ExitStats}.
     */
    public ChildRun run(List<String> args, Map<String, String> env, Path dir, String label)
            throws IOException, InterruptedException {
        Path out = dir.resolve(label + ".out");
        Path stats = dir.resolve(label + ".stats.json");
        Files.deleteIfExists(stats);
        List<String> full = new ArrayList<>(command);
        full.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(full)
                .redirectOutput(out.toFile())
                .redirectError(dir.resolve(label + ".err").toFile());
        // The children talk only to the benchmark's simulator on loopback: a CI runner's proxy variables,
        // which akconf honours like curl (loopback included), must not route them through the proxy.
        for (String proxy : List.of("http_proxy", "https_proxy", "all_proxy")) {
            pb.environment().remove(proxy);
            pb.environment().remove(proxy.toUpperCase(java.util.Locale.ROOT));
        }
        pb.environment().putAll(env);
        pb.environment().put(ExitStats.ENV, stats.toString());
        long start = System.nanoTime();
        Process p = pb.start();
        p.getOutputStream().close(); // no terminal, no answers: apply needs --auto-approve
        int exit = p.waitFor();
        long wall = System.nanoTime() - start;
        long peak = -1;
        if (Files.exists(stats)) {
            Matcher m = PEAK.matcher(Files.readString(stats));
            peak = m.find() ? Long.parseLong(m.group(1)) : -1;
        }
        return new ChildRun(exit, wall, Files.readString(out, StandardCharsets.UTF_8), peak);
    }

    private static Path ownJar() {
        try {
            Path self = Path.of(ChildJvm.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (self.toString().endsWith(".jar")) {
                return self;
            }
        } catch (URISyntaxException | SecurityException | NullPointerException e) {
            // fall through to the conventional location
        }
        return Path.of("target", "akconf.jar").toAbsolutePath();
    }

    /**
     * One finished child process.
     *
     * @param exitCode      its exit code
     * @param wallNanos     process start to exit, JVM start-up included
     * @param stdout        what it printed
     * @param peakHeapBytes the sum of its heap pools' peak usage, or -1 when it did not report
     */
    public record ChildRun(int exitCode, long wallNanos, String stdout, long peakHeapBytes) {
    }
}
