package dev.akconf.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.akconf.config.Resource;
import dev.akconf.live.LiveState;
import dev.akconf.kinds.Kind;
import dev.akconf.kinds.ResourceKey;
import dev.akconf.model.State;
import dev.akconf.plan.LiveFixture;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** The indexed pairing plan uses finds exactly what scanning the live lists (written out here) finds. */
class PairingTest {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    @Test
    void findsByNaturalKeyFirstInServerOrder() {
        LiveState live = live(
                list(provider(1, "a"), provider(2, "b"), provider(3, "a")),
                list(), list());
        assertPk("1", resource(Kind.PROXY_PROVIDER, "a", null), live);
        assertPk("2", resource(Kind.PROXY_PROVIDER, "b", null), live);
        assertPk(null, resource(Kind.PROXY_PROVIDER, "missing", null), live);
    }

    @Test
    void anIdAdoptsTheObjectWhateverItsName() {
        LiveState live = live(list(provider(1, "a"), provider(2, "old name")), list(
                application("u-1", "u-2"), application("u-2", "second")), list());
        assertPk("2", resource(Kind.PROXY_PROVIDER, "new name", "2"), live);
        assertPk(null, resource(Kind.PROXY_PROVIDER, "a", "99"), live);
        // An application's id may be its uuid or its slug; the first object either way wins.
        assertPk("u-1", resource(Kind.APPLICATION, "x", "u-2"), live);
        assertPk("u-2", resource(Kind.APPLICATION, "x", "second"), live);
        assertPk("u-1", resource(Kind.APPLICATION, "x", "u-1"), live);
    }

    @Test
    void theEmbeddedOutpostIsFoundByItsManagedMarker() {
        ObjectNode impostor = outpost("o-1", dev.akconf.kinds.OutpostAdapter.EMBEDDED_NAME, null);
        ObjectNode embedded = outpost("o-2", "renamed in the UI", dev.akconf.kinds.OutpostAdapter.EMBEDDED_MANAGED);
        LiveState live = live(list(), list(), list(impostor, embedded));
        assertPk("o-2", resource(Kind.OUTPOST, dev.akconf.kinds.OutpostAdapter.EMBEDDED_NAME, null), live);
        assertPk("o-1", resource(Kind.OUTPOST, dev.akconf.kinds.OutpostAdapter.EMBEDDED_NAME, "o-1"), live);

        LiveState unmarked = live(list(), list(), list(impostor));
        assertPk("o-1", resource(Kind.OUTPOST, dev.akconf.kinds.OutpostAdapter.EMBEDDED_NAME, null), unmarked);
    }

    @Test
    void agreesWithScanningOnRandomFleets() {
        Random random = new Random(42);
        for (int round = 0; round < 20; round++) {
            List<ObjectNode> live = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                live.add(provider(1 + random.nextInt(150), "p" + random.nextInt(120)));
            }
            LiveState state = live(list(live.toArray(ObjectNode[]::new)), list(), list());
            Pairing index = Pairing.index(state);
            for (int i = 0; i < 200; i++) {
                String id = random.nextInt(3) == 0 ? String.valueOf(random.nextInt(200)) : null;
                Resource r = resource(Kind.PROXY_PROVIDER, "p" + random.nextInt(150), id);
                Optional<ObjectNode> scanned = scan(r, state);
                Optional<ObjectNode> indexed = index.match(r);
                assertEquals(scanned.isPresent(), indexed.isPresent(), r.key() + " id " + id);
                scanned.ifPresent(o -> assertSame(o, indexed.get(), r.key() + " id " + id));
            }
        }
    }

    private static void assertPk(String pk, Resource r, LiveState live) {
        Optional<ObjectNode> scanned = scan(r, live);
        Optional<ObjectNode> indexed = Pairing.index(live).match(r);
        assertEquals(Optional.ofNullable(pk), scanned.map(o -> o.path("pk").asString()), "scan: " + r.key());
        assertTrue(scanned.isEmpty() ? indexed.isEmpty() : scanned.get() == indexed.orElse(null), "index: " + r.key());
    }

    /** The reference: every live list scanned, as the rules read, O(N) per resource. */
    private static Optional<ObjectNode> scan(Resource r, LiveState live) {
        String urlKey = r.kind().spec().urlKeyField();
        if (r.id() != null) {
            return live.of(r.kind()).stream()
                    .filter(o -> r.id().equals(o.path("pk").asString()) || r.id().equals(o.path(urlKey).asString()))
                    .findFirst();
        }
        Optional<ObjectNode> marked = live.of(r.kind()).stream()
                .filter(o -> r.kind().adapter().markedIdentity(o).filter(r.key().identity()::equals).isPresent())
                .findFirst();
        if (marked.isPresent()) {
            return marked;
        }
        return live.of(r.kind()).stream()
                .filter(o -> r.key().identity().equals(o.path(r.kind().spec().liveIdentity()).asString(null)))
                .findFirst();
    }

    private static Resource resource(Kind kind, String identity, String id) {
        return new Resource(new ResourceKey(kind, identity), State.PRESENT, id, NODES.objectNode(), null, Map.of(), Map.of());
    }

    private static LiveState live(ArrayNode providers, ArrayNode applications, ArrayNode outposts) {
        ObjectNode fixture = NODES.objectNode();
        fixture.set(dev.akconf.kinds.Kind.PROXY_PROVIDER.spec().listPath(), providers);
        fixture.set(dev.akconf.kinds.Kind.APPLICATION.spec().listPath(), applications);
        fixture.set(dev.akconf.kinds.Kind.OUTPOST.spec().listPath(), outposts);
        return LiveFixture.of(fixture);
    }

    private static ObjectNode provider(int pk, String name) {
        return NODES.objectNode().put("pk", pk).put("name", name);
    }

    private static ObjectNode application(String pk, String slug) {
        return NODES.objectNode().put("pk", pk).put("slug", slug).put("name", slug);
    }

    private static ObjectNode outpost(String pk, String name, String managed) {
        ObjectNode o = NODES.objectNode().put("pk", pk).put("name", name);
        return managed == null ? o : o.put("managed", managed);
    }

    private static ArrayNode list(ObjectNode... objects) {
        return NODES.arrayNode().addAll(List.of(objects));
    }
}
