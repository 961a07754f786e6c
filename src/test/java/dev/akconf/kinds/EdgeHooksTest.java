package dev.akconf.kinds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.akconf.live.BindingNames;
import dev.akconf.live.RefIndex;
import dev.akconf.model.RefTarget;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The import, config and guardrail hooks: generic by default, each quirk only where its adapter says. */
class EdgeHooksTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static ObjectNode json(String text) {
        return (ObjectNode) JSON.readTree(text);
    }

    @Test
    void aKindWithoutQuirksGetsTheGenericAnswers() {
        KindAdapter group = Kind.GROUP.adapter();
        ObjectNode o = json("{\"pk\":\"1\",\"name\":\"staff\",\"managed\":\"x\"}");
        assertEquals("staff", group.liveName(o, (t, pk) -> Optional.empty()));
        assertEquals(json("{\"name\":\"staff\"}"), group.identityKeys(o, (t, pk) -> Optional.empty()));
        assertTrue(group.declarable(o));
        assertEquals(Optional.empty(), group.scopeField());
        assertEquals(List.of(), group.importNotes(o));
        assertEquals(Set.of(), group.serverAdded("parents"));
        assertEquals(Optional.empty(), group.keyedField());
        assertEquals(Optional.empty(), group.controllerModel());
        assertEquals(Optional.empty(), group.sessionLifetime());
        assertEquals(Optional.of("parents"), group.ancestryField());
    }

    @Test
    void theQuirksSitWithTheirKinds() {
        assertFalse(Kind.SCOPE_MAPPING.adapter().declarable(json("{\"managed\":\"goauthentik.io/providers/proxy/scope-proxy\"}")));
        assertEquals(5, Kind.PROXY_PROVIDER.adapter().serverAdded("property_mappings").size());
        assertEquals(Set.of(), Kind.PROXY_PROVIDER.adapter().serverAdded("jwt_federation_providers"));
        assertEquals("hours=1", Kind.PROXY_PROVIDER.adapter().sessionLifetime().orElseThrow().undeclared());
        assertEquals("/config/kubernetes_json_patches", Kind.OUTPOST.adapter().controllerModel().orElseThrow().patchesPointer());
        assertTrue(Kind.OUTPOST.adapter().undeletable("authentik Embedded Outpost").isPresent());
        assertEquals(Optional.empty(), Kind.OUTPOST.adapter().undeletable("standalone"));
        assertTrue(Kind.OUTPOST.adapter().keyedField().orElseThrow().isDuration("refresh_interval"));
    }

    /** While live/BindingNames still names bindings for plan, both must name a binding alike. */
    @Test
    void aBindingIsNamedAsLiveNamesIt() {
        RefIndex refs = new RefIndex();
        refs.add(RefTarget.APPLICATION, List.of(json("{\"pk\":\"a-uuid\",\"slug\":\"grafana\"}")));
        for (String binding : List.of(
                "{\"pk\":\"b1\",\"target\":\"a-uuid\",\"group\":\"g\",\"group_obj\":{\"name\":\"staff\"}}",
                "{\"pk\":\"b2\",\"target\":\"a-uuid\",\"user\":7,\"user_obj\":{\"username\":\"alice\"}}",
                "{\"pk\":\"b3\",\"target\":\"other\",\"policy\":\"p\"}")) {
            ObjectNode o = json(binding);
            KindAdapter adapter = Kind.POLICY_BINDING.adapter();
            assertEquals(BindingNames.identity(o, refs), adapter.liveName(o, refs::displayName));
            assertEquals(BindingNames.yamlKeys(o, refs), adapter.identityKeys(o, refs::displayName));
        }
    }
}
