package dev.akconf.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.akconf.config.ConfigLoader;
import dev.akconf.config.LoadedConfig;
import dev.akconf.diag.Diagnostic;
import dev.akconf.diag.Diagnostics;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** AK001 and AK003 on whole configurations, with Settings and suppressions. */
class ConfigRulesTest {

    private static final String PROVIDER = """
            kind: ProxyProvider
            name: catch all
            spec:
              mode: forward_domain
              external_host: https://auth.example.com
              authorization_flow: default-provider-authorization-implicit-consent
              invalidation_flow: default-provider-invalidation-flow
              access_token_validity: %s
            ---
            """;
    private static final String OUTPOST = """
            kind: Outpost
            name: edge
            %s
            spec:
              type: proxy
              providers: [catch all]
              config:
                kubernetes_json_patches:
                  deployment:
            %s
            """;
    private static final String SHM = """
                        - op: add
                          path: /spec/template/spec/volumes
                          value: [{name: dshm, emptyDir: {medium: Memory, sizeLimit: %s}}]
                        - op: add
                          path: /spec/template/spec/containers/0/volumeMounts
                          value: [{name: dshm, mountPath: /dev/shm}]""";

    private static List<Diagnostic> rules(String yaml) {
        LoadedConfig c = new ConfigLoader(Map.<String, String>of()::get).loadText("r.yaml", yaml);
        assertTrue(!c.diagnostics().hasErrors(), c.diagnostics().sorted()::toString);
        Diagnostics d = new Diagnostics();
        ConfigRules.check(c.resources(), c.settings(), d);
        return d.sorted();
    }

    private static String config(String validity, String extra, String patches) {
        return PROVIDER.formatted(validity) + OUTPOST.formatted(extra, patches.stripIndent().indent(10).stripTrailing());
    }

    @Test
    void incidentIsAnErrorAtTheOutpost() {
        List<Diagnostic> d = rules(config("days=7", "", "        []"));
        assertEquals(1, d.size(), d::toString);
        assertEquals("AK001", d.get(0).rule());
        assertTrue(d.get(0).isError());
        assertEquals(11, d.get(0).origin().line(), "at the outpost's name");
        assertTrue(d.get(0).message().contains("full in about 41 h"), d::toString);
    }

    @Test
    void reviewedFixPasses() {
        assertEquals(List.of(), rules(config("hours=24", "", SHM.formatted("512Mi"))));
    }

    @Test
    void aboveEightyPercentIsAWarning() {
        // 18/min x 40 h = 43,200 files against 44,739: 97 %.
        List<Diagnostic> d = rules(config("hours=40", "", "        []"));
        assertEquals(1, d.size(), d::toString);
        assertTrue(!d.get(0).isError(), d::toString);
        assertTrue(d.get(0).message().endsWith("97 % full at steady state"), d::toString);
    }

    @Test
    void settingsChangeTheRate() {
        String settings = "kind: Settings\nspec:\n  unauthenticated_requests_per_minute: 1\n---\n";
        assertEquals(List.of(), rules(settings + config("days=7", "", "        []")), "1/min x 7 d = 10,080 files fit");
        String perOutpost = "kind: Settings\nspec:\n  unauthenticated_requests_per_minute: 1\n  outposts:\n    edge: {unauthenticated_requests_per_minute: 18}\n---\n";
        assertEquals("AK001", rules(perOutpost + config("days=7", "", "        []")).get(0).rule());
    }

    @Test
    void suppressionWithAReason() {
        String suppress = "akconf.io/suppress:\n  AK001: \"sessions live in PostgreSQL\"";
        assertEquals(List.of(), rules(config("days=7", suppress, "        []")));
    }

    @Test
    void mountWithoutVolumeAndMisspeltPath() {
        String patches = """
                        - op: add
                          path: /spec/template/spec/containers/0/volumeMounts
                          value: [{name: dshm, mountPath: /dev/shm}]
                        - op: add
                          path: /spec/template/spec/volume
                          value: [{name: other, emptyDir: {}}]""";
        List<Diagnostic> d = rules(config("hours=1", "", patches));
        assertEquals(2, d.size(), d::toString);
        assertEquals("r.yaml:19:13: error: AK003: a volumeMount names volume \"dshm\", which no patch adds: the pod would not start",
                d.get(0).toString());
        assertEquals("r.yaml:23:19: error: AK003: path /spec/template/spec/volume: \"volume\" is not a field at /spec/template/spec"
                + " — did you mean \"volumes\"?", d.get(1).toString());
    }

    @Test
    void volumeNobodyMounts() {
        String patches = """
                        - op: add
                          path: /spec/template/spec/volumes
                          value: [{name: spare, emptyDir: {}}]""";
        List<Diagnostic> d = rules(config("hours=1", "", patches));
        assertEquals(1, d.size(), d::toString);
        assertTrue(d.get(0).message().contains("volume \"spare\" is added but no container mounts it"), d::toString);
    }

    @Test
    void emptyPatchMapIsAWarningThatItChangesNothing() {
        String yaml = PROVIDER.formatted("hours=1") + "kind: Outpost\nname: edge\nspec:\n  type: proxy\n  providers: [catch all]\n"
                + "  config:\n    kubernetes_json_patches: {}\n";
        List<Diagnostic> d = rules(yaml);
        assertEquals(1, d.size(), d::toString);
        assertTrue(d.get(0).message().startsWith("kubernetes_json_patches: {} declares no component"), d::toString);
    }
}
