package dev.akconf.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.akconf.config.ConfigLoader;
import dev.akconf.config.LoadedConfig;
import dev.akconf.diag.Diagnostics;
import dev.akconf.render.PlanMarkdown;
import dev.akconf.render.PlanText;
import dev.akconf.render.Style;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Golden fixtures for the pure stages: {@code fixtures/plan/<case>/desired.yaml} and {@code live.json}
 * in, {@code plan.txt}, {@code plan.json} and {@code plan.md} out. Regenerate after an intended change
 * with {@code mvn test -Dtest=PlanGoldenTest -Dakconf.updateGolden=true} and review the diff.
 */
class PlanGoldenTest {

    private static final Path ROOT = Path.of("src/test/resources/fixtures/plan");
    private static final Map<String, String> ENV = Map.of(
            "GRAFANA_API_KEY", "glsa_do-not-print-me",
            "GRAFANA_HOST", "grafana.example.com");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    static Stream<String> cases() throws IOException {
        try (Stream<Path> dirs = Files.list(ROOT)) {
            return dirs.map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void planMatchesGolden(String name) throws IOException {
        Path dir = ROOT.resolve(name);
        LoadedConfig config = new ConfigLoader(ENV::get).load(List.of(dir.resolve("desired.yaml")));
        assertFalse(config.diagnostics().hasErrors(), () -> config.diagnostics().sorted().toString());
        JsonNode live = JSON.readTree(dir.resolve("live.json").toFile());
        Diagnostics diags = new Diagnostics();
        Plan plan = new Planner("test").plan(config.resources(), LiveFixture.of(live), Instant.parse("2026-11-28T00:00:00Z"), diags);
        assertFalse(diags.hasErrors(), () -> diags.sorted().toString());

        check(dir.resolve("plan.txt"), text(plan));
        check(dir.resolve("plan.json"), PlanJson.write(plan, false) + "\n");
        check(dir.resolve("plan.md"), markdown(plan));
        String everything = text(plan) + PlanJson.write(plan, true) + markdown(plan);
        assertFalse(everything.contains("glsa_do-not-print-me"), "a secret from the environment leaked");
    }

    private static String text(Plan plan) {
        StringWriter out = new StringWriter();
        new PlanText(Style.PLAIN).render(plan, new PrintWriter(out));
        return out.toString();
    }

    private static String markdown(Plan plan) {
        StringWriter out = new StringWriter();
        new PlanMarkdown().render(plan, new PrintWriter(out));
        return out.toString();
    }

    private static void check(Path golden, String actual) throws IOException {
        if (Boolean.getBoolean("akconf.updateGolden")) {
            Files.writeString(golden, actual);
        }
        assertTrue(Files.exists(golden), () -> golden + " is missing: run with -Dakconf.updateGolden=true and review it");
        assertEquals(Files.readString(golden), actual, golden.toString());
    }
}
