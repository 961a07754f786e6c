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

/** AK001, AK003 and AK004 on whole configurations, offline, with Settings and suppressions. */
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
    private static final String MEMORY_LIMIT = """

                        - op: add
                          path: /spec/template/spec/containers/0/resources
                          value: {limits: {memory: %s}}""";

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

    private static String outpost(String name, String spec) {
        return PROVIDER.formatted("hours=1") + "kind: Outpost\nname: " + name + "\nspec:\n" + spec.stripIndent().indent(2);
    }

    @Test
    void incidentIsAnErrorAtTheStandaloneOutpost() {
        List<Diagnostic> d = rules(config("days=7", "", "        []"));
        assertEquals(1, d.size(), d::toString);
        assertEquals("AK001", d.get(0).rule());
        assertTrue(d.get(0).isError());
        assertEquals(11, d.get(0).origin().line(), "at the outpost's name");
        assertTrue(d.get(0).message().startsWith("181,440 session files expected (18/min for 7 d), 16,384 fit in 64 MiB /dev/shm"), d::toString);
        assertTrue(d.get(0).message().contains("full in about 15 h"), d::toString);
    }

    @Test
    void halfAGibibyteOnlyDelaysSevenDaySessions() {
        List<Diagnostic> d = rules(config("days=7", "", SHM.formatted("512Mi")));
        assertEquals(1, d.size(), d::toString);
        assertTrue(d.get(0).isError());
        assertTrue(d.get(0).message().contains("131,072 fit in 512 MiB /dev/shm (a memory emptyDir; 4 KiB a file): full in about 5 days"),
                d::toString);
    }

    @Test
    void theContainersMemoryLimitCapsTheVolume() {
        List<Diagnostic> d = rules(config("days=7", "", SHM.formatted("512Mi") + MEMORY_LIMIT.formatted("256Mi")));
        assertEquals(1, d.size(), d::toString);
        assertTrue(d.get(0).message().contains("65,536 fit in 256 MiB /dev/shm (a memory emptyDir's 512 MiB sizeLimit, capped by the "
                + "container's memory limit; 4 KiB a file): full in about 61 h"), d::toString);
        assertTrue(d.get(0).message().endsWith("the files count against the container's 256 MiB memory limit"), d::toString);
    }

    @Test
    void reviewedFixPasses() {
        assertEquals(List.of(), rules(config("hours=24", "", SHM.formatted("512Mi"))));
    }

    @Test
    void theEmbeddedOutpostKeepsItsSessionsInPostgres() {
        String yaml = PROVIDER.formatted("days=7") + "kind: Outpost\nname: authentik Embedded Outpost\nspec:\n  type: proxy\n"
                + "  providers: [catch all]\n";
        assertEquals(List.of(), rules(yaml), "no AK001: internal/outpost/proxyv2/refresh.go SessionBackend is postgres");
    }

    @Test
    void aboveEightyPercentIsAWarning() {
        // 18/min x 14 h = 15,120 files against 16,384 (4 KiB pages in 64 MiB): 92 %.
        List<Diagnostic> d = rules(config("hours=14", "", "        []"));
        assertEquals(1, d.size(), d::toString);
        assertTrue(!d.get(0).isError(), d::toString);
        assertTrue(d.get(0).message().endsWith("92 % full at steady state"), d::toString);
    }

    @Test
    void settingsChangeTheRateAndThePageSize() {
        String settings = "kind: Settings\nspec:\n  unauthenticated_requests_per_minute: 1\n---\n";
        assertEquals(List.of(), rules(settings + config("days=7", "", "        []")), "1/min x 7 d = 10,080 files fit");
        String perOutpost = "kind: Settings\nspec:\n  unauthenticated_requests_per_minute: 1\n  outposts:\n    edge: {unauthenticated_requests_per_minute: 18}\n---\n";
        assertEquals("AK001", rules(perOutpost + config("days=7", "", "        []")).get(0).rule());
        String pages = "kind: Settings\nspec:\n  unauthenticated_requests_per_minute: 1\n  bytes_per_page: 65536\n---\n";
        List<Diagnostic> d = rules(pages + config("days=7", "", "        []"));
        assertTrue(d.get(0).message().contains("1,024 fit in 64 MiB /dev/shm (the container runtime's default; 64 KiB a file)"), d::toString);
    }

    @Test
    void suppressionWithAReason() {
        String suppress = "akconf.io/suppress:\n  AK001: \"behind a rate limit\"";
        assertEquals(List.of(), rules(config("days=7", suppress, "        []")));
    }

    @Test
    void aFailingOperationIsAnErrorAtItWithTheControllersMessageAndTheFix() {
        String patches = """
                        - op: add
                          path: /spec/template/spec/volumes/-
                          value: {name: dshm, emptyDir: {medium: Memory, sizeLimit: 512Mi}}
                        - op: add
                          path: /spec/template/spec/containers/0/volumeMounts/-
                          value: {name: dshm, mountPath: /dev/shm}""";
        List<Diagnostic> d = rules(config("hours=24", "", patches));
        List<Diagnostic> ak003 = d.stream().filter(x -> "AK003".equals(x.rule())).toList();
        assertEquals(1, ak003.size(), d::toString);
        assertEquals("r.yaml:19:13", ak003.get(0).origin().toString(), "at operation 0");
        String m = ak003.get(0).message();
        assertTrue(m.startsWith("Authentik's controller would fail on deployment operation 0 (add /spec/template/spec/volumes/-): "
                + "/spec/template/spec has no member 'volumes'"), m);
        assertTrue(m.contains("the uncaught JsonPointerException ends the outpost's controller task"), m);
        assertTrue(m.contains("fix: add the whole list with path /spec/template/spec/volumes"), m);
        assertTrue(d.stream().anyMatch(x -> "AK001".equals(x.rule()) && x.message().contains("a patch fails, so the controller applies no Deployment")),
                "no credit for a volume that never mounts: " + d);
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
    void emptyPatchMapIsAReset() {
        String yaml = PROVIDER.formatted("hours=1") + "kind: Outpost\nname: edge\nspec:\n  type: proxy\n  providers: [catch all]\n"
                + "  config:\n    kubernetes_json_patches: {}\n";
        assertEquals(List.of(), rules(yaml), "{} resets the patches: no finding");
    }

    @Test
    void ak004TheEmbeddedOutpostsDeploymentPatchAndReplicas() {
        List<Diagnostic> d = rules(outpost("authentik Embedded Outpost", """
                type: proxy
                providers: []
                config:
                  kubernetes_replicas: 3
                  kubernetes_json_patches:
                    deployment:
                      - {op: add, path: /spec/template/spec/volumes, value: [{name: dshm, emptyDir: {medium: Memory}}]}
                """));
        assertEquals(2, d.size(), d::toString);
        // The reason is the dry-run's text; AK004 adds the key, the position and the Authentik file.
        assertTrue(d.get(0).toString().startsWith("r.yaml:16:5: warning: AK004: Authentik will not act on config.kubernetes_replicas: "
                + "the managed embedded outpost runs inside the authentik server: there is no outpost Deployment or container to scale"),
                d.get(0)::toString);
        assertTrue(d.get(0).toString().endsWith(" (authentik/outposts/controllers/k8s/deployment.py)"), d.get(0)::toString);
        assertEquals("r.yaml:18:7: warning: AK004: Authentik will not act on kubernetes_json_patches.deployment: the managed embedded "
                + "outpost runs inside the authentik server: the controller creates no Deployment for it, so this patch never applies "
                + "(authentik/outposts/controllers/k8s/deployment.py)", d.get(1).toString());
    }

    @Test
    void ak004TheEmbeddedOutpostsSecretAndServiceMonitorPatchesButNotItsService() {
        List<Diagnostic> d = rules(outpost("authentik Embedded Outpost", """
                type: proxy
                providers: []
                config:
                  kubernetes_json_patches:
                    secret: [{op: add, path: /metadata/annotations, value: {a: b}}]
                    prometheus servicemonitor: [{op: add, path: /metadata/annotations, value: {a: b}}]
                    service: [{op: add, path: /metadata/annotations, value: {a: b}}]
                """));
        assertEquals(2, d.size(), "the Service selects the server pods and is reconciled: " + d);
        assertTrue(d.get(0).message().startsWith("Authentik will not act on kubernetes_json_patches.secret: the managed embedded outpost"),
                d::toString);
        assertTrue(d.get(1).message().startsWith("Authentik will not act on kubernetes_json_patches.prometheus servicemonitor: the managed "
                + "embedded outpost"), d::toString);
    }

    @Test
    void ak004ADisabledComponent() {
        List<Diagnostic> d = rules(outpost("edge", """
                type: proxy
                providers: [catch all]
                config:
                  kubernetes_disabled_components: [service]
                  kubernetes_json_patches:
                    service: [{op: replace, path: /spec/type, value: NodePort}]
                """));
        assertEquals(1, d.size(), d::toString);
        assertEquals("AK004", d.get(0).rule());
        assertTrue(d.get(0).message().contains("'service' is listed in kubernetes_disabled_components: the controller skips it"
                + " (authentik/outposts/controllers/kubernetes.py)"), d::toString);
    }

    @Test
    void ak004AComponentTheTypeHasNot() {
        List<Diagnostic> d = rules(outpost("directory", """
                type: ldap
                providers: [catch all]
                config:
                  kubernetes_json_patches:
                    ingress: [{op: add, path: /metadata/annotations, value: {a: b}}]
                """));
        assertEquals(1, d.size(), d::toString);
        assertTrue(d.get(0).message().startsWith("Authentik will not act on kubernetes_json_patches.ingress: ldap outposts have no Ingress"),
                d::toString);
    }

    @Test
    void ak004KubernetesKeysWithoutAServiceConnection() {
        List<Diagnostic> d = rules(outpost("manual", """
                type: proxy
                providers: [catch all]
                service_connection: null
                config:
                  kubernetes_replicas: 2
                  kubernetes_json_patches:
                    deployment: [{op: add, path: /metadata/annotations, value: {a: b}}]
                """));
        assertEquals(List.of("AK004", "AK004"), d.stream().map(Diagnostic::rule).toList(), d::toString);
        assertTrue(d.get(0).message().contains("config.kubernetes_replicas: the outpost has no service connection"), d::toString);
        assertTrue(d.get(1).message().contains("kubernetes_json_patches.deployment: the outpost has no service connection"), d::toString);
    }

    @Test
    void anUndeclaredServiceConnectionIsUnknownNotAbsent() {
        List<Diagnostic> d = rules(outpost("edge", """
                type: proxy
                providers: [catch all]
                config:
                  kubernetes_replicas: 2
                  kubernetes_json_patches:
                    deployment: [{op: add, path: /metadata/annotations, value: {a: b}}]
                """));
        assertEquals(List.of(), d, "offline the connection may well be Kubernetes: nothing to say");
    }
}
