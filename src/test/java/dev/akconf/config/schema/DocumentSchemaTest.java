package dev.akconf.config.schema;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.akconf.config.ExamplesValidateTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * schemas/document.schema.json, the schema editors use (akconf itself validates with the kind schemas): it
 * dispatches on kind to the kind schemas, accepts every document under config/ and examples/, and
 * rejects an unknown kind, a missing kind and a bad field.
 */
class DocumentSchemaTest {

    static final Schema DOCUMENT = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(SchemaLocation.of("classpath:schemas/document.schema.json"));
    static final YAMLMapper YAML = new YAMLMapper();
    static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)(:-([^}]*))?}");

    static List<JsonNode> documents(String yaml) {
        return YAML.readerFor(JsonNode.class).<JsonNode>readValues(yaml).readAll();
    }

    /** Every document of every example file, with ${VAR}s substituted as akconf would. */
    static Stream<Arguments> exampleDocuments() throws IOException {
        List<Arguments> out = new ArrayList<>();
        for (Path file : ExamplesValidateTest.files().toList()) {
            List<JsonNode> docs = documents(substitute(Files.readString(file)));
            for (int i = 0; i < docs.size(); i++) {
                out.add(Arguments.of(file + " #" + (i + 1), docs.get(i)));
            }
        }
        return out.stream();
    }

    /** ${VAR} and ${VAR:-default} replaced from {@link ExamplesValidateTest#ENV}, as akconf does before validating. */
    static String substitute(String text) {
        Matcher m = VARIABLE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = ExamplesValidateTest.ENV.getOrDefault(m.group(1), m.group(3));
            assertNotNull(value, () -> "no value for " + m.group());
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        return m.appendTail(out).toString();
    }

    static List<Error> validate(String yaml) {
        return DOCUMENT.validate(documents(yaml).get(0));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("exampleDocuments")
    void acceptsEveryExample(String where, JsonNode document) {
        List<Error> errors = DOCUMENT.validate(document);
        assertTrue(errors.isEmpty(), () -> where + ": " + errors);
    }

    @Test
    void rejectsAnUnknownKind() {
        List<Error> errors = validate("kind: User\nname: alice\n");
        assertTrue(errors.stream().anyMatch(e -> e.getInstanceLocation().toString().equals("/kind") && e.getKeyword().equals("enum")),
                errors::toString);
    }

    @Test
    void rejectsADocumentWithoutKind() {
        List<Error> errors = validate("name: p\nspec: {}\n");
        assertTrue(errors.stream().anyMatch(e -> e.getKeyword().equals("required")), errors::toString);
    }

    @Test
    void rejectsABadFieldThroughTheKindSchema() {
        List<Error> errors = validate("""
                kind: Outpost
                name: o
                spec:
                  type: proxy
                  providers: [p]
                  config:
                    kubernetes_replica: 2
                """);
        assertTrue(errors.stream().anyMatch(e -> e.getKeyword().equals("additionalProperties")
                && e.getInstanceLocation().toString().equals("/spec/config") && "kubernetes_replica".equals(e.getProperty())), errors::toString);
    }

    @Test
    void rejectsABadValueThroughACommonDefinition() {
        List<Error> errors = validate("""
                kind: ProxyProvider
                name: p
                spec:
                  authorization_flow: default-provider-authorization-implicit-consent
                  invalidation_flow: default-provider-invalidation-flow
                  external_host: https://app.example.com
                  access_token_validity: hours=1; minutes=2
                """);
        assertTrue(errors.stream().anyMatch(e -> e.getKeyword().equals("pattern")
                && e.getInstanceLocation().toString().equals("/spec/access_token_validity")), errors::toString);
    }

    /** A valid document of each kind, and one with an unknown spec key, through the document schema. */
    static Stream<Arguments> kinds() {
        return Stream.of(
                Arguments.of("ScopeMapping", "kind: ScopeMapping\nname: m\nspec:\n  scope_name: groups\n  expression: return {}\n"),
                Arguments.of("Group", "kind: Group\nname: g\nspec:\n  parents: [staff]\n"),
                Arguments.of("ProxyProvider", "kind: ProxyProvider\nname: p\nspec:\n  authorization_flow: a\n  invalidation_flow: i\n"
                        + "  external_host: https://app.example.com\n  mode: forward_single\n"),
                Arguments.of("Application", "kind: Application\nslug: a\nspec:\n  name: A\n"),
                Arguments.of("Outpost", "kind: Outpost\nname: o\nspec:\n  type: proxy\n  providers: [p]\n"),
                Arguments.of("ExpressionPolicy", "kind: ExpressionPolicy\nname: e\nspec:\n  expression: return True\n"),
                Arguments.of("PolicyBinding", "kind: PolicyBinding\ntarget: {application: a}\ngroup: g\nspec:\n  order: 0\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void dispatchesEveryKind(String kind, String yaml) {
        assertTrue(validate(yaml).isEmpty(), () -> kind + ": " + validate(yaml));
        List<Error> errors = validate(yaml + "  typo: 1\n");
        assertTrue(errors.stream().anyMatch(e -> e.getKeyword().equals("additionalProperties")
                && e.getInstanceLocation().toString().equals("/spec") && "typo".equals(e.getProperty())), () -> kind + ": " + errors);
    }

    @Test
    void rejectsWhatTheNewKindsRefuse() {
        assertFalse(validate("kind: Group\nname: g\nspec:\n  users: [1]\n").isEmpty(), "group membership");
        assertFalse(validate("kind: ScopeMapping\nname: m\nmanaged: goauthentik.io/x\nspec: {scope_name: s, expression: e}\n").isEmpty(),
                "managed scope mapping");
        assertFalse(validate("kind: PolicyBinding\ntarget: {application: a}\nspec: {order: 0}\n").isEmpty(), "no subject");
        assertFalse(validate("kind: PolicyBinding\ntarget: {application: a}\ngroup: g\nuser: 7\nspec: {order: 0}\n").isEmpty(),
                "two subjects");
        assertFalse(validate("kind: PolicyBinding\ngroup: g\nspec: {order: 0}\n").isEmpty(), "no target");
        assertFalse(validate("kind: PolicyBinding\ntarget: {application: a}\ngroup: g\nspec: {enabled: true}\n").isEmpty(), "no order");
    }

    @Test
    void appliesOnlyTheSchemaOfTheDocumentsKind() {
        // "slug" is an Application key: valid there, unknown to an Outpost.
        assertTrue(validate("kind: Application\nslug: a\nspec:\n  name: A\n").isEmpty());
        assertFalse(validate("kind: Outpost\nslug: a\nspec: {type: proxy, providers: [p]}\n").isEmpty());
        // "target" and "group" identify a PolicyBinding, and are unknown to a Group.
        assertTrue(validate("kind: PolicyBinding\ntarget: {application: a}\ngroup: g\nstate: absent\n").isEmpty());
        assertFalse(validate("kind: Group\nname: g\ntarget: {application: a}\n").isEmpty());
    }
}
