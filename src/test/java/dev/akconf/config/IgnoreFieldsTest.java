package dev.akconf.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code akconf.io/ignore}: its shape, and field paths that name what plan compares. */
class IgnoreFieldsTest {

    private static final String OUTPOST = """
            kind: Outpost
            name: edge
            akconf.io/ignore:
            %s
            spec:
              type: proxy
              providers: [p]
            """;

    private static List<String> errors(String ignore) {
        LoadedConfig c = new ConfigLoader(Map.<String, String>of()::get).loadText("o.yaml", OUTPOST.formatted(ignore));
        return c.diagnostics().sorted().stream().map(d -> d.origin().line() + ": " + d.message()).toList();
    }

    @Test
    void fieldPathsBecomeSpecPointers() {
        LoadedConfig c = new ConfigLoader(Map.<String, String>of()::get).loadText("o.yaml", OUTPOST.formatted("""
                  - {field: config.log_level, reason: debugging}
                  - {field: config.kubernetes_json_patches, reason: owned by the platform team}
                  - {field: providers, reason: the platform team adds providers}
                """));
        assertFalse(c.diagnostics().hasErrors(), () -> c.diagnostics().sorted().toString());
        assertEquals(List.of("/config/log_level", "/config/kubernetes_json_patches", "/providers"),
                c.resources().get(0).ignore().stream().map(FieldIgnore::pointer).toList());
        assertEquals("debugging", c.resources().get(0).ignore().get(0).reason());
    }

    @Test
    void unknownPathsAreErrorsWithASuggestion() {
        assertEquals(List.of("4: \"log_levl\" is not an outpost config key — did you mean \"log_level\"?"),
                errors("  - {field: config.log_levl, reason: x}"));
        assertEquals(List.of("4: \"config.kubernetes_json_patches.deployment\": config.kubernetes_json_patches is one value; "
                + "ignore \"config.kubernetes_json_patches\""), errors("  - {field: config.kubernetes_json_patches.deployment, reason: x}"));
        assertEquals(List.of("4: \"provider\" is not a spec field of Outpost — did you mean \"providers\"?"),
                errors("  - {field: provider, reason: x}"));
        assertEquals(List.of("4: \"config.log_level.x\": config.log_level is one value; ignore \"config.log_level\""),
                errors("  - {field: config.log_level.x, reason: x}"));
        assertEquals(List.of("5: \"type\" is listed twice in akconf.io/ignore"),
                errors("  - {field: type, reason: x}\n  - {field: type, reason: y}"));
    }

    @Test
    void everyEntryNeedsAReason() {
        List<String> errors = errors("  - {field: type}");
        assertEquals(1, errors.size(), errors::toString);
    }
}
