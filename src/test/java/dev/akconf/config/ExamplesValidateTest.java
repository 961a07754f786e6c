package dev.akconf.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.akconf.diag.Diagnostic;
import dev.akconf.kinds.Kind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/**
 * Everything under config/ (the real configuration) and examples/ validates: each directory as a whole with
 * no diagnostic at all (its provider references are all declared in it), each file on its own with no error,
 * and each file opens with the editor schema line. Paths are relative to the project root, the working
 * directory under Maven.
 */
public class ExamplesValidateTest {

    /** The environment examples/env-secrets needs: its variables without a default. */
    public static final Map<String, String> ENV = Map.of(
            "AUTHENTIK_EXTERNAL_HOST", "https://auth.example.com",
            "GITEA_EXTERNAL_HOST", "https://git.example.com");

    static final Path CONFIG = Path.of("config");
    static final Path EXAMPLES = Path.of("examples");
    /** CI and monitoring files that run akconf, not configuration (checked by CiExamplesTest). */
    static final Path CI = EXAMPLES.resolve("ci");

    /** config/ and every directory directly under examples/. */
    public static Stream<Path> directories() {
        try (Stream<Path> list = Files.list(EXAMPLES)) {
            return Stream.concat(Stream.of(CONFIG), list.filter(Files::isDirectory).filter(p -> !p.equals(CI)).sorted().toList().stream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every *.yaml / *.yml file under config/ and examples/. */
    public static Stream<Path> files() {
        return Stream.of(CONFIG, EXAMPLES).flatMap(root -> {
            try (Stream<Path> walk = Files.walk(root)) {
                return walk.filter(p -> SourceFinder.isYaml(p.getFileName().toString()) && !p.startsWith(CI)).sorted().toList().stream();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    static LoadedConfig load(Path path, Map<String, String> env) {
        return new ConfigLoader(env::get).load(List.of(path));
    }

    @Test
    void thereAreTheRequiredExamples() {
        List<String> names = directories().map(p -> p.getFileName().toString()).toList();
        assertTrue(names.containsAll(List.of("config", "forward-single-apps", "kubernetes-outpost", "proxy-mode", "env-secrets")),
                () -> "examples found: " + names);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("directories")
    void directoryLoadsWithoutAnyDiagnostic(Path dir) {
        LoadedConfig loaded = load(dir, ENV);
        // The guardrails too, as validate runs them: an example is a configuration to copy.
        dev.akconf.rules.ConfigRules.check(loaded.resources(), loaded.settings(), loaded.diagnostics());
        List<Diagnostic> all = loaded.diagnostics().sorted();
        assertTrue(all.isEmpty(), () -> "diagnostics in " + dir + ":\n" + String.join("\n", all.stream().map(Diagnostic::toString).toList()));
        assertFalse(loaded.resources().isEmpty(), () -> dir + " declares no resource");
        assertEquals(loaded.documents(), loaded.resources().size(), "every document is a resource");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("directories")
    void directoryHasAReadme(Path dir) {
        if (!dir.equals(CONFIG)) {
            assertTrue(Files.isRegularFile(dir.resolve("README.md")), () -> dir + " has no README.md");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void fileLoadsWithoutErrorOnItsOwn(Path file) {
        LoadedConfig loaded = load(file, ENV);
        List<Diagnostic> errors = loaded.diagnostics().sorted().stream().filter(Diagnostic::isError).toList();
        assertTrue(errors.isEmpty(), () -> "errors:\n" + String.join("\n", errors.stream().map(Diagnostic::toString).toList()));
        assertFalse(loaded.resources().isEmpty());
    }

    /** Editors (YAML language server) find the schema through the first line; the path must resolve from the file. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void fileNamesTheDocumentSchemaOnItsFirstLine(Path file) throws IOException {
        String first = Files.readAllLines(file).get(0);
        String prefix = "# yaml-language-server: $schema=";
        assertTrue(first.startsWith(prefix), () -> file + " starts with: " + first);
        Path schema = file.getParent().resolve(first.substring(prefix.length())).normalize();
        assertEquals(Path.of("schemas", "document.schema.json"), schema, () -> file + " points at " + schema);
        assertTrue(Files.isRegularFile(schema));
    }

    @Test
    void aMissingVariableIsAnErrorAtTheValueThatNamesIt() {
        Map<String, String> env = new HashMap<>(ENV);
        env.remove("GITEA_EXTERNAL_HOST");
        LoadedConfig loaded = load(EXAMPLES.resolve("env-secrets"), env);
        List<String> errors = loaded.diagnostics().sorted().stream().filter(Diagnostic::isError).map(Diagnostic::toString).toList();
        String file = EXAMPLES.resolve("env-secrets").resolve("gitea.yaml").toString();
        String message = "error: environment variable GITEA_EXTERNAL_HOST is not set (write ${GITEA_EXTERNAL_HOST:-default} to give a fallback)";
        assertTrue(errors.contains(file + ":6:18: " + message), () -> "spec.external_host: " + errors);
        assertTrue(errors.contains(file + ":22:20: " + message), () -> "spec.meta_launch_url: " + errors);
        assertTrue(loaded.resources().stream().noneMatch(r -> r.kind() == Kind.PROXY_PROVIDER), "the provider is not loaded");
    }

    @Test
    void aDefaultStandsInForAnUnsetVariable() {
        LoadedConfig loaded = load(EXAMPLES.resolve("env-secrets"), ENV);
        Resource gitea = loaded.resources().stream().filter(r -> r.kind() == Kind.PROXY_PROVIDER).findFirst().orElseThrow();
        assertEquals("https://git.example.com", gitea.spec().get("external_host").asString());
        assertEquals("http://gitea:3000", gitea.spec().get("internal_host").asString());
        assertEquals("", gitea.spec().get("cookie_domain").asString());
        assertEquals("hours=8", gitea.spec().get("access_token_validity").asString());
    }

    /** The reviewed values of the incident stay as they are. */
    @Test
    void theIncidentFixIsDeclared() {
        LoadedConfig loaded = load(CONFIG, Map.of());
        Resource provider = loaded.resources().stream().filter(r -> r.key().identity().equals("Domain wide catch all")
                && r.kind() == Kind.PROXY_PROVIDER).findFirst().orElseThrow();
        assertEquals("forward_domain", provider.spec().get("mode").asString());
        assertEquals("hours=24", provider.spec().get("access_token_validity").asString());
        assertEquals("https://auth.example.com", provider.spec().get("external_host").asString());
        assertEquals("example.com", provider.spec().get("cookie_domain").asString());

        Resource outpost = loaded.resources().stream().filter(r -> r.kind() == Kind.OUTPOST
                && r.key().identity().equals("Catch-all proxy outpost")).findFirst().orElseThrow();
        assertEquals("Domain wide catch all", outpost.spec().at("/providers/0").asString());
        assertEquals("Local Kubernetes Cluster", outpost.spec().path("service_connection").asString());
        Resource embedded = loaded.resources().stream().filter(r -> r.kind() == Kind.OUTPOST
                && r.key().identity().equals("authentik Embedded Outpost")).findFirst().orElseThrow();
        assertEquals(0, embedded.spec().path("providers").size());
        assertTrue(embedded.spec().at("/config/kubernetes_json_patches").isNull(), "the no-op patch is removed");
        JsonNode patch = outpost.spec().at("/config/kubernetes_json_patches/deployment");
        assertEquals(2, patch.size());
        assertEquals("add", patch.at("/0/op").asString());
        assertEquals("/spec/template/spec/volumes", patch.at("/0/path").asString());
        assertEquals("dshm", patch.at("/0/value/0/name").asString());
        assertEquals("Memory", patch.at("/0/value/0/emptyDir/medium").asString());
        assertEquals("512Mi", patch.at("/0/value/0/emptyDir/sizeLimit").asString());
        assertEquals("/spec/template/spec/containers/0/volumeMounts", patch.at("/1/path").asString());
        assertEquals("dshm", patch.at("/1/value/0/name").asString());
        assertEquals("/dev/shm", patch.at("/1/value/0/mountPath").asString());

        assertTrue(loaded.resources().stream().anyMatch(r -> r.kind() == Kind.APPLICATION
                && "Domain wide catch all".equals(r.spec().path("provider").asString(null))));
    }
}
