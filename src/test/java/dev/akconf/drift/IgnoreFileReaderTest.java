package dev.akconf.drift;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.akconf.diag.Diagnostic;
import dev.akconf.kinds.Kind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ignore file: a list of {kind, name, path?, reason}, every problem at its FILE:LINE:COLUMN. */
class IgnoreFileReaderTest {

    @TempDir
    Path dir;

    private IgnoreFileReader.Result read(String text) throws IOException {
        Path file = dir.resolve("ignore.yaml");
        Files.writeString(file, text);
        return new IgnoreFileReader().read(file);
    }

    private List<String> errors(String text) throws IOException {
        String prefix = dir.resolve("ignore.yaml") + ":";
        return read(text).diagnostics().sorted().stream().map(Diagnostic::toString).map(s -> s.replace(prefix, "")).toList();
    }

    @Test
    void readsRulesWithBothPathSpellings() throws IOException {
        IgnoreFileReader.Result r = read("""
                # accepted differences
                - kind: ProxyProvider
                  name: Domain wide catch all
                  path: access_token_validity
                  reason: INC-42
                - {kind: Outpost, name: authentik Embedded Outpost, path: config.kubernetes_json_patches.prometheus servicemonitor, reason: x}
                - {kind: Application, name: legacy, path: /meta_launch_url, reason: "  kept by hand  "}
                - {kind: ProxyProvider, name: made in the UI, reason: owned by team B}
                """);
        assertFalse(r.diagnostics().hasErrors(), () -> r.diagnostics().sorted().toString());
        List<IgnoreRule> rules = r.rules();
        assertEquals(4, rules.size());
        assertEquals(new IgnoreRule(Kind.PROXY_PROVIDER, "Domain wide catch all", "/access_token_validity", "INC-42",
                rules.get(0).origin()), rules.get(0));
        assertEquals("/config/kubernetes_json_patches/prometheus servicemonitor", rules.get(1).path());
        assertEquals("kept by hand", rules.get(2).reason());
        assertEquals(null, rules.get(3).path());
        assertEquals(2, rules.get(0).origin().line());
        assertTrue(rules.get(1).covers("/config/kubernetes_json_patches/prometheus servicemonitor"));
        assertTrue(rules.get(3).covers("/anything"));
        assertFalse(rules.get(0).covers("/access_token_validity_x"));
    }

    @Test
    void emptyFileIgnoresNothing() throws IOException {
        assertTrue(read("# nothing yet\n").rules().isEmpty());
        assertFalse(read("").diagnostics().hasErrors());
        assertFalse(read("[]\n").diagnostics().hasErrors());
    }

    @Test
    void everyProblemIsReportedAtItsPosition() throws IOException {
        List<String> errors = errors("""
                - kind: Outpost
                  nam: x
                  reason: ""
                - kind: ProxyProvider
                  name: y
                  path: acess_token_validity
                  reason: r
                - just text
                - {kind: 3, name: z, reason: r}
                - {kind: Application, name: a, path: "config..x", reason: r}
                """);
        assertEquals(List.of(
                "1:3: error: missing name: the resource's name (slug for an Application)",
                "2:3: error: unknown key \"nam\" — did you mean \"name\"? (an entry has kind, name, path, reason)",
                "3:11: error: reason must be non-empty text: why this difference is accepted, for the next reviewer",
                "6:9: error: \"acess_token_validity\" is not a spec field of ProxyProvider — did you mean \"access_token_validity\"?",
                "8:3: error: an entry is a mapping with kind, name, reason and optionally path",
                "9:10: error: unknown kind 3 (one of ScopeMapping, Group, ProxyProvider, Application, Outpost, ExpressionPolicy, PolicyBinding)",
                "10:38: error: \"config..x\" is not a field path (e.g. access_token_validity or /config/log_level)"), errors);
    }

    @Test
    void theFileMustBeOneList() throws IOException {
        assertEquals(List.of("1:1: error: an ignore file is a list of entries like {kind: ProxyProvider, name: ..., "
                + "path: access_token_validity, reason: ...}"), errors("kind: ProxyProvider\nname: x\n"));
        assertTrue(errors("- {kind: Outpost, name: a, reason: r}\n---\n- {kind: Outpost, name: b, reason: r}\n").get(0)
                .contains("error: an ignore file holds one list"));
        assertTrue(errors("- {kind: Outpost, name: a, reason: r, reason: s}\n").get(0).contains("duplicate key \"reason\""));
        assertTrue(errors("\u0000binary").get(0).contains("error:"));
    }

    @Test
    void aDuplicateEntryIsAWarning() throws IOException {
        IgnoreFileReader.Result r = read("- {kind: Outpost, name: a, reason: r}\n- {kind: Outpost, name: a, reason: s}\n");
        assertFalse(r.diagnostics().hasErrors());
        assertEquals(1, r.diagnostics().warningCount());
        assertEquals(2, r.rules().size());
    }
}
