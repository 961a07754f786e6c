package dev.akconf.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The stages are entered through {@link Pipeline} only: no command (nor a view, drift, refresh,
 * import or bench) builds a Planner, an Applier or a LiveReader of its own, so none can plan without
 * the guardrails or write without the gate. The stages' own packages may use each other (apply
 * re-reads what it writes with the live reader).
 */
class PipelineBoundaryTest {

    private static final Path MAIN = Path.of("src/main/java/dev/akconf");
    /** The packages that are stages themselves. */
    private static final java.util.Set<String> STAGES = java.util.Set.of("config", "rules", "live", "diff", "plan", "apply");
    /** The stages' entry points: reading, planning, the rules on config and plan, writing. */
    private static final Pattern STAGE = Pattern.compile(
            "new (Applier|Planner|LiveReader)\\(|\\b(PlanRules|LiveOutpostRules|ConfigRules)\\.check\\(");

    @Test
    void onlyThePipelineEntersTheStages() throws IOException {
        List<String> outside = new ArrayList<>();
        List<String> inside = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                List<String> lines = Files.readAllLines(f);
                for (int i = 0; i < lines.size(); i++) {
                    if (STAGE.matcher(lines.get(i)).find()) {
                        String at = MAIN.relativize(f) + ":" + (i + 1) + ": " + lines.get(i).strip();
                        String pkg = MAIN.relativize(f).getName(0).toString();
                        if (pkg.equals("pipeline")) {
                            inside.add(at);
                        } else if (!STAGES.contains(pkg)) {
                            outside.add(at);
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), outside, "call the stage through pipeline.Pipeline");
        // The pattern finds the pipeline's own call sites, one per entry point.
        assertTrue(inside.size() >= 6, inside::toString);
    }
}
