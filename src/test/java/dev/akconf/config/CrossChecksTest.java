package dev.akconf.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.akconf.diag.Diagnostic;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Checks across documents: duplicates, provider references, one application per provider. */
class CrossChecksTest {

    private static final String PROVIDER = """
            kind: ProxyProvider
            name: %s
            spec:
              mode: forward_single
              external_host: https://%s.example.com
              authorization_flow: default-provider-authorization-implicit-consent
              invalidation_flow: default-provider-invalidation-flow
            """;

    private static List<Diagnostic> diagnostics(String yaml) {
        return new ConfigLoader(Map.<String, String>of()::get).loadText("c.yaml", yaml).diagnostics().sorted();
    }

    private static String provider(String name) {
        return PROVIDER.formatted(name, name.toLowerCase(java.util.Locale.ROOT));
    }

    @Test
    void duplicateResourceNamesBothPlaces() {
        List<Diagnostic> d = diagnostics(provider("a") + "---\n" + provider("a"));
        assertEquals(1, d.size(), d::toString);
        assertEquals("c.yaml:10:7: error: duplicate ProxyProvider \"a\": also declared at c.yaml:2:7", d.get(0).toString());
    }

    @Test
    void sameIdTwiceIsAnError() {
        String yaml = provider("a").replace("name: a\n", "name: a\nid: 4\n") + "---\n" + provider("b").replace("name: b\n", "name: b\nid: 4\n");
        List<Diagnostic> d = diagnostics(yaml);
        assertEquals(1, d.size(), d::toString);
        assertTrue(d.get(0).message().contains("ProxyProvider id 4 is also declared by ProxyProvider \"a\""), d::toString);
    }

    @Test
    void undeclaredProviderIsOnlyAWarning() {
        List<Diagnostic> d = diagnostics("kind: Application\nslug: app\nspec:\n  name: App\n  provider: elsewhere\n");
        assertEquals(1, d.size(), d::toString);
        assertEquals("c.yaml:5:13: warning: provider \"elsewhere\" is not declared in this configuration; "
                + "plan will look it up in Authentik", d.get(0).toString());
    }

    @Test
    void declaredProviderNeedsNoWarning() {
        assertEquals(List.of(), diagnostics(provider("p") + "---\nkind: Application\nslug: app\nspec:\n  name: App\n  provider: p\n"));
    }

    @Test
    void oneApplicationPerProvider() {
        String apps = "---\nkind: Application\nslug: one\nspec:\n  name: One\n  provider: p\n"
                + "---\nkind: Application\nslug: two\nspec:\n  name: Two\n  provider: p\n";
        List<Diagnostic> d = diagnostics(provider("p") + apps);
        assertEquals(1, d.size(), d::toString);
        assertTrue(d.get(0).toString().startsWith("c.yaml:19:13: error: provider \"p\" is already the provider of Application \"one\""), d::toString);
    }

    @Test
    void referenceToAnAbsentProviderIsAnError() {
        String yaml = "kind: ProxyProvider\nname: p\nstate: absent\n---\nkind: Application\nslug: app\nspec:\n  name: App\n  provider: p\n";
        List<Diagnostic> d = diagnostics(yaml);
        assertEquals(1, d.size(), d::toString);
        assertTrue(d.get(0).message().startsWith("provider \"p\" is declared state: absent at c.yaml:1:1"), d::toString);
    }

    @Test
    void theEmbeddedOutpostCannotBeDeleted() {
        List<Diagnostic> d = diagnostics("kind: Outpost\nname: authentik Embedded Outpost\nstate: absent\n");
        assertEquals(1, d.size(), d::toString);
        assertEquals("c.yaml:2:7: error: the embedded outpost cannot be deleted: Authentik recreates it at every start", d.get(0).toString());
    }

    @Test
    void groupParentCyclesAreErrors() {
        String yaml = "kind: Group\nname: a\nspec: {parents: [b]}\n---\nkind: Group\nname: b\nspec: {parents: [c]}\n---\n"
                + "kind: Group\nname: c\nspec: {parents: [a]}\n---\nkind: Group\nname: self\nspec: {parents: [self]}\n---\n"
                + "kind: Group\nname: fine\nspec: {parents: [a]}\n";
        List<Diagnostic> d = diagnostics(yaml);
        assertEquals(4, d.size(), d::toString);
        assertTrue(d.get(0).toString().startsWith("c.yaml:3:17: error: group \"a\" is its own ancestor: a -> b -> c -> a"), d::toString);
        assertTrue(d.get(3).message().equals("group \"self\" is its own ancestor: self -> self"), d::toString);
    }

    @Test
    void everyProblemOfAFileInOneRun() {
        String yaml = "kind: ProxyProvidr\nname: a\n---\n" + provider("b").replace("mode: forward_single", "mode: forward")
                + "---\nkind: Outpost\nname: o\nspec:\n  type: proxy\n  providers: [b]\n  config:\n    kubernetes_replica: 2\n";
        List<Diagnostic> d = diagnostics(yaml);
        assertEquals(3, d.size(), d::toString);
        assertTrue(d.get(0).message().contains("did you mean \"ProxyProvider\""), d::toString);
        assertTrue(d.get(1).message().contains("\"forward\" is not one of proxy, forward_single, forward_domain"), d::toString);
        assertTrue(d.get(2).message().contains("did you mean \"kubernetes_replicas\""), d::toString);
    }
}
