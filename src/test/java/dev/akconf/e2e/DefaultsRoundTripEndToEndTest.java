package dev.akconf.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.akconf.cli.CliRun;
import dev.akconf.kinds.Kind;
import dev.akconf.sim.SimOptions;
import dev.akconf.sim.SimState;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.node.ObjectNode;

/**
 * Per kind: a resource declared with only the fields a create needs, created by apply, plans clean
 * (Authentik's defaults for the rest are the ones model/KindDefaults expects); after a UI edit of
 * fields the document leaves out, what import writes plans clean too, and the minimal document now
 * shows the edit, unless the edited fields are exceptions that are not compared when undeclared.
 */
class DefaultsRoundTripEndToEndTest {

    private static final String FLOWS = """
              authorization_flow: default-provider-authorization-implicit-consent
              invalidation_flow: default-provider-invalidation-flow
            """;

    @TempDir
    Path dir;

    /** The minimal configuration for each kind, with what it depends on. */
    private static String minimal(Kind kind) {
        String provider = "kind: ProxyProvider\nname: wiki\nspec:\n  mode: forward_single\n  external_host: https://wiki.example.com\n" + FLOWS;
        String app = "kind: Application\nslug: wiki\nspec:\n  name: Wiki\n";
        String group = "kind: Group\nname: wiki-readers\n";
        return switch (kind) {
            case SCOPE_MAPPING -> "kind: ScopeMapping\nname: team\nspec:\n  scope_name: team\n  expression: return {}\n";
            case GROUP -> group;
            case PROXY_PROVIDER -> provider;
            case APPLICATION -> app;
            case OUTPOST -> provider + "---\nkind: Outpost\nname: wiki outpost\nspec:\n  type: proxy\n  providers: [wiki]\n";
            case EXPRESSION_POLICY -> "kind: ExpressionPolicy\nname: vpn only\nspec:\n  expression: return ak_client_ip in ip_network('10.8.0.0/16')\n";
            case POLICY_BINDING -> app + "---\n" + group + "---\nkind: PolicyBinding\ntarget: {application: wiki}\ngroup: wiki-readers\n"
                    + "spec:\n  order: 10\n";
        };
    }

    /** A UI edit of fields the minimal document leaves out; true when it is a difference for that document. */
    private static boolean uiEdit(SimHarness h, Kind kind) {
        switch (kind) {
            case SCOPE_MAPPING -> edit(h, "/propertymappings/provider/scope/", o -> o.path("name").asString().equals("team"),
                    o -> o.put("description", "Your teams"));
            case GROUP -> edit(h, "/core/groups/", o -> o.path("name").asString().equals("wiki-readers"),
                    o -> o.put("is_superuser", true).putObject("attributes").put("owner", "docs"));
            case PROXY_PROVIDER -> edit(h, "/providers/proxy/", o -> o.path("name").asString().equals("wiki"),
                    // hours=720 is days=30, the default: no difference on its own
                    o -> o.put("skip_path_regex", "^/public/.*").put("refresh_token_validity", "hours=720")
                            .put("cookie_domain", "example.com"));
            case APPLICATION -> edit(h, "/core/applications/", o -> o.path("slug").asString().equals("wiki"),
                    o -> o.put("meta_description", "Team docs").put("policy_engine_mode", "all").put("open_in_new_tab", true));
            case OUTPOST -> {
                // An exception: config keys nobody declared are Authentik's (and its dashboard's).
                edit(h, "/outposts/instances/", o -> o.path("name").asString().equals("wiki outpost"),
                        o -> ((ObjectNode) o.get("config")).put("log_level", "debug").put("authentik_host", "https://auth.example.com"));
                return false;
            }
            case EXPRESSION_POLICY -> edit(h, "/policies/expression/", o -> o.path("name").asString().equals("vpn only"),
                    o -> o.put("execution_logging", true));
            case POLICY_BINDING -> edit(h, "/policies/bindings/", o -> o.path("order").asInt() == 10,
                    o -> o.put("negate", true).put("timeout", 60));
        }
        return true;
    }

    private static void edit(SimHarness h, String path, Predicate<ObjectNode> which, Consumer<ObjectNode> change) {
        ObjectNode o = h.sim.state().list(path).stream().filter(which).findFirst().orElseThrow();
        // The simulator keys applications by slug, as their URLs are.
        h.sim.edit(path, o.has("slug") ? o.get("slug").asString() : o.get("pk").asString(), change);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void createdByApplyAndWrittenByImportPlanClean(Kind kind) throws IOException {
        Path config = Files.createDirectories(dir.resolve("config"));
        Files.writeString(config.resolve("minimal.yaml"), minimal(kind));
        try (SimHarness h = new SimHarness(SimOptions.builder().seed(SimState.empty()).build())) {
            CliRun apply = h.run("apply", "-c", config.toString(), "--auto-approve");
            assertEquals(0, apply.exitCode(), apply::toString);
            CliRun clean = h.run("plan", "-c", config.toString(), "--detailed-exitcode");
            assertEquals(0, clean.exitCode(), clean::toString);

            boolean counts = uiEdit(h, kind);
            CliRun edited = h.run("plan", "-c", config.toString(), "--detailed-exitcode", "--no-color");
            assertEquals(counts ? 2 : 0, edited.exitCode(), edited::toString);
            if (counts) {
                assertTrue(edited.out().contains("# not declared: Authentik's default"), edited::toString);
            }

            Path imported = dir.resolve("imported");
            CliRun imp = h.run("import", "--all", "--kind", kind.label(), "--out", imported.toString());
            assertEquals(0, imp.exitCode(), imp::toString);
            CliRun replan = h.run("plan", "-c", imported.toString(), "--detailed-exitcode");
            assertEquals(0, replan.exitCode(), () -> replan + "\n" + imp);
        }
    }
}
