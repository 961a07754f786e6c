package dev.akconf.config.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.akconf.config.ConfigLoader;
import dev.akconf.config.LoadedConfig;
import dev.akconf.diag.Diagnostic;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.provider.Arguments;

/**
 * Loads one YAML text through the whole pipeline (YAML reader, interpolation, JSON Schema, cross checks)
 * and checks what it reports. Warnings (e.g. "provider … is not declared in this configuration") are
 * ignored: a test document stands alone, so its provider references are external.
 */
final class SchemaAssert {

    static final String FILE = "test.yaml";

    private SchemaAssert() {
    }

    /** A row of a failure table: the rule, the document, where the error points, and part of its message. */
    static Arguments fail(String rule, String yaml, int line, int column, String fragment) {
        return Arguments.of(rule, yaml, line, column, fragment);
    }

    /** A row of a pass table: the rule and a document that satisfies it. */
    static Arguments pass(String rule, String yaml) {
        return Arguments.of(rule, yaml);
    }

    static LoadedConfig load(String yaml) {
        return new ConfigLoader(Map.<String, String>of()::get).loadText(FILE, yaml);
    }

    static List<Diagnostic> errors(String yaml) {
        return load(yaml).diagnostics().sorted().stream().filter(Diagnostic::isError).toList();
    }

    /** Exactly one error, at {@code line}:{@code column}, whose message contains {@code fragment}. */
    static Diagnostic assertRejected(String yaml, int line, int column, String fragment) {
        LoadedConfig loaded = load(yaml);
        List<Diagnostic> errors = loaded.diagnostics().sorted().stream().filter(Diagnostic::isError).toList();
        assertEquals(1, errors.size(), () -> "expected exactly one error, got " + errors + "\nfor:\n" + yaml);
        Diagnostic d = errors.get(0);
        assertEquals(FILE + ":" + line + ":" + column, d.origin().toString(), () -> "wrong position: " + d);
        assertTrue(d.message().contains(fragment), () -> "message lacks \"" + fragment + "\": " + d);
        assertTrue(loaded.resources().size() < loaded.documents(), "the document with the error yields no resource");
        return d;
    }

    /** No error, and every document became a resource. */
    static void assertAccepted(String yaml) {
        LoadedConfig loaded = load(yaml);
        List<Diagnostic> errors = loaded.diagnostics().sorted().stream().filter(Diagnostic::isError).toList();
        assertTrue(errors.isEmpty(), () -> "expected no errors, got " + errors + "\nfor:\n" + yaml);
        assertFalse(loaded.resources().isEmpty(), "no resource loaded");
        assertEquals(loaded.documents(), loaded.resources().size(), "every document is a resource");
    }
}
