package dev.akconf.diff;

import dev.akconf.config.Resource;
import dev.akconf.diag.Diagnostics;
import dev.akconf.kinds.KindAdapter;
import dev.akconf.kinds.ResourceKey;
import dev.akconf.live.LiveIndex;
import dev.akconf.live.LiveState;
import dev.akconf.model.State;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Finds the live object each declared resource describes: by {@code id} when given (adopting an
 * object whatever its current name), else by natural key, where an object marked for that key comes
 * first (the embedded outpost, see {@code KindAdapter.markedIdentity}). A kind whose identity is made
 * of references (a binding) pairs on its resolved body instead. Lookups go through the one
 * {@link LiveIndex}, so pairing N resources is O(N); where several live objects qualify, the first
 * in server order wins.
 */
public final class Pairing {

    private final LiveIndex index;

    private Pairing(LiveIndex index) {
        this.index = index;
    }

    /** Pairing against {@code live}'s index. */
    public static Pairing index(LiveState live) {
        return new Pairing(live.refs());
    }

    /**
     * The live object {@code r} describes, by id or by its YAML identity; for a kind that pairs after
     * resolving, only by id (see {@link #pair}).
     */
    public Optional<ObjectNode> match(Resource r) {
        if (r.id() != null) {
            return index.byId(r.kind(), r.id());
        }
        return index.named(r.kind(), r.key().identity());
    }

    /**
     * The identity a declaration of {@code key} with the resolved body {@code body} pairs on: its YAML
     * identity, or, for a kind whose identity is made of references, its body's (null while a part is pending).
     */
    public static String identity(ResourceKey key, JsonNode body) {
        KindAdapter adapter = key.kind().adapter();
        return adapter.pairsAfterResolving() ? (body == null ? null : adapter.identity(body)) : key.identity();
    }

    /**
     * Every resource of {@code ordered} (kinds in dependency order) paired and resolved, in that order.
     * Kinds with a name pair first, so references to the ones this plan creates can wait for their pks
     * and a rename's new name resolves to its object; then every resource resolves; then the kinds
     * whose identity is made of references pair on their resolved bodies. Reference problems go to {@code diags}.
     */
    public static List<Paired> pair(List<Resource> ordered, LiveState live, Diagnostics diags) {
        Pairing pairing = index(live);
        Map<Resource, Optional<ObjectNode>> early = new IdentityHashMap<>();
        Set<ResourceKey> toCreate = new HashSet<>();
        Renames renames = new Renames();
        for (Resource r : ordered) {
            if (r.kind().adapter().pairsAfterResolving()) {
                continue;
            }
            Optional<ObjectNode> match = pairing.match(r);
            early.put(r, match);
            renames.consider(r, match);
            if (r.state() == State.PRESENT && match.isEmpty()) {
                toCreate.add(r.key());
            }
        }
        Resolver resolver = new Resolver(live, toCreate, renames);
        List<Paired> out = new ArrayList<>(ordered.size());
        for (Resource r : ordered) {
            // What must be absent is only looked for: a reference to nothing is no error there. A
            // binding to a group or policy that no longer exists cannot exist either, so there is
            // nothing to delete (the configuration may keep the document after both are gone).
            Diagnostics found = r.state() == State.ABSENT ? new Diagnostics() : diags;
            ObjectNode body = resolver.resolve(r, found);
            Optional<ObjectNode> match = early.containsKey(r) ? early.get(r)
                    : found.hasErrors() ? Optional.empty() : afterResolving(r, body, pairing);
            out.add(new Paired(r, match, body));
        }
        return out;
    }

    /** The live object with the resolved identity of {@code body}; empty while a part is created by this plan. */
    private static Optional<ObjectNode> afterResolving(Resource r, ObjectNode body, Pairing pairing) {
        String key = identity(r.key(), body);
        return key == null ? Optional.empty() : pairing.index.named(r.kind(), key);
    }
}
