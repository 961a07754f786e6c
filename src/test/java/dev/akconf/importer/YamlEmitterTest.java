package dev.akconf.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.akconf.config.YamlDocument;
import dev.akconf.config.YamlLimits;
import dev.akconf.config.YamlReader;
import dev.akconf.diag.Diagnostics;
import dev.akconf.diff.JsonEquality;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Every string reads back as itself: YAML's look-alikes of numbers, booleans and nulls are quoted, text keeps every byte. */
class YamlEmitterTest {

    private static JsonNode readBack(List<String> lines) {
        Diagnostics diags = new Diagnostics();
        List<YamlDocument> docs = new YamlReader(YamlLimits.DEFAULT).read("t", String.join("\n", lines) + "\n", diags);
        assertFalse(diags.hasErrors(), () -> diags.sorted() + "\n" + String.join("\n", lines));
        return docs.get(0).root();
    }

    private static List<String> emit(String key, JsonNode value) {
        List<String> lines = new ArrayList<>();
        YamlEmitter.entry(lines, "", key, value);
        return lines;
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "true", "yes", "No", "on", "OFF", "null", "Null", "~", "1", "-1", "+1", "1.5", ".5", "1e3",
        "0x1F", "0b101", "0755", "1:30", "190:20:30.15", "2001-12-14t21:59:43.10-05:00", "1.", "+.5e-3", "512Mi", "0o17", ".inf", "-.Inf", ".NaN", "1_000", "2026-01-01", "12:30", "a: b", "a #b", "#x", "- x", "-x", "? x", "?x",
        ":x", "x:", "%(name)s", "*x", "&x", "!x", "!!str", "|x", ">x", "'q'", "\"dq\"", "{x}", "[x]", "a,b", "@x", "`x",
        "---", "...", "<<", "=", "  lead", "trail ", "tab\there", "line1\nline2", "line1\nline2\n", "two\n\n", "\n", "\nlead",
        " indented\nnext", "cr\r\nlf", "bell\u0007", "nel\u0085", "ls\u2028", "bom\uFEFF", "é ü ß 漢字 🙂", "back\\slash",
        "${HOME}", "$${x}", "https://auth.example.com/path?q=1#frag", "blank://blank", "hours=168", "a \"quoted\" word",
        "trailing spaces  \nnext", "x\n  indented line\n", "\ttab first\nline"})
    void stringsReadBackAsThemselves(String s) {
        JsonNode value = JsonNodeFactory.instance.stringNode(s);
        List<String> lines = emit("k", value);
        assertEquals(s, readBack(lines).get("k").asString(), () -> String.join("\n", lines));
    }

    @Test
    void plainWhereThatIsUnambiguous() {
        assertEquals(List.of("k: Domain wide catch all"), emit("k", JsonNodeFactory.instance.stringNode("Domain wide catch all")));
        assertEquals(List.of("k: https://auth.example.com"), emit("k", JsonNodeFactory.instance.stringNode("https://auth.example.com")));
        assertEquals(List.of("k: \"0x1F\""), emit("k", JsonNodeFactory.instance.stringNode("0x1F")));
        assertEquals(List.of("k: 512Mi"), emit("k", JsonNodeFactory.instance.stringNode("512Mi")));
        assertEquals(List.of("k: \"2026.2.2\""), emit("k", JsonNodeFactory.instance.stringNode("2026.2.2")));
        assertEquals(List.of("k: \"\""), emit("k", JsonNodeFactory.instance.stringNode("")));
        assertEquals(List.of("k: |-", "  ^/health$", "", "  ^/api/"), emit("k", JsonNodeFactory.instance.stringNode("^/health$\n\n^/api/")));
    }

    @Test
    void structuresKeepTheirShapeAndTypes() {
        ObjectNode tree = (ObjectNode) JsonMapper.builder().build().readTree("""
                {"config": {"kubernetes_json_patches": {"deployment": [
                   {"op": "add", "path": "/spec/x", "value": [{"name": "dshm", "emptyDir": {"medium": "Memory"}}, [1, [2]], [], {}]}],
                   "prometheus servicemonitor": []},
                 "annotations": {"cert-manager.io/cluster-issuer": "le", "1": "one", "true": "yes", "": "empty key"},
                 "replicas": 2, "ratio": 0.25, "big": 12345678901234567890, "flag": false, "none": null,
                 "text": "a\\nb\\n", "list": ["a\\nb", "c"]}}""");
        List<String> lines = emit("spec", tree);
        assertTrue(JsonEquality.equal(tree, readBack(lines).get("spec")), () -> String.join("\n", lines));
        assertTrue(lines.contains("      deployment:"), () -> String.join("\n", lines));
        assertTrue(lines.contains("        - op: add"), () -> String.join("\n", lines));
        assertTrue(lines.contains("    replicas: 2"), () -> String.join("\n", lines));
    }
}
