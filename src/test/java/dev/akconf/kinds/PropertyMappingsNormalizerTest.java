package dev.akconf.kinds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.akconf.diff.WriteVerifier;
import dev.akconf.live.LiveIndex;
import dev.akconf.model.RefField;
import dev.akconf.model.RefTarget;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The scope mappings Authentik adds to every proxy provider (set_oauth_defaults) are a normalizer of
 * ProxyProvider.property_mappings only: another kind's field of the same name means what it says, so
 * an OAuth2-like provider dropping the email mapping is a difference.
 */
class PropertyMappingsNormalizerTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static LiveIndex mappings() {
        LiveIndex refs = new LiveIndex();
        refs.add(RefTarget.SCOPE_MAPPING, List.of(
                mapping("m-email", "goauthentik.io/providers/oauth2/scope-email"),
                mapping("m-proxy", "goauthentik.io/providers/proxy/scope-proxy"),
                mapping("m-mine", null)));
        return refs;
    }

    @Test
    void theProxyProviderDropsTheMappingsAuthentikAdds() {
        FieldNormalizer n = Kind.PROXY_PROVIDER.adapter().normalizer(mappings());
        assertEquals(json("[\"m-mine\"]"), n.normalize("property_mappings", json("[\"m-email\", \"m-mine\", \"m-proxy\"]")));
        // Only that field: another list of the same pks is left alone.
        JsonNode other = json("[\"m-email\"]");
        assertSame(other, n.normalize("jwt_federation_providers", other));
    }

    @Test
    void anotherKindsPropertyMappingsAreNotNormalized() {
        for (Kind kind : Kind.values()) {
            if (kind == Kind.PROXY_PROVIDER) {
                continue;
            }
            JsonNode value = json("[\"m-email\", \"m-mine\"]");
            assertSame(value, kind.adapter().normalizer(mappings()).normalize("property_mappings", value), kind.label());
        }
    }

    @Test
    void aWriteVerifiedWithAnotherKindsNormalizerSeesTheDroppedMapping() {
        // A provider-like kind (a test-only descriptor) with a set-valued property_mappings field.
        KindSpec oauthLike = new KindSpec(Kind.APPLICATION, "/providers/oauth2/", Map.of(), "pk", "name", "name",
                List.of("name", "property_mappings"), Map.of("property_mappings", new RefField(RefTarget.SCOPE_MAPPING, true)),
                Set.of("property_mappings"), Set.of(), Set.of());
        ObjectNode sent = (ObjectNode) json("{\"property_mappings\": [\"m-mine\"]}");
        ObjectNode live = (ObjectNode) json("{\"property_mappings\": [\"m-mine\", \"m-email\"]}");

        assertEquals(List.of("/property_mappings"),
                WriteVerifier.unconfirmed(oauthLike, sent, live, Kind.APPLICATION.adapter().normalizer(mappings())));
        assertEquals(List.of(),
                WriteVerifier.unconfirmed(Kind.PROXY_PROVIDER.spec(), sent, live, Kind.PROXY_PROVIDER.adapter().normalizer(mappings())));
    }

    private static ObjectNode mapping(String pk, String managed) {
        ObjectNode o = JSON.createObjectNode().put("pk", pk).put("name", pk);
        if (managed != null) {
            o.put("managed", managed);
        }
        return o;
    }

    private static JsonNode json(String text) {
        return JSON.readTree(text);
    }
}
