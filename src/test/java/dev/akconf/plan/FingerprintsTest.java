package dev.akconf.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.akconf.config.Resource;
import dev.akconf.kinds.Kind;
import dev.akconf.kinds.ResourceKey;
import dev.akconf.model.State;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Fingerprints computed on the side are exactly the ones {@link Fingerprint#of} computes. */
class FingerprintsTest {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    @Test
    void everyMatchedObjectGetsItsOwnFingerprint() {
        List<Resource> ordered = new ArrayList<>();
        Map<Resource, Optional<ObjectNode>> matches = new IdentityHashMap<>();
        List<ObjectNode> live = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            ObjectNode o = NODES.objectNode().put("pk", i).put("name", "p" + i).put("mode", "forward_single")
                    .put("access_token_validity", "hours=" + (i % 48)).put("assigned_application_slug", "ignored");
            o.putObject("nested").put("b", 2).put("a", 1);
            live.add(o);
            Resource r = resource(Kind.PROXY_PROVIDER, "p" + i);
            ordered.add(r);
            matches.put(r, Optional.of(o));
        }
        Resource twice = resource(Kind.PROXY_PROVIDER, "again");
        ordered.add(twice);
        matches.put(twice, Optional.of(live.get(7)));
        Resource created = resource(Kind.PROXY_PROVIDER, "new");
        ordered.add(created);
        matches.put(created, Optional.empty());

        Fingerprints fingerprints = Fingerprints.start(ordered.stream()
                .map(r -> new dev.akconf.diff.Paired(r, matches.get(r), NODES.objectNode())).toList());
        for (int i = live.size() - 1; i >= 0; i--) {
            assertEquals(Fingerprint.of(dev.akconf.kinds.Kind.PROXY_PROVIDER.spec(), live.get(i)), fingerprints.of(live.get(i)));
        }
        assertThrows(IllegalArgumentException.class, () -> fingerprints.of(NODES.objectNode()));
    }

    private static Resource resource(Kind kind, String name) {
        return new Resource(new ResourceKey(kind, name), State.PRESENT, null, NODES.objectNode(), null, Map.of(), Map.of());
    }
}
