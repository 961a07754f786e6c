package dev.akconf.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.akconf.diag.Diagnostic;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InterpolatorTest {

    private static LoadedConfig load(String yaml, Map<String, String> env) {
        return new ConfigLoader(env::get).loadText("e.yaml", yaml);
    }

    private static final String APP = "kind: Application\nslug: app\nspec:\n  name: %s\n";

    @Test
    void substitutesSetVariablesDefaultsAndEscapes() {
        LoadedConfig c = load(APP.formatted("\"${A}-${B:-dflt}-${C:-}-$${LIT}\""), Map.of("A", "one"));
        assertEquals(List.of(), c.diagnostics().sorted());
        assertEquals("one-dflt--${LIT}", c.resources().get(0).spec().get("name").asString());
    }

    @Test
    void unquotedReferenceIsSubstitutedToo() {
        LoadedConfig c = load(APP.formatted("${A}"), Map.of("A", "plain"));
        assertEquals("plain", c.resources().get(0).spec().get("name").asString(), c.diagnostics().sorted()::toString);
    }

    @Test
    void unsetVariableIsOneErrorAtTheValue() {
        List<Diagnostic> d = load(APP.formatted("${MISSING}"), Map.of()).diagnostics().sorted();
        assertEquals(1, d.size(), d::toString);
        assertEquals("e.yaml:4:9: error: environment variable MISSING is not set (write ${MISSING:-default} to give a fallback)",
                d.get(0).toString());
    }

    @Test
    void malformedReferenceIsAnError() {
        List<Diagnostic> d = load(APP.formatted("\"${1BAD}\""), Map.of()).diagnostics().sorted();
        assertEquals(1, d.size(), d::toString);
        assertTrue(d.get(0).message().startsWith("malformed variable reference ${1BAD}"), d::toString);
    }

    @Test
    void secretLookingVariablesAreMarkedSensitive() {
        LoadedConfig c = load(APP.formatted("x") + "  meta_launch_url: https://x.example.com/?k=${APP_API_KEY}\n  meta_description: ${DESCRIPTION}\n",
                Map.of("APP_API_KEY", "k", "DESCRIPTION", "d"));
        Resource r = c.resources().get(0);
        assertTrue(r.isSecret("/meta_launch_url"));
        assertTrue(!r.isSecret("/meta_description"));
        assertEquals(Map.of("/meta_launch_url", "https://x.example.com/?k=${APP_API_KEY}"), r.secretTemplates());
    }

    @Test
    void theParsedTreeIsLeftAsParsed() {
        dev.akconf.diag.Diagnostics diags = new dev.akconf.diag.Diagnostics();
        YamlDocument doc = new YamlReader(YamlLimits.DEFAULT).read("e.yaml", APP.formatted("\"${A}\""), diags).get(0);
        String before = doc.root().toString();
        tools.jackson.databind.JsonNode out = Interpolator.of(Map.of("A", "one")).substituted(doc.root(), "", doc.source(), diags);
        assertEquals("one", out.at("/spec/name").asString());
        assertEquals(before, doc.root().toString());
        assertEquals(List.of(), diags.sorted());
    }
}
