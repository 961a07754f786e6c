package dev.akconf.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.akconf.kinds.Kind;
import dev.akconf.kinds.OutpostAdapter;
import dev.akconf.model.RefTarget;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The one live index answers plan's pairing, apply's lookups and reference lookups alike. */
class LiveIndexTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void findsKindsObjectsByPkIdentityAndMarkerFirstInServerOrder() {
        ObjectNode impostor = object("{\"pk\": \"o-1\", \"name\": \"" + OutpostAdapter.EMBEDDED_NAME + "\"}");
        ObjectNode embedded = object("{\"pk\": \"o-2\", \"name\": \"renamed\", \"managed\": \"" + OutpostAdapter.EMBEDDED_MANAGED + "\"}");
        ObjectNode again = object("{\"pk\": \"o-3\", \"name\": \"renamed\"}");
        LiveIndex index = LiveIndex.of(Map.of(Kind.OUTPOST, List.of(impostor, embedded, again)));

        assertEquals(Optional.of(embedded), index.named(Kind.OUTPOST, OutpostAdapter.EMBEDDED_NAME));
        assertEquals(Optional.of(embedded), index.named(Kind.OUTPOST, "renamed"));
        assertEquals(Optional.of(again), index.byPk(Kind.OUTPOST, "o-3"));
        assertEquals(Optional.of(impostor), index.byId(Kind.OUTPOST, "o-1"));
        assertTrue(index.named(Kind.PROXY_PROVIDER, "renamed").isEmpty());
    }

    @Test
    void aBindingIsFoundByItsResolvedTargetAndSubject() {
        ObjectNode binding = object("{\"pk\": \"b-1\", \"target\": \"app-1\", \"group\": \"g-1\", \"order\": 0}");
        LiveIndex index = LiveIndex.of(Map.of(Kind.POLICY_BINDING, List.of(binding)));
        String key = Kind.POLICY_BINDING.adapter().identity(object("{\"target\": \"app-1\", \"group\": \"g-1\"}"));
        assertEquals(Optional.of(binding), index.named(Kind.POLICY_BINDING, key));
        assertTrue(index.named(Kind.POLICY_BINDING, Kind.POLICY_BINDING.adapter().identity(
                object("{\"target\": \"app-1\", \"user\": 7}"))).isEmpty());
    }

    @Test
    void withKindsKeepsTheReferenceTablesAndOnlyTheNewKinds() {
        LiveIndex refs = new LiveIndex();
        refs.add(RefTarget.FLOW, List.of(object("{\"pk\": \"f-1\", \"slug\": \"authz\"}")));
        LiveIndex first = refs.withKinds(Map.of(Kind.GROUP, List.of(object("{\"pk\": \"g-1\", \"name\": \"staff\"}"))));
        LiveIndex second = first.withKinds(Map.of());

        assertEquals(Optional.of("authz"), second.displayName(RefTarget.FLOW, JSON.getNodeFactory().stringNode("f-1")));
        assertTrue(first.named(Kind.GROUP, "staff").isPresent());
        assertTrue(second.named(Kind.GROUP, "staff").isEmpty());
        assertTrue(refs.named(Kind.GROUP, "staff").isEmpty());
    }

    private static ObjectNode object(String json) {
        return (ObjectNode) JSON.readTree(json);
    }
}
