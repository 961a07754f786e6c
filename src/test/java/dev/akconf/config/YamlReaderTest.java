package dev.akconf.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.akconf.diag.Diagnostic;
import dev.akconf.diag.Diagnostics;
import dev.akconf.model.Origin;
import java.util.List;
import org.junit.jupiter.api.Test;

class YamlReaderTest {

    private final Diagnostics diags = new Diagnostics();

    private List<YamlDocument> read(String text) {
        return new YamlReader(YamlLimits.DEFAULT).read("f.yaml", text, diags);
    }

    private Diagnostic only() {
        List<Diagnostic> all = diags.sorted();
        assertEquals(1, all.size(), () -> "expected one diagnostic, got " + all);
        return all.get(0);
    }

    @Test
    void recordsPositionsOfKeysAndValues() {
        YamlDocument doc = read("""
                kind: Outpost
                spec:
                  config:
                    log_level: debug
                  providers:
                    - a
                    - b
                """).get(0);
        assertEquals(new Origin("f.yaml", 4, 16), doc.source().value("/spec/config/log_level"));
        assertEquals(new Origin("f.yaml", 4, 5), doc.source().key("/spec/config/log_level"));
        assertEquals(new Origin("f.yaml", 7, 7), doc.source().value("/spec/providers/1"));
        assertEquals("debug", doc.root().at("/spec/config/log_level").asString());
        assertTrue(diags.sorted().isEmpty());
    }

    @Test
    void typesScalarsByTheYaml12CoreSchema() {
        YamlDocument doc = read("a: yes\nb: on\nc: ~\nd:\ne: '12'\nf: 12\ng: 1.5\nh: true\ni: 0x1f\nj: !!str 7\n").get(0);
        assertTrue(doc.root().get("a").isString(), "yes is a string in YAML 1.2");
        assertTrue(doc.root().get("b").isString());
        assertTrue(doc.root().get("c").isNull());
        assertTrue(doc.root().get("d").isNull());
        assertTrue(doc.root().get("e").isString());
        assertEquals(12, doc.root().get("f").asInt());
        assertEquals(1.5, doc.root().get("g").asDouble());
        assertTrue(doc.root().get("h").asBoolean());
        assertEquals(31, doc.root().get("i").asInt());
        assertEquals("7", doc.root().get("j").asString());
    }

    @Test
    void readsSeveralDocuments() {
        List<YamlDocument> docs = read("a: 1\n---\nb: 2\n---\n- x\n");
        assertEquals(3, docs.size());
        assertEquals(new Origin("f.yaml", 3, 1), docs.get(1).start());
        assertTrue(docs.get(2).root().isArray());
    }

    @Test
    void duplicateKeyIsAnErrorAtTheSecondKeyAndReadingGoesOn() {
        List<YamlDocument> docs = read("a: 1\nb:\n  c: 1\n  c: 2\nd: 3\n");
        Diagnostic d = only();
        assertEquals(new Origin("f.yaml", 4, 3), d.origin());
        assertTrue(d.message().contains("duplicate key \"c\" (first defined at line 3)"), d.message());
        assertEquals(1, docs.get(0).root().at("/b/c").asInt(), "the first value is kept");
        assertEquals(3, docs.get(0).root().get("d").asInt(), "the rest of the file is still read");
    }

    @Test
    void syntaxErrorPointsAtTheProblem() {
        read("a: [1,\nb: 2\n");
        Diagnostic d = only();
        assertTrue(d.message().startsWith("YAML syntax error"), d.message());
        assertEquals("f.yaml", d.origin().file());
        assertTrue(d.origin().line() >= 1);
    }

    @Test
    void tabIndentationIsASyntaxError() {
        read("a:\n\tb: 1\n");
        assertTrue(only().message().startsWith("YAML syntax error"));
    }

    @Test
    void aliasesAreExpanded() {
        YamlDocument doc = read("x: &v {a: 1}\ny: *v\n").get(0);
        assertEquals(1, doc.root().at("/y/a").asInt());
        assertTrue(diags.sorted().isEmpty());
    }

    @Test
    void billionLaughsIsStoppedByTheNodeBudget() {
        StringBuilder yaml = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x, x]\n");
        for (char c = 'b'; c <= 'j'; c++) {
            char prev = (char) (c - 1);
            yaml.append(c).append(": &").append(c).append(" [");
            for (int i = 0; i < 10; i++) {
                yaml.append(i == 0 ? "" : ", ").append('*').append(prev);
            }
            yaml.append("]\n");
        }
        long before = Runtime.getRuntime().totalMemory();
        read(yaml.toString());
        Diagnostic d = only();
        assertTrue(d.message().contains("alias bomb"), d.message());
        assertTrue(d.origin().line() > 1);
        assertTrue(Runtime.getRuntime().totalMemory() - before < 512L * 1024 * 1024);
    }

    @Test
    void deepNestingIsRejectedWithoutStackOverflow() {
        read("a: " + "[".repeat(10_000) + "]".repeat(10_000) + "\n");
        Diagnostic d = only();
        assertTrue(d.message().contains("nesting deeper than 64"), d.message());
        assertEquals(1, d.origin().line());
    }

    @Test
    void unknownAliasIsAnError() {
        read("a: *nope\n");
        assertTrue(only().message().contains("alias *nope refers to no anchor"));
    }

    @Test
    void blueprintTagsAreRejectedWithAHint() {
        read("flow: !Find [authentik_flows.flow, [slug, x]]\n");
        Diagnostic d = only();
        assertTrue(d.message().contains("unsupported YAML tag !Find"), d.message());
        assertTrue(d.message().contains("reference objects by name"), d.message());
        assertEquals(new Origin("f.yaml", 1, 7), d.origin());
    }

    @Test
    void complexKeysAreRejected() {
        read("? [a, b]\n: 1\n");
        assertTrue(only().message().contains("cannot be used as a key"));
    }
}
