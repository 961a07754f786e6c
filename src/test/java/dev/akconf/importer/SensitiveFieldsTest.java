package dev.akconf.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.akconf.config.ConfigLoader;
import dev.akconf.config.LoadedConfig;
import dev.akconf.live.LiveState;
import dev.akconf.live.LiveIndex;
import dev.akconf.kinds.Kind;
import dev.akconf.model.RefTarget;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A field a kind declares sensitive is never written: a {@code ${VAR}} named after kind, name and field
 * stands in, with a comment naming the variable. Today's kinds have no sensitive field, so the set is given here.
 */
class SensitiveFieldsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static LiveState live(ObjectNode provider) {
        LiveIndex refs = new LiveIndex();
        refs.add(RefTarget.FLOW, List.of((ObjectNode) JSON.readTree("{\"pk\": \"f1\", \"slug\": \"authz\"}"),
                (ObjectNode) JSON.readTree("{\"pk\": \"f2\", \"slug\": \"logout\"}")));
        return new LiveState("https://ak.example.com/api/v3", "2026.2.2", Map.of(Kind.PROXY_PROVIDER, List.of(provider)), refs,
                Map.of());
    }

    @Test
    void sensitiveValueBecomesAPlaceholderWithAComment() {
        ObjectNode provider = (ObjectNode) JSON.readTree("""
                {"pk": 3, "name": "Gitea (prod)", "authorization_flow": "f1", "invalidation_flow": "f2",
                 "external_host": "https://git.example.com", "mode": "forward_single",
                 "basic_auth_password_attribute": "s3cr3t-value", "basic_auth_user_attribute": ""}""");
        ImportOptions options = new ImportOptions(false, Map.of(Kind.PROXY_PROVIDER,
                Set.of("basic_auth_password_attribute", "basic_auth_user_attribute")));
        List<String> warnings = new ArrayList<>();
        List<ImportedDocument> docs = new Importer(live(provider), options, warnings::add).documents();
        String yaml = new DocumentWriter(SchemaLocation.DEFAULT, List.of()).file(docs);

        assertFalse(yaml.contains("s3cr3t-value"), yaml);
        assertTrue(yaml.contains("""
                  # Sensitive: set AKCONF_PROXY_PROVIDER_GITEA_PROD_BASIC_AUTH_PASSWORD_ATTRIBUTE in the environment (import never writes the value).
                  basic_auth_password_attribute: "${AKCONF_PROXY_PROVIDER_GITEA_PROD_BASIC_AUTH_PASSWORD_ATTRIBUTE}"
                """), yaml);
        assertFalse(yaml.contains("basic_auth_user_attribute"), "an empty sensitive value is the default: " + yaml);

        LoadedConfig loaded = new ConfigLoader(Map.of("AKCONF_PROXY_PROVIDER_GITEA_PROD_BASIC_AUTH_PASSWORD_ATTRIBUTE", "s3cr3t-value")::get)
                .loadText("gitea.yaml", yaml);
        assertFalse(loaded.diagnostics().hasErrors(), () -> loaded.diagnostics().sorted().toString());
        assertEquals("s3cr3t-value", loaded.resources().get(0).spec().get("basic_auth_password_attribute").asString());
        assertTrue(warnings.isEmpty(), warnings::toString);
    }

    @Test
    void fullWritesAPlaceholderEvenForAnEmptyValue() {
        ObjectNode provider = (ObjectNode) JSON.readTree("""
                {"pk": 3, "name": "x", "authorization_flow": "f1", "invalidation_flow": "f2",
                 "external_host": "https://git.example.com", "basic_auth_user_attribute": ""}""");
        ImportOptions options = new ImportOptions(true, Map.of(Kind.PROXY_PROVIDER, Set.of("basic_auth_user_attribute")));
        ImportedDocument doc = new Importer(live(provider), options, w -> { }).documents().get(0);
        assertEquals("${AKCONF_PROXY_PROVIDER_X_BASIC_AUTH_USER_ATTRIBUTE}", doc.spec().get("basic_auth_user_attribute").asString());
    }

    @Test
    void defaultOptionsTakeTheSensitiveFieldsFromTheKindSpecs() {
        assertEquals(Set.of(), ImportOptions.of(false).sensitive().get(Kind.PROXY_PROVIDER));
    }
}
