package dev.akconf.kinds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.akconf.live.LiveIndex;
import dev.akconf.model.RefTarget;
import java.util.List;
import java.util.Map;
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
        assertEquals(json("{\"name\":\"staff\"}"), group.identityKeys(o, new LiveIndex()));
        assertEquals(Optional.empty(), group.scopeField());
        assertEquals(List.of(), group.importNotes(o));
        assertEquals(Set.of(), group.serverAdded("parents"));
        assertEquals(Optional.empty(), group.undeletable("staff"));
        assertEquals(Set.of(), group.declaredRefs());
        assertEquals(Map.of(), group.exclusiveRefs());
        assertEquals(Optional.empty(), group.controllerModel());
        assertEquals(Optional.empty(), group.sessionLifetime());
    }

    @Test
    void theQuirksSitWithTheirKinds() {
        assertEquals(5, Kind.PROXY_PROVIDER.adapter().serverAdded("property_mappings").size());
        assertEquals(Set.of(), Kind.PROXY_PROVIDER.adapter().serverAdded("jwt_federation_providers"));
        assertEquals("hours=1", Kind.PROXY_PROVIDER.adapter().sessionLifetime().orElseThrow().undeclared());
        assertEquals("/config/kubernetes_json_patches", Kind.OUTPOST.adapter().controllerModel().orElseThrow().patchesPointer());
        assertTrue(Kind.OUTPOST.adapter().undeletable("authentik Embedded Outpost").isPresent());
        assertEquals(Optional.empty(), Kind.OUTPOST.adapter().undeletable("standalone"));
        assertEquals(Set.of("provider"), Kind.APPLICATION.adapter().exclusiveRefs().keySet());
        assertEquals(Optional.of("target"), Kind.POLICY_BINDING.adapter().scopeField());
    }

    @Test
    void aBindingsDocumentKeysAreItsTargetAndSubjectByName() {
        LiveIndex refs = new LiveIndex();
        refs.add(RefTarget.APPLICATION, List.of(json("{\"pk\":\"a-uuid\",\"slug\":\"grafana\"}")));
        ObjectNode o = json("{\"pk\":\"b2\",\"target\":\"a-uuid\",\"user\":7,\"user_obj\":{\"username\":\"alice\"}}");
        KindAdapter adapter = Kind.POLICY_BINDING.adapter();
        assertEquals(json("{\"target\":{\"application\":\"grafana\"},\"user\":\"alice\"}"), adapter.identityKeys(o, refs));
        assertEquals("application:grafana user:alice", adapter.displayName(o, refs));
    }

    @Test
    void aKeyedFieldsKeysComeFromTheSchema() {
        assertEquals("authentik_host", KeyedFieldKeys.keys(Kind.OUTPOST, "config").get(0));
        assertTrue(KeyedFieldKeys.nested(Kind.OUTPOST, "config", "kubernetes_json_patches").contains("deployment"));
        assertEquals("an outpost config key", KeyedFieldKeys.keyNoun(Kind.OUTPOST, "config"));
    }
}
